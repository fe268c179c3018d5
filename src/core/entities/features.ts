/**
 * Feature extraction for the statistical entity tagger.
 *
 * Training (scripts/train-ner.mjs) and tagging share this file, so a feature means the same
 * thing in both. Features are strings in the model file and small integers at run time. Work
 * is done once per distinct word form, not per token: a form's feature ids, and with frozen
 * weights the score vectors they add up to, are cached, so tagging a token mostly adds a
 * dozen cached vectors.
 */
import type { AnalyzedText } from '../nlp.js';

/** Maps feature strings to ids; `id` returns -1 for a feature the model does not know. */
export interface FeatureIndex {
  id(key: string): number;
  /**
   * False when no feature mentions the lower-case word, so its word-keyed features need not be
   * looked up one by one. Absent means every word may be known (training).
   */
  knowsWord?(lower: string): boolean;
  /** The word-pair features by number, for an index that no longer grows; absent in training. */
  pairs?: PairFeatures;
}

/**
 * The word-pair features (`ww-1=left|right`, `ww+1=left|right`) of a fixed model, keyed by
 * numbers given to the words they name. A token's pair lookup is then one small-integer Map
 * read, and nothing is cached per pair of forms met in the corpus, so memory stays flat
 * however many distinct pairs a long run meets.
 */
export interface PairFeatures {
  /** The number of a lower-case word that some pair feature names, or -1. */
  wordNumber(lower: string): number;
  /** The id of the pair feature of two numbered words (`which` 0: `ww-1`, 1: `ww+1`), or -1. */
  id(left: number, right: number, which: 0 | 1): number;
}

/** A lexicon of multi-word names, each entry tagged with a category (`PER`, `GPE` …). */
export interface Lexicon {
  /** Short name used in feature strings, e.g. `train` or `kb`. */
  name: string;
  root: LexiconNode;
}

/** A node of a lexicon trie, keyed by lowercased token text. */
export interface LexiconNode {
  next?: Map<string, LexiconNode>;
  /** Categories of the entries that end at this node. */
  categories?: string[];
}

/** Adds one entry (its tokens already lowercased) to a lexicon trie. */
export function addLexiconEntry(root: LexiconNode, words: readonly string[], category: string): void {
  let node = root;
  for (const word of words) {
    node.next ??= new Map();
    let child = node.next.get(word);
    if (!child) {
      child = {};
      node.next.set(word, child);
    }
    node = child;
  }
  node.categories ??= [];
  if (!node.categories.includes(category)) node.categories.push(category);
}

/** The lexicon key of a token: lower case, typographic apostrophe as `'`. */
export function lexiconKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** What the extractor may know beyond the model: lists of names and classes of words. */
export interface ExtractorOptions {
  lexicons?: readonly Lexicon[];
  /** Classes of a word as written (`first-name`, `demonym`, `title` …), from a knowledge base. */
  wordClasses?: (word: string) => readonly string[];
  /**
   * The model's weights, when they no longer change: the extractor then caches per-form score
   * vectors. Leave out while training.
   */
  frozenWeights?: Float32Array;
  /** Labels per feature row of `frozenWeights`. */
  labelCount?: number;
}

/** Coarse case classes; they key the document case statistics and the tag-shape features. */
export const CaseClass = { Lower: 0, Title: 1, Upper: 2, Mixed: 3, Digit: 4, Other: 5 } as const;
export type CaseClass = (typeof CaseClass)[keyof typeof CaseClass];
const CASE_CLASS_NAMES = ['lower', 'title', 'upper', 'mixed', 'digit', 'other'];
export const CASE_CLASS_COUNT = 6;

// Slots: what a word contributes as the current token and as each neighbour.
const SELF = 0;
const PREVIOUS = 1;
const PREVIOUS2 = 2;
const NEXT = 3;
const NEXT2 = 4;
const SLOT_COUNT = 5;
const SLOT_SUFFIX = ['', '-1', '-2', '+1', '+2'];
/** Per slot, how the key of a word's shape feature there begins; null where shapes have none. */
const SHAPE_SLOTS: readonly (string | null)[] = ['sh=', 'sh-1=', null, 'sh+1=', null];
/** The same for a word's knowledge-base class (`k=first-name`, `k-1=first-name` …). */
const KIND_SLOTS: readonly (string | null)[] = ['k=', 'k-1=', null, 'k+1=', null];
/** Tables of affix ids: suffixes of 2, 3 and 4 letters, prefixes of 2 and 3, and `punct-in`. */
const AFFIX_TABLES = 6;

