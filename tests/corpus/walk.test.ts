import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseExtensions, walkInputs } from '../../src/corpus/walk.js';

function makeTree(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'eurasia-walk-'));
  mkdirSync(path.join(root, 'b', 'deep'), { recursive: true });
  writeFileSync(path.join(root, 'a.txt'), 'A');
  writeFileSync(path.join(root, 'notes.md'), 'N');
  writeFileSync(path.join(root, 'image.png'), 'P');
  writeFileSync(path.join(root, 'b', 'deep', 'c.TXT'), 'C');
  mkdirSync(path.join(root, 'folder.txt'));
  symlinkSync(root, path.join(root, 'b', 'loop'));
  symlinkSync(path.join(root, 'gone.txt'), path.join(root, 'dangling.txt'));
  return root;
}

describe('walkInputs', () => {
  it('walks folders recursively in a stable order, by extension, and survives a link loop', async () => {
    const root = makeTree();
    const result = await walkInputs([root], ['.txt', '.md']);
    expect(result.files.map((file) => path.relative(root, file))).toEqual(['a.txt', path.join('b', 'deep', 'c.TXT'), 'notes.md']);
    // The dangling link has a wanted extension, so the user hears about it.
    expect(result.problems.map((problem) => path.basename(problem.file))).toEqual(['dangling.txt']);
  });
  it('reads a file named explicitly whatever its extension, and reports a missing path', async () => {
    const root = makeTree();
    const result = await walkInputs([path.join(root, 'image.png'), path.join(root, 'missing.txt'), '-'], ['.txt']);
    expect(result.files).toEqual([path.join(root, 'image.png'), '-']);
    expect(result.problems).toEqual([{ file: path.join(root, 'missing.txt'), reason: 'missing', message: 'no such file or folder' }]);
  });
  it('lists files and problems interleaved in the order the inputs were named', async () => {
    const root = makeTree();
    const missing = path.join(root, 'missing.txt');
    const result = await walkInputs([missing, path.join(root, 'a.txt'), path.join(root, 'gone.txt'), path.join(root, 'notes.md')], ['.txt']);
    expect(result.entries.map((entry) => path.basename(entry.file ?? entry.problem?.file ?? ''))).toEqual(['missing.txt', 'a.txt', 'gone.txt', 'notes.md']);
    expect(result.entries.map((entry) => (entry.problem ? 'problem' : 'file'))).toEqual(['problem', 'file', 'problem', 'file']);
  });
  it('restricts folder walks to the extensions given', async () => {
    const root = makeTree();
    const result = await walkInputs([root], ['.md']);
    expect(result.files.map((file) => path.basename(file))).toEqual(['notes.md']);
  });
});

describe('normaliseExtensions', () => {
  it('accepts comma lists with or without dots, in any case', () => {
    expect(normaliseExtensions(['txt,.MD', 'html'])).toEqual(['.txt', '.md', '.html']);
  });
});
