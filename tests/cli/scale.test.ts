import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEurasia, SEEDS, temporaryFolder } from './helpers.js';

/** A small corpus of copies of the seeds in two shard folders, plus one bad file. */
function makeCorpus(): { root: string; shards: string[] } {
  const root = temporaryFolder('eurasia-scale-');
  const shards = ['one', 'two'].map((name) => path.join(root, name));
  for (const shard of shards) mkdirSync(shard);
  const seeds = readdirSync(SEEDS);
  for (let copy = 0; copy < 6; copy += 1) {
    for (const seed of seeds) copyFileSync(path.join(SEEDS, seed), path.join(shards[copy % 2], `${copy}-${seed}`));
  }
  writeFileSync(path.join(shards[1], 'empty.txt'), '');
  // wink learns words from the documents it reads: the first keeps `Women's` whole (the
  // replacement characters), and a wink that had read it would keep it whole in the second
  // too, so the two must not share what they teach.
  writeFileSync(path.join(shards[0], 'a-teaches.txt'), "Fans asked which channel shows the Women's\uFFFDFA\uFFFDCup\uFFFDFinal on Sunday.\n");
  writeFileSync(path.join(shards[1], 'z-learns.txt'), "Hou Yifan has competed at ten Women's Chess Olympiads, five for China.\n");
  return { root, shards };
}

describe('worker threads', () => {
  it('prints byte-identical output whatever --jobs is, including problem lines', () => {
    const { root } = makeCorpus();
    const inputs = [path.join(root, 'first-missing.txt'), root, path.join(root, 'last-missing.txt')];
    const single = runEurasia(['analyze', '--json', '--jobs', '1', ...inputs]);
    const parallel = runEurasia(['analyze', '--json', '--jobs', '3', ...inputs]);
    expect(single.code).toBe(1);
    expect(parallel.code).toBe(1);
    expect(JSON.parse(single.stdout).documents).toHaveLength(14);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toBe(single.stderr);
    expect(parallel.stderr.trim().split('\n').map((line) => line.replace(/^eurasia: .*\//, ''))).toEqual([
      'first-missing.txt: no such file or folder',
      'empty.txt: empty file',
      'last-missing.txt: no such file or folder',
      'eurasia: 3 of 17 inputs skipped',
    ]);
    const streamedSingle = runEurasia(['entities', '--mentions', '--format', 'ndjson', '--jobs', '1', root]);
    const streamedParallel = runEurasia(['entities', '--mentions', '--format', 'ndjson', '--jobs', '2', root]);
    expect(streamedParallel.stdout).toBe(streamedSingle.stdout);
  });
});

describe('eurasia merge', () => {
  it('merges shard results into exactly what one run over all inputs gives', () => {
    const { root, shards } = makeCorpus();
    const output = temporaryFolder('eurasia-merge-');
    for (const command of ['entities', 'analyze']) {
      const parts = shards.map((shard, index) => {
        const file = path.join(output, `${command}-${index}.json`);
        writeFileSync(file, runEurasia([command, '--json', shard]).stdout);
        return file;
      });
      const merged = runEurasia(['merge', ...parts]);
      expect(merged.code).toBe(0);
      expect(merged.stdout).toBe(runEurasia([command, '--json', root]).stdout);
    }
  });

  it('takes the shared output options: --json, -o, --color/--no-color, --strict', () => {
    const output = temporaryFolder('eurasia-merge-');
    const part = path.join(output, 'part.json');
    writeFileSync(part, runEurasia(['entities', '--json', SEEDS]).stdout);
    const target = path.join(output, 'merged.json');
    const written = runEurasia(['merge', '--json', '-o', target, part]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(runEurasia(['merge', part]).stdout);
    expect(runEurasia(['merge', '--format', 'table', '--color', part]).stdout).toMatch(/\u001b\[/);
    expect(runEurasia(['merge', '--format', 'table', '--no-color', part], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runEurasia(['merge', '--json', '--format', 'csv', part]).code).toBe(2);
    // The same document in two inputs is a warning: counted twice, exit 0 unless --strict.
    const twice = runEurasia(['merge', part, part]);
    expect(twice.code).toBe(0);
    expect(twice.stderr).toMatch(/^eurasia: .*part\.json: document .* is in more than one input; it is counted twice$/m);
    const strict = runEurasia(['merge', '--strict', part, part]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/eurasia: 2 warnings \(--strict\)\n$/);
  });

  it('names a result file that is not JSON, merges the rest, and exits 1', () => {
    const output = temporaryFolder('eurasia-merge-');
    const good = path.join(output, 'good.json');
    writeFileSync(good, runEurasia(['entities', '--json', SEEDS]).stdout);
    const bad = path.join(output, 'bad.json');
    writeFileSync(bad, '{ not json');
    const result = runEurasia(['merge', good, bad, path.join(output, 'missing.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.json: not valid JSON/);
    expect(result.stderr).toMatch(/missing\.json: no such file/);
    expect(JSON.parse(result.stdout).entities.length).toBeGreaterThan(10);
  });
});