/** Feature ids (and, once weights are frozen, summed score vectors) per slot. */
interface Contribution {
  ids: Int32Array[];
  /**
   * Slot vectors laid end to end, `labelCount` numbers each, from `scoreOffset` on; null until
   * first needed. A cached form's lie in a block shared with other forms (see `ChunkPool`).
   * Only the slots in `slotMask` have one: a slot without features adds nothing.
   */
  scores: Float32Array | null;
  scoreOffset: number;
  /**
   * Bit `s` is set when slot `s` has features, and so a vector in `scores`; set with `scores`.
   * Most forms are words the model does not know, whose two outer slots (`w-2=`, `w+2=`) are
   * empty: storing only the others took the typed arrays of a worker 17,000 bench articles in
   * from 33-37 MB to 22-27 MB (peak RSS 352 → 342 MB), in as much time and with identical output.
   */
  slotMask: number;
}

/** What one distinct word form contributes, computed once per form. */
/**
 * State of one lower-case form during one document (how it is cased elsewhere, how it was
 * tagged before). It lives on a shared object stamped with the document, not in a per-document
 * Map, so that reading and updating it costs a field access instead of a string hash.
 */
export interface FormState {
  caseStamp: number;
  caseMask: number;
  historyStamp: number;
  /** The type the form was last tagged with in this document, or -1. */
  history: number;
}

interface WordInfo extends Contribution {
  lower: string;
  form: FormState;
  /** For each lexicon, the trie node this form leads to from the root, or null. */
  lexiconStarts: readonly (LexiconNode | null)[];
  caseClass: CaseClass;
  hasUpper: boolean;
  hasDigit: boolean;
  shape: string;
  /** This session's number for the shape, a cache key only (features are keyed by string). */
  shapeNumber: number;
  /** The form's number in `FeatureIndex.pairs`: -1 when no pair feature names it. */
  pairWord: number;
  /**
   * Ids of `p1w=LABEL|word` per previous label (+1), from `labelWordOffset` on, -2 until first
   * needed; null until the decoder first asks.
   */
  labelWord: Int32Array | null;
  labelWordOffset: number;
  /** Whether the model has any feature keyed by this word. */
  known: boolean;
}

// How a capitalised token's lower-case form is written mid-sentence elsewhere in the document.
const DOCUMENT_CASES = ['unseen', 'lower', 'title', 'upper', 'both'];
const WHERE = ['mid', 'first', 'caps'];

/**
 * The features of one document, prepared for the decoder: per-token facts are computed up
 * front, feature ids gathered only for the tokens the decoder actually scores.
 */
export class PreparedDocument {
  constructor(
    private readonly extractor: FeatureExtractor,
    readonly words: readonly WordInfo[],
    private readonly tags: readonly Contribution[],
    /** Per-token ids beyond word and POS features, as rows `extraIds[extraOffsets[t]..extraOffsets[t+1])`. */
    private readonly extraIds: Int32Array,
    private readonly extraOffsets: Int32Array,
    readonly sentenceStarts: Int32Array,
    readonly sentenceEnds: Int32Array,
    /** 1 when the token could begin an entity; other tokens outside an entity are tagged O unseen. */
    readonly mayStart: Uint8Array,
  ) {}

  get length(): number {
    return this.words.length;
  }

  /** See `FeatureExtractor.labelWordId`. */
  labelWordId(t: number, previous: number, labels: readonly string[]): number {
    return this.extractor.labelWordId(this.words[t], previous, labels);
  }

  /** A stamp no earlier document or decoding pass used, to reset per-form state lazily. */
  freshStamp(): number {
    return this.extractor.freshStamp();
  }

  /** Writes the static feature ids of token `t` into `out`; returns how many. */
  collect(t: number, out: Int32Array): number {
    let n = 0;
    const put = (ids: Int32Array): void => {
      for (let k = 0; k < ids.length; k += 1) out[n++] = ids[k];
    };
    this.forEachPart(t, (part, slot) => put(part.ids[slot]));
    for (let k = this.extraOffsets[t]; k < this.extraOffsets[t + 1]; k += 1) out[n++] = this.extraIds[k];
    return n;
  }

  /** Upper bound on `collect`'s count for token `t`, to size buffers. */
  featureBound(t: number): number {
    let n = this.extraOffsets[t + 1] - this.extraOffsets[t];
    this.forEachPart(t, (part, slot) => (n += part.ids[slot].length));
    return n;
  }

