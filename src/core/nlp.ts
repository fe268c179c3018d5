/**
 * The one adapter over wink-nlp. Nothing else in the project imports wink: stages see our
 * own Token and sentence views, with character offsets into the original text, so the
 * recogniser could move to another tokenizer without touching a stage.
 */
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type WinkModel from 'wink-eng-lite-web-model';

/**
 * wink and its model, required on first use: the CLI thread imports this module but, when
 * workers analyse, never reads a document, and the model alone is 6 MB of heap and 80 ms.
 */
interface WinkModules {
  winkNLP: typeof winkNLP;
  model: typeof WinkModel;
}
let winkModules: WinkModules | undefined;
function loadWink(): WinkModules {
  if (!winkModules) {
    const require = createRequire(import.meta.url);
    winkModules = { winkNLP: require('wink-nlp') as typeof winkNLP, model: require('wink-eng-lite-web-model') as typeof WinkModel };
  }
  return winkModules;
}

/** One token with its character span in the document text. */
export interface Token {
  /** Position in `AnalyzedText.tokens`. */
  index: number;
  /** The token exactly as written (`text.slice(start, end)`). */
  text: string;
  start: number;
  end: number;
  /** Universal part-of-speech tag from wink (`PROPN`, `NOUN`, `PUNCT` …). */
  pos: string;
  /** wink's lexical kind: `word`, `number`, `punctuation`, `symbol`, `email`, `url`, … */
  kind: string;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
  /** A line break lies between this token and the previous one (or it opens the text). */
  lineBreakBefore: boolean;
  /** A blank line (paragraph break) lies before this token, or it opens the text. */
  paragraphBefore: boolean;
  /** Index into `AnalyzedText.sentences`. */
  sentence: number;
  /**
   * wink's number for the token's exact spelling; -1 when `text` is not wink's own token (as
   * after a long run was broken). A number always stands for one spelling in this engine's
   * lifetime (see `AnalyzedText.spellings`), and a shipped or letters-only spelling keeps its
   * number from document to document; one the engine forgot is numbered anew when met again.
   * A cache keyed by it costs an array index instead of a string hash.
   */
  spellingId: number;
}

/** A half-open range of token indices `[first, end)`. */
export interface TokenRange {
  first: number;
  end: number;
}

/** The analysed form of a text that every stage reads. */
export interface AnalyzedText {
  /** The whole document text; token offsets index into it. */
  text: string;
  /** Where the analysed part of `text` ends: a long document is analysed in pieces. */
  end: number;
  tokens: Token[];
  /** Sentences as token ranges: wink's sentence breaks, also split at every line break. */
  sentences: TokenRange[];
  /**
   * Identifies the engine whose numbering `Token.spellingId` follows: each engine numbers the
   * spellings it has not met before in its own way, so a cache keyed by spelling number
   * belongs to one engine.
   */
  spellings: object;
}

/** A loaded tokenizer/tagger. Loading costs about 100 ms, so load one per process or worker. */
export interface NlpEngine {
  /**
   * Tokenizes, tags and splits `text.slice(from, to)`; offsets in the result are into `text`.
   * @param text - the whole document text
   * @param from - where analysable text starts (after metadata lines)
   * @param to - where it ends (the end of the text by default)
   */
  analyze(text: string, from?: number, to?: number): AnalyzedText;
}

/**
 * Loads wink-nlp with only the pipe stages the extractors use: sentences and part of speech.
 * Negation and sentiment are skipped because nothing reads them, and so is wink's own entity
 * stage (DATE, CARDINAL …): the date extractor reads tokens itself, and dropping the stage
 * saves a fifth of wink's time without changing a token, tag or sentence.
 */
export function createNlp(): NlpEngine {
  const wink = new ForgetfulWink();
  return {
    analyze(text: string, from = 0, to = text.length): AnalyzedText {
      try {
        return analyzeWith(wink, text, from, to);
      } finally {
        wink.forgetLearnedWords();
      }
    },
  };
}

