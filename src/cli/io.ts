/**
 * Everything the CLI needs from the outside world, passed in so that tests can run the
 * program in-process and only bin/ touches the real process.
 */

/** A stream the CLI writes to. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** True when a person is watching (a terminal). */
  isTTY?: boolean;
  /** Terminal width, when known. */
  columns?: number;
}

/** The CLI's view of its process. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  /** Reads standard input to its end, or until more than `limit` bytes have arrived. */
  readStdin: (limit: number) => Promise<Buffer>;
  /** Number of cores, for the default `--jobs`. */
  cores: number;
  /** The working folder, where `eurasia.config.json` is looked for. */
  cwd: string;
  /**
   * A full garbage collection of the CLI thread's heap, where the host offers one (bin/ does);
   * long runs use it to keep that heap near its live size (see heap.ts).
   */
  collectGarbage?: () => void;
  /**
   * Called once before a run starts its analysis worker threads, with how many it starts;
   * bin/ tunes V8 for them (see bin/eurasia.js).
   */
  beforeWorkers?: (workers: number) => void;
}