  /**
   * Adds the static features' scores of token `t` into `scores`. With frozen weights this
   * adds cached per-form vectors; otherwise it sums the weight rows of each id.
   */
  addScores(t: number, scores: Float64Array, weights: Float32Array | Float64Array, labelCount: number): void {
    const frozen = this.extractor.frozen;
    const words = this.words;
    const tags = this.tags;
    const first = this.sentenceStarts[t];
    const end = this.sentenceEnds[t];
    const extractor = this.extractor;
    if (frozen) {
      addSlot(scores, extractor, words[t], SELF, labelCount);
      addSlot(scores, extractor, t - 1 >= first ? words[t - 1] : extractor.start, PREVIOUS, labelCount);
      addSlot(scores, extractor, t - 2 >= first ? words[t - 2] : extractor.start, PREVIOUS2, labelCount);
      addSlot(scores, extractor, t + 1 < end ? words[t + 1] : extractor.end, NEXT, labelCount);
      addSlot(scores, extractor, t + 2 < end ? words[t + 2] : extractor.end, NEXT2, labelCount);
      addSlot(scores, extractor, tags[t], SELF, labelCount);
      addSlot(scores, extractor, t - 1 >= first ? tags[t - 1] : extractor.startTag, PREVIOUS, labelCount);
      addSlot(scores, extractor, t + 1 < end ? tags[t + 1] : extractor.endTag, NEXT, labelCount);
    } else {
      this.forEachPart(t, (part, slot) => addRows(scores, part.ids[slot], weights, labelCount));
    }
    for (let k = this.extraOffsets[t]; k < this.extraOffsets[t + 1]; k += 1) {
      const base = this.extraIds[k] * labelCount;
      for (let l = 0; l < labelCount; l += 1) scores[l] += weights[base + l];
    }
  }

  private forEachPart(t: number, visit: (part: Contribution, slot: number) => void): void {
    const extractor = this.extractor;
    const words = this.words;
    const tags = this.tags;
    const first = this.sentenceStarts[t];
    const end = this.sentenceEnds[t];
    visit(words[t], SELF);
    visit(t - 1 >= first ? words[t - 1] : extractor.start, PREVIOUS);
    visit(t - 2 >= first ? words[t - 2] : extractor.start, PREVIOUS2);
    visit(t + 1 < end ? words[t + 1] : extractor.end, NEXT);
    visit(t + 2 < end ? words[t + 2] : extractor.end, NEXT2);
    visit(tags[t], SELF);
    visit(t - 1 >= first ? tags[t - 1] : extractor.startTag, PREVIOUS);
    visit(t + 1 < end ? tags[t + 1] : extractor.endTag, NEXT);
  }
}

/** A contribution of these per-slot ids whose vectors are summed on first use. */
function unsummed(ids: Int32Array[]): Contribution {
  return { ids, scores: null, scoreOffset: 0, slotMask: 0 };
}

/** Adds what `part` contributes in `slot` (its summed vector there) into `scores`. */
function addSlot(scores: Float64Array, extractor: FeatureExtractor, part: Contribution, slot: number, labelCount: number): void {
  const vectors = extractor.vectors(part);
  const mask = part.slotMask;
  if ((mask & (1 << slot)) === 0) return;
  // The slot's vector comes after those of the stored slots before it.
  const offset = part.scoreOffset + SLOTS_STORED[mask & ((1 << slot) - 1)] * labelCount;
  for (let l = 0; l < labelCount; l += 1) scores[l] += vectors[offset + l];
}

/** How many slots a slot mask holds: its bits set (five slots, so masks below 32). */
const SLOTS_STORED = Uint8Array.from({ length: 1 << 5 }, (_, mask) => {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count += 1;
  return count;
});

function addRows(scores: Float64Array, ids: Int32Array, weights: Float32Array | Float64Array, labelCount: number): void {
  for (let k = 0; k < ids.length; k += 1) {
    const base = ids[k] * labelCount;
    for (let l = 0; l < labelCount; l += 1) scores[l] += weights[base + l];
  }
}

/**
 * Hands out slices of large typed arrays: `take(n)` returns a block and the offset of `n`
 * fresh elements in it. Blocks are dropped only all together, by `clear`.
 */
class ChunkPool<T extends Float32Array | Int32Array> {
  private block: T | null = null;
  private used = 0;

  constructor(private readonly allocate: (length: number) => T) {}

  take(length: number): [block: T, offset: number] {
    if (this.block === null || this.used + length > this.block.length) {
      this.block = this.allocate(Math.max(length, length * POOL_BLOCK_ITEMS));
      this.used = 0;
    }
    const offset = this.used;
    this.used += length;
    return [this.block, offset];
  }

  /** Starts a new block on the next `take`; blocks in use stay valid until nothing holds them. */
  clear(): void {
    this.block = null;
    this.used = 0;
  }
}

// Items per pool block: a block of score vectors is then under a megabyte.
const POOL_BLOCK_ITEMS = 2048;

