// How the binary treats the paths it is given: each file once, odd files and empty folders
// named, standard input bounded.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEurasia, SEEDS, temporaryFolder } from './helpers.js';

const SEED_000 = readdirSync(SEEDS).sort()[0];

describe('each file is analysed once', () => {
  it('a file reached through its folder and by name counts once, under the first spelling', () => {
    const twice = runEurasia(['entities', '--json', 'seeds/', `./seeds/${SEED_000}`, path.join(SEEDS, SEED_000)]);
    const once = runEurasia(['entities', '--json', 'seeds/']);
    expect(twice.code).toBe(0);
    expect(twice.stderr).toBe('');
    expect(twice.stdout).toBe(once.stdout);
    expect(JSON.parse(twice.stdout).documents.map((document: { path: string }) => document.path)).toEqual([
      path.join('seeds', SEED_000),
      expect.stringMatching(/^seeds\/004_/),
    ]);
  });
});

describe('inputs that give nothing to read', () => {
  it('a FIFO inside a walked folder gets a "not a regular file" line and counts as skipped', () => {
    const folder = temporaryFolder();
    copyFileSync(path.join(SEEDS, SEED_000), path.join(folder, 'article.txt'));
    expect(spawnSync('mkfifo', [path.join(folder, 'pipe.txt')]).status).toBe(0);
    const result = runEurasia(['entities', '--json', folder]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`eurasia: ${path.join(folder, 'pipe.txt')}: not a regular file\neurasia: 1 of 2 inputs skipped\n`);
    expect(JSON.parse(result.stdout).documents).toHaveLength(1);
  });

  it('a folder with no file of the wanted extensions is named, and counts as skipped', () => {
    const html = runEurasia(['entities', '--ext', 'html', 'seeds/']);
    expect(html.code).toBe(1);
    expect(html.stderr).toBe('eurasia: seeds/: no .html files\neurasia: 1 of 1 inputs skipped\n');
    const empty = temporaryFolder();
    mkdirSync(path.join(empty, 'nested'));
    const result = runEurasia(['entities', '--json', empty, 'seeds/']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`eurasia: ${empty}: no .txt or .md files\neurasia: 1 of 3 inputs skipped\n`);
    expect(JSON.parse(result.stdout).documents).toHaveLength(2);
  });
});

describe('standard input', () => {
  it('stops reading an endless stdin at --max-doc-size and reports "-: too large"', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('./helpers.js');
    const child = spawn(process.execPath, [BIN, 'entities', '--json', '--max-doc-size', '1MB', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // `yes`: a line forever, for as long as the reader keeps the pipe open.
    const line = Buffer.from('y\n'.repeat(32 * 1024));
    let written = 0;
    const feed = (): void => {
      while (child.stdin.writable && written < 256 * 1024 ** 2) {
        written += line.length;
        if (!child.stdin.write(line)) return void child.stdin.once('drain', feed);
      }
      // A reader that took everything on offer gets its end of input, and fails below.
      child.stdin.end();
    };
    child.stdin.on('error', () => {}); // EPIPE once the reader stops: the point of the test
    feed();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toBe('eurasia: -: too large (over the 1.0 MiB limit, see --max-doc-size)\neurasia: 1 of 1 inputs skipped\n');
    expect(JSON.parse(stdout)).toEqual({ documents: [], entities: [] });
    // The binary stopped reading near the limit instead of taking the gigabyte on offer.
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });
});
