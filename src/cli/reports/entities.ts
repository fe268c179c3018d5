/** The `entities` report: the aggregate table, and the per-mention listing for `--mentions`. */
import type { ChalkInstance } from 'chalk';
import type { EntityRecord } from '../../core/summary.js';
import type { DocumentInfo, EntityType, Mention } from '../../core/types.js';
import { lazyReport, type Column, type Report, type Table } from '../report.js';

const TYPE_COLORS: Record<EntityType, (color: ChalkInstance, text: string) => string> = {
  PERSON: (color, text) => color.green(text),
  ORG: (color, text) => color.magenta(text),
  GPE: (color, text) => color.blue(text),
  LOC: (color, text) => color.cyan(text),
  NORP: (color, text) => color.yellow(text),
  MISC: (color, text) => color.white(text),
};

const paintType = (value: string, color: ChalkInstance): string => TYPE_COLORS[value as EntityType]?.(color, value) ?? value;

/** An entity as printed in JSON and NDJSON. */
export interface EntityOutput {
  name: string;
  type: EntityType;
  count: number;
  documents: number;
  aliases: { text: string; count: number }[];
}

/**
 * The printed form of an entity: aliases most frequent first, ties by text.
 * @param record - an aggregate entity
 */
export function entityOutput(record: EntityRecord): EntityOutput {
  const aliases = Object.entries(record.aliases)
    .map(([text, count]) => ({ text, count }))
    .sort((left, right) => right.count - left.count || (left.text < right.text ? -1 : left.text > right.text ? 1 : 0));
  return { name: record.name, type: record.type, count: record.count, documents: record.documents, aliases };
}

function aliasSummary(entity: EntityOutput, limit: number): string {
  const shown = entity.aliases.slice(0, limit).map((alias) => `${alias.text} ×${alias.count}`);
  if (entity.aliases.length > limit) shown.push(`+${entity.aliases.length - limit}`);
  return shown.join(', ');
}

/**
 * Builds the entities report.
 * @param documents - the run's documents
 * @param records - entities after filtering, in output order
 */
export function entitiesReport(documents: DocumentInfo[], records: EntityRecord[]): Report {
  const entities = records.map(entityOutput);
  const columns: Column[] = [
    { key: 'rank', header: '#', align: 'right' },
    { key: 'name', header: 'Entity', maxWidth: 40, paint: (value, color) => color.bold(value) },
    { key: 'type', header: 'Type', paint: paintType },
    { key: 'count', header: 'Mentions', align: 'right' },
    { key: 'documents', header: 'Docs', align: 'right' },
    { key: 'aliases', header: 'Aliases', maxWidth: 60 },
  ];
  const table = (): Table => ({
    columns,
    rows: entities.map((entity, index) => ({
      rank: index + 1,
      name: entity.name,
      type: entity.type,
      count: entity.count,
      documents: entity.documents,
      aliases: aliasSummary(entity, 3),
    })),
    emptyMessage: 'No entities found.',
  });
  const flat = (): Table => ({
    columns: ['name', 'type', 'count', 'documents', 'aliases'].map((key) => ({ key, header: key })),
    rows: entities.map((entity) => ({
      name: entity.name,
      type: entity.type,
      count: entity.count,
      documents: entity.documents,
      aliases: entity.aliases.map((alias) => `${alias.text}:${alias.count}`).join(';'),
    })),
    emptyMessage: '',
  });
  return lazyReport(entities.length, { json: () => ({ documents, entities }), records: () => entities, tables: () => [table()], flat });
}

/** A mention as printed by `--mentions`: the Mention without its affiliation. */
export type MentionOutput = Pick<Mention, 'file' | 'start' | 'end' | 'text' | 'type' | 'entity' | 'source' | 'role'>;

/**
 * The printed form of a mention.
 * @param mention - one mention
 */
export function mentionOutput(mention: Mention): MentionOutput {
  const output: MentionOutput = {
    file: mention.file,
    start: mention.start,
    end: mention.end,
    text: mention.text,
    type: mention.type,
    entity: mention.entity,
    source: mention.source,
  };
  if (mention.role) output.role = mention.role;
  return output;
}

/**
 * Builds the `--mentions` report.
 * @param documents - the run's documents
 * @param mentions - every mention, in file and offset order
 */
export function mentionsReport(documents: DocumentInfo[], mentions: Mention[]): Report {
  const records = mentions.map(mentionOutput);
  const keys = ['file', 'start', 'end', 'text', 'type', 'entity', 'source'];
  const table = (): Table => ({
    columns: [
      { key: 'file', header: 'File', maxWidth: 40 },
      { key: 'start', header: 'Start', align: 'right' },
      { key: 'end', header: 'End', align: 'right' },
      { key: 'text', header: 'Text', maxWidth: 40 },
      { key: 'type', header: 'Type', paint: paintType },
      { key: 'entity', header: 'Entity', maxWidth: 40 },
    ],
    rows: records.map((record) => ({ ...record })),
    emptyMessage: 'No entity mentions found.',
  });
  const flat = (): Table => ({ columns: keys.map((key) => ({ key, header: key })), rows: records.map((record) => ({ ...record })), emptyMessage: '' });
  return lazyReport(records.length, { json: () => ({ documents, mentions: records }), records: () => records, tables: () => [table()], flat });
}