/** The parts of wink's parsed core model this adapter touches: its feature tables and their packing. */
interface CoreModelTables {
  features: Record<string, { hash?: Record<string, number>; list?: string[] }>;
  /**
   * How each word's features are packed into 32-bit numbers: per feature, the word of the
   * record, the bit mask and the shift. A feature's value is stored as its index in the
   * feature's list, so the mask bounds how many values the list may hold.
   */
  packing?: { layout?: Record<string, number[]>; efList?: string[] };
}

/**
 * A wink instance that forgets, after every document, the words it learnt from it.
 *
 * wink adds every unknown spelling to its lexicon, and its tokenizer keeps a token whole when
 * the lexicon knows it: once some document has taught it `Women's`, later documents no longer
 * split `Women's` into `Women` and `'s`. Analysis then depends on which documents came before,
 * so a run over several worker threads, or split into shards, would not give what one run
 * gives. After each document the learnt spellings that could change tokenisation are taken
 * out of the lexicon's lookup table (its value list and wink's per-word records are left in
 * place, so that indices stay aligned), which makes every document tokenised and tagged as by
 * a fresh instance; words of letters alone stay learnt (see `forgetLearnedWords`).
 *
 * The values of a new word's packed features (its prefix, suffix and shape) stay learnt too.
 * wink stores each as its index in the feature's list, in a bit field of fixed width (13 bits
 * for the prefix, 14 for the shape). Forgetting them made every document add its new values
 * again under new indices, and after some thousands of documents an index outgrew its field
 * and spilled into the next one (a shape into the abbreviation flag, which moved sentence
 * boundaries). Kept, a value has one index for good; which index does not matter, since wink
 * reads a value back by its index. Past a bound on any list, or on learnt spellings, the
 * instance is rebuilt from the model (about 70 ms).
 */
class ForgetfulWink {
  nlp!: ReturnType<typeof winkNLP>;
  /** Changes whenever the instance is rebuilt: spelling numbers are its own. */
  spellings: object = Object.freeze({});
  private tables: CoreModelTables | null = null;
  /** How many lexicon spellings are already out of the lookup table, or kept. */
  private forgottenUpTo = 0;
  /** Spellings below this number are the shipped lexicon's, the same for every document. */
  private shippedSpellings = 0;
  /** Per packed feature, the list length past which a rebuild is due (see `safeSizes`). */
  private safeSizes: [list: string[], safeSize: number][] = [];

  constructor() {
    this.rebuild();
  }

  private rebuild(): void {
    // The model's `core()` parses a fresh copy of the lexicon for each instance; wrapping it is
    // how this instance's tables are reached (the typings leave the model's parts opaque).
    const { winkNLP, model } = loadWink();
    const loadCore = model.core as () => CoreModelTables;
    const engineModel = {
      ...model,
      metaCER: sharedCustomEntityModel,
      core: () => {
        this.tables = loadCore();
        return this.tables;
      },
    };
    this.nlp = winkNLP(engineModel, ['sbd', 'pos']);
    this.spellings = Object.freeze({});
    this.shippedSpellings = this.tables?.features.lexeme?.list?.length ?? 0;
    this.forgottenUpTo = this.shippedSpellings;
    this.safeSizes = safeSizes(this.tables);
  }

  /** Takes the spellings learnt since the last call out of wink's lookup table. */
  forgetLearnedWords(): void {
    const { hash, list } = this.tables?.features.lexeme ?? {};
    if (!hash || !list) return;
    for (let index = this.forgottenUpTo; index < list.length; index += 1) {
      const spelling = list[index];
      // A spelling of letters alone is never split by the tokenizer, and a learnt word is
      // tagged the same whenever it was learnt: keeping it spares relearning it per document.
      if (!LETTERS_ONLY.test(spelling)) delete hash[spelling];
    }
    this.forgottenUpTo = list.length;
    const pastSafeSize = this.safeSizes.some(([values, safeSize]) => values.length > safeSize);
    if (list.length - this.shippedSpellings > MOST_LEARNT_SPELLINGS || pastSafeSize) this.rebuild();
  }
}

