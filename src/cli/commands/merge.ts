/**
 * `eurasia merge`: combines the JSON results of separate runs (shards of a corpus) into what
 * one run over all their inputs gives, through the same fold the runs themselves used.
 */
import { promises as fs } from 'node:fs';
import { Command } from 'commander';
import { finish, merge, reopen, emptyAccumulator, type EntityRecord, type Summary } from '../../core/summary.js';
import type { DateMention, DocumentInfo, Quote } from '../../core/types.js';
import { EXIT_INPUT_PROBLEMS } from '../exit-codes.js';
import { addOutputOptions, resolveOutputSettings, type OutputFlags } from '../options.js';
import type { Report } from '../report.js';
import { entitiesReport, type EntityOutput } from '../reports/entities.js';
import { quotesReport, type QuoteOutput } from '../reports/quotes.js';
import { datesReport, type DateOutput } from '../reports/dates.js';
import { analyzeReport } from '../reports/analyze.js';
import { applyOutputSettings, printReport, reportProblem, reportWarning, type Session } from '../session.js';
import { readJsonResult } from '../../corpus/results.js';

type Part = 'entities' | 'quotes' | 'dates';

interface RunJson {
  documents: DocumentInfo[];
  entities?: EntityOutput[];
  quotes?: QuoteOutput[];
  dates?: DateOutput[];
}

/**
 * Rebuilds a finished Summary from a run's printed JSON (the inverse of the printers).
 * @param json - the parsed output of `entities`, `quotes`, `dates` or `analyze` with `--json`
 */
export function summaryFromJson(json: RunJson): Summary {
  const entities: EntityRecord[] = (json.entities ?? []).map((entity) => ({
    name: entity.name,
    type: entity.type,
    count: entity.count,
    documents: entity.documents,
    aliases: Object.fromEntries(entity.aliases.map((alias) => [alias.text, alias.count])),
  }));
  const quotes: Quote[] = (json.quotes ?? []).map((quote) => ({ ...quote, source: 'merge' }));
  const dates: DateMention[] = (json.dates ?? []).map(({ type, ...date }) => ({ ...date, temporalType: type, source: 'merge' }));
  return { documents: json.documents, entities, quotes, dates };
}

function partsOf(json: RunJson): Part[] {
  return (['entities', 'quotes', 'dates'] as const).filter((part) => Array.isArray(json[part]));
}

/**
 * Creates the `merge` subcommand.
 * @param session - the invocation it reports to
 */
export function createMergeCommand(session: Session): Command {
  const command = new Command('merge')
    .description('combine the --json results of separate runs into the result of one run')
    .argument('<results...>', 'JSON files written by entities, quotes, dates or analyze with --json');
  addOutputOptions(command, 'json').addHelpText(
      'after',
      `
Examples:
  $ eurasia entities --json part-1/ > a.json && eurasia entities --json part-2/ > b.json
  $ eurasia merge a.json b.json --format table
  $ ls shards/ | parallel 'eurasia analyze --json shards/{} > out/{}.json' && eurasia merge out/*.json > all.json`,
    );
  command.action(async (files: string[], flags: OutputFlags) => {
    const settings = resolveOutputSettings(flags, session.io, 'json');
    applyOutputSettings(session, settings);
    const accumulator = emptyAccumulator();
    const parts = new Set<Part>();
    let problems = 0;
    const seenDocuments = new Set<string>();
    for (const file of files) {
      const read = await readJsonResult(file, fs);
      if ('problem' in read) {
        problems += 1;
        reportProblem(session, read.problem);
        continue;
      }
      const json = read.value as RunJson;
      if (!Array.isArray(json?.documents) || partsOf(json).length === 0) {
        problems += 1;
        reportProblem(session, { file, reason: 'not-a-result', message: 'not the --json output of entities, quotes, dates or analyze' });
        continue;
      }
      for (const document of json.documents) {
        if (seenDocuments.has(document.path)) {
          reportWarning(session, { file, reason: 'duplicate-document', message: `document ${document.path} is in more than one input; it is counted twice` });
        }
        seenDocuments.add(document.path);
      }
      for (const part of partsOf(json)) parts.add(part);
      merge(accumulator, reopen(summaryFromJson(json)));
    }
    if (problems > 0) session.exitCode = Math.max(session.exitCode, EXIT_INPUT_PROBLEMS);
    const summary = finish(accumulator);
    const only = parts.size === 1 ? [...parts][0] : null;
    const report: Report =
      only === 'entities'
        ? entitiesReport(summary.documents, summary.entities)
        : only === 'quotes'
          ? quotesReport(summary.documents, summary.quotes)
          : only === 'dates'
            ? datesReport(summary.documents, summary.dates)
            : analyzeReport(summary, summary.quotes, summary.dates);
    printReport(session, report, settings);
  });
  return command;
}
