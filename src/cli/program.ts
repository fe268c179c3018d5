/**
 * The commander program: one factory per subcommand, output and errors routed through the
 * injected IO, and every exit turned into a returned code (only bin/ exits the process).
 */
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { createAnalyzeCommand } from './commands/analyze.js';
import { createDatesCommand } from './commands/dates.js';
import { createEntitiesCommand } from './commands/entities.js';
import { createQuotesCommand } from './commands/quotes.js';
import { createMergeCommand } from './commands/merge.js';
import { setImmediate } from 'node:timers/promises';
import { EXIT_CODES_HELP, EXIT_INPUT_PROBLEMS, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, UsageError, type InterruptSignal } from './exit-codes.js';
import type { CliIo } from './io.js';
import { createSession, type Session } from './session.js';

const packageJson = createRequire(import.meta.url)('../../package.json') as { version: string };

/**
 * Builds the program for one invocation.
 * @param session - IO and the running exit code
 */
export function createProgram(session: Session): Command {
  const program = new Command('eurasia')
    .description('Named entities, quotations with speakers, and resolved dates from English news articles.')
    .version(packageJson.version, '-V, --version')
    .showSuggestionAfterError(true)
    .addHelpText('after', `${EXIT_CODES_HELP}\n\nRun "eurasia <command> --help" for examples.`);
  const subcommands = [createEntitiesCommand, createQuotesCommand, createDatesCommand, createAnalyzeCommand, createMergeCommand];
  for (const create of subcommands) {
    const command = create(session);
    command.addHelpText('after', EXIT_CODES_HELP);
    program.addCommand(command);
  }
  const output = {
    writeOut: (text: string) => session.io.stdout.write(text),
    writeErr: (text: string) => session.io.stderr.write(text),
  };
  for (const command of [program, ...program.commands]) command.exitOverride().configureOutput(output);
  return program;
}

const openSessions = new Set<Session>();

/**
 * Called by bin/ on SIGINT (Ctrl-C) or SIGTERM: marks every running invocation interrupted,
 * so that it never commits its output, and drops every unfinished `--output` file, so an
 * interrupted run leaves neither a half-written result nor its temporary file. Workers end
 * with the process.
 * @param signal - the signal received
 * @returns the exit code for that signal
 */
export function interruptCli(signal: InterruptSignal): number {
  for (const session of openSessions) {
    session.interrupted = signal;
    session.atomicOutput?.discard();
  }
  openSessions.clear();
  return EXIT_INTERRUPTED[signal];
}

/**
 * Runs the CLI and resolves to the exit code.
 * @param argv - arguments after the executable (`['entities', 'seeds/']`)
 * @param io - streams, environment, stdin
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const session = createSession(io);
  const program = createProgram(session);
  openSessions.add(session);
  try {
    await program.parseAsync(argv, { from: 'user' });
    // Everything since the last document may have run without a pause; let a signal that came
    // meanwhile be handled now, so that an interrupted run is never committed.
    await setImmediate();
    if (session.interrupted) {
      session.atomicOutput?.discard();
      return EXIT_INTERRUPTED[session.interrupted];
    }
    session.atomicOutput?.commit();
    if (session.failOnEmpty && session.recordsWritten === 0) {
      io.stderr.write('eurasia: nothing found (--fail-on-empty)\n');
      session.exitCode = Math.max(session.exitCode, EXIT_INPUT_PROBLEMS);
    }
    if (session.strict && session.warningCount > 0) {
      io.stderr.write(`eurasia: ${session.warningCount.toLocaleString('en-US')} warning${session.warningCount === 1 ? '' : 's'} (--strict)\n`);
      session.exitCode = Math.max(session.exitCode, EXIT_INPUT_PROBLEMS);
    }
    return session.exitCode;
  } catch (error) {
    session.atomicOutput?.discard();
    if (error instanceof CommanderError) {
      // Asked-for help and version are successes. Help commander shows on its own (bare
      // `eurasia`, no subcommand) went to stderr with a non-zero code: that is a usage error,
      // like anything else commander rejects.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`eurasia: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  } finally {
    openSessions.delete(session);
  }
}
