/**
 * The statistical entity tagger: an averaged perceptron over BILOU labels, decoded greedily
 * left to right. Greedy decoding with the previous labels as features is nearly as accurate
 * as Viterbi for this task (Ratinov & Roth 2009) and several times faster.
 */
import type { AnalyzedText } from '../nlp.js';
import type { FeatureExtractor, FeatureIndex, PreparedDocument } from './features.js';
import { CASE_CLASS_COUNT } from './features.js';

/** CoNLL's four entity types; the tagger's output before OntoNotes typing. */
export const TAG_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type TagType = (typeof TAG_TYPES)[number];

/** Begin, Inside, Last, Unit for each type, and O: 17 labels. Label 0 is O. */
export const LABELS: readonly string[] = ['O', ...TAG_TYPES.flatMap((type) => ['B', 'I', 'L', 'U'].map((part) => `${part}-${type}`))];
export const LABEL_COUNT = LABELS.length;

const PART_BEGIN = 0;
const PART_INSIDE = 1;
const PART_LAST = 2;
const PART_UNIT = 3;

// Previous-label names with the sentence start first, as label-keyed features index them.
export const PREVIOUS_NAMES: readonly string[] = ['<S>', ...LABELS];

/** The type index (0..3) of a label, or -1 for O. */
export function labelType(label: number): number {
  return label === 0 ? -1 : ((label - 1) >> 2);
}

/** The part (begin, inside, last, unit) of a non-O label. */
export function labelPart(label: number): number {
  return (label - 1) & 3;
}

/** The label for a type index and a part. */
export function labelOf(type: number, part: number): number {
  return 1 + type * 4 + part;
}

/** True when `label` leaves an entity open, so the next label must continue it. */
function isOpen(label: number): boolean {
  if (label <= 0) return false;
  const part = labelPart(label);
  return part === PART_BEGIN || part === PART_INSIDE;
}

/**
 * Whether `label` may follow `previous` (-1 at a sentence start), and may stand at the last
 * token of a sentence when `last` is set. Illegal sequences are never produced, so spans
 * always close.
 */
export function isAllowed(previous: number, label: number, last: boolean): boolean {
  if (isOpen(previous)) {
    if (label === 0) return false;
    const part = labelPart(label);
    if (labelType(label) !== labelType(previous)) return false;
    return last ? part === PART_LAST : part === PART_INSIDE || part === PART_LAST;
  }
  if (label === 0) return true;
  const part = labelPart(label);
  if (last) return part === PART_UNIT;
  return part === PART_BEGIN || part === PART_UNIT;
}

/** Ids of the features that depend on labels already chosen; computed once per index. */
export class LabelFeatures {
  /** `p1=LABEL`, indexed by previous label + 1 (0 is the sentence start). */
  readonly previous: Int32Array;
  /** `p2p1=A|B`, indexed by (label before previous + 1) * (LABEL_COUNT + 1) + previous + 1. */
  readonly previousPair: Int32Array;
  /** `p1c=LABEL|case`, indexed by (previous + 1) * CASE_CLASS_COUNT + case class. */
  readonly previousCase: Int32Array;
  /** `hist=TYPE`: how the same word was tagged earlier in the document; index 4 is O. */
  readonly history: Int32Array;

  constructor(index: FeatureIndex) {
    const name = (label: number): string => (label < 0 ? '<S>' : LABELS[label]);
    const width = LABEL_COUNT + 1;
    this.previous = new Int32Array(width);
    this.previousPair = new Int32Array(width * width);
    this.previousCase = new Int32Array(width * CASE_CLASS_COUNT);
    for (let a = -1; a < LABEL_COUNT; a += 1) {
      this.previous[a + 1] = index.id('p1=' + name(a));
      for (let c = 0; c < CASE_CLASS_COUNT; c += 1) this.previousCase[(a + 1) * CASE_CLASS_COUNT + c] = index.id(`p1c=${name(a)}|${c}`);
      for (let b = -1; b < LABEL_COUNT; b += 1) this.previousPair[(b + 1) * width + a + 1] = index.id(`p2p1=${name(b)}|${name(a)}`);
    }
    this.history = new Int32Array(TAG_TYPES.length + 1);
    for (let type = 0; type <= TAG_TYPES.length; type += 1) this.history[type] = index.id('hist=' + (TAG_TYPES[type] ?? 'O'));
  }
}

/**
 * Called for each token the classifier scores, in training only: gets the features and the
 * predicted label, may update the weights, and returns the label decoding should continue with.
 */
export type Learner = (token: number, features: Int32Array, featureCount: number, predicted: number) => number;

/** The reusable state of decoding: scratch buffers sized once. */
export class GreedyDecoder {
  private scratch = new Int32Array(256);
  private readonly dynamicIds = new Int32Array(8);
  private readonly scores = new Float64Array(LABEL_COUNT);

  constructor(
    private readonly weights: Float32Array | Float64Array,
    private readonly labelFeatures: LabelFeatures,
  ) {}

