/**
 * With frozen weights the tagger adds each form's summed vector per slot, stored only for the
 * slots that have features; while training it adds every feature's weight row. Both must give
 * the same scores for every token, whatever slots a form leaves empty.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/nlp.js';
import { FeatureExtractor } from '../../../src/core/entities/features.js';
import { loadModel, type NerModelFile } from '../../../src/core/entities/model.js';
import { LABEL_COUNT } from '../../../src/core/entities/tagger.js';

const model = loadModel(createRequire(import.meta.url)('../../../data/ner-model.json') as NerModelFile);
const nlp = createNlp();
// Known words, unknown ones, capitals, digits and sentence edges.
const texts = [
  readFileSync('seeds/000_f42e58e29a180802.txt', 'utf8'),
  'Qvzzx Blorptown met Sergey Lavrov in Minsk on 3 March 2022. NATO said nothing.\n\nZZQ-9 rose.',
];

describe('frozen score vectors', () => {
  it('add up to the weight rows of every feature, token by token', () => {
    const frozen = new FeatureExtractor(model.index, { lexicons: model.lexicons, frozenWeights: model.weights, labelCount: LABEL_COUNT });
    const training = new FeatureExtractor(model.index, { lexicons: model.lexicons });
    let compared = 0;
    let largest = 0;
    for (const text of texts) {
      const analyzed = nlp.analyze(text);
      const fast = frozen.extract(analyzed);
      const slow = training.extract(analyzed);
      for (let t = 0; t < analyzed.tokens.length; t += 1) {
        const fastScores = new Float64Array(LABEL_COUNT);
        const slowScores = new Float64Array(LABEL_COUNT);
        fast.addScores(t, fastScores, model.weights, LABEL_COUNT);
        slow.addScores(t, slowScores, model.weights, LABEL_COUNT);
        for (let label = 0; label < LABEL_COUNT; label += 1) largest = Math.max(largest, Math.abs(fastScores[label] - slowScores[label]));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(300);
    // The frozen vectors were summed in 32-bit floats, which rounds in the fifth decimal of the
    // largest scores (6e-5 at most here); a slot read at another slot's offset, or past the
    // vectors stored, gives other sums altogether or NaN.
    expect(largest).toBeLessThan(1e-3);
  });
});
