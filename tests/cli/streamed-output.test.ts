import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeJson } from '../../src/cli/formatters/json.js';
import { formatters } from '../../src/cli/formatters/index.js';
import { lazyReport, type Table } from '../../src/cli/report.js';
import { bufferedSink } from '../../src/cli/sink.js';

function jsonPieces(value: unknown): string[] {
  const pieces: string[] = [];
  writeJson(value, { write: (text) => pieces.push(text) });
  return pieces;
}

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for awkward values', () => {
    const values: unknown[] = [
      null,
      7,
      'a "quoted"\nline',
      [],
      {},
      { documents: [], entities: [{}], quotes: [[]], dates: [[1, [2, { deep: [3] }]]] },
      { skipped: undefined, kept: null, fn: () => 1, text: 'Minsk\u2028\u00e9' },
      [undefined, () => 1, { when: new Date(0) }],
      { when: new Date(0), nested: { a: { b: { c: [1, 2, { d: 'e' }] } } } },
      { 'key with "quotes"': [{ 'x\ny': 1 }] },
    ];
    for (const value of values) expect(jsonPieces(value).join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('agrees with JSON.stringify on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => jsonPieces(value).join('') === JSON.stringify(value, null, 2)),
      { numRuns: 300 },
    );
  });

  it('writes a large result in many pieces, never as one string', () => {
    const dates = Array.from({ length: 5000 }, (_, index) => ({ file: `a/${index}.txt`, start: index, value: '2023-07-16' }));
    const pieces = jsonPieces({ documents: [], dates });
    expect(pieces.length).toBeGreaterThan(5000);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(200);
    expect(JSON.parse(pieces.join(''))).toEqual({ documents: [], dates });
  });
});

describe('lazyReport', () => {
  it('builds only the representation a formatter reads, once', () => {
    const built: string[] = [];
    const table = (): Table => ({ columns: [{ key: 'name', header: 'name' }], rows: [{ name: 'NATO' }], emptyMessage: '' });
    const report = lazyReport(1, {
      json: () => (built.push('json'), { entities: [{ name: 'NATO' }] }),
      records: () => (built.push('records'), [{ name: 'NATO' }]),
      tables: () => (built.push('tables'), [table()]),
      flat: () => (built.push('flat'), table()),
    });
    expect(report.count).toBe(1);
    expect(built).toEqual([]);
    formatters.json(report, { color: null }, { write: () => undefined });
    formatters.json(report, { color: null }, { write: () => undefined });
    expect(built).toEqual(['json']);
    formatters.csv(report, { color: null }, { write: () => undefined });
    expect(built).toEqual(['json', 'flat']);
  });
});

describe('bufferedSink', () => {
  it('passes text through in order, in blocks, and only on flush for the tail', () => {
    const writes: string[] = [];
    const sink = bufferedSink({ write: (chunk: string) => writes.push(chunk) });
    const line = `${'x'.repeat(999)}\n`;
    for (let index = 0; index < 200; index += 1) sink.write(line);
    const beforeFlush = writes.length;
    expect(beforeFlush).toBeGreaterThan(0);
    expect(beforeFlush).toBeLessThan(10);
    sink.write('tail');
    sink.flush();
    sink.flush();
    expect(writes.length).toBe(beforeFlush + 1);
    expect(writes.join('')).toBe(line.repeat(200) + 'tail');
  });
});
