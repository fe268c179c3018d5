/**
 * Feature extraction for the statistical entity tagger.
 *
 * Training (scripts/train-ner.mjs) and tagging share this file, so a feature means the same
 * thing in both. Features are strings in the model file and small integers at run time: the
 * strings for one word form are built once and cached as ids, so tagging a token mostly
 * copies integers instead of building strings.
 */
import type { AnalyzedText, Token } from '../nlp.js';

/** Maps feature strings to ids; `id` returns -1 for a feature the model does not know. */
export interface FeatureIndex {
  id(key: string): number;
}

/** A lexicon of multi-word names, each entry tagged with a category (`PER`, `country` …). */
export interface Lexicon {
  /** Short name used in feature strings, e.g. `train` or `knowledge`. */
  name: string;
  /** Lowercased token sequences and their categories. */
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

/** Coarse case classes; they key the document case statistics and the tag-shape features. */
export const CaseClass = { Lower: 0, Title: 1, Upper: 2, Mixed: 3, Digit: 4, Other: 5 } as const;
export type CaseClass = (typeof CaseClass)[keyof typeof CaseClass];
const CASE_CLASS_NAMES = ['lower', 'title', 'upper', 'mixed', 'digit', 'other'];
export const CASE_CLASS_COUNT = 6;

/** What one distinct word form contributes, computed once per form. */
interface WordInfo {
  lower: string;
  caseClass: CaseClass;
  hasUpper: boolean;
  hasDigit: boolean;
  /** Feature ids when the word is the current token, and when it is a neighbour. */
  self: number[];
  previous: number[];
  next: number[];
  previous2: number[];
  next2: number[];
  /** Ids of `dcase@…` features are per token, but the title-case key is per word. */
}

/** Features of one document, in a compressed-row layout: token t owns `ids[offsets[t]..offsets[t+1])`. */
export interface DocumentFeatures {
  ids: Int32Array;
  offsets: Int32Array;
  /** Lowercased text of each token, the key of the in-document prediction history. */
  lowers: string[];
  caseClasses: Uint8Array;
  /** 1 when the token could begin an entity; other tokens outside an entity are tagged O unseen. */
  mayStart: Uint8Array;
  /** Index of the last token of the token's sentence, exclusive end. */
  sentenceEnds: Int32Array;
  sentenceStarts: Int32Array;
}

const MAX_CACHE = 200_000;

/**
 * Builds per-token feature ids against one feature index. Keep one extractor per index and
 * reuse it across documents: its word cache is what makes tagging fast.
 */
export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  private readonly fixed = new Map<string, number>();

  constructor(
    private readonly index: FeatureIndex,
    private readonly lexicons: readonly Lexicon[] = [],
  ) {}

  /** Feature ids for every token of a document. */
  extract(analyzed: AnalyzedText): DocumentFeatures {
    const tokens = analyzed.tokens;
    const count = tokens.length;
    const words: WordInfo[] = new Array(count);
    for (let t = 0; t < count; t += 1) words[t] = this.word(tokens[t].text);

    const sentenceStarts = new Int32Array(count);
    const sentenceEnds = new Int32Array(count);
    const capsSentence = new Uint8Array(count);
    for (const sentence of analyzed.sentences) {
      let letters = 0;
      let upper = 0;
      for (let t = sentence.first; t < sentence.end; t += 1) {
        const caseClass = words[t].caseClass;
        if (caseClass === CaseClass.Lower || caseClass === CaseClass.Title || caseClass === CaseClass.Mixed) letters += 1;
        else if (caseClass === CaseClass.Upper) {
          letters += 1;
          upper += 1;
        }
      }
      // A headline or a table row in capitals says nothing through its case; with two or more
      // words, all upper-case, the sentence is treated as such.
      const caps = letters >= 2 && upper === letters ? 1 : 0;
      for (let t = sentence.first; t < sentence.end; t += 1) {
        sentenceStarts[t] = sentence.first;
        sentenceEnds[t] = sentence.end;
        capsSentence[t] = caps;
      }
    }

    // How each word is written in the middle of ordinary sentences of this document: the
    // evidence that tells `JAPAN` in a headline or `Analysts` at a sentence start apart.
    const documentCase = new Map<string, number>();
    for (let t = 0; t < count; t += 1) {
      if (capsSentence[t] || sentenceStarts[t] === t) continue;
      const info = words[t];
      if (info.caseClass > CaseClass.Mixed) continue;
      const previous = tokens[t - 1];
      // After an opening quote or a colon a capital may only start a clause.
      if (isClauseOpener(previous.text)) continue;
      const mask = documentCase.get(info.lower) ?? 0;
      documentCase.set(info.lower, mask | (1 << info.caseClass));
    }

    const lexiconMarks = this.lexicons.map((lexicon) => markLexicon(lexicon, words, sentenceStarts, sentenceEnds, count));

    const ids: number[] = [];
    const offsets = new Int32Array(count + 1);
    const lowers: string[] = new Array(count);
    const caseClasses = new Uint8Array(count);
    const mayStart = new Uint8Array(count);
    for (let t = 0; t < count; t += 1) {
      offsets[t] = ids.length;
      const info = words[t];
      const token = tokens[t];
      lowers[t] = info.lower;
      caseClasses[t] = info.caseClass;
      const first = sentenceStarts[t];
      const end = sentenceEnds[t];
      pushAll(ids, info.self);
      pushAll(ids, t - 1 >= first ? words[t - 1].previous : this.boundary('w-1'));
      pushAll(ids, t - 2 >= first ? words[t - 2].previous2 : this.boundary('w-2'));
      pushAll(ids, t + 1 < end ? words[t + 1].next : this.boundary('w+1'));
      pushAll(ids, t + 2 < end ? words[t + 2].next2 : this.boundary('w+2'));
      this.push(ids, 'pos=', token.pos);
      this.push(ids, 'pos-1=', t - 1 >= first ? tokens[t - 1].pos : '<S>');
      this.push(ids, 'pos+1=', t + 1 < end ? tokens[t + 1].pos : '</S>');
      if (t === first) this.push(ids, 'first', '');
      if (capsSentence[t]) this.push(ids, 'caps', CASE_CLASS_NAMES[info.caseClass]);
      if (info.hasUpper) {
        const where = capsSentence[t] ? 'caps' : t === first || isClauseOpener(tokens[t - 1].text) ? 'first' : 'mid';
        this.push(ids, `dcase@${where}=`, caseMaskName(documentCase.get(info.lower) ?? 0));
      }
      for (let l = 0; l < lexiconMarks.length; l += 1) {
        const mark = lexiconMarks[l][t];
        if (mark) for (const key of mark) this.push(ids, key, '');
      }
      mayStart[t] = info.hasUpper || info.hasDigit || (t + 1 < end && words[t + 1].hasUpper) ? 1 : 0;
    }
    offsets[count] = ids.length;
    return { ids: Int32Array.from(ids), offsets, lowers, caseClasses, mayStart, sentenceEnds, sentenceStarts };
  }

