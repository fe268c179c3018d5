/**
 * The one fold behind every aggregate: a single run folds document results into it, worker
 * threads each fold a share that the parent merges, and `eurasia merge` merges the JSON of
 * separate runs. `merge` is associative and `finish` sorts with explicit tie-breaks, so the
 * answer never depends on arrival order.
 */
import { canonicalizeEntities } from './entities/canonical.js';
import type { DateMention, DocumentInfo, DocumentResult, EntityType, Quote } from './types.js';

/** One entity in the aggregate: how often and where it was named, under which surface forms. */
export interface EntityRecord {
  name: string;
  type: EntityType;
  count: number;
  /** Paths of the documents that name it, sorted. */
  files: string[];
  /** Mentions per surface form. */
  aliases: Record<string, number>;
}

/** The finished, sorted aggregate of a run. */
export interface Summary {
  documents: DocumentInfo[];
  entities: EntityRecord[];
  quotes: Quote[];
  dates: DateMention[];
}

interface OpenEntity {
  name: string;
  type: EntityType;
  count: number;
  files: Set<string>;
  aliases: Map<string, number>;
}

/** The fold's running state; opaque outside this module except through the functions below. */
export interface Accumulator {
  documents: DocumentInfo[];
  entities: Map<string, OpenEntity>;
  quotes: Quote[];
  dates: DateMention[];
}

/** An empty accumulator: the identity of `merge`. */
export function emptyAccumulator(): Accumulator {
  return { documents: [], entities: new Map(), quotes: [], dates: [] };
}

function entityKey(name: string, type: EntityType): string {
  return `${type}\u0000${name}`;
}

function openEntity(accumulator: Accumulator, name: string, type: EntityType): OpenEntity {
  const key = entityKey(name, type);
  let entity = accumulator.entities.get(key);
  if (!entity) {
    entity = { name, type, count: 0, files: new Set(), aliases: new Map() };
    accumulator.entities.set(key, entity);
  }
  return entity;
}

/**
 * Folds one document's result into the accumulator (mutating it, for speed over millions of
 * documents) and returns it.
 * @param accumulator - the running state
 * @param result - one document's analysis
 */
export function fold(accumulator: Accumulator, result: DocumentResult): Accumulator {
  accumulator.documents.push(result.document);
  for (const mention of result.mentions) {
    const entity = openEntity(accumulator, mention.entity, mention.type);
    entity.count += 1;
    entity.files.add(mention.file);
    entity.aliases.set(mention.text, (entity.aliases.get(mention.text) ?? 0) + 1);
  }
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
  for (const source of other.entities.values()) {
    const entity = openEntity(target, source.name, source.type);
    entity.count += source.count;
    for (const file of source.files) entity.files.add(file);
    for (const [alias, count] of source.aliases) entity.aliases.set(alias, (entity.aliases.get(alias) ?? 0) + count);
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
    for (const file of record.files) entity.files.add(file);
    for (const [alias, count] of Object.entries(record.aliases)) {
      entity.aliases.set(alias, (entity.aliases.get(alias) ?? 0) + count);
    }
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
  const records: EntityRecord[] = [...accumulator.entities.values()].map((entity) => ({
    name: entity.name,
    type: entity.type,
    count: entity.count,
    files: [...entity.files].sort(compareText),
    aliases: Object.fromEntries([...entity.aliases].sort((a, b) => compareText(a[0], b[0]))),
  }));
  const entities = canonicalizeEntities(records).sort(
    (left, right) => right.count - left.count || compareText(left.name, right.name) || compareText(left.type, right.type),
  );
  const documents = [...accumulator.documents].sort((left, right) => compareText(left.path, right.path));
  return {
    documents,
    entities,
    quotes: [...accumulator.quotes].sort(byFileThenStart),
    dates: [...accumulator.dates].sort(byFileThenStart),
  };
}
