/**
 * Properties of `analyze` over arbitrary text: whatever the input (any code point, lone
 * surrogates, news-like fragments full of quote marks, dates and names), analysis ends
 * without throwing, every span lies inside the document and slices back to its text, quotes
 * are pairwise disjoint, dates are pairwise disjoint, and the result is plain JSON data.
 *
 * The seed is fixed so CI replays the same inputs; on failure fast-check prints the
 * counterexample and the path to replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import type { DocumentResult } from '../../src/core/types.js';

const SEED = 20250523;
const RUNS = 200;
const PARAMS = { seed: SEED, numRuns: RUNS } as const;

/** The text offsets refer to: what `analyze` analyses, a leading byte-order mark removed. */
function documentText(input: string): string {
  return input.startsWith('\uFEFF') ? input.slice(1) : input;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

function spans(result: DocumentResult): [string, Span][] {
  return [
    ...result.mentions.map((item): [string, Span] => ['mention', item]),
    ...result.quotes.map((item): [string, Span] => ['quote', item]),
    ...result.dates.map((item): [string, Span] => ['date', item]),
  ];
}

function expectDisjoint(kind: string, items: Span[]): void {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let index = 1; index < sorted.length; index += 1) {
    const before = sorted[index - 1];
    const after = sorted[index];
    if (after.start < before.end) {
      throw new Error(`${kind}s overlap: ${JSON.stringify(before)} and ${JSON.stringify(after)}`);
    }
  }
}

/** Every invariant `analyze` promises, for one input. */
function checkAnalysis(input: string, referenceDate: string | null): void {
  checkResult(input, analyze(input, { path: 'generated.txt', referenceDate }));
}

function checkResult(input: string, result: DocumentResult): void {
  const text = documentText(input);
  for (const [kind, span] of spans(result)) {
    const where = `${kind} ${JSON.stringify(span)}`;
    expect(Number.isInteger(span.start), where).toBe(true);
    expect(Number.isInteger(span.end), where).toBe(true);
    expect(span.start, where).toBeGreaterThanOrEqual(0);
    expect(span.end, where).toBeGreaterThanOrEqual(span.start);
    expect(span.end, where).toBeLessThanOrEqual(text.length);
    expect(text.slice(span.start, span.end), where).toBe(span.text);
  }
  expectDisjoint('quote', result.quotes);
  expectDisjoint('date', result.dates);
  // toStrictEqual: no undefined-valued keys, NaN, -0, Infinity, Dates or class instances that
  // JSON would drop or change.
  expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
}

// ---------------------------------------------------------------------------------------------
// Generators

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Any UTF-16 code unit, so lone and reversed surrogate halves appear too. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const QUOTE_MARKS = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '`', '``', "''", '「', '」', '″', '〝', '〞'];

