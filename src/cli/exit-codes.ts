/** Exit codes scripts can rely on; documented in the README and in `--help`. */
export const EXIT_OK = 0;
/** The run finished, but some input could not be read or analysed. */
export const EXIT_INPUT_PROBLEMS = 1;
/** Usage or configuration error: nothing was analysed. */
export const EXIT_USAGE = 2;

/** The text `--help` shows under every command. */
export const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  finished, but some inputs could not be read or analysed (each named on stderr)
  2  usage or configuration error (unknown option, bad value, no input)`;

/** An error the user can fix by changing the command line or config; exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