// A long run over many documents meets many forms; past this the cache starts afresh.
const MAX_CACHE = 100_000;
// Shapes get numbers below this so three of them make one small-integer cache key.
const SHAPE_LIMIT = 1000;
const EMPTY = new Int32Array(0);
/** The ids of a form whose score vectors are already summed (see `describeWord`). */
const NO_IDS: Int32Array[] = [EMPTY, EMPTY, EMPTY, EMPTY, EMPTY];
/** The vectors of a part without a single feature: no slot of it is read. */
const NO_SCORES = new Float32Array(0);

/**
 * Builds per-token features against one feature index. Keep one extractor per index and
 * reuse it across documents: its caches are what make tagging fast.
 */
export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  /**
   * The same forms by wink's spelling number (see `Token.spellingId`); emptied with `cache`.
   * Grown by pushing, never by writing past the end, so V8 keeps it a flat array.
   */
  private bySpelling: (WordInfo | undefined)[] = [];
  /** The engine whose spelling numbers `bySpelling` follows. */
  private spellings: object | null = null;
  private readonly forms = new Map<string, FormState>();
  private readonly shapes = new Map<string, number>();
  private readonly trigrams = new Map<number, number>();
  private stamp = 0;
  private readonly tagCache = new Map<string, Contribution>();
  /**
   * Ids of the features a new form shares with many others (its shape, suffixes, prefixes and
   * classes), by value: one read of a small table instead of a key string built (`s3=ova`),
   * flattened and hashed for the model's index. Emptied with `cache`, which bounds them.
   */
  private readonly shapeIds = new Map<string, Int32Array>();
  private readonly kindIds = new Map<string, Int32Array>();
  private readonly affixIds: Map<string, number>[] = Array.from({ length: AFFIX_TABLES }, () => new Map<string, number>());
  private readonly fixed = new Map<string, number>();
  private readonly lexicons: readonly Lexicon[];
  private readonly noLexiconStarts: readonly null[];
  // The cached forms' score vectors and label-word ids, in large shared blocks: a small typed
  // array per form cost more in wrappers and allocator overhead than its numbers (with the
  // 72,000 forms of the 50 MB bench corpus, 18 MB of heap more).
  private readonly vectorPool = new ChunkPool((length) => new Float32Array(length));
  private readonly labelWordPool = new ChunkPool((length) => new Int32Array(length).fill(-2));
  private readonly wordClasses?: (word: string) => readonly string[];
  readonly frozen?: Float32Array;
  private readonly labelCount: number;
  /** Stand-ins for the neighbours beyond a sentence's edges. */
  readonly start: WordInfo;
  readonly end: WordInfo;
  readonly startTag: Contribution;
  readonly endTag: Contribution;
  private readonly firstId: number;
  private readonly capsIds: Int32Array;
  private readonly documentCaseIds: Int32Array;

  constructor(
    private readonly index: FeatureIndex,
    options: ExtractorOptions = {},
  ) {
    this.lexicons = options.lexicons ?? [];
    this.noLexiconStarts = this.lexicons.map(() => null);
    this.wordClasses = options.wordClasses;
    this.frozen = options.frozenWeights;
    this.labelCount = options.labelCount ?? 0;
    const boundary = (keys: string[][]): WordInfo => ({
      lower: '',
      shape: '<S>',
      shapeNumber: this.shapeNumber('<S>'),
      pairWord: index.pairs?.wordNumber('') ?? -1,
      labelWord: null,
      labelWordOffset: 0,
      known: true,
      form: { caseStamp: 0, caseMask: 0, historyStamp: 0, history: -1 },
      lexiconStarts: [],
      caseClass: CaseClass.Other,
      hasUpper: false,
      hasDigit: false,
      ids: keys.map((list) => this.ids(list)),
      scores: null,
      scoreOffset: 0,
      slotMask: 0,
    });
    this.start = boundary([[], ['w-1=<S>'], ['w-2=<S>'], [], []]);
    this.end = boundary([[], [], [], ['w+1=<S>'], ['w+2=<S>']]);
    this.startTag = unsummed([EMPTY, this.ids(['pos-1=<S>']), EMPTY, EMPTY, EMPTY]);
    this.endTag = unsummed([EMPTY, EMPTY, EMPTY, this.ids(['pos+1=</S>']), EMPTY]);
    this.firstId = index.id('first');
    this.capsIds = Int32Array.from(CASE_CLASS_NAMES, (name) => index.id('caps' + name));
    this.documentCaseIds = Int32Array.from(
      WHERE.flatMap((where) => DOCUMENT_CASES.map((value) => `dcase@${where}=${value}`)),
      (key) => index.id(key),
    );
  }

  /**
   * The id of `p1w=LABEL|word` for a form after the previous label `labels[previous]`
   * (`labels` lists label names with the sentence start first), cached on the form.
   */
  labelWordId(info: WordInfo, previous: number, labels: readonly string[]): number {
    if (!info.known) return -1;
    if (info.labelWord === null) {
      [info.labelWord, info.labelWordOffset] = this.labelWordPool.take(labels.length);
    }
    const at = info.labelWordOffset + previous;
    let id = info.labelWord[at];
    if (id === -2) {
      id = this.index.id(`p1w=${labels[previous]}|${info.lower}`);
      info.labelWord[at] = id;
    }
    return id;
  }

  /**
   * The id of a word-pair feature of two adjacent forms: `ww-1=L|R` (which 0, the right word
   * is the token) or `ww+1=L|R` (which 1, the left word is). By number where the index numbers
   * its pairs; by name in training, where the index is still growing.
   */
  private pairId(left: WordInfo, right: WordInfo, which: 0 | 1): number {
    const pairs = this.index.pairs;
    if (pairs) return left.pairWord < 0 || right.pairWord < 0 ? -1 : pairs.id(left.pairWord, right.pairWord, which);
    if (!left.known || !right.known) return -1;
    return this.index.id(pairName(left, right, which));
  }

  /** The id of `sh3=A|B|C`, cached under a number made of the three shapes' numbers. */
  private shapeTrigramId(before: WordInfo, info: WordInfo, after: WordInfo): number {
    const a = before.shapeNumber;
    const b = info.shapeNumber;
    const c = after.shapeNumber;
    if (a < 0 || b < 0 || c < 0) return this.index.id(`sh3=${before.shape}|${info.shape}|${after.shape}`);
    const key = (a * SHAPE_LIMIT + b) * SHAPE_LIMIT + c;
    let id = this.trigrams.get(key);
    if (id === undefined) {
      id = this.index.id(`sh3=${before.shape}|${info.shape}|${after.shape}`);
      this.trigrams.set(key, id);
    }
    return id;
  }

  private shapeNumber(shape: string): number {
    let number = this.shapes.get(shape);
    if (number === undefined) {
      number = this.shapes.size < SHAPE_LIMIT ? this.shapes.size : -1;
      this.shapes.set(shape, number);
    }
    return number;
  }

  /** A number not used as a stamp before. */
  freshStamp(): number {
    this.stamp += 1;
    return this.stamp;
  }

  /** Prepares a document for decoding. */
  extract(analyzed: AnalyzedText): PreparedDocument {
    // Cleared only between documents, so one document's words always share their form state.
    if (this.cache.size >= MAX_CACHE) {
      this.cache.clear();
      this.bySpelling = [];
      this.forms.clear();
      this.vectorPool.clear();
      this.labelWordPool.clear();
      this.shapeIds.clear();
      for (const table of this.affixIds) table.clear();
    }
    if (analyzed.spellings !== this.spellings) {
      this.spellings = analyzed.spellings;
      this.bySpelling = [];
    }
    const stamp = this.freshStamp();
    const tokens = analyzed.tokens;
    const count = tokens.length;
    const words: WordInfo[] = new Array(count);
    const tags: Contribution[] = new Array(count);
    for (let t = 0; t < count; t += 1) {
      const token = tokens[t];
      words[t] = token.spellingId >= 0 ? this.wordBySpelling(token.spellingId, token.text) : this.word(token.text);
      tags[t] = this.tag(tokens[t].pos);
    }

    const sentenceStarts = new Int32Array(count);
    const sentenceEnds = new Int32Array(count);
    const capsSentence = new Uint8Array(count);
    for (const sentence of analyzed.sentences) {
      let letters = 0;
      let upper = 0;
      for (let t = sentence.first; t < sentence.end; t += 1) {
        const caseClass = words[t].caseClass;
        if (caseClass <= CaseClass.Mixed) letters += 1;
        if (caseClass === CaseClass.Upper) upper += 1;
      }
      // A headline or a table row in capitals says nothing through its case: with two or
      // more words, all upper-case, the sentence is treated as such.
      const caps = letters >= 2 && upper === letters ? 1 : 0;
      for (let t = sentence.first; t < sentence.end; t += 1) {
        sentenceStarts[t] = sentence.first;
        sentenceEnds[t] = sentence.end;
        capsSentence[t] = caps;
      }
    }

    // How each word is written in the middle of ordinary sentences of this document: the
    // evidence that tells `JAPAN` in a headline or `Analysts` at a sentence start apart.
    for (let t = 0; t < count; t += 1) {
      const form = words[t].form;
      if (form.caseStamp !== stamp) {
        form.caseStamp = stamp;
        form.caseMask = 0;
      }
    }
    for (let t = 0; t < count; t += 1) {
      const info = words[t];
      if (info.caseClass > CaseClass.Mixed || capsSentence[t] || sentenceStarts[t] === t) continue;
      // After an opening quote or a colon a capital may only start a clause.
      if (isClauseOpener(tokens[t - 1].text)) continue;
      info.form.caseMask |= 1 << info.caseClass;
    }

    // Built by a loop, not `map`: optimised code inlines `map` and makes an array of another
    // kind than the builtin does, and the reads below then threw that code away time after time.
    const lexiconMarks: (number[] | null)[][] = [];
    for (let l = 0; l < this.lexicons.length; l += 1) lexiconMarks.push(markLexicon(l, words, sentenceEnds, count, (position, category) => this.lexiconId(l, position, category)));

    const extra: number[] = [];
    const extraOffsets = new Int32Array(count + 1);
    const mayStart = new Uint8Array(count);
    for (let t = 0; t < count; t += 1) {
      extraOffsets[t] = extra.length;
      const info = words[t];
      const first = sentenceStarts[t];
      const end = sentenceEnds[t];
      mayStart[t] = info.hasUpper || info.hasDigit || (t + 1 < end && words[t + 1].hasUpper) ? 1 : 0;
      // Pairs and shape trigrams only where the decoder may score the token: they cost lookups.
      if (mayStart[t] || (t > first && words[t - 1].hasUpper)) {
        const before = t > first ? words[t - 1] : this.start;
        const after = t + 1 < end ? words[t + 1] : this.end;
        pushId(extra, this.pairId(before, info, 0));
        pushId(extra, this.pairId(info, after, 1));
        pushId(extra, this.shapeTrigramId(before, info, after));
      }
      if (t === first) pushId(extra, this.firstId);
      if (capsSentence[t]) pushId(extra, this.capsIds[info.caseClass]);
      if (info.hasUpper) {
        const where = capsSentence[t] ? 2 : t === first || isClauseOpener(tokens[t - 1].text) ? 1 : 0;
        pushId(extra, this.documentCaseIds[where * DOCUMENT_CASES.length + documentCaseIndex(info.form.caseMask)]);
      }
      for (let l = 0; l < lexiconMarks.length; l += 1) {
        const marks = lexiconMarks[l][t];
        if (marks) for (const id of marks) pushId(extra, id);
      }
    }
    extraOffsets[count] = extra.length;
    return new PreparedDocument(this, words, tags, Int32Array.from(extra), extraOffsets, sentenceStarts, sentenceEnds, mayStart);
  }

  /**
   * The per-slot score vectors of a word or tag, summed once from the frozen weights, laid
   * from `part.scoreOffset` on. A cached form's go into the shared pool (`pooled`); a tag's
   * or a sentence edge's, which outlive the form cache, into an array of their own.
   */
  vectors(part: Contribution, pooled = false): Float32Array {
    if (part.scores !== null) return part.scores;
    const weights = this.frozen as Float32Array;
    const labels = this.labelCount;
    let mask = 0;
    for (let slot = 0; slot < part.ids.length; slot += 1) if (part.ids[slot].length > 0) mask |= 1 << slot;
    const length = SLOTS_STORED[mask] * labels;
    const [vectors, offset] = length === 0 ? [NO_SCORES, 0] : pooled ? this.vectorPool.take(length) : [new Float32Array(length), 0];
    let from = offset;
    for (let slot = 0; slot < part.ids.length; slot += 1) {
      const ids = part.ids[slot];
      if (ids.length === 0) continue;
      for (let k = 0; k < ids.length; k += 1) {
        const base = ids[k] * labels;
        for (let l = 0; l < labels; l += 1) vectors[from + l] += weights[base + l];
      }
      from += labels;
    }
    part.scores = vectors;
    part.scoreOffset = offset;
    part.slotMask = mask;
    return vectors;
  }

  /** The id of `lex:NAME=P-CATEGORY`, cached per lexicon, position and category. */
  private lexiconId(lexicon: number, position: number, category: string): number {
    const key = `${lexicon}:${position}:${category}`;
    let id = this.fixed.get(key);
    if (id === undefined) {
      id = this.index.id(`lex:${this.lexicons[lexicon].name}=${'BILU'[position]}-${category}`);
      this.fixed.set(key, id);
    }
    return id;
  }

  /** The ids, slot by slot, of the features `prefixes[slot] + value` (-1 where there is none). */
  private memoisedIds(table: Map<string, Int32Array>, value: string, prefixes: readonly (string | null)[]): Int32Array {
    let ids = table.get(value);
    if (ids === undefined) {
      ids = Int32Array.from(prefixes, (prefix) => (prefix === null ? -1 : this.index.id(prefix + value)));
      table.set(value, ids);
    }
    return ids;
  }

  /** The id of the feature `prefix + value`, through the affix table numbered `table`. */
  private affixId(table: number, prefix: string, value: string): number {
    const ids = this.affixIds[table];
    let id = ids.get(value);
    if (id === undefined) {
      id = this.index.id(prefix + value);
      ids.set(value, id);
    }
    return id;
  }

  private ids(keys: readonly string[]): Int32Array {
    const out: number[] = [];
    for (const key of keys) {
      const id = this.index.id(key);
      if (id >= 0) out.push(id);
    }
    return out.length ? Int32Array.from(out) : EMPTY;
  }

  private tag(pos: string): Contribution {
    let info = this.tagCache.get(pos);
    if (!info) {
      info = unsummed([this.ids(['pos=' + pos]), this.ids(['pos-1=' + pos]), EMPTY, this.ids(['pos+1=' + pos]), EMPTY]);
      this.tagCache.set(pos, info);
    }
    return info;
  }

  /** `word` for a token wink numbered: an array index instead of a string hash per token. */
  private wordBySpelling(spellingId: number, text: string): WordInfo {
    const bySpelling = this.bySpelling;
    return (spellingId < bySpelling.length ? bySpelling[spellingId] : undefined) ?? this.learnSpelling(spellingId, text);
  }

  /**
   * `wordBySpelling` for a spelling not met yet. A function of its own: while the common path
   * was compiled before this one had run, V8 threw the compiled code away at every new spelling.
   */
  private learnSpelling(spellingId: number, text: string): WordInfo {
    const bySpelling = this.bySpelling;
    while (bySpelling.length <= spellingId) bySpelling.push(undefined);
    const info = this.word(text);
    bySpelling[spellingId] = info;
    return info;
  }

  private word(text: string): WordInfo {
    let info = this.cache.get(text);
    if (info) return info;
    info = this.describeWord(text);
    this.cache.set(text, info);
    return info;
  }

  private describeWord(text: string): WordInfo {
    const lower = lexiconKey(text);
    const shape = shapeOf(text);
    const caseClass = caseClassOf(text);
    const known = this.index.knowsWord?.(lower) ?? true;
    // Ids in the order the keys were always listed (`w=`, `sh=`, suffixes, prefixes, `punct-in`,
    // classes): the frozen vectors are float sums, and another order could change a last bit.
    const slots: number[][] = [[], [], [], [], []];
    const shapeIds = this.memoisedIds(this.shapeIds, shape, SHAPE_SLOTS);
    for (let slot = 0; slot < SLOT_COUNT; slot += 1) {
      if (known) pushId(slots[slot], this.index.id(`w${SLOT_SUFFIX[slot]}=${lower}`));
      pushId(slots[slot], shapeIds[slot]);
    }
    const self = slots[SELF];
    // Suffixes carry demonyms (-ian, -ese), surnames (-ov, -son) and company words (-corp);
    // prefixes help less but catch Mc-, Mac-, Al-.
    for (let n = 2; n <= 4; n += 1) if (lower.length > n) pushId(self, this.affixId(n - 2, `s${n}=`, lower.slice(-n)));
    for (let n = 2; n <= 3; n += 1) if (lower.length > n) pushId(self, this.affixId(n + 1, `p${n}=`, lower.slice(0, n)));
    if (text.length > 1 && /[-.&']/.test(text)) pushId(self, this.affixId(AFFIX_TABLES - 1, '', 'punct-in'));
    if (this.wordClasses) {
      for (const kind of this.wordClasses(text)) {
        const kindIds = this.memoisedIds(this.kindIds, kind, KIND_SLOTS);
        for (let slot = 0; slot < SLOT_COUNT; slot += 1) pushId(slots[slot], kindIds[slot]);
      }
    }
    let hasUpper = false;
    let hasDigit = false;
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i];
      if (ch !== ch.toLowerCase()) hasUpper = true;
      const code = text.charCodeAt(i);
      if (code >= 48 && code <= 57) hasDigit = true;
    }
    let form = this.forms.get(lower);
    if (!form) {
      form = { caseStamp: 0, caseMask: 0, historyStamp: 0, history: -1 };
      this.forms.set(lower, form);
    }
    const starts = this.lexicons.map((lexicon) => lexicon.root.next?.get(lower) ?? null);
    // Most forms start no listed name: they share one array of nulls.
    const lexiconStarts = starts.some((node) => node !== null) ? starts : this.noLexiconStarts;
    const info: WordInfo = { lower, form, lexiconStarts, caseClass, hasUpper, hasDigit, shape, shapeNumber: this.shapeNumber(shape), pairWord: known ? (this.index.pairs?.wordNumber(lower) ?? -1) : -1, labelWord: null, labelWordOffset: 0, known, ids: slots.map((ids) => (ids.length > 0 ? Int32Array.from(ids) : EMPTY)), scores: null, scoreOffset: 0, slotMask: 0 };
    if (this.frozen) {
      // Decoding with frozen weights reads only the summed vectors: a cached form keeps those
      // and lets its five id arrays go, which more than halves what the cache holds.
      this.vectors(info, true);
      info.ids = NO_IDS;
    }
    return info;
  }
}

