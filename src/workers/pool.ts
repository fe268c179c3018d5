/**
 * Runs documents through worker threads and hands back their outcomes in input order, so a
 * run with `--jobs 4` prints exactly what `--jobs 1` prints. A worker that dies (out of memory
 * on one huge document) costs that document only: it becomes a problem, the worker is
 * replaced, and the documents it still had queued are sent again.
 */
import { Worker } from 'node:worker_threads';
import type { WorkRequest, WorkResponse, WorkerMessage, WorkerSettings } from './protocol.js';

/** How many requests each worker may have queued: enough to hide I/O, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * Each worker's heap limit (V8's old generation), in MiB. A 10 MiB article, the default
 * `--max-doc-size`, was measured to peak at about 0.7 GiB of heap with the limit at 1.5 GiB
 * (news text; under 0.2 GiB per MiB below that size), so the limit leaves room for denser text
 * while making sure that one runaway document (or a raised `--max-doc-size`) ends its own
 * worker with `out of memory` instead of swapping the machine: N workers cost at most
 * N × 1.5 GiB.
 */
export const DEFAULT_WORKER_HEAP_MB = 1536;

/**
 * Each worker's young generation, in MiB: three semi-spaces of 8 MiB instead of V8's 16. On
 * 20 MB of bench articles with one worker: peak RSS 311 → 298 MB in as much time; 12 MiB
 * saved 10 MB more but cost 5% of the time.
 */
const WORKER_YOUNG_GENERATION_MB = 24;

/** What the pool needs besides the files. */
export interface PoolOptions {
  /** Number of worker threads. */
  jobs: number;
  /** What every worker needs. */
  settings: WorkerSettings;
  /** Standard input's bytes, already read (and bounded) by the caller, for the path `-`. */
  stdinBytes?: Uint8Array;
  /** Each worker's heap limit in MiB (default `DEFAULT_WORKER_HEAP_MB`). */
  heapMb?: number;
}

interface Slot {
  worker: Worker;
  /** Indices sent and not yet answered, oldest first: the worker handles them in this order. */
  inFlight: number[];
  /** True once the worker has loaded its engine. */
  ready: boolean;
  /** The error the worker died of, if it reported one. */
  failure?: Error;
}

/**
 * Analyses `files` with `jobs` workers and calls `onOutcome` once per file, in file order.
 * Rejects only when a worker cannot even start (a broken installation), never because of a
 * document.
 * @param files - input paths (or `-`)
 * @param options - number of workers, their settings and heap limit, standard input
 * @param onOutcome - receives each outcome in order
 */
export async function analyzeInWorkers(files: string[], options: PoolOptions, onOutcome: (outcome: WorkResponse) => void): Promise<void> {
  if (files.length === 0) return;
  const workerUrl = new URL('./worker.js', import.meta.url);
  const slots = new Set<Slot>();
  const waiting = new Map<number, WorkResponse>();
  // Documents sent again after their worker died, taken before unsent ones, in input order.
  const resend: number[] = [];
  let nextToSend = 0;
  let nextToEmit = 0;
  let finished = false;

  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: unknown): void => {
        finished = true;
        reject(error);
      };
      const takeNext = (): number | undefined => (resend.length > 0 ? resend.shift() : nextToSend < files.length ? nextToSend++ : undefined);
      const workRemains = (): boolean => resend.length > 0 || nextToSend < files.length;

      const accept = (outcome: WorkResponse): void => {
        waiting.set(outcome.index, outcome);
        // Emit in input order: hold results that arrive early until their turn.
        while (waiting.has(nextToEmit)) {
          const next = waiting.get(nextToEmit) as WorkResponse;
          waiting.delete(nextToEmit);
          nextToEmit += 1;
          try {
            onOutcome(next);
          } catch (error) {
            fail(error);
            return;
          }
        }
        if (nextToEmit === files.length) {
          finished = true;
          resolve();
        }
      };

      const send = (slot: Slot): void => {
        while (slot.inFlight.length < IN_FLIGHT_PER_WORKER) {
          const index = takeNext();
          if (index === undefined) return;
          const file = files[index];
          const request: WorkRequest = { index, file, stdinBytes: file === '-' ? options.stdinBytes : undefined };
          slot.inFlight.push(index);
          slot.worker.postMessage(request);
        }
      };

      const start = (): void => {
        const worker = new Worker(workerUrl, {
          workerData: options.settings,
          resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? DEFAULT_WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
        });
        const slot: Slot = { worker, inFlight: [], ready: false };
        slots.add(slot);
        worker.on('message', (message: WorkerMessage) => {
          if (finished) return;
          if (message.kind === 'ready') {
            slot.ready = true;
            return;
          }
          const { kind: _kind, ...outcome } = message;
          slot.inFlight.splice(slot.inFlight.indexOf(outcome.index), 1);
          accept(outcome);
          if (!finished) send(slot);
        });
        worker.on('error', (error) => {
          slot.failure = error;
        });
        worker.on('exit', (code) => {
          slots.delete(slot);
          if (finished) return;
          // Dying before the engine loaded is no document's fault, and a replacement would die too.
          if (!slot.ready) return fail(new Error(`analysis worker failed to start: ${describeDeath(slot.failure, code)}`));
          const [culprit, ...queued] = slot.inFlight;
          resend.push(...queued);
          resend.sort((left, right) => left - right);
          if (workRemains()) start();
          if (culprit !== undefined) {
            const problem = { file: files[culprit], reason: 'analysis', message: `analysis failed: ${describeDeath(slot.failure, code)}` };
            accept({ index: culprit, characters: 0, problem });
          }
        });
        send(slot);
      };

      const count = workerCount(options.jobs, files.length);
      for (let started = 0; started < count; started += 1) start();
    });
  } finally {
    finished = true;
    await Promise.all([...slots].map((slot) => slot.worker.terminate()));
  }
}

/**
 * How many workers `analyzeInWorkers` starts: `jobs`, but never more than there are files.
 * @param jobs - the workers asked for
 * @param fileCount - the files to analyse
 */
export function workerCount(jobs: number, fileCount: number): number {
  return Math.max(1, Math.min(jobs, fileCount));
}

/** Why a worker died, in words for a problem line. */
function describeDeath(failure: Error | undefined, exitCode: number): string {
  if ((failure as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'out of memory';
  if (failure) return failure.message;
  return `analysis worker exited with code ${exitCode}`;
}
