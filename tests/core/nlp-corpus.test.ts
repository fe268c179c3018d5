/**
 * A robustness sweep over real English no one here wrote: every sentence of the `nlp-corpus`
 * package (100 files of 1,000 sentences: film reviews, lyrics, transcripts, SMS, UN and legal
 * text) goes through `analyze`, grouped 40 sentences to an article so the sweep runs as a few
 * thousand article-sized documents rather than 100,000 tiny ones. Nothing may throw, and every
 * mention, quote and date must lie inside the document and slice back to its text; quotes must
 * not overlap quotes, nor dates dates.
 *
 * Coverage: the whole corpus, not a sample. Measured on the 2-core development machine with
 * other work running: about 22 s for all 100,000 sentences (2,500 articles), so no stride is
 * needed. Each corpus file is its own test, so one slow file cannot time the rest out and a
 * failure names the file and sentence it came from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import type { DocumentResult } from '../../src/core/types.js';

const BUILDS = fileURLToPath(new URL('../../node_modules/nlp-corpus/builds/', import.meta.url));
const SENTENCES_PER_ARTICLE = 40;
const SENTENCES_PER_PARAGRAPH = 4;

const FILES = readdirSync(BUILDS)
  .filter((name) => /^doc-\d+\.json$/.test(name))
  .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));

/**
 * Joins sentences into an article: paragraphs of four sentences separated by blank lines.
 * Every third article opens with a `date` header and every third with a byte-order mark and a
 * header, so offsets are also checked past skipped metadata and a stripped BOM.
 */
function article(sentences: string[], number: number): string {
  const paragraphs: string[] = [];
  for (let index = 0; index < sentences.length; index += SENTENCES_PER_PARAGRAPH) {
    paragraphs.push(sentences.slice(index, index + SENTENCES_PER_PARAGRAPH).join(' '));
  }
  const body = paragraphs.join('\n\n');
  if (number % 3 === 1) return `date 2024-02-29\n${body}`;
  if (number % 3 === 2) return `\uFEFFdate 2019-11-05\n\n${body}`;
  return body;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** The first broken promise in one result, or null. */
function problem(text: string, result: DocumentResult): string | null {
  const all: [string, Span[]][] = [['mention', result.mentions], ['quote', result.quotes], ['date', result.dates]];
  for (const [kind, spans] of all) {
    for (const span of spans) {
      const inside = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
      if (!inside || text.slice(span.start, span.end) !== span.text) {
        return `${kind} ${JSON.stringify(span)} but the text there is ${JSON.stringify(text.slice(span.start, span.end))}`;
      }
    }
  }
  for (const [kind, spans] of all.slice(1)) {
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let index = 1; index < sorted.length; index += 1) {
      if (sorted[index].start < sorted[index - 1].end) {
        return `${kind}s overlap: ${JSON.stringify(sorted[index - 1])} and ${JSON.stringify(sorted[index])}`;
      }
    }
  }
  return null;
}

const totals = { files: 0, sentences: 0, articles: 0, mentions: 0, quotes: 0, dates: 0 };

describe('every nlp-corpus sentence through analyze', () => {
  it('finds the corpus', () => {
    expect(FILES.length).toBe(100);
  });

  it.each(FILES)('%s: no exception, every span inside the text and slicing to it', (name) => {
    const sentences = JSON.parse(readFileSync(join(BUILDS, name), 'utf8')) as unknown;
    expect(Array.isArray(sentences)).toBe(true);
    const list = (sentences as unknown[]).filter((sentence): sentence is string => typeof sentence === 'string');
    expect(list.length).toBeGreaterThan(0);
    const fileNumber = Number(/\d+/.exec(name)![0]);
    const failures: string[] = [];
    for (let first = 0; first < list.length; first += SENTENCES_PER_ARTICLE) {
      const input = article(list.slice(first, first + SENTENCES_PER_ARTICLE), fileNumber + first / SENTENCES_PER_ARTICLE);
      const text = input.replace(/^\uFEFF/, '');
      const where = `${name} sentences ${first}–${Math.min(first + SENTENCES_PER_ARTICLE, list.length) - 1}`;
      let result: DocumentResult;
      try {
        result = analyze(input, { path: where, referenceDate: '2025-05-23' });
      } catch (error) {
        failures.push(`${where}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        continue;
      }
      const broken = problem(text, result);
      if (broken) failures.push(`${where}: ${broken}`);
      totals.articles += 1;
      totals.mentions += result.mentions.length;
      totals.quotes += result.quotes.length;
      totals.dates += result.dates.length;
    }
    totals.files += 1;
    totals.sentences += list.length;
    expect(failures).toEqual([]);
  });

  it('actually analysed the whole corpus and found things in it', () => {
    // Guards against a sweep that passes because nothing ran or analyze returns nothing.
    expect(totals.files).toBe(FILES.length);
    expect(totals.sentences).toBeGreaterThanOrEqual(90_000);
    expect(totals.mentions).toBeGreaterThan(40_000);
    expect(totals.quotes).toBeGreaterThan(3_000);
    expect(totals.dates).toBeGreaterThan(8_000);
  });
});
