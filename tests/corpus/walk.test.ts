import { spawnSync } from 'node:child_process';
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

describe('walkInputs: how listed paths are spelt', () => {
  it('spells each file as path.join of the folder as typed and the path inside it', async () => {
    const root = makeTree();
    const relative = path.relative(process.cwd(), root);
    for (const typed of [root, `${root}${path.sep}`, relative, `${relative}${path.sep}${path.sep}`, `.${path.sep}${relative}`, path.join(root, 'b', '..')]) {
      const result = await walkInputs([typed], ['.txt', '.md']);
      expect(result.files).toEqual(['a.txt', path.join('b', 'deep', 'c.TXT'), 'notes.md'].map((inside) => path.join(typed, inside)));
    }
  });
});

describe('walkInputs: the same file reached twice, odd files, empty folders', () => {
  it('lists a file reached by two spellings or through a link once, under its first spelling', async () => {
    const root = makeTree();
    symlinkSync(path.join(root, 'a.txt'), path.join(root, 'b', 'link-to-a.txt'));
    const relative = path.relative(process.cwd(), path.join(root, 'a.txt'));
    const result = await walkInputs([root, `./${relative}`, path.join(root, 'b', '..', 'a.txt')], ['.txt']);
    expect(result.files.map((file) => path.relative(root, file))).toEqual(['a.txt', path.join('b', 'deep', 'c.TXT')]);
    expect(result.problems.map((problem) => path.basename(problem.file))).toEqual(['dangling.txt']);
  });
  it('names a FIFO inside a walked folder once, even when it is also named explicitly', async () => {
    const root = makeTree();
    const pipe = path.join(root, 'pipe.txt');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const result = await walkInputs([root, pipe], ['.txt']);
    expect(result.problems).toEqual([
      { file: path.join(root, 'dangling.txt'), reason: 'missing', message: 'no such file or folder' },
      { file: pipe, reason: 'unreadable', message: 'not a regular file' },
    ]);
  });
  it('reports a folder named on the command line that holds no file to read, not its empty subfolders', async () => {
    const root = makeTree();
    mkdirSync(path.join(root, 'empty', 'inner'), { recursive: true });
    const empty = path.join(root, 'empty');
    expect((await walkInputs([empty], ['.txt', '.md'])).entries).toEqual([{ problem: { file: empty, reason: 'no-files', message: 'no .txt or .md files' } }]);
    const html = await walkInputs([root], ['.html']);
    expect(html.problems).toEqual([{ file: root, reason: 'no-files', message: 'no .html files' }]);
    // Named twice, or holding only a bad file: already said, nothing more to say.
    expect((await walkInputs([root, root], ['.txt'])).problems.map((problem) => problem.reason)).toEqual(['missing']);
    expect((await walkInputs([root], ['.txt'])).problems.map((problem) => problem.reason)).toEqual(['missing']);
  });
});

describe('normaliseExtensions', () => {
  it('accepts comma lists with or without dots, in any case', () => {
    expect(normaliseExtensions(['txt,.MD', 'html'])).toEqual(['.txt', '.md', '.html']);
  });
});
