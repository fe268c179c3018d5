import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { promises as fsPromises } from 'node:fs';
import { parseJsonBytes } from '../../src/corpus/large-json.js';
import { readJsonResult } from '../../src/corpus/results.js';

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Parses member by member and element by element, as for a result past the size limit. */
const piecewise = (text: string): unknown => parseJsonBytes(bytesOf(text), 0);

describe('parseJsonBytes', () => {
  it('reads a result piecewise as JSON.parse reads it whole', () => {
    const result = {
      documents: [{ path: 'a/Minsk "talks".txt', date: null, title: 'Lavrov: [no] {deal}' }],
      entities: [{ name: 'Sergey Lavrov', type: 'PERSON', count: 3, aliases: [{ text: 'Лавров', count: 1 }] }],
      quotes: [],
      dates: [{ text: 'a \\"quoted\\" ]}, here', value: '2023-07-16', relative: false }],
      about: { nested: [1, [2, [3]]], emoji: '🙂' },
      '': -0.5e-3,
    };
    for (const indent of [0, 2, '\t']) {
      const text = JSON.stringify(result, null, indent);
      expect(piecewise(text)).toEqual(JSON.parse(text));
      expect(piecewise(`\ufeff \r\n${text}\n\n`)).toEqual(JSON.parse(text));
    }
  });

  it('agrees with JSON.parse on any JSON object and any top-level value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom(0, 1, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(piecewise(text)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(piecewise(text)).toStrictEqual(JSON.parse(text));
      }),
    );
  });

  it('keeps __proto__ as an own member, as JSON.parse does', () => {
    const value = piecewise('{"__proto__": [1], "documents": []}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'documents']);
  });

  it('rejects what is not JSON, naming where', () => {
    for (const broken of ['{"documents": [1, 2', '{"documents": [1 2]}', '{"a" 1}', '{"a": 1} x', '{"a": [tru]}', '{"a": "open}', '{a: 1}', '{"a": 1,}', '']) {
      expect(() => piecewise(broken), broken).toThrow(SyntaxError);
    }
  });
});

describe('readJsonResult', () => {
  const fsThrowing = (code: string): typeof fsPromises =>
    ({ readFile: async () => Promise.reject(Object.assign(new Error(code), { code })) }) as unknown as typeof fsPromises;
  const fsWith = (text: string): typeof fsPromises => ({ readFile: async () => Buffer.from(text) }) as unknown as typeof fsPromises;

  it('says a file past what can be read should be split, not that it is unreadable', async () => {
    const read = await readJsonResult('huge.json', fsThrowing('ERR_FS_FILE_TOO_LARGE'));
    expect(read).toEqual({ problem: { file: 'huge.json', reason: 'too-large', message: expect.stringMatching(/too large to merge.*more shards/) } });
  });

  it('reads a result with a byte-order mark the same whether parsed whole or in pieces', async () => {
    const text = '\ufeff{"documents": [{"path": "a.txt"}], "entities": []}';
    const whole = await readJsonResult('a.json', fsWith(text));
    expect(whole).toEqual({ value: { documents: [{ path: 'a.txt' }], entities: [] } });
    expect(await readJsonResult('a.json', fsWith(text), 0)).toEqual(whole);
    expect(await readJsonResult('b.json', fsWith('{"documents": ['), 0)).toEqual({ problem: expect.objectContaining({ reason: 'not-json' }) });
  });
});
