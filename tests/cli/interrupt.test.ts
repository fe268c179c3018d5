// Ctrl-C and kill: an interrupted run exits 128 + the signal and never leaves an --output
// file, whole or partial, whether it analyses in this thread or in workers.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BIN, SEEDS, temporaryFolder } from './helpers.js';

const SEED_TEXT = readFileSync(path.join(SEEDS, readdirSync(SEEDS).sort()[1]), 'utf8').replace(/^date .*\n/, '');

/**
 * Starts a run writing to `-o`, waits until its temporary file exists (the run is under way),
 * then `delay` milliseconds more, and sends `signal`.
 */
async function interrupt(args: string[], signal: NodeJS.Signals, delay: number): Promise<{ code: number | null; left: string[]; hadPartial: boolean }> {
  const output = temporaryFolder('eurasia-interrupt-');
  const child = spawn(process.execPath, [BIN, ...args, '-o', path.join(output, 'result.json')], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && readdirSync(output).length === 0 && child.exitCode === null) await sleep(10);
  const hadPartial = readdirSync(output).some((name) => name.endsWith('.partial'));
  await sleep(delay);
  child.kill(signal);
  return { code: await exited, left: readdirSync(output), hadPartial };
}

/** A small article, then one that takes this thread a few seconds (under 1 MiB, so not a worker's). */
function slowCorpus(): string {
  const folder = temporaryFolder('eurasia-slow-');
  copyFileSync(path.join(SEEDS, readdirSync(SEEDS).sort()[0]), path.join(folder, 'a-small.txt'));
  writeFileSync(path.join(folder, 'b-slow.txt'), `${SEED_TEXT}\n\n`.repeat(Math.floor((700 * 1024) / SEED_TEXT.length)));
  return folder;
}

describe('interruption', () => {
  it('Ctrl-C during the last document in this thread exits 130 and commits nothing', async () => {
    // Before the fix the signal waited for the document, then the commit, then exited 130
    // with a whole result file.
    const result = await interrupt(['analyze', '--json', '--jobs', '1', slowCorpus()], 'SIGINT', 600);
    expect(result.hadPartial).toBe(true);
    expect(result.code).toBe(130);
    expect(result.left).toEqual([]);
  });

  it('SIGTERM is handled like Ctrl-C: exit 143, no output file, no temporary file', async () => {
    const result = await interrupt(['analyze', '--json', '--jobs', '1', slowCorpus()], 'SIGTERM', 600);
    expect(result.hadPartial).toBe(true);
    expect(result.code).toBe(143);
    expect(result.left).toEqual([]);
  });

  it('Ctrl-C while workers analyse exits 130 and leaves neither the output nor its temporary file', async () => {
    const folder = temporaryFolder('eurasia-many-');
    for (let copy = 0; copy < 40; copy += 1) writeFileSync(path.join(folder, `${copy}.txt`), SEED_TEXT);
    const result = await interrupt(['analyze', '--json', '--jobs', '2', folder], 'SIGINT', 300);
    expect(result.hadPartial).toBe(true);
    expect(result.code).toBe(130);
    expect(result.left).toEqual([]);
  });

  it('an uninterrupted run commits its whole result (so the cases above can tell the difference)', async () => {
    const folder = temporaryFolder('eurasia-whole-');
    const target = path.join(folder, 'result.json');
    const child = spawn(process.execPath, [BIN, 'entities', '--json', '--jobs', '1', SEEDS, '-o', target], { stdio: 'ignore' });
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    expect(existsSync(target)).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).documents).toHaveLength(2);
    expect(readdirSync(folder)).toEqual(['result.json']);
  });
});
