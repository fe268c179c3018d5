import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, temporaryFolder } from './helpers.js';
import { createProgress } from '../../src/cli/progress.js';

/** Runs the binary with stdout and stderr on one pseudo-terminal, as at a person's terminal (`script` is in Debian's essential bsdutils). */
function runAtTerminal(args: string[]): string {
  const command = [process.execPath, BIN, ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !['CI', 'NO_COLOR', 'FORCE_COLOR'].includes(key)) env[key] = value;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env, input: '' });
  if (result.error) throw result.error;
  return result.stdout;
}

function folderOf(count: number): string {
  const folder = temporaryFolder('eurasia-progress-');
  for (let index = 0; index < count; index += 1) writeFileSync(path.join(folder, `story-${index}.txt`), 'date 2023-07-16\n\nOn Friday the minister spoke in Minsk.\n');
  return folder;
}

describe('progress at a terminal', () => {
  it('shows documents done, MB/s and an ETA on stderr, and never leaves a streamed record on its line', () => {
    const folder = folderOf(120);
    for (const command of ['dates', 'analyze']) {
      const transcript = runAtTerminal([command, '--format', 'ndjson', folder]);
      expect(transcript).toMatch(/\d+\/120 documents, \d+\.\d MB\/s, ETA \d+s/);
      // Before the fix a record followed the progress text on the same line: `ETA 33s{"file":…`.
      expect(transcript).not.toMatch(/ETA \d+s\{/);
      // What stays visible of each line: the text after its last erase.
      const records = transcript
        .split(/\r?\n/)
        .map((line) => {
          const erase = line.lastIndexOf('\x1b[2K');
          return (erase < 0 ? line : line.slice(erase + 4)).replace(/\r/g, '');
        })
        .filter((line) => line.startsWith('{'));
      expect(records.length).toBeGreaterThanOrEqual(120);
      for (const record of records) expect(() => JSON.parse(record)).not.toThrow();
    }
  });
});

describe('createProgress', () => {
  const recorder = (isTTY: boolean): { stream: { isTTY: boolean; write: (chunk: string) => boolean }; written: string[] } => {
    const written: string[] = [];
    return { stream: { isTTY, write: (chunk: string) => (written.push(chunk), true) }, written };
  };

  it('stays silent when stderr is no terminal, or for a handful of files', () => {
    for (const [isTTY, total] of [[false, 500], [true, 10]] as const) {
      const { stream, written } = recorder(isTTY);
      const progress = createProgress(stream, total);
      for (let index = 0; index < total; index += 1) progress.tick(3000);
      progress.clear();
      expect(written).toEqual([]);
    }
  });

  it('draws at most every 200 ms but always the last document, and erases only what it drew', () => {
    const { stream, written } = recorder(true);
    const progress = createProgress(stream, 100);
    progress.clear();
    expect(written).toEqual([]);
    for (let index = 0; index < 100; index += 1) progress.tick(3000);
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written.length).toBeLessThan(10);
    expect(written[0]).toMatch(/^\r\x1b\[2K1\/100 documents, /);
    expect(written.at(-1)).toMatch(/^\r\x1b\[2K100\/100 documents, \d+\.\d MB\/s, ETA 0s$/);
    progress.clear();
    progress.clear();
    expect(written.at(-1)).toBe('\r\x1b[2K');
    expect(written.filter((chunk) => chunk === '\r\x1b[2K')).toHaveLength(1);
  });
});
