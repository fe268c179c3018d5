/**
 * When to colour: only tables, only for a terminal, and never against the user's wish.
 * chalk ignores NO_COLOR and cli-table3 colours its borders by default, so the decision is
 * made here once and handed to both as an explicit level.
 */
import { Chalk, type ChalkInstance } from 'chalk';

/** What the colour decision depends on. */
export interface ColorInputs {
  /** `--color` (true), `--no-color` (false), or neither (undefined). */
  flag: boolean | undefined;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** Only the table format is ever coloured. */
  format: string;
}

/**
 * Decides the colour level (0 = none … 3 = truecolor). Order: non-table formats never;
 * `--no-color`/`--color`; `NO_COLOR` (any non-empty value); `FORCE_COLOR`; else a terminal.
 * @param inputs - flag, environment, terminal, format
 */
export function colorLevel(inputs: ColorInputs): 0 | 1 | 2 | 3 {
  if (inputs.format !== 'table') return 0;
  if (inputs.flag === false) return 0;
  if (inputs.flag === true) return Math.max(1, terminalLevel(inputs.env)) as 1 | 2 | 3;
  if (inputs.env.NO_COLOR) return 0;
  const forced = inputs.env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === '0' || forced === 'false') return 0;
    if (forced === '2' || forced === '3') return Number(forced) as 2 | 3;
    return 1;
  }
  return inputs.isTTY ? terminalLevel(inputs.env) : 0;
}

function terminalLevel(env: Record<string, string | undefined>): 1 | 2 | 3 {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}

/**
 * A chalk instance at a fixed level, or null when output must stay plain.
 * @param level - from `colorLevel`
 */
export function painter(level: 0 | 1 | 2 | 3): ChalkInstance | null {
  return level === 0 ? null : new Chalk({ level });
}
