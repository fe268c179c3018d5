/**
 * The tagger caches what each distinct word form contributes (its summed score vectors, its
 * label-word ids) in shared blocks, and empties the cache past a bound. None of that may show
 * in what it finds: a tagger that has met tens of thousands of forms, across many blocks and
 * past a clearing, must tag a document exactly as a fresh one does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/nlp.js';
import { taggerFromModel } from '../../../src/core/entities/index.js';
import type { NerModelFile } from '../../../src/core/entities/model.js';

const nlp = createNlp();
const model = createRequire(import.meta.url)('../../../data/ner-model.json') as NerModelFile;
const seeds = ['seeds/000_f42e58e29a180802.txt', 'seeds/004_5bc9f134390c81c1.txt'].map((path) => nlp.analyze(readFileSync(path, 'utf8')));

/** A document of `count` distinct made-up forms, capitalised ones among them, in sentences. */
function manyForms(count: number, seed: number): string {
  const words: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const word = `${n % 3 === 0 ? 'Qv' : 'qv'}${(seed * 1_000_003 + n).toString(36)}`;
    words.push(n % 12 === 11 ? `${word}.` : word);
  }
  return words.join(' ');
}

describe('the tagger form cache', () => {
  it('tags the seed articles the same after meeting 130,000 other forms', () => {
    const fresh = seeds.map((analyzed) => taggerFromModel(model).tag(analyzed));
    const used = taggerFromModel(model);
    // Two documents of 65,000 forms each: many pool blocks, and the second pushes the cache
    // past its bound, so the seeds are tagged right after a clearing.
    used.tag(nlp.analyze(manyForms(65_000, 1)));
    used.tag(nlp.analyze(manyForms(65_000, 2)));
    const afterwards = seeds.map((analyzed) => used.tag(analyzed));
    expect(fresh.flat().length).toBeGreaterThan(20);
    expect(afterwards).toEqual(fresh);
    // And the seeds tagged twice in a row, from warm cache entries, again alike.
    expect(seeds.map((analyzed) => used.tag(analyzed))).toEqual(fresh);
  });
});