  /**
   * Labels every token of a document. Tokens that cannot begin an entity are tagged O
   * without scoring unless an entity is open, which skips most lowercase text.
   */
  decode(document: PreparedDocument, learner?: Learner): Uint8Array {
    const count = document.length;
    const words = document.words;
    const labels = new Uint8Array(count);
    const weights = this.weights;
    const scores = this.scores;
    const dynamic = this.labelFeatures;
    const width = LABEL_COUNT + 1;
    // Per form: the type it was last tagged with earlier in this document (4 for O). The most
    // frequent type would need counts; the latest entity reading is nearly as good.
    const stamp = document.freshStamp();
    let previous = -1;
    let previous2 = -1;
    for (let t = 0; t < count; t += 1) {
      if (document.sentenceStarts[t] === t) {
        previous = -1;
        previous2 = -1;
      }
      const last = document.sentenceEnds[t] === t + 1;
      if (!isOpen(previous) && !document.mayStart[t]) {
        labels[t] = 0;
        previous2 = previous;
        previous = 0;
        continue;
      }
      let dynamicCount = 0;
      const dynamicIds = this.dynamicIds;
      const extra0 = dynamic.previous[previous + 1];
      const extra1 = dynamic.previousPair[(previous2 + 1) * width + previous + 1];
      const extra2 = dynamic.previousCase[(previous + 1) * CASE_CLASS_COUNT + words[t].caseClass];
      if (extra0 >= 0) dynamicIds[dynamicCount++] = extra0;
      if (extra1 >= 0) dynamicIds[dynamicCount++] = extra1;
      if (extra2 >= 0) dynamicIds[dynamicCount++] = extra2;
      const extra3 = document.labelWordId(t, previous + 1, PREVIOUS_NAMES);
      if (extra3 >= 0) dynamicIds[dynamicCount++] = extra3;
      const form = words[t].form;
      const seen = words[t].caseClass !== 0 && form.historyStamp === stamp ? form.history : -1;
      if (seen >= 0) {
        const id = dynamic.history[seen];
        if (id >= 0) dynamicIds[dynamicCount++] = id;
      }

      scores.fill(0);
      document.addScores(t, scores, weights, LABEL_COUNT);
      for (let k = 0; k < dynamicCount; k += 1) {
        const base = dynamicIds[k] * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l += 1) scores[l] += weights[base + l];
      }
      let best = -1;
      let bestScore = -Infinity;
      for (let l = 0; l < LABEL_COUNT; l += 1) {
        if (scores[l] > bestScore && isAllowed(previous, l, last)) {
          bestScore = scores[l];
          best = l;
        }
      }
      if (isOpen(previous)) {
        // The open entity must go on, but the classifier would rather start afresh: close the
        // entity at the previous token instead, so one early B cannot drag a span to the end
        // of the sentence.
        let closedBest = -1;
        let closedScore = -Infinity;
        for (let l = 0; l < LABEL_COUNT; l += 1) {
          if (scores[l] > closedScore && isAllowed(0, l, last)) {
            closedScore = scores[l];
            closedBest = l;
          }
        }
        if (closedScore > bestScore) {
          const part = labelPart(previous);
          const closed = labelOf(labelType(previous), part === PART_BEGIN ? PART_UNIT : PART_LAST);
          labels[t - 1] = closed;
          previous = closed;
          best = closedBest;
        }
      }
      let label = best;
      if (learner) {
        const needed = document.featureBound(t) + dynamicCount;
        if (this.scratch.length < needed) this.scratch = new Int32Array(needed * 2);
        let n = document.collect(t, this.scratch);
        for (let k = 0; k < dynamicCount; k += 1) this.scratch[n++] = dynamicIds[k];
        label = learner(t, this.scratch, n, best);
      }
      labels[t] = label;
      if (words[t].caseClass !== 0) {
        const type = label === 0 ? TAG_TYPES.length : labelType(label);
        // An entity reading outranks an earlier O so that one miss does not teach the rest.
        if (seen < 0 || label !== 0) {
          form.historyStamp = stamp;
          form.history = type;
        }
      }
      previous2 = previous;
      previous = label;
    }
    return labels;
  }
}

/** A span of tokens `[first, end)` the tagger labelled with one CoNLL type. */
export interface TaggedSpan {
  first: number;
  end: number;
  type: TagType;
}

/** Turns a legal BILOU label sequence into spans. */
export function spansOf(labels: Uint8Array): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open = -1;
  for (let t = 0; t < labels.length; t += 1) {
    const label = labels[t];
    if (label === 0) {
      open = -1;
      continue;
    }
    const part = labelPart(label);
    const type = TAG_TYPES[labelType(label)];
    if (part === PART_UNIT) spans.push({ first: t, end: t + 1, type });
    else if (part === PART_BEGIN) open = t;
    else if (part === PART_LAST && open >= 0) {
      spans.push({ first: open, end: t + 1, type });
      open = -1;
    }
  }
  return spans;
}

/** A loaded tagger: features, weights and decoder bound together. */
export interface Tagger {
  tag(analyzed: AnalyzedText): TaggedSpan[];
}

/** Binds an extractor and weights into a tagger. */
export function createTagger(extractor: FeatureExtractor, weights: Float32Array, labelFeatures: LabelFeatures): Tagger {
  const decoder = new GreedyDecoder(weights, labelFeatures);
  return {
    tag(analyzed: AnalyzedText): TaggedSpan[] {
      if (analyzed.tokens.length === 0) return [];
      return spansOf(decoder.decode(extractor.extract(analyzed)));
    },
  };
}
