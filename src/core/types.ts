/**
 * The data every layer shares. Offsets are always UTF-16 code-unit offsets into the
 * decoded text of the file (a leading byte-order mark removed), so that
 * `text.slice(start, end)` in JavaScript gives back the mention.
 */

/** OntoNotes-style entity types the recogniser emits. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

/** Every entity type, in the order tables list them. */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'];

/** A decoded article ready for analysis. `bodyStart` skips metadata lines such as `date 2025-05-23`. */
export interface Document {
  /** Path as the user named it (or `-` for standard input). */
  path: string;
  /** The decoded text, without a byte-order mark. */
  text: string;
  /** Offset where analysable text begins (after a `date YYYY-MM-DD` header). */
  bodyStart: number;
  /** The article's date, `YYYY-MM-DD`, from its header or the reference date; null when unknown. */
  date: string | null;
  /** Where `date` came from, so users can tell a header from a fallback. */
  dateSource: 'header' | 'reference' | null;
  /**
   * A leading `date` line that is no calendar date (`date 2025-13-40`, `date 23/05/2025`), as
   * written; it is skipped like a valid header, and the caller should say it was ignored.
   */
  ignoredDateHeader?: string;
  /** A first short line without final punctuation; null when there is none. */
  title: string | null;
}

/** The part of a document that output carries. */
export interface DocumentInfo {
  path: string;
  date: string | null;
  title: string | null;
}

/** One occurrence of a named entity in one file. */
export interface Mention {
  file: string;
  start: number;
  end: number;
  /** Exactly `documentText.slice(start, end)`. */
  text: string;
  type: EntityType;
  /** Canonical name of the entity this mention belongs to (e.g. `Sergey Lavrov` for `Lavrov`). */
  entity: string;
  /** The stage that produced the mention, e.g. `entities/tagger` or `entities/gazetteer`. */
  source: string;
  /** A title or role written before the name (`Foreign Minister`), kept out of the span. */
  role?: string;
  /** A nationality or affiliation written before the name (`Russian`), kept out of the span. */
  affiliation?: string;
}

export type QuoteKind = 'full' | 'partial' | 'other';

/** One direct quotation. `start`/`end` cover the quoted text without its marks. */
export interface Quote {
  file: string;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** Canonical entity name of the speaker, or null when unknown or unnamed. */
  speaker: string | null;
  /** How the text describes an unnamed or described speaker (`a U.S. official`). */
  speakerDescription: string | null;
  /** The reporting verb or phrase (`said`, `according to`), or null. */
  cue: string | null;
  source: string;
}

export type DateGranularity = 'time' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century' | 'reference';
export type DateModifier = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER';
export type TemporalType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One temporal expression with its TIMEX3-style value. */
export interface DateMention {
  file: string;
  start: number;
  end: number;
  text: string;
  /** TIMEX3 value (`2025-05-23`, `2025-FA`, `PAST_REF`, `P3Y`), or null when it cannot be resolved. */
  value: string | null;
  granularity: DateGranularity | null;
  mod: DateModifier | null;
  /** True when the expression is relative to the document date (`last year`, `Friday`). */
  relative: boolean;
  temporalType: TemporalType;
  source: string;
}

/** Something wrong with one input; data, not an exception. */
export interface Problem {
  file: string;
  /** Short machine-readable reason: `missing`, `unreadable`, `binary`, `not-utf8`, `empty`, `too-large`, `analysis`. */
  reason: string;
  /** One human line, without the file name. */
  message: string;
}

/** Everything `analyze` finds in one document. */
export interface DocumentResult {
  document: DocumentInfo;
  mentions: Mention[];
  quotes: Quote[];
  dates: DateMention[];
}

/** Which extractors to run; the CLI asks only for what a subcommand prints. */
export interface AnalysisSelection {
  entities: boolean;
  quotes: boolean;
  dates: boolean;
}
