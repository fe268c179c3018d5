/**
 * An analysis worker: loads wink once, then reads and analyses the files the parent sends,
 * one message back per file. Reading happens here so that file I/O overlaps across workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createNlp } from '../core/nlp.js';
import { analyzeDocument } from '../core/analyze.js';
import { readDocument } from '../corpus/read.js';
import { tallyMentions } from '../core/summary.js';
import type { WorkRequest, WorkResponse, WorkerMessage, WorkerSettings } from './protocol.js';

const settings = workerData as WorkerSettings;
const nlp = createNlp();

function startReading(request: WorkRequest): ReturnType<typeof readDocument> {
  return readDocument(request.file, {
    referenceDate: settings.referenceDate,
    maxDocumentBytes: settings.maxDocumentBytes,
    readStdin: async () => Buffer.from(request.stdinBytes ?? new Uint8Array()), // read, and bounded, by the parent
  });
}

async function handle(request: WorkRequest, reading: ReturnType<typeof readDocument>): Promise<WorkResponse> {
  const response: WorkResponse = { index: request.index, characters: 0 };
  const read = await reading;
  if (read.problem) {
    response.problem = read.problem;
  } else {
    response.characters = read.document.text.length;
    if (read.warnings.length > 0) response.warnings = read.warnings;
    try {
      const result = analyzeDocument(read.document, { ...settings.analysis, nlp });
      if (settings.sendMentions) response.result = result;
      else {
        response.tally = tallyMentions(result.mentions);
        response.result = { ...result, mentions: [] };
      }
    } catch (error) {
      response.problem = { file: request.file, reason: 'analysis', message: `analysis failed: ${(error as Error)?.message ?? String(error)}` };
      response.stack = (error as Error)?.stack;
    }
  }
  return response;
}

// One document at a time, in the order sent: if this worker dies, the parent knows that the
// oldest request it has not answered is the document that killed it.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (request: WorkRequest) => {
  // Reading starts as the request arrives, so the files queued behind the one being analysed
  // are already in memory when their turn comes; analysis still goes strictly in order.
  const reading = startReading(request);
  queue = queue.then(async () => {
    const message: WorkerMessage = { kind: 'outcome', ...(await handle(request, reading)) };
    parentPort?.postMessage(message);
  });
});
parentPort?.postMessage({ kind: 'ready' } satisfies WorkerMessage);
