/**
 * `--output FILE`: the result is written to a temporary file beside the target and renamed
 * over it only when the run completes, so an interrupted or failed run never leaves half a
 * JSON document where a script expects a whole one.
 */
import { accessSync, closeSync, constants, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from './exit-codes.js';
import type { OutputStream } from './io.js';

/** An output stream that becomes `target` only on `commit`. */
export interface AtomicOutput extends OutputStream {
  commit(): void;
  discard(): void;
}

/**
 * Checks that `target` can be written and opens a temporary file next to it (same folder, so
 * the rename is atomic). Checking here, before any document is read, turns a bad `--output`
 * into a usage error instead of a crash after the whole corpus was analysed. A target that
 * exists but is no regular file (`/dev/null`, `/dev/stdout`, a FIFO) is written directly:
 * renaming over it would replace the device with a file.
 * @param target - the file the user named
 * @throws UsageError naming the target and what is wrong with it
 */
export function openAtomicOutput(target: string): AtomicOutput {
  const refuse = (reason: string): never => {
    throw new UsageError(`--output ${target}: ${reason}`);
  };
  const existing = statOrNull(target, refuse);
  // Through a symbolic link to the file it names, so the link stays a link.
  const resolved = existing ? realpathSync(target) : target;
  if (existing?.isDirectory()) return refuse('is a folder');
  if (existing && !existing.isFile()) return openDirect(resolved, refuse);
  const folder = path.dirname(resolved);
  const folderStats = statOrNull(folder, refuse);
  if (!folderStats) return refuse(`no such folder ${folder}`);
  if (!folderStats.isDirectory()) return refuse(`${folder} is not a folder`);
  if (existing) {
    // Renaming would replace a write-protected file; respect the protection as `>` would.
    try {
      accessSync(resolved, constants.W_OK);
    } catch (error) {
      refuse(`not writable (${errorCode(error)})`);
    }
  }
  const temporary = path.join(folder, `.${path.basename(resolved)}.${process.pid}.partial`);
  let descriptor: number;
  try {
    descriptor = openSync(temporary, 'w');
  } catch (error) {
    return refuse(`cannot write in ${folder} (${errorCode(error)})`);
  }
  return descriptorOutput(descriptor, {
    afterCommit: () => renameSync(temporary, resolved),
    afterDiscard: () => {
      try {
        unlinkSync(temporary);
      } catch {
        // Already gone: nothing to clean.
      }
    },
  });
}

/** A device or FIFO: written as it is, with nothing to rename or remove. */
function openDirect(target: string, refuse: (reason: string) => never): AtomicOutput {
  try {
    return descriptorOutput(openSync(target, 'w'), {});
  } catch (error) {
    return refuse(`cannot write (${errorCode(error)})`);
  }
}

/** Writes to an open descriptor; commit and discard close it (once), then do their part. */
function descriptorOutput(descriptor: number, then: { afterCommit?: () => void; afterDiscard?: () => void }): AtomicOutput {
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
      then.afterCommit?.();
    },
    discard() {
      close();
      then.afterDiscard?.();
    },
  };
}

/** The file's stats, or null when nothing is there; any other failure is refused. */
function statOrNull(file: string, refuse: (reason: string) => never): Stats | null {
  try {
    return statSync(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    return refuse(`cannot use (${code})`);
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
