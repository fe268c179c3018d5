/** `eurasia quotes`: who said what. */
import { Command, Option } from 'commander';
import type { Quote } from '../../core/types.js';
import type { Summary } from '../../core/summary.js';
import { addCommonOptions, resolveSettings, type CommonFlags } from '../options.js';
import { quotesReport, speakersReport } from '../reports/quotes.js';
import { analyzeInputs, printReport, type Session } from '../session.js';
import { loadEntityOptions } from '../config.js';

interface QuotesFlags extends CommonFlags {
  all?: boolean;
  by?: 'speaker';
  speaker?: string;
  config?: string;
}

/**
 * Keeps the quotes a user asked for: `other` quotes (titles, scare quotes) only with
 * `--all`, and one speaker when `--speaker` names one, matched on any alias.
 * @param summary - the finished run
 * @param flags - the subcommand's flags
 */
export function selectQuotes(summary: Summary, flags: { all?: boolean; speaker?: string }): Quote[] {
  let quotes = flags.all ? summary.quotes : summary.quotes.filter((quote) => quote.kind !== 'other');
  if (flags.speaker) {
    const wanted = flags.speaker.trim().toLowerCase();
    const names = new Set<string>([wanted]);
    for (const entity of summary.entities) {
      const forms = [entity.name, ...Object.keys(entity.aliases)].map((form) => form.toLowerCase());
      if (forms.includes(wanted)) names.add(entity.name.toLowerCase());
    }
    quotes = quotes.filter((quote) => quote.speaker !== null && names.has(quote.speaker.toLowerCase()));
  }
  return quotes;
}

/**
 * Creates the `quotes` subcommand.
 * @param session - the invocation it reports to
 */
export function createQuotesCommand(session: Session): Command {
  const command = new Command('quotes')
    .description('list direct quotations with their speakers')
    .argument('[paths...]', 'files, folders (walked recursively) or - for standard input')
    .option('--all', 'also list titles, nicknames and scare quotes (kind "other")')
    .addOption(new Option('--by <field>', 'count quotes per speaker instead of listing them').choices(['speaker']))
    .option('--speaker <name>', 'only quotes by this speaker (any of their names)')
    .option('--config <file>', 'entity configuration (default: eurasia.config.json in the working folder, if any)');
  addCommonOptions(command).addHelpText(
    'after',
    `
Examples:
  $ eurasia quotes seeds/
  $ eurasia quotes --by speaker news/
  $ eurasia quotes --json seeds/ | jq -r '.quotes[] | "\\(.speaker): \\(.text)"'`,
  );
  command.action(async (paths: string[], flags: QuotesFlags) => {
    const settings = resolveSettings(flags, session.io);
    const entities = await loadEntityOptions(flags.config, session.io);
    // Entities are folded too, so that --speaker can match any alias of a speaker.
    const select = { entities: true, quotes: true, dates: false };
    if (settings.format === 'ndjson' && flags.by !== 'speaker' && flags.speaker === undefined) {
      // Streams: each document's quotes are printed as it finishes (in input order) and
      // nothing is kept, however large the corpus. Their speakers carry the name their own
      // document gives, as streamed mentions do: the corpus-wide name needs the whole run.
      await analyzeInputs(session, paths, settings, {
        select,
        entities,
        keepRecords: false,
        onResult: (result) => {
          const partial = { documents: [], entities: [], quotes: result.quotes, dates: [] };
          printReport(session, quotesReport([], selectQuotes(partial, flags)), settings);
        },
      });
      return;
    }
    const summary = await analyzeInputs(session, paths, settings, { select, entities });
    const quotes = selectQuotes(summary, flags);
    const report = flags.by === 'speaker' ? speakersReport(summary.documents, quotes) : quotesReport(summary.documents, quotes);
    printReport(session, report, settings);
  });
  return command;
}
