/**
 * The tagger's model file: its JSON shape, and turning it into the dense arrays the decoder
 * reads. The file keeps feature strings so that it stays readable and independent of the
 * order features were met in training.
 */
import type { FeatureIndex, Lexicon, PairFeatures } from './features.js';
import { addLexiconEntry } from './features.js';
import { LABELS, LABEL_COUNT } from './tagger.js';

export const MODEL_FORMAT = 'eurasia-ner/2';

/** The JSON written by scripts/train-ner.mjs to data/ner-model.json. */
export interface NerModelFile {
  format: typeof MODEL_FORMAT;
  /** Label names in weight order; must equal `LABELS`. */
  labels: string[];
  /** Weights are stored as integers; divide by `scale`. */
  scale: number;
  /** Feature strings, one a line: one long string parses far faster than an array of them. */
  features: string;
  /**
   * Per feature in order: how many labels it weighs, then that many `label, weight` pairs
   * (labels with weight 0 are left out). One flat array, again for parsing speed.
   */
  weights: number[];
  /** Names seen as entities in the training text, `token token\tTYPE`, for the `train` lexicon. */
  lexicon: string[];
  /** Free-form notes on how the model was made (data, epochs, scores). */
  about?: Record<string, unknown>;
}

/** A model ready for decoding. */
export interface LoadedModel {
  index: FeatureIndex;
  weights: Float32Array;
  lexicons: Lexicon[];
  /** The training lexicon's names, lowercased tokens joined by spaces. */
  lexiconNames: Set<string>;
}

/** A feature index over a fixed vocabulary. */
export class FrozenIndex implements FeatureIndex {
  private readonly words = new Set<string>();
  readonly pairs: PairFeatures;

  constructor(private readonly ids: Map<string, number>) {
    const pairs: [which: 0 | 1, left: string, right: string, id: number][] = [];
    // Word-keyed features are `w=…`, `w-1=…`, `ww-1=left|right`, `p1w=LABEL|word` and the like.
    for (const [key, id] of ids) {
      const code = key.charCodeAt(0);
      if (code !== 119 /* w */ && !key.startsWith('p1w=')) continue;
      const value = key.slice(key.indexOf('=') + 1);
      if (key.startsWith('ww')) {
        const bar = value.indexOf('|');
        const left = value.slice(0, bar);
        const right = value.slice(bar + 1);
        this.words.add(left);
        this.words.add(right);
        pairs.push([key.startsWith('ww-1=') ? 0 : 1, left, right, id]);
      } else if (key.startsWith('p1w=')) this.words.add(value.slice(value.indexOf('|') + 1));
      else this.words.add(value);
    }
    this.pairs = numberedPairs(pairs);
  }

  id(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  knowsWord(lower: string): boolean {
    return this.words.has(lower);
  }

  get size(): number {
    return this.ids.size;
  }
}

/**
 * Numbers the words of the pair features and keys each feature by its two numbers, in one
 * integer (`(left × words + right) × 2 + which`) while that stays a small integer, which it
 * does for any model near the shipped one's size (7,056 words, 21,309 pairs); past that, by
 * a string of the two numbers.
 */
function numberedPairs(pairs: readonly [0 | 1, string, string, number][]): PairFeatures {
  const numbers = new Map<string, number>();
  const numberOf = (word: string): number => {
    let number = numbers.get(word);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(word, number);
    }
    return number;
  };
  for (const [, left, right] of pairs) {
    numberOf(left);
    numberOf(right);
  }
  const wordCount = numbers.size;
  const wordNumber = (lower: string): number => numbers.get(lower) ?? -1;
  // One key type per Map: a lookup is on the tagger's hot path, and V8 hashes a Map whose
  // keys are all small integers fastest.
  if (wordCount * wordCount * 2 < 2 ** 30) {
    const ids = new Map<number, number>();
    for (const [which, left, right, id] of pairs) ids.set((numberOf(left) * wordCount + numberOf(right)) * 2 + which, id);
    return { wordNumber, id: (left, right, which) => ids.get((left * wordCount + right) * 2 + which) ?? -1 };
  }
  const ids = new Map<string, number>();
  for (const [which, left, right, id] of pairs) ids.set(`${numberOf(left)}|${numberOf(right)}|${which}`, id);
  return { wordNumber, id: (left, right, which) => ids.get(`${left}|${right}|${which}`) ?? -1 };
}

/** Builds the dense weight matrix and lexicon trie from the JSON model. */
export function loadModel(file: NerModelFile): LoadedModel {
  if (file.format !== MODEL_FORMAT) throw new Error(`unknown entity model format ${String(file.format)}`);
  if (file.labels.join(' ') !== LABELS.join(' ')) throw new Error('entity model labels differ from the tagger labels');
  const names = file.features.split('\n');
  const ids = new Map<string, number>();
  const weights = new Float32Array(names.length * LABEL_COUNT);
  const scale = file.scale;
  const flat = file.weights;
  let at = 0;
  for (let f = 0; f < names.length; f += 1) {
    ids.set(names[f], f);
    const base = f * LABEL_COUNT;
    const pairs = flat[at++];
    for (let k = 0; k < pairs; k += 1) {
      weights[base + flat[at]] = flat[at + 1] / scale;
      at += 2;
    }
  }
  if (at !== flat.length) throw new Error('entity model weights do not match its features');
  const lexiconNames = new Set(file.lexicon.map((entry) => entry.slice(0, entry.indexOf('\t'))));
  return { index: new FrozenIndex(ids), weights, lexicons: [buildLexicon('train', file.lexicon)], lexiconNames };
}

/** A lexicon from `token token\tCATEGORY` lines. */
export function buildLexicon(name: string, entries: readonly string[]): Lexicon {
  const root = {};
  for (const entry of entries) {
    const tab = entry.indexOf('\t');
    if (tab <= 0) continue;
    addLexiconEntry(root, entry.slice(0, tab).split(' '), entry.slice(tab + 1));
  }
  return { name, root };
}
