import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, readDocument, readDocumentSync, type ReadOptions } from '../../src/corpus/read.js';

const options: ReadOptions = { referenceDate: null, maxDocumentBytes: 1024, readStdin: async () => Buffer.from('from stdin') };

describe('decodeText', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText('a', Buffer.from('\uFEFFHello', 'utf8'))).toEqual({ text: 'Hello' });
  });
  it('decodes UTF-16 little- and big-endian text with a byte-order mark', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Minsk', 'utf16le')]);
    expect(decodeText('a', little)).toEqual({ text: 'Minsk' });
    const big = Buffer.from(Buffer.from('Minsk', 'utf16le').swap16());
    expect(decodeText('a', Buffer.concat([Buffer.from([0xfe, 0xff]), big]))).toEqual({ text: 'Minsk' });
  });
  it('rejects binary data and invalid UTF-8 with a reason', () => {
    expect(decodeText('a', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toMatchObject({ problem: { reason: 'binary' } });
    expect(decodeText('a', Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x21, 0x0a]))).toMatchObject({ problem: { reason: 'not-utf8' } });
  });
  it('keeps CRLF line endings so offsets stay true to the file', () => {
    expect(decodeText('a', Buffer.from('a\r\nb'))).toEqual({ text: 'a\r\nb' });
  });
});

describe('readDocument', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'eurasia-read-'));
  it('reads a file and its metadata', async () => {
    const file = path.join(folder, 'ok.txt');
    writeFileSync(file, 'date 2025-05-23\nBody.');
    const result = await readDocument(file, options);
    expect(result.document?.date).toBe('2025-05-23');
  });
  it('reports an empty or whitespace-only file', async () => {
    const file = path.join(folder, 'empty.txt');
    writeFileSync(file, ' \n\n');
    expect((await readDocument(file, options)).problem).toMatchObject({ file, reason: 'empty' });
  });
  it('reports a missing file and a file over the size limit', async () => {
    expect((await readDocument(path.join(folder, 'nope.txt'), options)).problem?.reason).toBe('missing');
    const big = path.join(folder, 'big.txt');
    writeFileSync(big, 'x'.repeat(2048));
    expect((await readDocument(big, options)).problem?.reason).toBe('too-large');
  });
  it('reads standard input for the path -', async () => {
    expect((await readDocument('-', options)).document?.text).toBe('from stdin');
  });
  it('asks standard input for no more than the limit allows, and refuses more', async () => {
    const limits: number[] = [];
    const endless = async (limit: number): Promise<Buffer> => {
      limits.push(limit);
      return Buffer.alloc(limit + 1, 'y');
    };
    const result = await readDocument('-', { ...options, readStdin: endless });
    expect(limits).toEqual([1024]);
    expect(result.problem).toEqual({ file: '-', reason: 'too-large', message: 'too large (over the 1.0 KiB limit, see --max-doc-size)' });
  });
  it('reports a FIFO as not a regular file without waiting for a writer', async () => {
    const pipe = path.join(folder, 'pipe.txt');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    expect((await readDocument(pipe, options)).problem).toEqual({ file: pipe, reason: 'unreadable', message: 'not a regular file' });
  });
});

describe('readDocumentSync (the workers\' reader)', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'eurasia-read-sync-'));
  const syncOptions = { referenceDate: '2024-01-01', maxDocumentBytes: 1024 };
  it('gives what readDocument gives for a readable file', async () => {
    const file = path.join(folder, 'ok.txt');
    writeFileSync(file, 'Minsk talks\n\nLavrov spoke on Friday.');
    const blocking = readDocumentSync(file, syncOptions);
    expect(blocking.document?.text).toBe('Minsk talks\n\nLavrov spoke on Friday.');
    expect(blocking.document?.date).toBe('2024-01-01');
    expect(blocking).toEqual(await readDocument(file, { ...syncOptions, readStdin: options.readStdin }));
  });
  it('reads a file larger than one read call to the end, and stops one byte past the limit', () => {
    const file = path.join(folder, 'long.txt');
    writeFileSync(file, 'word '.repeat(40_000));
    expect(readDocumentSync(file, { ...syncOptions, maxDocumentBytes: 1_000_000 }).document?.text.length).toBe(200_000);
    expect(readDocumentSync(file, syncOptions).problem).toMatchObject({ reason: 'too-large', message: 'too large (195.3 KiB; limit 1.0 KiB, see --max-doc-size)' });
  });
  it('names each kind of unreadable input', () => {
    expect(readDocumentSync(path.join(folder, 'nope.txt'), syncOptions).problem?.reason).toBe('missing');
    expect(readDocumentSync(folder, syncOptions).problem).toMatchObject({ reason: 'unreadable' });
    const pipe = path.join(folder, 'pipe.txt');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    expect(readDocumentSync(pipe, syncOptions).problem).toEqual({ file: pipe, reason: 'unreadable', message: 'not a regular file' });
    const binary = path.join(folder, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    expect(readDocumentSync(binary, syncOptions).problem?.reason).toBe('binary');
    const empty = path.join(folder, 'empty.txt');
    writeFileSync(empty, '');
    expect(readDocumentSync(empty, syncOptions).problem?.reason).toBe('empty');
  });
});
