/**
 * Documents written as one endless line (a scraped page, a flattened export). Every stage
 * must cost about the same per mention as on ordinary paragraphs: a per-mention scan of the
 * whole line made 1 MB of one-line copy take minutes. The bounds are hang guards, generous
 * by an order of magnitude; throughput is measured by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';

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
