/** Exit codes scripts can rely on; documented in the README and in `--help`. */
export const EXIT_OK = 0;
/** The run finished, but some input could not be read or analysed (or a CI gate failed: --fail-on-empty, --strict). */
export const EXIT_INPUT_PROBLEMS = 1;
/** Usage or configuration error: nothing was analysed. */
export const EXIT_USAGE = 2;
/** A bug or an environment the program cannot work in (sysexits' EX_SOFTWARE); bin/ uses it. */
export const EXIT_INTERNAL = 70;
/** Interrupted by a signal: 128 + the signal's number, as shells report it. */
export const EXIT_INTERRUPTED = { SIGINT: 130, SIGTERM: 143 } as const;
/** The signals that interrupt a run. */
export type InterruptSignal = keyof typeof EXIT_INTERRUPTED;

/** The text `--help` shows under every command. */
export const EXIT_CODES_HELP = `
Exit codes:
  0    success
  1    finished, but some inputs could not be read or analysed (each named on
       stderr), or --fail-on-empty and nothing was found, or --strict and
       there were warnings
  2    usage or configuration error (unknown option, bad value, no input,
       an --output that cannot be written); nothing was analysed
  70   internal error (a bug; --debug shows where)
  130  interrupted by Ctrl-C (143: by SIGTERM); --output is left untouched`;

/** An error the user can fix by changing the command line or config; exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