/**
 * For each packed feature with a list of values, the length past which the instance should be
 * rebuilt: half way from the shipped values to what its bit field can index, so that the new
 * values of any ordinary document (thousands at most) fit in what is left.
 */
function safeSizes(tables: CoreModelTables | null): [list: string[], safeSize: number][] {
  const sizes: [string[], number][] = [];
  const layout = tables?.packing?.layout ?? {};
  for (const name of tables?.packing?.efList ?? []) {
    const list = tables?.features[name]?.list;
    const [, mask, shift] = layout[name] ?? [];
    if (!list || mask === undefined || shift === undefined) continue;
    const capacity = (mask >>> shift) + 1;
    sizes.push([list, list.length + Math.floor((capacity - list.length) / 2)]);
  }
  return sizes;
}

let customEntityModel: unknown;

/**
 * The model's custom-entity part, loaded once per process: its loader re-encodes what it loaded
 * the time before on every call, so the tenth instance gets a string many times escaped and a
 * few dozen exhaust memory. Nothing here uses custom entities; an instance just needs one.
 */
function sharedCustomEntityModel(): unknown {
  customEntityModel ??= (loadWink().model.metaCER as () => unknown)();
  return customEntityModel;
}

/** Spellings the tokenizer keeps whole whether or not the lexicon knows them. */
const LETTERS_ONLY = /^\p{L}+$/u;

/** Unknown spellings wink may pile up before it is rebuilt (a few MB of its tables). */
const MOST_LEARNT_SPELLINGS = 200_000;

/** One document through one wink instance, into our own token and sentence views. */
function analyzeWith(wink: ForgetfulWink, text: string, from: number, to: number): AnalyzedText {
  const { nlp, spellings } = wink;
  const its = nlp.its;
  const body = from > 0 || to < text.length ? text.slice(from, to) : text;
  if (body.trim() === '') return { text, end: to, tokens: [], sentences: [], spellings };
  // wink's tokenizer is quadratic in the length of one token (a 40,000-character blob
  // takes seconds); no word is that long, so wink reads a copy with long runs broken by
  // spaces. The copy has the same length, so every offset holds for the original text.
  const winkBody = breakLongRuns(body);
  const doc = nlp.readDoc(winkBody);
  const winkText = winkBody === body ? text : text.slice(0, from) + winkBody;
  const values = doc.tokens().out(its.value) as string[];
  const spellingIds = doc.tokens().out(its.uniqueId) as unknown as number[];
  const tags = doc.tokens().out(its.pos) as string[];
  const kinds = doc.tokens().out(its.type) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const sentenceSpans = doc.sentences().out(its.span) as unknown as number[][];

  // wink emits line breaks as tokens of their own; stages want words, so whitespace tokens
  // are dropped and wink's token indices are remapped onto the kept ones.
  const tokens: Token[] = [];
  const keptIndex = new Int32Array(values.length + 1);
  let cursor = from;
  for (let winkIndex = 0; winkIndex < values.length; winkIndex += 1) {
    keptIndex[winkIndex] = tokens.length;
    const value = values[winkIndex];
    const gap = spaces[winkIndex] ?? '';
    let start = cursor + gap.length;
    // wink rebuilds the text exactly from spaces and values; the search is a guard
    // against a future model that normalises a character.
    let found = winkText.startsWith(value, start);
    if (!found) {
      const at = winkText.indexOf(value, cursor);
      found = at >= 0;
      start = found ? at : Math.min(start, text.length);
    }
    const end = Math.min(start + value.length, text.length);
    if (isBlank(value)) continue;
    const newlines = countNewlines(winkText, cursor, start);
    // Where wink read the text itself, a match there is a match in the text.
    const exact = end - start === value.length && (found && winkText === text ? true : text.startsWith(value, start));
    tokens.push({
      index: tokens.length,
      // wink's own string when it is the text's: wink hands out one string per vocabulary
      // word, whose hash every later Map lookup reuses; a fresh slice would be hashed anew.
      text: exact ? value : text.slice(start, end),
      start,
      end,
      pos: tags[winkIndex] ?? 'X',
      kind: kinds[winkIndex] ?? 'word',
      spaceBefore: start > cursor,
      lineBreakBefore: tokens.length === 0 || newlines > 0,
      paragraphBefore: tokens.length === 0 || newlines > 1,
      sentence: 0,
      spellingId: exact ? spellingIds[winkIndex] ?? -1 : -1,
    });
    cursor = end;
  }
  keptIndex[values.length] = tokens.length;

  // A loop, not `map`, for the same array kind in optimised and unoptimised code (see
  // `FeatureExtractor.extract`).
  const winkStarts: number[] = [];
  for (const span of sentenceSpans) winkStarts.push(keptIndex[span[0]]);
  const sentences = splitSentences(tokens, winkStarts);
  return { text, end: to, tokens, sentences, spellings };
}