const FRAGMENTS = [
  // names, organisations, places, roles
  'Vladimir Putin', 'Putin', 'Sergey Lavrov', 'Lavrov', 'Foreign Minister', 'President', 'Mr.', 'Mrs.', 'Dr.', 'Gen.',
  'the Kremlin', 'Moscow', 'Kyiv', 'NATO', 'the European Union', 'EU', 'U.S.', 'the United States', 'Russian', 'Ukrainian',
  'Beijing', 'Xi Jinping', 'Theresa May', 'April Ryan', 'Al-Jazeera', "O'Brien", 'McDonald', 'de la Cruz', 'TASS', 'Reuters',
  // cues and connectives
  'said', 'says', 'told reporters', 'according to', 'added', 'a U.S. official said', 'he said', 'she said', 'they said',
  'the', 'a', 'and', 'of', 'in', 'on', 'at', 'that', 'was', 'will', 'not', 'who', 'is',
  // apostrophes
  "it's", "Lavrov's", "the '90s", "rock 'n' roll", "don't", 'Putin’s', 'ministers’', "'tis",
  // digits, times and dates
  '0', '7', '23', '2025', '1998', '1,000', '3.5', '10:30', '3 p.m.', '9 a.m.', '2025-05-23', '23/05/2025', '05.23.2025',
  '20th', '1st', '1990s', '-1', '+7', '99999999999999999999', '555-1998', 'Q3', 'FY2024', '2020-13-45',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb.', 'Sept.', 'Oct.', 'Dec.', 'Monday', 'Friday', 'Sunday', 'last year', 'next week', 'yesterday', 'today',
  'mid-2003', 'early this year', 'the day before', 'two weeks ago', 'every Monday', 'Christmas Eve', 'this fall', 'ago',
  'date 2025-05-23', 'date 2024-02-29', 'date 2023-02-29',
  // punctuation
  '.', ',', ';', ':', '!', '?', '…', '...', '—', '–', '-', '(', ')', '[', ']', '/', '/TASS/.', '&', '%', '$', '#', '@',
  // layout
  '\n', '\n\n', '\r\n', '\r\n\r\n', '\t', '\u00a0', '\u2028', '\u2029', '\f', '\v',
  // emoji, combining marks, RTL, invisible characters
  '😀', '🇺🇦', '👍🏽', '👨‍👩‍👧', '🏳️‍🌈', 'e\u0301', '\u0301', '\u0301\u0308\u0323', 'Zoë', 'Łukasz', 'Ünal', 'İstanbul',
  'مرحبا', 'قال', 'שלום', '\u200f', '\u200e', '\u202e', '\u2066', '\u200b', '\u200d', '\ufeff', '\u00ad', '\ufffd',
  'Москва', 'Лавров', '北京', '東京', 'ß', 'ﬁ', 'İ', 'Ǆ', '\u0000', '\u001b',
];

/** A capitalised word that may collide with names, months or sentence starts. */
const capitalised = fc
  .tuple(
    fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZÉÖÇ'),
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-.\''), maxLength: 10 }),
  )
  .map(([head, tail]) => head + tail);

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: capitalised },
  { weight: 1, arbitrary: fc.nat({ max: 100_000 }).map(String) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', ', ', '  ');

/** News-like text: fragments joined by spaces, nothing, newlines and blank lines. */
const newsLike = fc
  .array(fc.tuple(piece, separator), { minLength: 0, maxLength: 80 })
  .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

/** A quotation in one of several mark styles around news-like words, attributed or not. */
const quotation = fc
  .tuple(
    fc.constantFrom(['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ['«', '“'], ['“', '"'], ['“', '']),
    fc.array(piece, { minLength: 0, maxLength: 15 }),
    fc.constantFrom('', ' said Lavrov.', ', Putin said.', ' — Xi Jinping', ', he told TASS on Friday.', '\n\n', ' according to a U.S. official.'),
  )
  .map(([[open, close], words, tail]) => `${open}${words.join(' ')}${close}${tail}`);

const article = fc
  .array(fc.oneof(newsLike, quotation), { minLength: 1, maxLength: 6 })
  .map((paragraphs) => paragraphs.join(' '));

/** What may open a file: nothing, a BOM, a date header (valid or not), or both. */
const prefix = fc.constantFrom(
  '',
  '',
  '\ufeff',
  'date 2025-05-23\n',
  '\ufeffdate 2024-02-29\n\n',
  ' date 2025-05-23 MOSCOW, May 23. /TASS/. ',
  'DATE 2025-05-23\r\n',
  'date 2025-13-40\n',
  'date 2023-02-29 ',
  'date 2025-05-23',
  '\ufeff\ufeff',
  'Headline Without Punctuation\n',
);

const referenceDate = fc.constantFrom(null, '2025-05-23', '2000-02-29', '1999-12-31');

// ---------------------------------------------------------------------------------------------

describe('analyze over arbitrary text', () => {
  it('holds its invariants on any string of code points (full Unicode)', () => {
    fc.assert(
      fc.property(prefix, fc.string({ unit: 'binary', maxLength: 200 }), referenceDate, (head, body, reference) => {
        checkAnalysis(head + body, reference);
      }),
      PARAMS,
    );
  });

  it('holds its invariants on any sequence of UTF-16 code units, lone surrogates included', () => {
    fc.assert(
      fc.property(prefix, fc.string({ unit: codeUnit, maxLength: 200 }), referenceDate, (head, body, reference) => {
        checkAnalysis(head + body, reference);
      }),
      PARAMS,
    );
  });

  it('holds its invariants on printable graphemes (emoji, combining marks, scripts of all kinds)', () => {
    fc.assert(
      fc.property(prefix, fc.string({ unit: 'grapheme', maxLength: 150 }), referenceDate, (head, body, reference) => {
        checkAnalysis(head + body, reference);
      }),
      PARAMS,
    );
  });

  it('holds its invariants on news-like text: names, quote marks, apostrophes, dates, blank lines', () => {
    fc.assert(
      fc.property(prefix, article, referenceDate, (head, body, reference) => {
        checkAnalysis(head + body, reference);
      }),
      { ...PARAMS, numRuns: 300 },
    );
  });

  it('holds its invariants when a document is analysed in small pieces', () => {
    fc.assert(
      fc.property(prefix, article, fc.integer({ min: 2, max: 120 }), referenceDate, (head, body, pieceCharacters, reference) => {
        const input = head + body;
        checkResult(input, analyze(input, { path: 'generated.txt', referenceDate: reference, pieceCharacters }));
      }),
      PARAMS,
    );
  });

  it('holds its invariants when noise is spliced into news-like text', () => {
    const noise = fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), loneSurrogate, fc.constantFrom(...QUOTE_MARKS));
    fc.assert(
      fc.property(prefix, article, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 8 }), referenceDate, (head, body, cuts, reference) => {
        let text = body;
        for (const [at, insert] of cuts) {
          const index = text.length === 0 ? 0 : at % (text.length + 1);
          text = text.slice(0, index) + insert + text.slice(index);
        }
        checkAnalysis(head + text, reference);
      }),
      PARAMS,
    );
  });

  it('gives the same result for the same input (no state leaks between calls)', () => {
    fc.assert(
      fc.property(prefix, article, referenceDate, (head, body, reference) => {
        const first = analyze(head + body, { referenceDate: reference });
        analyze(`${body} “Something else,” Putin said on Friday.`, { referenceDate: '1999-12-31' });
        expect(analyze(head + body, { referenceDate: reference })).toStrictEqual(first);
      }),
      { ...PARAMS, numRuns: 100 },
    );
  });
});

