/**
 * Quote marks and their pairing: one left-to-right pass over the characters with a constant
 * amount of state, so that any input (thousands of stray marks included) costs linear time.
 *
 * Direction comes from the mark itself where typography gives it (curly, guillemets, low-high)
 * and from its neighbours where it does not (the straight `"`). A quotation still open at the
 * end of a paragraph continues only when the next paragraph reopens with the same kind of mark
 * (news style for a quotation running over several paragraphs); otherwise it is dropped, so an
 * unclosed mark costs one quotation rather than swallowing the rest of the document.
 */

/** Which pair of marks delimits a quotation; the closing mark and the reopening test depend on it. */
export type MarkFamily = 'straight' | 'curly' | 'single' | 'guillemet' | 'low-high';

/** A run of quoted text between one opening mark and its closing (or paragraph-end) mark. */
export interface QuotedSegment {
  start: number;
  end: number;
}

/** One quotation as the marks delimit it, before any linguistic judgement. */
export interface QuotedSpan {
  family: MarkFamily;
  /** Offset of the first opening mark. */
  openMark: number;
  /** Offset just after the last closing mark. */
  closeMarkEnd: number;
  /** Text inside the marks, trimmed of surrounding whitespace: `[start, end)`. */
  start: number;
  end: number;
  /** One segment per paragraph the quotation spans, each without its marks. */
  segments: QuotedSegment[];
}

const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/]/u;
const CLOSING_FOLLOWERS = /[\s.,;:!?)\]}\u2014\u2013\-…]/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const DIGIT = /[0-9]/;
const QUOTE_CHARACTERS = new Set(['"', '“', '”', '‘', '’', '«', '»', '„']);

/**
 * Character codes the scan must look at: line feeds, quote marks, and the first characters of
 * the code spans and attribute values `skipNonProse` skips (a backtick, `="`). Every other
 * character is stepped over with one table lookup, which keeps the pass over a 5 MB corpus to
 * a few ms.
 */
const SCAN_STOPS = new Uint8Array(0x2020);
for (const character of ['\n', '`', '=', ...QUOTE_CHARACTERS]) SCAN_STOPS[character.charCodeAt(0)] = 1;

const LETTER_H = 0x68;
const LETTER_T = 0x74;
const LETTER_W = 0x77;

/**
 * The first index from `index` (before `to`) whose character may start a quotation, a
 * paragraph break or a skipped stretch; `to` when none does.
 */
function nextScanStop(text: string, index: number, to: number): number {
  for (; index < to; index += 1) {
    const code = text.charCodeAt(index);
    // `h` and `w` matter only as the start of `http` or `www.` (a URL); the next letter turns
    // away all but a few of the many in English prose.
    if (code === LETTER_H) {
      if (text.charCodeAt(index + 1) === LETTER_T) return index;
    } else if (code === LETTER_W) {
      if (text.charCodeAt(index + 1) === LETTER_W) return index;
    } else if (code < SCAN_STOPS.length && SCAN_STOPS[code] === 1) {
      return index;
    }
  }
  return to;
}

interface OpenQuote {
  family: MarkFamily;
  openMark: number;
  contentStart: number;
  segments: QuotedSegment[];
}

/**
 * Finds every properly paired quotation in `text.slice(from)`, in document order and never
 * overlapping. Quotations nested inside another (`‘…’` inside `“…”`) are part of the outer one
 * and not listed separately.
 */
