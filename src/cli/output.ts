/**
 * `--output FILE`: the result is written to a temporary file beside the target and renamed
 * over it only when the run completes, so an interrupted or failed run never leaves half a
 * JSON document where a script expects a whole one.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { OutputStream } from './io.js';

/** An output stream that becomes `target` only on `commit`. */
export interface AtomicOutput extends OutputStream {
  commit(): void;
  discard(): void;
}

/**
 * Opens a temporary file next to `target` (same folder, so the rename is atomic).
 * @param target - the file the user named
 */
export function openAtomicOutput(target: string): AtomicOutput {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  const descriptor = openSync(temporary, 'w');
  let open = true;
  const close = (): void => {
    if (open) closeSync(descriptor);
    open = false;
  };
  return {
    isTTY: false,
    write(chunk: string) {
      writeSync(descriptor, chunk);
      return true;
    },
    commit() {
      close();
      renameSync(temporary, target);
    },
    discard() {
      close();
      try {
        unlinkSync(temporary);
      } catch {
        // Already gone: nothing to clean.
      }
    },
  };
}
