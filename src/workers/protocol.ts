/** Messages between the parent and its analysis workers; plain data, structured-cloned. */
import type { AnalyzeOptions } from '../core/analyze.js';
import type { DocumentResult, Problem } from '../core/types.js';
import type { MentionTally } from '../core/summary.js';
import type { CacheSettings } from '../corpus/cache.js';

/** Settings every worker receives once, at start. */
export interface WorkerSettings {
  referenceDate: string | null;
  maxDocumentBytes: number;
  /** Extractors and recogniser options; the engine is each worker's own. */
  analysis: Omit<AnalyzeOptions, 'nlp'>;
  /**
   * False when the parent needs only the entity table: each result then arrives with its
   * mentions counted (`tally`) and its `mentions` empty, far less to copy between threads.
   */
  sendMentions: boolean;
  /** The run's result cache (`--cache`), or undefined. */
  cache?: CacheSettings;
}

/** Parent → worker: analyse input `index` (a path, or text the parent read from stdin). */
export interface WorkRequest {
  index: number;
  file: string;
  /** Standard input's bytes, read by the parent (a worker has no stdin of its own). */
  stdinBytes?: Uint8Array;
}

/** Worker → parent: the outcome for input `index`. */
export interface WorkResponse {
  index: number;
  characters: number;
  result?: DocumentResult;
  /** The result's mentions, counted, when the settings say not to send them. */
  tally?: MentionTally;
  problem?: Problem;
  /** The stack behind an `analysis failed` problem, for `--debug`. */
  stack?: string;
  /** Things worth saying about a document that was still analysed (an ignored date header). */
  warnings?: Problem[];
}

/** Worker → parent: every message a worker sends. */
export type WorkerMessage =
  /** The engine is loaded: from now on a worker that dies was killed by a document. */
  | { kind: 'ready' }
  | ({ kind: 'outcome' } & WorkResponse);
