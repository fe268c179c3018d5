/** `eurasia dates`: when, resolved to calendar values. */
import { Command, Option } from 'commander';
import type { DateMention } from '../../core/types.js';
import { addCommonOptions, resolveSettings, type CommonFlags } from '../options.js';
import { dateValuesReport, datesReport } from '../reports/dates.js';
import { analyzeInputs, printReport, type Session } from '../session.js';

interface DatesFlags extends CommonFlags {
  all?: boolean;
  by?: 'value';
}

/**
 * Keeps dates and times; durations and sets (`three years`, `every Monday`) only with `--all`.
 * @param dates - every temporal expression found
 * @param all - the `--all` flag
 */
export function selectDates(dates: DateMention[], all: boolean | undefined): DateMention[] {
  return all ? dates : dates.filter((date) => date.temporalType === 'DATE' || date.temporalType === 'TIME');
}

/**
 * Creates the `dates` subcommand.
 * @param session - the invocation it reports to
 */
export function createDatesCommand(session: Session): Command {
  const command = new Command('dates')
    .description('list date expressions resolved against each article\'s date')
    .argument('[paths...]', 'files, folders (walked recursively) or - for standard input')
    .option('--all', 'also list durations and sets ("three years", "every Monday")')
    .addOption(new Option('--by <field>', 'count mentions per value, with a bar per row').choices(['value']));
  addCommonOptions(command).addHelpText(
    'after',
    `
Examples:
  $ eurasia dates seeds/
  $ eurasia dates --reference-date 2023-07-16 article.txt
  $ eurasia dates --format ndjson seeds/ | jq -r 'select(.value != null) | .value' | sort | uniq -c`,
  );
  command.action(async (paths: string[], flags: DatesFlags) => {
    const settings = resolveSettings(flags, session.io);
    const select = { entities: false, quotes: false, dates: true };
    if (settings.format === 'ndjson' && flags.by !== 'value') {
      // Streams: a date needs nothing from other documents, so each document's dates are
      // printed as it finishes (in input order) and nothing is kept, however large the corpus.
      await analyzeInputs(session, paths, settings, {
        select,
        keepRecords: false,
        onResult: (result) => printReport(session, datesReport([], selectDates(result.dates, flags.all)), settings),
      });
      return;
    }
    const summary = await analyzeInputs(session, paths, settings, { select });
    const dates = selectDates(summary.dates, flags.all);
    const report = flags.by === 'value' ? dateValuesReport(summary.documents, dates) : datesReport(summary.documents, dates);
    printReport(session, report, settings);
  });
  return command;
}
