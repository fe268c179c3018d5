/**
 * A one-line progress counter on stderr for long runs at a terminal; silent otherwise, so
 * logs and CI output stay clean.
 */
import type { OutputStream } from './io.js';

const MINIMUM_FILES = 50;
const REDRAW_MILLISECONDS = 200;

/** Progress reporting for one run. */
export interface Progress {
  /** One more document done, of `characters` length. */
  tick(characters: number): void;
  /** Erases the line before other stderr output or at the end. */
  clear(): void;
}

/**
 * Creates a progress line: documents done, MB/s and an ETA.
 * @param stream - stderr
 * @param total - number of files to read
 */
export function createProgress(stream: OutputStream, total: number): Progress {
  if (!stream.isTTY || total < MINIMUM_FILES) return { tick() {}, clear() {} };
  const started = Date.now();
  let done = 0;
  let characters = 0;
  let lastDraw = 0;
  let shown = false;
  return {
    tick(size: number) {
      done += 1;
      characters += size;
      const now = Date.now();
      if (now - lastDraw < REDRAW_MILLISECONDS && done < total) return;
      lastDraw = now;
      const seconds = Math.max((now - started) / 1000, 0.001);
      const rate = characters / 1e6 / seconds;
      const eta = done > 0 ? Math.round(((total - done) * seconds) / done) : 0;
      stream.write(`\r\x1b[2K${done}/${total} documents, ${rate.toFixed(1)} MB/s, ETA ${eta}s`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