  /** The id of a feature built from a fixed prefix and a value drawn from a small set. */
  private push(ids: number[], prefix: string, value: string): void {
    const key = prefix + value;
    let id = this.fixed.get(key);
    if (id === undefined) {
      id = this.index.id(key);
      this.fixed.set(key, id);
    }
    if (id >= 0) ids.push(id);
  }

  private boundary(prefix: string): number[] {
    const ids: number[] = [];
    this.push(ids, prefix + '=', '<S>');
    return ids;
  }

  private word(text: string): WordInfo {
    let info = this.cache.get(text);
    if (info) return info;
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    info = describeWord(text, this.index);
    this.cache.set(text, info);
    return info;
  }
}

function pushAll(ids: number[], values: readonly number[]): void {
  for (let i = 0; i < values.length; i += 1) ids.push(values[i]);
}

function isClauseOpener(text: string): boolean {
  return text === '"' || text === '“' || text === ':' || text === '(' || text === '-' || text === '--' || text === '‘' || text === "'";
}

function caseMaskName(mask: number): string {
  if (mask === 0) return 'unseen';
  const lower = mask & (1 << CaseClass.Lower);
  const capital = mask & ((1 << CaseClass.Title) | (1 << CaseClass.Upper) | (1 << CaseClass.Mixed));
  if (lower && capital) return 'both';
  if (lower) return 'lower';
  return mask & (1 << CaseClass.Title) ? 'title' : 'upper';
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

function describeWord(text: string, index: FeatureIndex): WordInfo {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const shape = shapeOf(text);
  const caseClass = caseClassOf(text);
  const keys: string[] = ['w=' + lower, 'sh=' + shape];
  // Suffixes carry demonyms (-ian, -ese), surnames (-ov, -son) and company words (-corp);
  // prefixes help less but catch Mc-, Mac-, Al-.
  for (let n = 2; n <= 4; n += 1) if (lower.length > n) keys.push(`s${n}=` + lower.slice(-n));
  for (let n = 2; n <= 3; n += 1) if (lower.length > n) keys.push(`p${n}=` + lower.slice(0, n));
  if (text.length > 1 && /[-.&']/.test(text)) keys.push('punct-in');
  const ids = (list: string[]): number[] => {
    const out: number[] = [];
    for (const key of list) {
      const id = index.id(key);
      if (id >= 0) out.push(id);
    }
    return out;
  };
  let hasUpper = false;
  let hasDigit = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch !== ch.toLowerCase()) hasUpper = true;
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) hasDigit = true;
  }
  return {
    lower,
    caseClass,
    hasUpper,
    hasDigit,
    self: ids(keys),
    previous: ids(['w-1=' + lower, 'sh-1=' + shape]),
    next: ids(['w+1=' + lower, 'sh+1=' + shape]),
    previous2: ids(['w-2=' + lower]),
    next2: ids(['w+2=' + lower]),
  };
}

/**
 * Marks the tokens covered by the longest lexicon match starting at each capitalised token,
 * as `lex:NAME=B-CATEGORY` (begin, inside, last, unit), so that the tagger learns how far to
 * trust each list.
 */
function markLexicon(
  lexicon: Lexicon,
  words: readonly WordInfo[],
  sentenceStarts: Int32Array,
  sentenceEnds: Int32Array,
  count: number,
): (string[] | undefined)[] {
  const marks: (string[] | undefined)[] = new Array(count);
  let t = 0;
  while (t < count) {
    if (!words[t].hasUpper) {
      t += 1;
      continue;
    }
    let node: LexiconNode | undefined = lexicon.root;
    let matchEnd = -1;
    let categories: string[] | undefined;
    const end = sentenceEnds[t];
    for (let k = t; k < end && node; k += 1) {
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
      const position = matchEnd - t === 1 ? 'U' : k === t ? 'B' : k === matchEnd - 1 ? 'L' : 'I';
      const list = (marks[k] ??= []);
      for (const category of categories) list.push(`lex:${lexicon.name}=${position}-${category}`);
    }
    void sentenceStarts;
    t = matchEnd;
  }
  return marks;
}
