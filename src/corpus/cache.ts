/**
 * A cache of per-document results on disk, for runs over a corpus that mostly did not change
 * (a CI step re-run after one article was added). A document's analysis depends only on the
 * document, the analysis settings and the installed tool (every document is analysed as by a
 * fresh engine: see nlp.ts), so a result stored under a hash of those three is the result the
 * run would compute, and output with the cache is byte-identical to output without it.
 *
 * One gzipped JSON file per document, named by its hash, so that a lookup reads one small file and memory
 * never holds the cache; written to a temporary name and renamed into place, so that workers
 * and concurrent runs sharing the folder never see half an entry. An entry that cannot be
 * read or parsed is a miss, and one that cannot be written is skipped: the cache can make a
 * run faster, never wrong, and never fail it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants, gunzipSync, gzipSync } from 'node:zlib';
import type { Document, DocumentResult } from '../core/types.js';

/** Changes whenever the layout of entries changes, so older entries stop matching. */
const ENTRY_FORMAT = 'eurasia-cache/1';

/** Where the cache lives and what every key of this run starts with; plain data, sent to workers. */
export interface CacheSettings {
  directory: string;
  /** Hash of the installed tool and the run's analysis settings. */
  runKey: string;
}

/** An open cache: the entry of each document. */
export interface ResultCache {
  entry(document: Document): CacheEntry;
}

/** One document's place in the cache: hashed once, then read and, on a miss, written. */
export interface CacheEntry {
  read(): DocumentResult | undefined;
  write(result: DocumentResult): void;
}

/**
 * Prepares the cache folder for a run and returns what readers and writers need.
 * @param directory - the cache folder (created if missing)
 * @param analysis - every setting that can change a document's result, as plain data
 * @throws Error when the folder cannot be created or written to
 */
export function prepareCache(directory: string, analysis: unknown): CacheSettings {
  mkdirSync(directory, { recursive: true });
  // A folder that exists but cannot take a file would turn every entry into a silent skip:
  // better to say so once, before the run.
  const probe = join(directory, `.probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  writeFileSync(probe, '');
  rmSync(probe, { force: true });
  const runKey = createHash('sha256').update(JSON.stringify({ format: ENTRY_FORMAT, install: installFingerprint(), analysis })).digest('hex');
  return { directory, runKey };
}

/**
 * Opens the cache a run prepared.
 * @param settings - from `prepareCache`
 */
export function openCache(settings: CacheSettings): ResultCache {
  // Made once each: a recursive mkdir per stored result would be system calls for nothing.
  const madeFolders = new Set<string>();
  return {
    entry(document) {
      // The whole document goes into the key, header fields and all: the date it was given
      // (from its header or --reference-date) changes how its dates resolve.
      const hash = createHash('sha256').update(settings.runKey).update('\u0000').update(JSON.stringify(document)).digest('hex');
      const folder = join(settings.directory, hash.slice(0, 2));
      const file = join(folder, `${hash.slice(2)}.json.gz`);
      return {
        read() {
          let parsed: unknown;
          try {
            parsed = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
          } catch {
            return undefined;
          }
          return isEntryFor(parsed, document) ? parsed.result : undefined;
        },
        write(result) {
          const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
          try {
            if (!madeFolders.has(folder)) {
              mkdirSync(folder, { recursive: true });
              madeFolders.add(folder);
            }
            // Results repeat the file's path in every mention: the fastest gzip level takes a
            // stored entry from about twice the article's size to two fifths of it.
            writeFileSync(temporary, gzipSync(JSON.stringify({ format: ENTRY_FORMAT, path: document.path, result }), { level: zlibConstants.Z_BEST_SPEED }));
            renameSync(temporary, file);
          } catch {
            try {
              rmSync(temporary, { force: true });
            } catch {
              // Nothing more to undo: a stray temporary file is never read as an entry.
            }
          }
        },
      };
    },
  };
}

/**
 * The document's result from the cache, or `analyze()`'s, stored for next time.
 * @param cache - the run's cache, or undefined when the run uses none
 * @param document - the document to analyse
 * @param analyze - computes the result on a miss
 */
export function cachedAnalysis(cache: ResultCache | undefined, document: Document, analyze: () => DocumentResult): DocumentResult {
  const entry = cache?.entry(document);
  const cached = entry?.read();
  if (cached) return cached;
  const result = analyze();
  entry?.write(result);
  return result;
}

interface Entry {
  format: string;
  path: string;
  result: DocumentResult;
}

/** A parsed entry that is whole and was written for this document (a hash collision is not, in practice). */
function isEntryFor(value: unknown, document: Document): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Entry>;
  const result = entry.result;
  return (
    entry.format === ENTRY_FORMAT &&
    entry.path === document.path &&
    typeof result === 'object' &&
    result !== null &&
    result.document?.path === document.path &&
    Array.isArray(result.mentions) &&
    Array.isArray(result.quotes) &&
    Array.isArray(result.dates)
  );
}

let fingerprint: string | undefined;

/**
 * A hash of what decides results: the compiled code and data files of this installation
 * (contents, not times, so that a fresh install of the same version finds its entries) and
 * the versions of wink-nlp and its model.
 */
function installFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  // This file sits in dist/corpus; the package root is two folders up.
  const root = fileURLToPath(new URL('../../', import.meta.url));
  for (const folder of ['dist', 'data']) {
    for (const file of filesUnder(join(root, folder))) {
      if (!file.endsWith('.js') && !file.endsWith('.json')) continue;
      hash.update(file.slice(root.length)).update('\u0000').update(readFileSync(file)).update('\u0000');
    }
  }
  const require = createRequire(import.meta.url);
  for (const name of ['wink-nlp', 'wink-eng-lite-web-model']) {
    hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\u0000`);
  }
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** Every file under a folder, in a fixed order. */
function filesUnder(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.sort().map((name) => join(folder, name));
}
