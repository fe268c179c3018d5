// A folder nobody checked, generated here: every kind of bad input at once, through the real
// binary. Each bad input must cost one stderr line and nothing else; every good file's
// entities and quotes must still be in the output; the exit code must say something went
// wrong; memory must stay bounded.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/corpus/read.js';
import { walkInputs } from '../../src/corpus/walk.js';
import { BIN, ROOT, runEurasia, sharedFolder, temporaryFolder, unprivilegedUser } from '../cli/helpers.js';

const GOOD_ONE = 'date 2025-05-23\nSergey Lavrov met Angela Merkel in Berlin. "We are ready to talk," Lavrov said.\n';
const GOOD_TWO = 'NATO ministers gathered in Brussels on Friday.\n\n"The alliance is united," Jens Stoltenberg told reporters.\n';

/** Deterministic pseudo-random bytes, so a failure reproduces. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

function randomCodePoints(count: number): string {
  const ranges = [[0x41, 0x7a], [0x400, 0x4ff], [0x4e00, 0x9fff], [0x1f600, 0x1f64f], [0x300, 0x36f], [0x5d0, 0x5ea], [0x627, 0x64a], [0x20, 0x20], [0x0a, 0x0a]];
  const random = randomBytes(count * 2, 7);
  let text = '';
  for (let index = 0; index < count; index += 1) {
    const [low, high] = ranges[random[index * 2] % ranges.length];
    text += String.fromCodePoint(low + (random[index * 2 + 1] % (high - low + 1)));
  }
  return text;
}

let folder: string;

beforeAll(() => {
  folder = temporaryFolder('eurasia-hostile-');
  writeFileSync(path.join(folder, 'good-one.txt'), GOOD_ONE);
  writeFileSync(path.join(folder, 'good-two.txt'), GOOD_TWO);
  writeFileSync(path.join(folder, 'random-bytes.txt'), randomBytes(64 * 1024, 1));
  const almost = Buffer.from('Vladimir Putin spoke in Moscow. '.repeat(50));
  almost[100] = 0xff;
  almost[500] = 0xc3;
  writeFileSync(path.join(folder, 'almost-utf8.txt'), almost);
  writeFileSync(path.join(folder, 'utf16-bom.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Emmanuel Macron visited Warsaw.\n', 'utf16le')]));
  writeFileSync(path.join(folder, 'empty.txt'), '');
  writeFileSync(path.join(folder, 'no-newline-50mb.txt'), 'word '.repeat(10 * 1024 * 1024));
  writeFileSync(path.join(folder, 'one-word.txt'), 'buffalo '.repeat(400_000));
  // A blob without spaces (base64, scraped markup): wink alone is quadratic in token length.
  writeFileSync(path.join(folder, 'blob.txt'), `Kofi Annan spoke. ${'QUJD'.repeat(100_000)}\n`);
  writeFileSync(path.join(folder, 'code-points.txt'), randomCodePoints(300_000));
  // An opening mark never closed, then a megabyte of paragraphs, then a well-formed quotation:
  // the stray mark must give up at its paragraph's end, neither swallowing the megabyte nor
  // pairing with the later quotation's opening mark.
  const paragraph = `${'The talks went on and on, and the delegates said little to the press. '.repeat(8)}\n\n`;
  writeFileSync(
    path.join(folder, 'unclosed-quote.txt'),
    `Lavrov said: "We are ready. ${paragraph.repeat(Math.ceil((1024 * 1024) / paragraph.length))}"The ceasefire holds," Dmitry Peskov told reporters.\n`,
  );
  const nested = Array.from({ length: 5000 }, (_, index) => (index % 2 ? '‘' : '“')).join('');
  writeFileSync(path.join(folder, 'nested-quotes.txt'), `Putin said ${nested}yes`);
  mkdirSync(path.join(folder, 'folder.txt'));
  writeFileSync(path.join(folder, 'folder.txt', 'inside.txt'), 'Boris Johnson spoke in London.');
  mkdirSync(path.join(folder, 'links'));
  symlinkSync(folder, path.join(folder, 'links', 'loop'));
  symlinkSync(path.join(folder, 'nowhere.txt'), path.join(folder, 'links', 'dangling.txt'));
  // Found by walking the folder, not named: the walk itself must say it is no regular file.
  expect(spawnSync('mkfifo', [path.join(folder, 'pipe.txt')]).status).toBe(0);
}, 120_000);

function run(args: string[]): { code: number | null; stdout: string; stderr: string; peakBytes: number } {
  const usageFile = path.join(folder, '..', `usage-${path.basename(folder)}.json`);
  const result = spawnSync(process.execPath, ['--import', path.join(ROOT, 'scripts', 'bench', 'usage-hook.mjs'), BIN, ...args], {
    env: { ...process.env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  const peakBytes = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { rss: number }).rss : NaN;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, peakBytes };
}

describe('a hostile folder', () => {
  it('names each bad input once, keeps every good result, exits 1, and stays within memory', () => {
    const started = Date.now();
    // --jobs pinned: the memory bound below holds for two workers, not for one per core.
    const result = run(['analyze', '--json', '--jobs', '2', folder]);
    const seconds = (Date.now() - started) / 1000;
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('random-bytes.txt'))).toEqual([expect.stringMatching(/binary file/)]);
    expect(lines.filter((line) => line.includes('almost-utf8.txt'))).toEqual([expect.stringMatching(/not valid UTF-8/)]);
    expect(lines.filter((line) => line.includes('empty.txt'))).toEqual([expect.stringMatching(/empty file/)]);
    expect(lines.filter((line) => line.includes('no-newline-50mb.txt'))).toEqual([expect.stringMatching(/too large/)]);
    expect(lines.filter((line) => line.includes('dangling.txt'))).toEqual([expect.stringMatching(/no such file/)]);
    expect(lines.filter((line) => line.includes('pipe.txt'))).toEqual([expect.stringMatching(/not a regular file/)]);
    expect(lines.at(-1)).toBe('eurasia: 6 of 15 inputs skipped');
    expect(lines).toHaveLength(7);
    expect(result.stderr).not.toMatch(/\n\s+at /);

    const json = JSON.parse(result.stdout);
    const names = json.entities.map((entity: { name: string }) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Kofi Annan', 'Sergey Lavrov', 'Angela Merkel', 'Berlin', 'Brussels', 'Jens Stoltenberg', 'Emmanuel Macron', 'Boris Johnson']));
    const speakers = json.quotes.map((quote: { speaker: string | null }) => quote.speaker);
    expect(speakers).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Jens Stoltenberg']));
    // The unclosed mark recovers at the paragraph end instead of swallowing a megabyte, and
    // the quotation after it is still found, with its speaker.
    expect(json.quotes.every((quote: { text: string }) => quote.text.length < 10_000)).toBe(true);
    const unclosed = json.quotes.filter((quote: { file: string }) => quote.file.endsWith('unclosed-quote.txt'));
    expect(unclosed).toEqual([expect.objectContaining({ text: 'The ceasefire holds,', speaker: 'Dmitry Peskov' })]);
    expect(result.peakBytes).toBeLessThan(1024 * 1024 * 1024);
    console.log(`hostile folder: ${seconds.toFixed(1)} s, peak RSS ${(result.peakBytes / 1e6).toFixed(0)} MB`);
  });

  it('reads 10,000 tiny files in one folder, in bounded memory', () => {
    const tiny = temporaryFolder('eurasia-tiny-');
    for (let index = 0; index < 10_000; index += 1) writeFileSync(path.join(tiny, `${String(index).padStart(5, '0')}.txt`), `Item ${index}: Kofi Annan spoke.`);
    const result = run(['entities', '--json', '--jobs', '2', tiny]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.documents).toHaveLength(10_000);
    expect(json.entities.find((entity: { name: string }) => entity.name === 'Kofi Annan')?.documents).toBe(10_000);
    // Two workers with their models take about 350 MB; what grows with the file count (the
    // document list, the entity's file set) is a few megabytes. Holding every result, or a
    // buffer per file, would show here.
    expect(result.peakBytes).toBeLessThan(512 * 1024 * 1024);
    console.log(`10,000 tiny files: peak RSS ${(result.peakBytes / 1e6).toFixed(0)} MB`);
  });

  it('lists every mention of a document with more mentions than a call can take arguments', () => {
    const many = path.join(temporaryFolder('eurasia-many-'), 'many.txt');
    writeFileSync(many, 'Paris and Berlin. '.repeat(120_000));
    const result = run(['entities', '--mentions', '--json', many]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).mentions).toHaveLength(240_000);
  });
});

describe('permissions', () => {
  // Root reads everything, so as root the binary runs as nobody; the folder is built readable
  // by others, except what must be denied.
  it('names an unreadable file and an unreadable folder "unreadable: EACCES", and reads the rest', () => {
    const user = unprivilegedUser();
    const shared = sharedFolder('eurasia-eacces-');
    writeFileSync(path.join(shared, 'good.txt'), GOOD_ONE, { mode: 0o644 });
    writeFileSync(path.join(shared, 'secret.txt'), GOOD_TWO, { mode: 0o000 });
    chmodSync(path.join(shared, 'secret.txt'), 0o000);
    mkdirSync(path.join(shared, 'sealed'));
    writeFileSync(path.join(shared, 'sealed', 'inside.txt'), GOOD_TWO);
    chmodSync(path.join(shared, 'sealed'), 0o000);
    const result = runEurasia(['entities', '--json', shared], { user });
    expect(result.stderr).toBe(
      `eurasia: ${path.join(shared, 'sealed')}: unreadable: EACCES\neurasia: ${path.join(shared, 'secret.txt')}: unreadable: EACCES\neurasia: 2 of 3 inputs skipped\n`,
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).documents.map((document: { path: string }) => path.basename(document.path))).toEqual(['good.txt']);
  });
});

describe('files that change between listing and reading', () => {
  const readOptions = { referenceDate: null, maxDocumentBytes: 1024 * 1024, readStdin: async () => Buffer.alloc(0) };

  it('a file deleted after the walk is reported missing; the others are read', async () => {
    const changing = temporaryFolder('eurasia-vanish-');
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(path.join(changing, name), GOOD_ONE);
    const walked = await walkInputs([changing], ['.txt']);
    expect(walked.files.map((file) => path.basename(file))).toEqual(['a.txt', 'b.txt', 'c.txt']);
    unlinkSync(path.join(changing, 'b.txt'));
    const reads = await Promise.all(walked.files.map((file) => readDocument(file, readOptions)));
    expect(reads.map((read) => read.problem ?? null)).toEqual([null, { file: path.join(changing, 'b.txt'), reason: 'missing', message: 'no such file or folder' }, null]);
    expect(reads[0].document?.date).toBe('2025-05-23');
  });

  it('a file swapped for a FIFO or grown past the limit after the walk is refused without blocking', async () => {
    const changing = temporaryFolder('eurasia-swap-');
    for (const name of ['fifo.txt', 'grown.txt']) writeFileSync(path.join(changing, name), GOOD_ONE);
    const walked = await walkInputs([changing], ['.txt']);
    unlinkSync(path.join(changing, 'fifo.txt'));
    expect(spawnSync('mkfifo', [path.join(changing, 'fifo.txt')]).status).toBe(0);
    writeFileSync(path.join(changing, 'grown.txt'), 'x'.repeat(2 * 1024 * 1024));
    const reads = await Promise.all(walked.files.map((file) => readDocument(file, readOptions)));
    expect(reads.map((read) => read.problem?.message)).toEqual(['not a regular file', 'too large (2.0 MiB; limit 1.0 MiB, see --max-doc-size)']);
  });
});
