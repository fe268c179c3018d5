/**
 * Keeps the CLI thread's heap near its live size during a corpus run.
 *
 * While workers analyse, this thread mostly waits: it receives each document's result, folds
 * it into the entity table and prints what streams. V8 collects its old generation only when
 * that has grown to a multiple of what survived the last full collection, and a thread that
 * allocates slowly is given a large multiple. On the 200 MB bench corpus (`analyze --jobs 1
 * --format ndjson`) this thread's heap held 30-60 MB of live data but grew to 140-230 MB
 * between collections, a third of the process's peak. A full collection here costs 10-30 ms
 * of a thread that is idle anyway, so one is asked for whenever the heap has grown by a fixed
 * margin since the last.
 */
import v8 from 'node:v8';

/** Heap growth, in bytes, past which a full collection is asked for. */
export const DEFAULT_HEAP_SLACK = 32 * 1024 * 1024;

/** What `heapKeeper` needs; the defaults are this thread's real heap. */
export interface HeapKeeperOptions {
  /** This thread's heap in use, in bytes. */
  heapUsed?: () => number;
  /** Growth past the heap in use after the last collection that triggers the next. */
  slack?: number;
}

/**
 * A function to call after each document: it runs `collect` when the heap has grown by more
 * than `slack` since the last collection (or since it was made), and otherwise does nothing.
 * @param collect - a full garbage collection of this thread's heap; undefined when the host
 *   offers none (in-process tests), which makes the keeper do nothing
 * @param options - the heap reading and the margin (for tests)
 */
export function heapKeeper(collect: (() => void) | undefined, options: HeapKeeperOptions = {}): () => void {
  if (!collect) return () => {};
  const heapUsed = options.heapUsed ?? (() => v8.getHeapStatistics().used_heap_size);
  const slack = options.slack ?? DEFAULT_HEAP_SLACK;
  let limit = heapUsed() + slack;
  return () => {
    if (heapUsed() < limit) return;
    collect();
    limit = heapUsed() + slack;
  };
}
