import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../../src/core/quotes/marks.js';

/** The quoted texts, as the marks delimit them. */
function quoted(text: string): string[] {
  return findQuotedSpans(text).map((span) => text.slice(span.start, span.end));
}

describe('pairing quote marks', () => {
  it('pairs straight, curly, guillemet and low-high marks', () => {
    expect(quoted('He said "we will win" today.')).toEqual(['we will win']);
    expect(quoted('He said “we will win” today.')).toEqual(['we will win']);
    expect(quoted('Il a dit «nous gagnerons» hier.')).toEqual(['nous gagnerons']);
    expect(quoted('Er sagte „wir gewinnen“ gestern.')).toEqual(['wir gewinnen']);
  });

  it('keeps single marks nested inside double ones as part of the outer quotation', () => {
    expect(quoted('“To quote an old expression, ‘Hallelujah,’” she said.')).toEqual(['To quote an old expression, ‘Hallelujah,’']);
  });

  it('reads top-level single curly marks as quotations', () => {
    expect(quoted('‘We will fight,’ he said.')).toEqual(['We will fight,']);
  });

  it('never takes an apostrophe for a quote mark', () => {
    expect(quoted('Russia’s stance, don’t worry, the ’90s and the students’ books.')).toEqual([]);
    expect(quoted('‘The ministers’ meeting is over,’ he said.')).toEqual(['The ministers’ meeting is over,']);
    expect(quoted('“Russia’s partners don’t agree,” he said.')).toEqual(['Russia’s partners don’t agree,']);
  });

  it('ignores inch marks', () => {
    expect(quoted('He bought a 12" record and a 7" single.')).toEqual([]);
    expect(quoted('"I bought a 12" record," he said.')).toEqual(['I bought a 12" record,']);
  });

  it('pairs mixed typography and a closing mark after a space', () => {
    expect(quoted('“Immunity deals should not be required," Chaffetz said.')).toEqual(['Immunity deals should not be required,']);
    expect(quoted('"We won,” he said.')).toEqual(['We won,']);
    expect(quoted(`"I've always been insulted with the term 'outreach,' " he said.`)).toEqual(["I've always been insulted with the term 'outreach,'"]);
  });

  it('spans several sentences', () => {
    expect(quoted('“One. Two? Three!” he said.')).toEqual(['One. Two? Three!']);
  });

  it('joins paragraphs that reopen the mark without closing it', () => {
    const text = '“The first paragraph goes on.\n\n“The second one ends here,” he said.';
    const spans = findQuotedSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0].segments.map((segment) => text.slice(segment.start, segment.end))).toEqual(['The first paragraph goes on.', 'The second one ends here,']);
    expect(text.slice(spans[0].start, spans[0].end)).toBe('The first paragraph goes on.\n\n“The second one ends here,');
  });

  it('drops an unclosed mark at the paragraph end and goes on pairing after it', () => {
    const text = 'The government called it “another concession to the mafia.\n\nBasulto called the ruling “outrageous.”\n\n“Fine,” he said.';
    expect(quoted(text)).toEqual(['outrageous.', 'Fine,']);
    expect(quoted('He said "nothing more to say.\n\nNext paragraph without marks.')).toEqual([]);
  });

  it('treats each line as a paragraph when the file has no blank lines', () => {
    expect(quoted('He said "unclosed\nThen "a real one" here.')).toEqual(['a real one']);
  });

  it('abandons a quotation when the same mark opens again inside it', () => {
    expect(quoted('"I am the father "Why should it be delayed?" he asked.')).toEqual(['Why should it be delayed?']);
  });

  it('skips marks inside URLs, inline code and markup attributes', () => {
    expect(quoted('See http://example.com/search?q="x"&y="z" for details.')).toEqual([]);
    expect(quoted('Run `grep "x" file` first.')).toEqual([]);
    expect(quoted('<a href="http://example.com">link</a> and text')).toEqual([]);
    expect(quoted('“Read https://example.com/a,” he said.')).toEqual(['Read https://example.com/a,']);
    expect(quoted('Visit www.example.com/?q="x" today.')).toEqual([]);
    // Only `http` and `www.` start a URL: other words with `h` and `w` next to marks are prose.
    expect(quoted('He wrote "which way" with "what".')).toEqual(['which way', 'what']);
  });

  it('ignores a closing mark with nothing open', () => {
    expect(quoted('He left.” Then she said “yes” quietly.')).toEqual(['yes']);
  });

  it('returns spans in order that never overlap', () => {
    const text = '“a” “b” "c" «d» „e“ “f';
    const spans = findQuotedSpans(text);
    for (let index = 1; index < spans.length; index += 1) expect(spans[index].start).toBeGreaterThanOrEqual(spans[index - 1].end);
    expect(quoted(text)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('stays linear on thousands of nested or stray marks', () => {
    const hostile = ['“'.repeat(5000), '"'.repeat(5000), '« '.repeat(5000), '`'.repeat(5000), '=" '.repeat(5000), '“a ”'.repeat(5000)];
    for (const text of hostile) {
      const began = performance.now();
      findQuotedSpans(text + ' tail');
      expect(performance.now() - began).toBeLessThan(200);
    }
    const big = '“He said it.” '.repeat(20000);
    const began = performance.now();
    expect(findQuotedSpans(big)).toHaveLength(20000);
    expect(performance.now() - began).toBeLessThan(500);
  });

  it('starts where it is told to', () => {
    const text = ' date 2025-05-23 "header" and "body"';
    expect(findQuotedSpans(text, 20).map((span) => text.slice(span.start, span.end))).toEqual(['body']);
  });
});
