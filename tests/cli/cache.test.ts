// --cache: results of unchanged documents come from disk, and output is byte-identical to a
// run without the cache, whether documents are analysed in workers or in the CLI's thread.
import { appendFileSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT, runEurasia, SEEDS, temporaryFolder, type RunResult } from './helpers.js';

const ARTICLES = path.join(ROOT, 'tests', 'fixtures', 'quotes-dev', 'texts');

/** Ten articles: enough that the run goes through worker threads. */
function workerCorpus(): string {
  const folder = temporaryFolder('eurasia-cache-corpus-');
  for (const name of readdirSync(ARTICLES).sort().slice(0, 10)) copyFileSync(path.join(ARTICLES, name), path.join(folder, name));
  return folder;
}

/** The two seeds: few enough that the run analyses them in the CLI's own thread. */
function threadCorpus(): string {
  const folder = temporaryFolder('eurasia-cache-seeds-');
  for (const name of readdirSync(SEEDS)) copyFileSync(path.join(SEEDS, name), path.join(folder, name));
  return folder;
}

/** Every entry file under a cache folder. */
function entries(cache: string): string[] {
  return readdirSync(cache, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json.gz'))
    .map((name) => path.join(cache, name));
}

/** Rewrites every entry's result as `change` says, keeping the entry valid. */
function doctor(cache: string, change: (result: { mentions: unknown[]; quotes: unknown[]; dates: unknown[] }) => void): void {
  for (const file of entries(cache)) {
    const entry = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
    change(entry.result);
    writeFileSync(file, gzipSync(JSON.stringify(entry)));
  }
}

/** Runs `args` without the cache, then twice with it; expects all three alike and returns the first. */
function expectSameColdAndWarm(args: string[], corpus: string, cache: string): RunResult {
  const plain = runEurasia([...args, corpus]);
  const cold = runEurasia([...args, '--cache-location', cache, corpus]);
  const warm = runEurasia([...args, '--cache-location', cache, corpus]);
  expect(cold).toEqual(plain);
  expect(warm).toEqual(plain);
  return plain;
}

describe('--cache', () => {
  it('prints what a run without it prints, cold and warm, through worker threads', () => {
    const corpus = workerCorpus();
    const cache = temporaryFolder('eurasia-cache-');
    for (const args of [
      ['analyze', '--format', 'ndjson'],
      ['entities', '--json'],
      ['entities', '--mentions', '--format', 'ndjson'],
      ['quotes', '--format', 'csv'],
    ]) {
      const plain = expectSameColdAndWarm(args, corpus, cache);
      expect(plain.code).toBe(0);
      expect(plain.stdout.length).toBeGreaterThan(1000);
    }
    // One entry per document and per set of extractors (analyze, entities, quotes).
    expect(entries(cache)).toHaveLength(30);
  });

  it('prints what a run without it prints when the documents are analysed in the CLI thread', () => {
    const corpus = threadCorpus();
    const cache = temporaryFolder('eurasia-cache-');
    const plain = expectSameColdAndWarm(['analyze', '--json'], corpus, cache);
    expect(plain.stdout).toContain('Sergey Lavrov');
    expect(entries(cache)).toHaveLength(2);
  });

  it('keeps its folder in the working folder when --cache names none', () => {
    const corpus = threadCorpus();
    const workingFolder = temporaryFolder('eurasia-cache-cwd-');
    const result = runEurasia(['entities', '--cache', corpus], { cwd: workingFolder });
    expect(result.code).toBe(0);
    expect(entries(path.join(workingFolder, '.eurasia-cache'))).toHaveLength(2);
  });

  it('reads stored results, and analyses again only the documents that changed', () => {
    const corpus = workerCorpus();
    const cache = temporaryFolder('eurasia-cache-');
    const args = ['entities', '--format', 'ndjson', '--cache-location', cache, corpus];
    expect(runEurasia(args).stdout).toContain('"name":"Madeleine Albright"');
    // Entries emptied by hand: a run that reads them finds nothing.
    doctor(cache, (result) => {
      result.mentions = [];
    });
    const fromCache = runEurasia(args);
    expect(fromCache.code).toBe(0);
    expect(fromCache.stdout).toBe('');
    // One article changed: only it is analysed afresh, and the name it adds is found.
    const changed = path.join(corpus, readdirSync(corpus).sort()[3]);
    appendFileSync(changed, '\nLater, Foreign Minister Sergey Lavrov spoke in Moscow.\n');
    const afterChange = runEurasia(args);
    expect(afterChange.stdout).toContain('"name":"Sergey Lavrov"');
    expect(afterChange.stdout).not.toContain('"name":"Madeleine Albright"');
  });

  it('misses when the entity configuration changes', () => {
    const corpus = workerCorpus();
    const cache = temporaryFolder('eurasia-cache-');
    const config = path.join(temporaryFolder('eurasia-cache-config-'), 'eurasia.config.json');
    writeFileSync(config, JSON.stringify({ entities: [{ name: 'Madeleine K. Albright', type: 'PERSON', aliases: ['Albright', 'Madeleine Albright'] }] }));
    runEurasia(['entities', '--json', '--cache-location', cache, corpus]);
    doctor(cache, (result) => {
      result.mentions = [];
    });
    const configured = runEurasia(['entities', '--json', '--config', config, '--cache-location', cache, corpus]);
    expect(configured.code).toBe(0);
    expect(configured).toEqual(runEurasia(['entities', '--json', '--config', config, corpus]));
    expect(configured.stdout).toContain('"name": "Madeleine K. Albright"');
  });

  it('treats an unreadable entry as missing and writes it again', () => {
    const corpus = workerCorpus();
    const cache = temporaryFolder('eurasia-cache-');
    const plain = runEurasia(['analyze', '--format', 'ndjson', corpus]);
    runEurasia(['analyze', '--format', 'ndjson', '--cache-location', cache, corpus]);
    const stored = entries(cache);
    writeFileSync(stored[0], 'not gzip');
    writeFileSync(stored[1], gzipSync('{"format":"eurasia-cache/1","path":'));
    writeFileSync(stored[2], gzipSync(JSON.stringify({ format: 'eurasia-cache/1', path: 'elsewhere.txt', result: {} })));
    const repaired = runEurasia(['analyze', '--format', 'ndjson', '--cache-location', cache, corpus]);
    expect(repaired).toEqual(plain);
    for (const file of stored.slice(0, 3)) expect(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')).result.mentions.length).toBeGreaterThan(0);
  });

  it('is a usage error, before any analysis, when its folder cannot be made', () => {
    const notAFolder = path.join(temporaryFolder('eurasia-cache-file-'), 'plain-file');
    writeFileSync(notAFolder, '');
    const result = runEurasia(['entities', '--cache-location', path.join(notAFolder, 'cache'), SEEDS]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^eurasia: cannot use .*plain-file\/cache as the --cache folder: ENOTDIR/);
    const empty = runEurasia(['entities', '--cache-location', '', SEEDS]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("option '--cache-location <folder>' argument '' is invalid. expected a folder.");
  });
});