function pairName(left: WordInfo, right: WordInfo, which: 0 | 1): string {
  return `${which === 0 ? 'ww-1' : 'ww+1'}=${left.lower}|${right.lower}`;
}

function pushId(out: number[], id: number): void {
  if (id >= 0) out.push(id);
}

function isClauseOpener(text: string): boolean {
  return text === '"' || text === '“' || text === ':' || text === '(' || text === '-' || text === '--' || text === '‘' || text === "'";
}

function documentCaseIndex(mask: number): number {
  if (mask === 0) return 0;
  const lower = mask & (1 << CaseClass.Lower);
  const capital = mask & ((1 << CaseClass.Title) | (1 << CaseClass.Upper) | (1 << CaseClass.Mixed));
  if (lower && capital) return 4;
  if (lower) return 1;
  return mask & (1 << CaseClass.Title) ? 2 : 3;
}

/** The case class of a word: what its letters say, before what its position says. */
export function caseClassOf(text: string): CaseClass {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let firstUpper = false;
  let seenLetter = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits += 1;
      continue;
    }
    const isUpper = ch !== ch.toLowerCase();
    const isLower = ch !== ch.toUpperCase();
    if (isUpper) {
      if (!seenLetter) firstUpper = true;
      upper += 1;
    } else if (isLower) lower += 1;
    if (isUpper || isLower) seenLetter = true;
  }
  if (upper === 0 && lower === 0) return digits > 0 ? CaseClass.Digit : CaseClass.Other;
  if (upper === 0) return CaseClass.Lower;
  if (lower === 0) return upper === 1 && text.length === 1 ? CaseClass.Title : CaseClass.Upper;
  if (firstUpper && upper === 1) return CaseClass.Title;
  return CaseClass.Mixed;
}

