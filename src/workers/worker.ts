/**
 * An analysis worker: loads wink once, then reads and analyses the files the parent sends,
 * one message back per file. Reading happens here so that file I/O overlaps across workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createNlp } from '../core/nlp.js';
import { analyzeDocument } from '../core/analyze.js';
import { readDocument } from '../corpus/read.js';
import type { WorkRequest, WorkResponse, WorkerSettings } from './protocol.js';

const settings = workerData as WorkerSettings;
const nlp = createNlp();

parentPort?.on('message', async (request: WorkRequest) => {
  const response: WorkResponse = { index: request.index, characters: 0 };
  const read = await readDocument(request.file, {
    referenceDate: settings.referenceDate,
    maxDocumentBytes: settings.maxDocumentBytes,
    readStdin: async () => Buffer.from(request.stdinBytes ?? new Uint8Array()), // read, and bounded, by the parent
  });
  if (read.problem) {
    response.problem = read.problem;
  } else {
    response.characters = read.document.text.length;
    try {
      response.result = analyzeDocument(read.document, { ...settings.analysis, nlp });
    } catch (error) {
      response.problem = { file: request.file, reason: 'analysis', message: `analysis failed: ${(error as Error)?.message ?? String(error)}` };
    }
  }
  parentPort?.postMessage(response);
});
