// A document whose analysis throws is one problem line; --debug adds the stack behind it, in
// this thread and in workers alike.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, temporaryFolder } from './helpers.js';

const HOOK = path.join(ROOT, 'tests', 'cli', 'inject-analysis-fault.mjs');

function runWithFault(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `count` articles; the one at `broken` carries the marker that makes its analysis throw. */
function corpus(count: number, broken: number): { folder: string; brokenFile: string } {
  const folder = temporaryFolder('eurasia-fault-');
  for (let index = 0; index < count; index += 1) {
    const marker = index === broken ? ' EURASIA-INJECTED-FAULT' : '';
    writeFileSync(path.join(folder, `${index}.txt`), `Angela Merkel visited Paris.${marker}\n`);
  }
  return { folder, brokenFile: path.join(folder, `${broken}.txt`) };
}

describe('a document whose analysis fails', () => {
  for (const [where, count, jobs] of [['in this thread', 2, '1'], ['in a worker', 8, '2']] as const) {
    it(`is one line without --debug, and the line and its stack with --debug (${where})`, () => {
      const { folder, brokenFile } = corpus(count, 1);
      const plain = runWithFault(['entities', '--json', '--jobs', jobs, folder]);
      expect(plain.code).toBe(1);
      expect(plain.stderr).toBe(`eurasia: ${brokenFile}: analysis failed: injected fault\neurasia: 1 of ${count} inputs skipped\n`);
      expect(JSON.parse(plain.stdout).documents).toHaveLength(count - 1);

      const debug = runWithFault(['entities', '--json', '--debug', '--jobs', jobs, folder]);
      expect(debug.code).toBe(1);
      const lines = debug.stderr.trim().split('\n');
      expect(lines[0]).toBe(`eurasia: ${brokenFile}: analysis failed: injected fault`);
      expect(lines[1]).toBe('Error: injected fault');
      expect(lines.slice(2, -1).every((line) => line.startsWith('    at '))).toBe(true);
      expect(debug.stderr).toMatch(/at .*core[/\\]nlp\.js/);
      expect(lines.at(-1)).toBe(`eurasia: 1 of ${count} inputs skipped`);
      expect(debug.stdout).toBe(plain.stdout);
    });
  }
});
