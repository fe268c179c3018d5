// Preloaded with `node --import` (worker threads inherit it) by tests/cli/debug.test.ts: makes
// the analysis of any document containing MARKER throw, as a bug in one stage would, so that
// the test can watch the real binary report it. Only a call from the nlp adapter throws, so
// reading the same text is unaffected.
const MARKER = 'EURASIA-INJECTED-FAULT';
const trim = String.prototype.trim;

String.prototype.trim = function trimUnlessFaultInjected() {
  if (this.includes(MARKER) && /[/\\]core[/\\]nlp\.js/.test(new Error().stack ?? '')) throw new Error('injected fault');
  return trim.call(this);
};
