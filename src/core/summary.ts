/**
 * The one fold behind every aggregate: a single run folds document results into it, worker
 * threads each fold a share that the parent merges, and `eurasia merge` merges the JSON of
 * separate runs. `merge` is associative and `finish` sorts with explicit tie-breaks, so the
 * answer never depends on arrival order.
 */
import { canonicalize, canonicalKey, type CanonicalName } from './entities/canonical.js';
import type { DateMention, DocumentInfo, DocumentResult, EntityType, Mention, Quote } from './types.js';

/** One entity in the aggregate: how often and where it was named, under which surface forms. */
export interface EntityRecord {
  name: string;
  type: EntityType;
  count: number;
  /** How many documents name it. */
  documents: number;
  /** Mentions per surface form. */
  aliases: Record<string, number>;
}

/** The finished, sorted aggregate of a run. */
export interface Summary {
  documents: DocumentInfo[];
  entities: EntityRecord[];
  quotes: Quote[];
  dates: DateMention[];
  /**
   * Where each name a document gave an entity went in the corpus-wide table, by
   * `canonicalKey(name, type)` (`Lavrov` in a document that never wrote the full name →
   * `Sergey Lavrov`); see `corpusName`. Absent on a summary read back from JSON.
   */
  names?: Map<string, CanonicalName>;
}

const SPEAKER_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'MISC'];

/**
 * The name and type the corpus-wide table lists an entity under, given the name and type one
 * document gave it; unchanged when the summary knows no better.
 * @param summary - a finished summary
 * @param name - a mention's `entity` or a quotation's speaker
 * @param type - the mention's type; for a speaker, omit it to try a person first
 */
export function corpusName(summary: Pick<Summary, 'names'>, name: string, type?: EntityType): CanonicalName | null {
  if (!summary.names) return null;
  for (const candidate of type ? [type] : SPEAKER_TYPES) {
    const found = summary.names.get(canonicalKey(name, candidate));
    if (found) return found;
  }
  return null;
}

interface OpenEntity {
  name: string;
  type: EntityType;
  count: number;
  documents: number;
  /**
   * The entity's one surface form while it has only one, else null. Most entities are only
   * ever written one way (32,623 of the 34,255 in 20 MB of bench articles, nearly all as their
   * name), and a Map per entity was most of the entity table's memory.
   */
  soleAlias: string | null;
  /** Mentions of `soleAlias`. */
  soleAliasCount: number;
  /** Mentions per surface form, once a second form has appeared. */
  aliases: Map<string, number> | null;
  /** The fold that last counted a document for it, so one document counts once. */
  lastFold: number;
}

/**
 * The fold's running state; opaque outside this module except through the functions below.
 * Entities are kept as counts, never as lists of files, so that its size follows the number
 * of distinct entities, not the size of the corpus.
 */
export interface Accumulator {
  documents: DocumentInfo[];
  /** By type, then name: two levels spare building a key string per entity. */
  entities: Map<EntityType, Map<string, OpenEntity>>;
  quotes: Quote[];
  dates: DateMention[];
  /** False when documents, quotes and dates are streamed out instead of kept (see `emptyAccumulator`). */
  keepRecords: boolean;
  /** How many documents have been folded; numbers each fold for `OpenEntity.lastFold`. */
  folds: number;
}

/**
 * An empty accumulator: the identity of `merge`.
 * @param options - `keepRecords: false` when the caller prints each document's quotes and
 *   dates as they come and needs only the entity table at the end: memory then holds the
 *   entity table alone, however large the corpus
 */
export function emptyAccumulator(options: { keepRecords?: boolean } = {}): Accumulator {
  return { documents: [], entities: new Map(), quotes: [], dates: [], keepRecords: options.keepRecords ?? true, folds: 0 };
}

function openEntity(accumulator: Accumulator, name: string, type: EntityType): OpenEntity {
  let ofType = accumulator.entities.get(type);
  if (!ofType) {
    ofType = new Map();
    accumulator.entities.set(type, ofType);
  }
  let entity = ofType.get(name);
  if (!entity) {
    entity = { name, type, count: 0, documents: 0, soleAlias: null, soleAliasCount: 0, aliases: null, lastFold: -1 };
    ofType.set(name, entity);
  }
  return entity;
}

function addAlias(entity: OpenEntity, text: string, count: number): void {
  if (entity.aliases !== null) {
    entity.aliases.set(text, (entity.aliases.get(text) ?? 0) + count);
  } else if (entity.soleAlias === null) {
    // The name's own string when the form is the name: one string kept instead of two.
    entity.soleAlias = text === entity.name ? entity.name : text;
    entity.soleAliasCount = count;
  } else if (entity.soleAlias === text) {
    entity.soleAliasCount += count;
  } else {
    entity.aliases = new Map([
      [entity.soleAlias, entity.soleAliasCount],
      [text, count],
    ]);
    entity.soleAlias = null;
    entity.soleAliasCount = 0;
  }
}

function aliasEntries(entity: OpenEntity): [string, number][] {
  if (entity.aliases !== null) return [...entity.aliases];
  return entity.soleAlias === null ? [] : [[entity.soleAlias, entity.soleAliasCount]];
}

function* openEntities(accumulator: Accumulator): Generator<OpenEntity> {
  for (const ofType of accumulator.entities.values()) yield* ofType.values();
}

/**
 * One document's mentions as the fold counts them: per entity and surface form, how often.
 * Worker threads send this instead of the mentions when the output needs only the entity
 * table: a few tuples instead of every mention object.
 */