export function findQuotedSpans(text: string, from = 0, to = text.length): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const paragraphsAreBlankLineSeparated = /\n[ \t\r]*\n/.test(from > 0 || to < text.length ? text.slice(from, to) : text);
  let open: OpenQuote | null = null;

  const finish = (quote: OpenQuote, contentEnd: number, closeMarkEnd: number): void => {
    const segments = [...quote.segments, { start: quote.contentStart, end: contentEnd }]
      .map(trimSegment(text))
      .filter((segment) => segment.end > segment.start);
    if (segments.length === 0) return;
    spans.push({
      family: quote.family,
      openMark: quote.openMark,
      closeMarkEnd,
      start: segments[0].start,
      end: segments[segments.length - 1].end,
      segments,
    });
  };

  let index = from;
  while (index < to) {
    index = nextScanStop(text, index, to);
    if (index >= to) break;
    const character = text[index];

    if (character === '\n') {
      const next = paragraphBreakEnd(text, index, paragraphsAreBlankLineSeparated);
      if (next < 0) {
        index += 1;
        continue;
      }
      if (open) {
        // A paragraph ends inside a quotation: continue only if the next one reopens it.
        const reopen = next < to && opensFamily(text, next, open.family);
        if (reopen) {
          open.segments.push({ start: open.contentStart, end: index });
          open.contentStart = next + 1;
          index = next + 1;
          continue;
        }
        open = null;
      }
      index = next;
      continue;
    }

    const skipTo = skipNonProse(text, index);
    if (skipTo > index) {
      index = skipTo;
      continue;
    }

    if (!QUOTE_CHARACTERS.has(character)) {
      index += 1;
      continue;
    }

    if (open) {
      if (closesFamily(text, index, open.family)) {
        finish(open, index, index + 1);
        open = null;
      } else if (opensFamily(text, index, open.family) && !isNestedMark(character, open.family)) {
        // The same kind of mark opening again inside a quotation means the previous one was
        // never closed; abandon it rather than pair across it.
        open = { family: open.family, openMark: index, contentStart: index + 1, segments: [] };
      }
      index += 1;
      continue;
    }

    const family = openingFamily(text, index);
    if (family) open = { family, openMark: index, contentStart: index + 1, segments: [] };
    index += 1;
  }
  return spans;
}

/** The family a mark at `index` opens when no quotation is open, or null for a stray or apostrophe. */
function openingFamily(text: string, index: number): MarkFamily | null {
  switch (text[index]) {
    case '"':
      return looksOpening(text, index) && !looksClosing(text, index) ? 'straight' : null;
    case '“':
      return looksClosing(text, index) && !looksOpening(text, index) ? null : 'curly';
    case '”':
      // Some typesetters use the right mark on both sides; accept it only where it clearly opens.
      return looksOpening(text, index) && !looksClosing(text, index) ? 'curly' : null;
    case '„':
      return 'low-high';
    case '«':
      return 'guillemet';
    case '‘':
      return looksOpening(text, index) && !isApostropheBeforeDigits(text, index) ? 'single' : null;
    default:
      return null;
  }
}

function opensFamily(text: string, index: number, family: MarkFamily): boolean {
  const character = text[index];
  switch (family) {
    case 'straight':
      return character === '"' && looksOpening(text, index) && !looksClosing(text, index);
    case 'curly':
      return character === '“' && !(looksClosing(text, index) && !looksOpening(text, index));
    case 'single':
      return character === '‘' && looksOpening(text, index) && !isApostropheBeforeDigits(text, index);
    case 'guillemet':
      return character === '«';
    case 'low-high':
      return character === '„';
  }
}

function closesFamily(text: string, index: number, family: MarkFamily): boolean {
  const character = text[index];
  switch (family) {
    case 'straight':
      // Mixed typography (`"…”`) and a space before the mark (`'outreach,' "`) still close.
      if (character === '”') return true;
      return character === '"' && (looksClosing(text, index) || endsAfterSpace(text, index)) && !isInchMark(text, index);
    case 'curly':
      // A left mark used as a closing one (`“Yes,“ he said`) closes only where it cannot open;
      // so does a straight one in mixed typography (`“…," Chaffetz said`).
      if (character === '"') return looksClosing(text, index) && !looksOpening(text, index) && !isInchMark(text, index);
      return character === '”' || (character === '“' && looksClosing(text, index) && !looksOpening(text, index));
    case 'single':
      return character === '’' && looksClosing(text, index) && !isApostrophe(text, index);
    case 'guillemet':
      return character === '»';
    case 'low-high':
      return character === '“' || character === '”';
  }
}

/** Single marks inside double quotations (and the reverse) are nesting, not a new quotation. */
function isNestedMark(character: string, family: MarkFamily): boolean {
  return family === 'single' ? character !== '‘' : character === '‘' || character === '’';
}

function looksOpening(text: string, index: number): boolean {
  const before = index > 0 ? text[index - 1] : ' ';
  const after = text[index + 1];
  if (after === undefined || /\s/u.test(after)) return false;
  return OPENING_CONTEXT.test(before) || QUOTE_CHARACTERS.has(before);
}