describe('the checks themselves', () => {
  const input = '\ufeffdate 2025-05-23\n“We will meet,” Sergey Lavrov said on Friday.';
  const result = (): DocumentResult => analyze(input, { referenceDate: null });

  it('pass on a real result that has a mention, a quote and a date', () => {
    const good = result();
    expect(good.mentions.length).toBeGreaterThan(0);
    expect(good.quotes.length).toBeGreaterThan(0);
    expect(good.dates.length).toBeGreaterThan(0);
    expect(() => checkResult(input, good)).not.toThrow();
  });

  it('fail on a shifted span, a span past the end, overlapping quotes or dates, and non-JSON data', () => {
    const shifted = result();
    shifted.quotes[0].start += 1;
    expect(() => checkResult(input, shifted)).toThrow();
    const past = result();
    past.dates[0].end = input.length + 5;
    expect(() => checkResult(input, past)).toThrow();
    const doubledQuote = result();
    doubledQuote.quotes.push({ ...doubledQuote.quotes[0] });
    expect(() => checkResult(input, doubledQuote)).toThrow(/quotes overlap/);
    const doubledDate = result();
    doubledDate.dates.push({ ...doubledDate.dates[0] });
    expect(() => checkResult(input, doubledDate)).toThrow(/dates overlap/);
    const undefinedKey = result();
    undefinedKey.mentions[0].role = undefined;
    expect(() => checkResult(input, undefinedKey)).toThrow();
    const notANumber = result();
    (notANumber.quotes[0] as { confidence?: number }).confidence = Number.NaN;
    expect(() => checkResult(input, notANumber)).toThrow();
  });
});