/**
 * The word's shape with runs of one character class collapsed: `Xx` for `Japan`, `X.X.` for
 * `U.S.`, `d-d` for `1996-08-22`. Collapsing keeps the number of shapes small enough to learn.
 */
export function shapeOf(text: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    let cls: string;
    if (code >= 48 && code <= 57) cls = 'd';
    else if (ch !== ch.toLowerCase()) cls = 'X';
    else if (ch !== ch.toUpperCase()) cls = 'x';
    else cls = ch === '’' ? "'" : ch;
    if (cls !== last || (cls !== 'x' && cls !== 'X' && cls !== 'd')) shape += cls;
    last = cls;
  }
  return shape;
}

/**
 * Marks the tokens covered by the longest lexicon match starting at each capitalised token,
 * as `lex:NAME=B-CATEGORY` (begin, inside, last, unit), so that the tagger learns how far to
 * trust each list.
 */
function markLexicon(
  lexicon: number,
  words: readonly WordInfo[],
  sentenceEnds: Int32Array,
  count: number,
  featureId: (position: number, category: string) => number,
): (number[] | null)[] {
  // Filled with null so that the array is of one kind whether or not a name was marked.
  const marks: (number[] | null)[] = new Array<number[] | null>(count).fill(null);
  let t = 0;
  while (t < count) {
    const word = words[t];
    let node: LexiconNode | null | undefined = word.hasUpper ? word.lexiconStarts[lexicon] : null;
    if (!node) {
      t += 1;
      continue;
    }
    let matchEnd = -1;
    let categories: string[] | undefined;
    const end = sentenceEnds[t];
    if (node.categories) {
      matchEnd = t + 1;
      categories = node.categories;
    }
    for (let k = t + 1; k < end && node; k += 1) {
      node = node.next?.get(words[k].lower);
      if (node?.categories) {
        matchEnd = k + 1;
        categories = node.categories;
      }
    }
    if (matchEnd < 0 || !categories) {
      t += 1;
      continue;
    }
    for (let k = t; k < matchEnd; k += 1) {
      const position = matchEnd - t === 1 ? 3 : k === t ? 0 : k === matchEnd - 1 ? 2 : 1;
      const list = (marks[k] ??= []);
      for (const category of categories) list.push(featureId(position, category));
    }
    t = matchEnd;
  }
  return marks;
}
