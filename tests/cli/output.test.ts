// --output: a target that cannot be written is a usage error before anything is analysed,
// and a device or FIFO is written through rather than replaced.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runEurasia, sharedFolder, temporaryFolder, unprivilegedUser } from './helpers.js';

describe('--output checked up front', () => {
  // A missing input named too: its line would show if the run had started before the check.
  it('a target in a folder that does not exist: usage error, nothing analysed', () => {
    const result = runEurasia(['entities', '-o', '/nonexistent/dir/out.json', 'seeds/', 'missing.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('eurasia: --output /nonexistent/dir/out.json: no such folder /nonexistent/dir\n');
    expect(result.stdout).toBe('');
  });

  it('a target that is a folder, or inside a file: usage error', () => {
    const folder = temporaryFolder();
    const asFolder = runEurasia(['entities', '-o', folder, 'seeds/', 'missing.txt']);
    expect(asFolder.code).toBe(2);
    expect(asFolder.stderr).toBe(`eurasia: --output ${folder}: is a folder\n`);
    writeFileSync(path.join(folder, 'file'), '');
    const insideFile = runEurasia(['entities', '-o', path.join(folder, 'file', 'out.json'), 'seeds/']);
    expect(insideFile.code).toBe(2);
    expect(insideFile.stderr).toBe(`eurasia: --output ${path.join(folder, 'file', 'out.json')}: ${path.join(folder, 'file')} is not a folder\n`);
  });

  it('a target in a folder the user cannot write: usage error naming the reason', () => {
    const user = unprivilegedUser();
    const folder = sharedFolder();
    const locked = path.join(folder, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const target = path.join(locked, 'out.json');
    const result = runEurasia(['entities', '-o', target, 'seeds/', 'missing.txt'], { user });
    expect(result.stderr).toBe(`eurasia: --output ${target}: cannot write in ${locked} (EACCES)\n`);
    expect(result.code).toBe(2);
    expect(readdirSync(locked)).toEqual([]);
  });
});

describe('--output to something other than a regular file', () => {
  it('follows a symbolic link, leaving the link in place', () => {
    const folder = temporaryFolder();
    const real = path.join(folder, 'real.json');
    writeFileSync(real, 'old');
    symlinkSync(real, path.join(folder, 'link.json'));
    const result = runEurasia(['entities', '--json', '-o', path.join(folder, 'link.json'), 'seeds/']);
    expect(result.code).toBe(0);
    expect(lstatSync(path.join(folder, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).documents).toHaveLength(2);
  });

  it('writes into a FIFO instead of renaming a file over it', async () => {
    const folder = temporaryFolder();
    const fifo = path.join(folder, 'out.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk) => (received += chunk));
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    try {
      const writer = spawn(process.execPath, [BIN, 'entities', '--json', '-o', fifo, 'seeds/'], { stdio: 'ignore' });
      expect(await new Promise((resolve) => writer.on('exit', resolve))).toBe(0);
      await readerDone;
      expect(JSON.parse(received).documents).toHaveLength(2);
      expect(statSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(folder)).toEqual(['out.fifo']);
    } finally {
      reader.kill();
    }
  });
});
