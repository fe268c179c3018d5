// Worker threads under memory pressure: one document that exhausts a worker's heap costs that
// document only. EURASIA_WORKER_HEAP_MB shrinks the heap limit so that a 4 MiB article does
// what a far larger one does under the real limit. (Analysis goes in 512K-character pieces,
// so what fills the heap is the document and its tens of thousands of results; the seeds
// still analyse at 56 MiB and the article fails at 80, measured.)
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEurasia, SEEDS, temporaryFolder } from './helpers.js';

const SMALL_HEAP = { EURASIA_WORKER_HEAP_MB: '64' };

/** Four copies of the seeds, and one article large enough to exhaust a 64 MiB heap. */
function corpusWithOneHugeArticle(): { folder: string; small: string[]; huge: string } {
  const folder = temporaryFolder('eurasia-oom-');
  const small: string[] = [];
  for (const [copy, seed] of [...readdirSync(SEEDS), ...readdirSync(SEEDS)].sort().entries()) {
    const file = path.join(folder, `${copy}-${seed}`);
    copyFileSync(path.join(SEEDS, seed), file);
    small.push(file);
  }
  const text = readFileSync(path.join(SEEDS, readdirSync(SEEDS).sort()[1]), 'utf8').replace(/^date .*\n/, '');
  const huge = path.join(folder, '2-huge.txt');
  writeFileSync(huge, `${text}\n\n`.repeat(Math.ceil((4 * 1024 * 1024) / text.length)));
  return { folder, small: small.sort(), huge };
}

describe('a worker that runs out of memory', () => {
  it('names the document, analyses every other one, exits 1, and prints the same whatever --jobs is', () => {
    const { folder, small, huge } = corpusWithOneHugeArticle();
    const one = runEurasia(['entities', '--json', '--jobs', '1', folder], { env: SMALL_HEAP });
    const three = runEurasia(['entities', '--json', '--jobs', '3', folder], { env: SMALL_HEAP });
    expect(one.stderr).toBe(`eurasia: ${huge}: analysis failed: out of memory\neurasia: 1 of 5 inputs skipped\n`);
    expect(one.code).toBe(1);
    // Everything else is exactly what a run over the other files alone prints.
    const withoutHuge = runEurasia(['entities', '--json', ...small]);
    expect(withoutHuge.code).toBe(0);
    expect(one.stdout).toBe(withoutHuge.stdout);
    expect(three.code).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
  });

  it('is an internal error (exit 70) when a worker cannot even load the engine', () => {
    // Standard input over 1 MiB goes to a worker even with --jobs 1.
    const result = runEurasia(['entities', '--jobs', '1', '-'], { env: { EURASIA_WORKER_HEAP_MB: '16' }, input: 'Kofi Annan spoke. '.repeat(100_000) });
    expect(result.code).toBe(70);
    expect(result.stderr).toBe('eurasia: internal error: analysis worker failed to start: out of memory\n');
    expect(result.stdout).toBe('');
  });
});
