/**
 * An analysis worker: loads wink once, then reads and analyses the files the parent sends,
 * one message back per file. Reading happens here so that file I/O is spread across workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createNlp } from '../core/nlp.js';
import { analyzeDocument } from '../core/analyze.js';
import { readDocumentSync, documentFromBytes, type ReadResult } from '../corpus/read.js';
import { STDIN_PATH } from '../corpus/walk.js';
import { tallyMentions } from '../core/summary.js';
import { cachedAnalysis, openCache } from '../corpus/cache.js';
import type { WorkRequest, WorkResponse, WorkerMessage, WorkerSettings } from './protocol.js';

const settings = workerData as WorkerSettings;
const nlp = createNlp();
const cache = settings.cache ? openCache(settings.cache) : undefined;

function read(request: WorkRequest): ReadResult {
  const options = { referenceDate: settings.referenceDate, maxDocumentBytes: settings.maxDocumentBytes };
  // Standard input was read, and bounded, by the parent.
  if (request.file === STDIN_PATH) return documentFromBytes(request.file, request.stdinBytes ?? new Uint8Array(), options);
  return readDocumentSync(request.file, options);
}

function handle(request: WorkRequest): WorkResponse {
  const response: WorkResponse = { index: request.index, characters: 0 };
  const outcome = read(request);
  if (outcome.problem) {
    response.problem = outcome.problem;
  } else {
    response.characters = outcome.document.text.length;
    if (outcome.warnings.length > 0) response.warnings = outcome.warnings;
    try {
      const document = outcome.document;
      const result = cachedAnalysis(cache, document, () => analyzeDocument(document, { ...settings.analysis, nlp }));
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
// oldest request it has not answered is the document that killed it. Requests are handled as
// they arrive; the parent keeps a few queued here, so a worker never waits for its next file.
parentPort?.on('message', (request: WorkRequest) => {
  const message: WorkerMessage = { kind: 'outcome', ...handle(request) };
  parentPort?.postMessage(message);
});
parentPort?.postMessage({ kind: 'ready' } satisfies WorkerMessage);
