/**
 * Finds, reads and validates the user's entity configuration. Reading is the CLI's job;
 * validation is pure and lives in the core, so library users get the same checks.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { validateEntityConfig } from '../core/entities/config.js';
import type { EntityOptions } from '../core/entities/index.js';
import { UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';

/** The configuration file read from the working folder when `--config` is not given. */
export const DEFAULT_CONFIG_FILE = 'eurasia.config.json';

/**
 * Loads entity options from `--config FILE`, else from `eurasia.config.json` in the working
 * folder when it exists. A missing `--config` file, invalid JSON or an invalid field is a
 * usage error naming the file (and the field).
 * @param configPath - the `--config` value, if any
 * @param io - for the working folder
 */
export async function loadEntityOptions(configPath: string | undefined, io: CliIo): Promise<EntityOptions | undefined> {
  const file = configPath ?? path.join(io.cwd, DEFAULT_CONFIG_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (!configPath && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`${configPath ?? DEFAULT_CONFIG_FILE}: cannot read configuration (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const shownName = configPath ?? DEFAULT_CONFIG_FILE;
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${shownName}: not valid JSON (${(error as Error).message})`);
  }
  const { config, errors } = validateEntityConfig(value, shownName);
  if (errors.length > 0 || !config) throw new UsageError(errors.join('\n') || `${shownName}: invalid configuration`);
  return { config };
}
