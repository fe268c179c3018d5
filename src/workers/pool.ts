/**
 * Runs documents through worker threads and hands back their outcomes in input order, so a
 * run with `--jobs 4` prints exactly what `--jobs 1` prints.
 */
import { Worker } from 'node:worker_threads';
import type { WorkRequest, WorkResponse, WorkerSettings } from './protocol.js';

/** How many requests each worker may have queued: enough to hide I/O, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * Analyses `files` with `jobs` workers and calls `onOutcome` once per file, in file order.
 * @param files - input paths (or `-`)
 * @param jobs - number of worker threads
 * @param settings - what every worker needs
 * @param readStdin - reads standard input (up to a limit), for the path `-`
 * @param onOutcome - receives each outcome in order
 */
export async function analyzeInWorkers(
  files: string[],
  jobs: number,
  settings: WorkerSettings,
  readStdin: (limit: number) => Promise<Buffer>,
  onOutcome: (outcome: WorkResponse) => void,
): Promise<void> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, () => new Worker(workerUrl, { workerData: settings }));
  const waiting = new Map<number, WorkResponse>();
  const stdinBytes = files.includes('-') ? new Uint8Array(await readStdin(settings.maxDocumentBytes)) : undefined;
  let nextToSend = 0;
  let nextToEmit = 0;

  try {
    await new Promise<void>((resolve, reject) => {
      const inFlight = new Map<Worker, number>();
      const send = (worker: Worker): void => {
        while (nextToSend < files.length && (inFlight.get(worker) ?? 0) < IN_FLIGHT_PER_WORKER) {
          const file = files[nextToSend];
          const request: WorkRequest = { index: nextToSend, file, stdinBytes: file === '-' ? stdinBytes : undefined };
          nextToSend += 1;
          inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
          worker.postMessage(request);
        }
      };
      for (const worker of workers) {
        worker.on('message', (response: WorkResponse) => {
          inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
          waiting.set(response.index, response);
          // Emit in input order: hold results that arrive early until their turn.
          while (waiting.has(nextToEmit)) {
            const outcome = waiting.get(nextToEmit) as WorkResponse;
            waiting.delete(nextToEmit);
            nextToEmit += 1;
            try {
              onOutcome(outcome);
            } catch (error) {
              reject(error);
              return;
            }
          }
          if (nextToEmit === files.length) resolve();
          else send(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && nextToEmit < files.length) reject(new Error(`analysis worker exited with code ${code}`));
        });
        send(worker);
      }
      if (files.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