let shared: NlpEngine | undefined;

/** The process-wide engine, loaded on first use so that `--help` never pays for the model. */
export function sharedNlp(): NlpEngine {
  shared ??= createNlp();
  return shared;
}

const LONGEST_RUN = 128;
const BREAK_EVERY = 64;

/**
 * Replaces one character in every 64 with a space inside runs of more than 128 characters
 * without whitespace. Same length, so offsets are unchanged.
 * @param text - the text wink will read
 */
export function breakLongRuns(text: string): string {
  let runStart = -1;
  let result: string[] | null = null;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    const isSpace = code === 32 || code === 10 || code === 13 || code === 9 || code === 12 || code === 11;
    if (!isSpace) {
      if (runStart < 0) runStart = index;
      continue;
    }
    if (runStart >= 0 && index - runStart > LONGEST_RUN) {
      result ??= text.split('');
      for (let position = runStart + BREAK_EVERY; position < index; position += BREAK_EVERY) {
        // Never orphan half of a surrogate pair: start after a low surrogate, and blank a
        // high surrogate together with its low one (two spaces keep the length).
        let at = position;
        if (isLowSurrogate(text.charCodeAt(at))) at += 1;
        if (at >= index) continue;
        result[at] = ' ';
        if (isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1))) result[at + 1] = ' ';
      }
    }
    runStart = -1;
  }
  return result ? result.join('') : text;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Line feeds in `text` between two offsets. */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) === 10) count += 1;
  return count;
}

/** True for a token of whitespace alone (wink emits line breaks as tokens). */
function isBlank(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9 && code !== 12 && code !== 11 && code !== 0xa0 && code !== 0x2028 && code !== 0x2029 && code !== 0xfeff && !(code >= 0x2000 && code <= 0x200a) && code !== 0x3000 && code !== 0x1680 && code !== 0x202f && code !== 0x205f) return false;
  }
  return true;
}

/** wink's sentences, split again at line breaks: headlines and datelines have no final stop. */
function splitSentences(tokens: Token[], winkStarts: number[]): TokenRange[] {
  const sentences: TokenRange[] = [];
  const startsSentence = new Uint8Array(tokens.length + 1);
  for (const first of winkStarts) startsSentence[first] = 1;
  let first = 0;
  for (let index = 1; index <= tokens.length; index += 1) {
    if (index === tokens.length || startsSentence[index] || tokens[index].lineBreakBefore) {
      const sentenceIndex = sentences.length;
      for (let k = first; k < index; k += 1) tokens[k].sentence = sentenceIndex;
      sentences.push({ first, end: index });
      first = index;
    }
  }
  return sentences;
}
