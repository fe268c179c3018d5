/** `eurasia analyze`: entities, quotes and dates in one run and one result (for CI artefacts). */
import { Command } from 'commander';
import { addCommonOptions, resolveSettings, type CommonFlags } from '../options.js';
import { analyzeReport } from '../reports/analyze.js';
import { analyzeInputs, printReport, type Session } from '../session.js';
import { loadEntityOptions } from '../config.js';
import { selectQuotes } from './quotes.js';
import { selectDates } from './dates.js';

interface AnalyzeFlags extends CommonFlags {
  all?: boolean;
  config?: string;
}

/**
 * Creates the `analyze` subcommand.
 * @param session - the invocation it reports to
 */
export function createAnalyzeCommand(session: Session): Command {
  const command = new Command('analyze')
    .description('run entities, quotes and dates together and emit one combined result')
    .argument('[paths...]', 'files, folders (walked recursively) or - for standard input')
    .option('--all', 'also list "other" quotes, durations and sets')
    .option('--config <file>', 'entity configuration (default: eurasia.config.json in the working folder, if any)');
  addCommonOptions(command).addHelpText(
    'after',
    `
Examples:
  $ eurasia analyze seeds/
  $ eurasia analyze --json news/ > eurasia.json
  $ eurasia analyze --format ndjson seeds/ | jq -c 'select(.record == "quote")'`,
  );
  command.action(async (paths: string[], flags: AnalyzeFlags) => {
    const settings = resolveSettings(flags, session.io);
    const entities = await loadEntityOptions(flags.config, session.io);
    const select = { entities: true, quotes: true, dates: true };
    if (settings.format === 'ndjson') {
      // Streams: each document's quotes and dates as it finishes, the entity table at the end,
      // so a corpus of any size runs in the memory of its entity table.
      const summary = await analyzeInputs(session, paths, settings, {
        select,
        entities,
        keepRecords: false,
        onResult: (result) => {
          const partial = { documents: [], entities: [], quotes: result.quotes, dates: result.dates };
          const report = analyzeReport(partial, selectQuotes(partial, { all: flags.all }), selectDates(result.dates, flags.all));
          printReport(session, report, settings);
        },
      });
      printReport(session, analyzeReport({ ...summary, quotes: [], dates: [] }, [], []), settings);
      return;
    }
    const summary = await analyzeInputs(session, paths, settings, { select, entities });
    printReport(session, analyzeReport(summary, selectQuotes(summary, flags), selectDates(summary.dates, flags.all)), settings);
  });
  return command;
}
