/**
 * Golden test on the seed articles: the acceptance of the dates issue. The fixture is the
 * full expected output; a change to it must be reviewed, not regenerated blindly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/core/dates/index.js';
import { parseDocument } from '../../../src/core/metadata.js';
import { createNlp } from '../../../src/core/nlp.js';
import type { DateMention } from '../../../src/core/types.js';

interface GoldenCase {
  path: string;
  referenceDate: string | null;
  documentDate: string | null;
  mentions: Omit<DateMention, 'file'>[];
}

const nlp = createNlp();
const golden = JSON.parse(readFileSync('tests/fixtures/dates/seeds.golden.json', 'utf8')) as GoldenCase[];

function run(path: string, referenceDate: string | null): { date: string | null; text: string; mentions: DateMention[] } {
  const document = parseDocument(path, readFileSync(path, 'utf8'), referenceDate);
  return { date: document.date, text: document.text, mentions: extractDates(nlp.analyze(document.text, document.bodyStart), path, document.date) };
}

describe('seed articles (golden)', () => {
  it.each(golden.map((entry) => [entry.path, entry.referenceDate, entry] as const))('%s with reference date %s', (path, referenceDate, entry) => {
    const { date, mentions } = run(path, referenceDate);
    expect(date).toBe(entry.documentDate);
    expect(mentions.map(({ file, ...rest }) => rest)).toEqual(entry.mentions);
    for (const mention of mentions) expect(mention.file).toBe(path);
  });
});

describe('seed acceptance, stated directly', () => {
  const value = (mentions: DateMention[], text: string) => mentions.find((mention) => mention.text === text);

  it('resolves the TASS article against its own date 2025-05-23', () => {
    const { mentions } = run('seeds/004_5bc9f134390c81c1.txt', null);
    expect(value(mentions, 'May 23')?.value).toBe('2025-05-23');
    expect(['2023', '2023-05']).toContain(value(mentions, 'a couple of years ago')?.value);
    expect(value(mentions, 'last year')?.value).toBe('2024');
    expect(value(mentions, 'this fall')?.value).toBe('2025-FA');
    // The header is metadata: its date is not an expression of the text.
    expect(mentions.every((mention) => mention.start >= 16)).toBe(true);
    expect(mentions.filter((mention) => mention.temporalType === 'DATE').map((mention) => mention.text)).toEqual([
      'May 23', 'a couple of years ago', 'last year', 'this fall',
    ]);
  });

  it('leaves relative dates unresolved when an article has no date', () => {
    const { mentions } = run('seeds/000_f42e58e29a180802.txt', null);
    expect(mentions.filter((mention) => mention.temporalType === 'DATE').map((mention) => [mention.text, mention.value, mention.relative])).toEqual([
      ['Friday', null, true],
      ['early this year', null, true],
    ]);
    // The grain is known without a date: a weekday is a day, `this year` a year.
    expect(value(mentions, 'Friday')?.granularity).toBe('day');
    expect(value(mentions, 'early this year')?.granularity).toBe('year');
  });

  it('resolves them against a reference date, the past tense choosing the Friday before', () => {
    const { mentions } = run('seeds/000_f42e58e29a180802.txt', '2023-07-16');
    expect(value(mentions, 'Friday')?.value).toBe('2023-07-14');
    expect(value(mentions, 'early this year')).toMatchObject({ value: '2023', mod: 'START', granularity: 'year' });
  });
});
