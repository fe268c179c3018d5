/** `eurasia entities`: who is named, as a frequency table, JSON, or every mention. */
import { Command } from 'commander';
import { ENTITY_TYPES, type EntityType, type Mention } from '../../core/types.js';
import { corpusName, type EntityRecord } from '../../core/summary.js';
import { UsageError } from '../exit-codes.js';
import { addCommonOptions, resolveSettings, wholeNumber, type CommonFlags } from '../options.js';
import { entitiesReport, mentionsReport } from '../reports/entities.js';
import { analyzeInputs, printReport, type Session } from '../session.js';
import { loadEntityOptions } from '../config.js';

interface EntitiesFlags extends CommonFlags {
  type?: string;
  top?: number;
  minCount?: number;
  mentions?: boolean;
  config?: string;
}

/**
 * Parses `--type PERSON,ORG` into a set of entity types.
 * @param value - comma-separated types, any case
 */
export function parseEntityTypes(value: string | undefined): Set<EntityType> | null {
  if (!value) return null;
  const types = new Set<EntityType>();
  for (const part of value.split(',').map((item) => item.trim().toUpperCase()).filter(Boolean)) {
    if (!(ENTITY_TYPES as readonly string[]).includes(part)) {
      throw new UsageError(`--type: unknown entity type ${part} (expected ${ENTITY_TYPES.join(', ')})`);
    }
    types.add(part as EntityType);
  }
  return types;
}

/**
 * Creates the `entities` subcommand.
 * @param session - the invocation it reports to
 */
export function createEntitiesCommand(session: Session): Command {
  const command = new Command('entities')
    .description('list the people, organisations, places and groups the articles name')
    .argument('[paths...]', 'files, folders (walked recursively) or - for standard input')
    .option('-t, --type <types>', `only these types, comma-separated (${ENTITY_TYPES.join(',')})`)
    .option('-n, --top <n>', 'only the N most mentioned entities', wholeNumber(1))
    .option('--min-count <n>', 'only entities mentioned at least N times', wholeNumber(1))
    .option('--mentions', 'list every mention (file, offsets, text, type, entity) instead of the aggregate')
    .option('--config <file>', 'entity configuration (default: eurasia.config.json in the working folder, if any)');
  addCommonOptions(command).addHelpText(
    'after',
    `
Examples:
  $ eurasia entities seeds/
  $ eurasia entities --type PERSON --top 10 news/
  $ eurasia entities --json seeds/ | jq -r '.entities[] | select(.type == "ORG") | .name'
  $ eurasia entities --mentions --format ndjson seeds/ > mentions.ndjson`,
  );
  command.action(async (paths: string[], flags: EntitiesFlags) => {
    const settings = resolveSettings(flags, session.io);
    const types = parseEntityTypes(flags.type);
    const entities = await loadEntityOptions(flags.config, session.io);
    const keepMention = (mention: Mention): boolean => !types || types.has(mention.type);

    if (flags.mentions) {
      // NDJSON mentions stream as each document finishes; other formats need the whole list.
      const streaming = settings.format === 'ndjson';
      const mentions: Mention[] = [];
      const summary = await analyzeInputs(session, paths, settings, {
        select: { entities: true, quotes: false, dates: false },
        entities,
        keepRecords: !streaming,
        needsMentions: true,
        onResult: (result) => {
          if (streaming) {
            // Printed as the document finishes, a mention carries the document's own name for
            // its entity: the corpus-wide one is known only when every document is in.
            printReport(session, mentionsReport([], result.mentions.filter(keepMention)), settings);
          } else {
            // One push per mention: spreading a large document's mentions (over ~120,000) into
            // push's arguments overflows the stack.
            for (const mention of result.mentions) mentions.push(mention);
          }
        },
      });
      if (!streaming) {
        // Collected to the end, mentions take the corpus-wide names the entity table uses.
        const named = mentions
          .map((mention) => {
            const corpus = corpusName(summary, mention.entity, mention.type);
            return corpus && (corpus.name !== mention.entity || corpus.type !== mention.type) ? { ...mention, entity: corpus.name, type: corpus.type } : mention;
          })
          .filter(keepMention)
          .sort((left, right) => (left.file < right.file ? -1 : left.file > right.file ? 1 : left.start - right.start));
        printReport(session, mentionsReport(summary.documents, named), settings);
      }
      return;
    }

    const summary = await analyzeInputs(session, paths, settings, { select: { entities: true, quotes: false, dates: false }, entities });
    let records: EntityRecord[] = summary.entities;
    if (types) records = records.filter((record) => types.has(record.type));
    if (flags.minCount) records = records.filter((record) => record.count >= (flags.minCount ?? 0));
    if (flags.top) records = records.slice(0, flags.top);
    printReport(session, entitiesReport(summary.documents, records), settings);
  });
  return command;
}
