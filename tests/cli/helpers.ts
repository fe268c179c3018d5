import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'eurasia.js');
export const SEEDS = path.join(ROOT, 'seeds');

/** What one run of the real binary gave back. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs bin/eurasia.js as a user would: a child process with its own environment, colour
 * variables removed unless the test sets them, stdin from `input`.
 */
export function runEurasia(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string; user?: { uid: number; gid: number } } = {},
): RunResult {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['NO_COLOR', 'FORCE_COLOR', 'CI'].includes(key)) env[key] = value;
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    env: { ...env, ...options.env },
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    uid: options.user?.uid,
    gid: options.user?.gid,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder. */
export function temporaryFolder(prefix = 'eurasia-cli-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Who to run the binary as so that permissions apply: as root nothing is denied, so root's
 * tests run it as `nobody` (65534); anyone else is denied by chmod already and runs as is.
 * Files the binary must read then need to be readable by others (see `sharedFolder`).
 */
export function unprivilegedUser(): { uid: number; gid: number } | undefined {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
}

/** A fresh temporary folder others can enter and read (mkdtemp makes it private). */
export function sharedFolder(prefix = 'eurasia-shared-'): string {
  const folder = temporaryFolder(prefix);
  chmodSync(folder, 0o755);
  return folder;
}

/** The records of NDJSON output, one JSON value a line. */
export function ndjsonLines<T = unknown>(stdout: string): T[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

/**
 * Runs a subcommand on the seeds as `--format ndjson` and as `--json`, with and without
 * `--all`, and expects the streamed records to be, record for record, the list `--json`
 * prints under `key` (and that list to hold more than a handful).
 */
export function expectStreamedAsListedOnSeeds(command: string, key: string): void {
  for (const all of [[], ['--all']]) {
    const streamed = runEurasia([command, ...all, '--format', 'ndjson', 'seeds/']);
    const whole = runEurasia([command, ...all, '--json', 'seeds/']);
    const listed = (JSON.parse(whole.stdout) as Record<string, unknown[]>)[key];
    expect(streamed.code).toBe(0);
    expect(listed.length).toBeGreaterThan(5);
    expect(ndjsonLines(streamed.stdout)).toEqual(listed);
  }
}

/**
 * For a streaming subcommand: `--format ndjson --fail-on-empty` over a folder whose one file
 * yields nothing must exit 1; with a second file that yields something, 0. Returns the
 * records of that second run.
 */
export function streamedUnderFailOnEmpty(command: string, nothing: string, something: string): unknown[] {
  const root = temporaryFolder(`eurasia-${command}-empty-`);
  writeFileSync(path.join(root, 'none.txt'), nothing);
  expect(runEurasia([command, '--format', 'ndjson', '--fail-on-empty', root]).code).toBe(1);
  writeFileSync(path.join(root, 'some.txt'), something);
  const some = runEurasia([command, '--format', 'ndjson', '--fail-on-empty', root]);
  expect(some.code).toBe(0);
  return ndjsonLines(some.stdout);
}
