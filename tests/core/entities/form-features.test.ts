/**
 * What a word form contributes to the tagger, slot by slot (as the token itself, as the word
 * before or after it, two before or after), and in which order. The order matters beyond
 * tidiness: a cached form's score vectors are float sums taken in this order, so the model's
 * scores depend on it in their last bits. Shape, affix and class ids come from small tables
 * shared by every form; word ids from the model's index.
 */
import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/nlp.js';
import { FeatureExtractor, type FeatureIndex } from '../../../src/core/entities/features.js';
import { knowledgeWordClasses } from '../../../src/core/entities/lexicons.js';

const nlp = createNlp();

/** An index that numbers keys as it meets them and can say which key an id stands for. */
function recordingIndex(unknownWords: readonly string[] = []): FeatureIndex & { keyOf(id: number): string } {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  return {
    id(key: string): number {
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        ids.set(key, id);
        keys.push(key);
      }
      return id;
    },
    knowsWord: (lower: string) => !unknownWords.includes(lower),
    keyOf: (id: number) => keys[id],
  };
}

/** The keys of each slot's ids for the token written `text` in `sentence`. */
function slotKeys(sentence: string, text: string, unknownWords: readonly string[] = []): string[][] {
  const index = recordingIndex(unknownWords);
  const extractor = new FeatureExtractor(index, { wordClasses: knowledgeWordClasses });
  const analyzed = nlp.analyze(sentence);
  const position = analyzed.tokens.findIndex((token) => token.text === text);
  expect(position).toBeGreaterThanOrEqual(0);
  const word = extractor.extract(analyzed).words[position];
  return word.ids.map((ids) => Array.from(ids, (id) => index.keyOf(id)));
}

describe('the features of a word form', () => {
  it('lists word, shape, suffixes, prefixes and classes in that order, slot by slot', () => {
    const classes = knowledgeWordClasses('Maria');
    expect(classes).toContain('first-name');
    expect(slotKeys('Maria met the minister.', 'Maria')).toEqual([
      ['w=maria', 'sh=Xx', 's2=ia', 's3=ria', 's4=aria', 'p2=ma', 'p3=mar', ...classes.map((kind) => `k=${kind}`)],
      ['w-1=maria', 'sh-1=Xx', ...classes.map((kind) => `k-1=${kind}`)],
      ['w-2=maria'],
      ['w+1=maria', 'sh+1=Xx', ...classes.map((kind) => `k+1=${kind}`)],
      ['w+2=maria'],
    ]);
  });

  it('gives a word the model never saw only its shape and affixes, and marks inner punctuation', () => {
    expect(slotKeys("O'Zykova spoke.", "O'Zykova", ["o'zykova"])).toEqual([
      ["sh=X'Xx", 's2=va', 's3=ova', 's4=kova', "p2=o'", "p3=o'z", 'punct-in'],
      ["sh-1=X'Xx"],
      [],
      ["sh+1=X'Xx"],
      [],
    ]);
  });

  it('keeps short words to the affixes they are longer than', () => {
    expect(slotKeys('We saw Li there.', 'Li', ['li'])[0]).toEqual(['sh=Xx', ...knowledgeWordClasses('Li').map((kind) => `k=${kind}`)]);
  });
});