export type MentionTally = [entity: string, type: EntityType, text: string, count: number][];

/**
 * Counts one document's mentions per entity, type and surface form.
 * @param mentions - the mentions of one document
 */
export function tallyMentions(mentions: readonly Mention[]): MentionTally {
  const counts = new Map<string, [string, EntityType, string, number]>();
  for (const mention of mentions) {
    const key = `${mention.type}\u0000${mention.entity}\u0000${mention.text}`;
    const entry = counts.get(key);
    if (entry) entry[3] += 1;
    else counts.set(key, [mention.entity, mention.type, mention.text, 1]);
  }
  return [...counts.values()];
}

/**
 * Folds one document's result into the accumulator (mutating it, for speed over millions of
 * documents) and returns it.
 * @param accumulator - the running state
 * @param result - one document's analysis
 */
export function fold(accumulator: Accumulator, result: DocumentResult): Accumulator {
  return foldCounted(accumulator, result, tallyMentions(result.mentions));
}

/**
 * `fold` for a result whose mentions arrive already counted (from a worker thread); the
 * result's own `mentions` are not read.
 * @param accumulator - the running state
 * @param result - one document's analysis
 * @param tally - the document's mentions as `tallyMentions` counted them
 */
export function foldCounted(accumulator: Accumulator, result: DocumentResult, tally: MentionTally): Accumulator {
  const foldNumber = accumulator.folds;
  accumulator.folds += 1;
  for (const [name, type, text, count] of tally) {
    const entity = openEntity(accumulator, name, type);
    entity.count += count;
    if (entity.lastFold !== foldNumber) {
      entity.lastFold = foldNumber;
      entity.documents += 1;
    }
    addAlias(entity, text, count);
  }
  if (!accumulator.keepRecords) return accumulator;
  accumulator.documents.push(result.document);
  for (const quote of result.quotes) accumulator.quotes.push(quote);
  for (const date of result.dates) accumulator.dates.push(date);
  return accumulator;
}

/**
 * Merges `other` into `target` and returns `target`. Associative and, after `finish`,
 * commutative: shards can be merged in any grouping and order.
 * @param target - the accumulator that receives
 * @param other - the accumulator merged in (left unchanged)
 */
export function merge(target: Accumulator, other: Accumulator): Accumulator {
  for (const document of other.documents) target.documents.push(document);
  target.folds += other.folds;
  // Shards hold different documents (the CLI analyses a file once), so their counts add.
  for (const source of openEntities(other)) {
    const entity = openEntity(target, source.name, source.type);
    entity.count += source.count;
    entity.documents += source.documents;
    for (const [alias, count] of aliasEntries(source)) addAlias(entity, alias, count);
  }
  for (const quote of other.quotes) target.quotes.push(quote);
  for (const date of other.dates) target.dates.push(date);
  return target;
}

/**
 * Reopens a finished summary (for example one read back from a run's JSON output) so that it
 * can be merged with others.
 * @param summary - a finished summary
 */
export function reopen(summary: Summary): Accumulator {
  const accumulator = emptyAccumulator();
  // One push per item: spreading a shard's hundreds of thousands of records into one call
  // overflows the stack.
  for (const document of summary.documents) accumulator.documents.push(document);
  for (const record of summary.entities) {
    const entity = openEntity(accumulator, record.name, record.type);
    entity.count += record.count;
    entity.documents += record.documents;
    for (const [alias, count] of Object.entries(record.aliases)) addAlias(entity, alias, count);
  }
  for (const quote of summary.quotes) accumulator.quotes.push(quote);
  for (const date of summary.dates) accumulator.dates.push(date);
  return accumulator;
}

/** Code-unit order: deterministic whatever the machine's locale. */
export function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function byFileThenStart(left: { file: string; start: number; end: number }, right: { file: string; start: number; end: number }): number {
  return compareText(left.file, right.file) || left.start - right.start || left.end - right.end;
}

/**
 * Finishes the fold: links the same entity across documents (a lone `Lavrov` joins
 * `Sergey Lavrov`), then sorts entities by count then name, and documents, quotes and
 * dates by file and position.
 * @param accumulator - the folded state (not modified)
 */
export function finish(accumulator: Accumulator): Summary {
  const records: EntityRecord[] = [];
  for (const entity of openEntities(accumulator)) {
    records.push({
      name: entity.name,
      type: entity.type,
      count: entity.count,
      documents: entity.documents,
      aliases: Object.fromEntries(aliasEntries(entity).sort((a, b) => compareText(a[0], b[0]))),
    });
  }
  const canonical = canonicalize(records);
  const entities = canonical.records.sort(
    (left, right) => right.count - left.count || compareText(left.name, right.name) || compareText(left.type, right.type),
  );
  const documents = [...accumulator.documents].sort((left, right) => compareText(left.path, right.path));
  const names = canonical.mapping;
  // A speaker is named as the entity table names them, so that quotes and entities agree.
  const quotes = accumulator.quotes.map((quote) => {
    const renamed = quote.speaker === null ? null : corpusName({ names }, quote.speaker);
    return renamed && renamed.name !== quote.speaker ? { ...quote, speaker: renamed.name } : quote;
  });
  return {
    documents,
    entities,
    quotes: quotes.sort(byFileThenStart),
    dates: [...accumulator.dates].sort(byFileThenStart),
    names,
  };
}