function looksClosing(text: string, index: number): boolean {
  const before = index > 0 ? text[index - 1] : ' ';
  const after = text[index + 1];
  if (/\s/u.test(before) || index === 0) return false;
  return after === undefined || CLOSING_FOLLOWERS.test(after) || QUOTE_CHARACTERS.has(after);
}

/** A mark with space on its left and nothing but space or punctuation on its right cannot open. */
function endsAfterSpace(text: string, index: number): boolean {
  const after = text[index + 1];
  return after === undefined || CLOSING_FOLLOWERS.test(after);
}

/** `a 12" record`: a straight mark right after a number, followed by a space, measures inches. */
function isInchMark(text: string, index: number): boolean {
  if (!DIGIT.test(text[index - 1] ?? '')) return false;
  let start = index - 1;
  while (start > 0 && /[0-9.,/]/.test(text[start - 1])) start -= 1;
  const before = start > 0 ? text[start - 1] : ' ';
  if (!/\s/u.test(before)) return false;
  return /^\s+[\p{Ll}\p{N}]/u.test(text.slice(index + 1, index + 4));
}

/** `Russia’s`, `don’t`, `students’ books`, `’90s`: a right single mark that is an apostrophe. */
function isApostrophe(text: string, index: number): boolean {
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  if (WORD_CHARACTER.test(before) && WORD_CHARACTER.test(after)) return true;
  if (/\s/u.test(before) && DIGIT.test(after)) return true;
  // A plural possessive followed by a lower-case word reads as `the students’ books`.
  return (before === 's' || before === 'S') && /^\s\p{Ll}/u.test(text.slice(index + 1, index + 3));
}

/** `‘90s` typed with the wrong mark. */
function isApostropheBeforeDigits(text: string, index: number): boolean {
  return /^\d\ds\b/.test(text.slice(index + 1, index + 5));
}

/**
 * Where the paragraph break starting at the line feed `index` ends (the first character of the
 * next paragraph), or -1 when this line feed does not end a paragraph.
 */
function paragraphBreakEnd(text: string, index: number, blankLineSeparated: boolean): number {
  let cursor = index + 1;
  let lineFeeds = 1;
  while (cursor < text.length && /\s/u.test(text[cursor])) {
    if (text[cursor] === '\n') lineFeeds += 1;
    cursor += 1;
  }
  if (blankLineSeparated && lineFeeds < 2) return -1;
  return cursor;
}

/**
 * Marks inside a URL, inline code or a markup attribute (`href="…"`) are not quotation marks;
 * returns the offset just past such a stretch, or `index` when none starts here.
 */
function skipNonProse(text: string, index: number): number {
  const character = text[index];
  // The prefix test comes first: it fails at once on an ordinary `h` or `w`.
  if ((character === 'h' || character === 'w') && (text.startsWith('http://', index) || text.startsWith('https://', index) || text.startsWith('www.', index))) {
    if (index === 0 || /[\s(<"“]/u.test(text[index - 1])) {
      let cursor = index;
      while (cursor < text.length && !/\s/u.test(text[cursor])) cursor += 1;
      // A URL inside a quotation may end with the closing mark and punctuation: give those back.
      while (cursor > index && /[".,;:!?)”’»]/u.test(text[cursor - 1])) cursor -= 1;
      return cursor;
    }
  }
  if (character === '`') return closeOnSameLine(text, index + 1, '`') ?? index;
  if (character === '=' && text[index + 1] === '"') return closeOnSameLine(text, index + 2, '"') ?? index;
  return index;
}

/** Code spans and attribute values are short: looking a bounded distance ahead keeps the pass linear. */
const NON_PROSE_REACH = 200;

function closeOnSameLine(text: string, from: number, mark: string): number | null {
  const limit = Math.min(text.length, from + NON_PROSE_REACH);
  for (let cursor = from; cursor < limit; cursor += 1) {
    if (text[cursor] === mark) return cursor + 1;
    if (text[cursor] === '\n') return null;
  }
  return null;
}

function trimSegment(text: string): (segment: QuotedSegment) => QuotedSegment {
  return ({ start, end }) => {
    while (start < end && /\s/u.test(text[start])) start += 1;
    while (end > start && /\s/u.test(text[end - 1])) end -= 1;
    return { start, end };
  };
}
