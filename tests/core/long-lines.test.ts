/**
 * Documents written as one endless line (a scraped page, a flattened export). Every stage
 * must cost about the same per mention as on ordinary paragraphs: a per-mention scan of the
 * whole line made 1 MB of one-line copy take minutes. The bounds are hang guards, generous
 * by an order of magnitude; throughput is measured by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { analyze, PIECE_CHARACTERS, piecesOf } from '../../src/core/analyze.js';

describe('one-line documents', () => {
  it('analyses 20,000 names and 10,000 quotations on a single line in bounded time, with exact offsets', () => {
    const text = 'Putin met Merkel in Berlin. "Hello," Putin said. '.repeat(10_000);
    const began = performance.now();
    const result = analyze(text);
    expect(performance.now() - began).toBeLessThan(30_000);
    expect(result.mentions.length).toBeGreaterThanOrEqual(30_000);
    expect(result.quotes).toHaveLength(10_000);
    for (const mention of result.mentions.slice(-50)) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  }, 60_000);
});

describe('documents longer than one piece', () => {
  it('cuts at a paragraph break, else a line break, else whitespace, covering the text exactly', () => {
    const paragraphs = 'aaaa bbbb\n\ncccc dddd\neeee ffff gggg';
    const pieces = piecesOf(paragraphs, 0, 16);
    expect(pieces.map(([from, to]) => paragraphs.slice(from, to)).join('')).toBe(paragraphs);
    expect(paragraphs.slice(...pieces[0])).toBe('aaaa bbbb\n\n');
    expect(paragraphs.slice(...pieces[1])).toBe('cccc dddd\n');
    const unbroken = 'x'.repeat(40);
    expect(piecesOf(unbroken, 0, 16)).toEqual([[0, 16], [16, 32], [32, 40]]);
    expect(piecesOf('short', 2, 16)).toEqual([[2, 5]]);
  });

  it('never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(20);
    for (const [from, to] of piecesOf(emoji, 0, 15)) {
      expect(from % 2).toBe(0);
      expect(to % 2).toBe(0);
    }
  });

  it('analyses every piece of an oversized document with offsets into the whole text', () => {
    const paragraph = 'Sergey Lavrov met officials in Minsk on Friday. "We are ready," Lavrov said.\n\n';
    const text = `date 2025-05-23\n${paragraph.repeat(Math.ceil((PIECE_CHARACTERS * 2.5) / paragraph.length))}`;
    const result = analyze(text);
    const last = result.mentions[result.mentions.length - 1];
    expect(last.start).toBeGreaterThan(PIECE_CHARACTERS * 2);
    for (const item of [...result.mentions.slice(-20), ...result.quotes.slice(-5), ...result.dates.slice(-5)]) {
      expect(text.slice(item.start, item.end)).toBe(item.text);
    }
    const paragraphs = Math.ceil((PIECE_CHARACTERS * 2.5) / paragraph.length);
    expect(result.quotes).toHaveLength(paragraphs);
    expect(result.dates.every((date) => date.value === '2025-05-23')).toBe(true);
  }, 120_000);
});
