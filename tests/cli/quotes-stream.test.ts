import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expectStreamedAsListedOnSeeds, ndjsonLines, runEurasia, streamedUnderFailOnEmpty, temporaryFolder } from './helpers.js';

interface QuoteLine {
  file: string;
  text: string;
  speaker: string | null;
}

/**
 * Two articles: the first names Sergey Vashkov in full, the second only as `Vashkov` (an
 * invented name: a listed one is named in full by the lists in every document).
 */
function vashkovCorpus(): string {
  const root = temporaryFolder('eurasia-quotes-stream-');
  mkdirSync(path.join(root, 'a'));
  mkdirSync(path.join(root, 'b'));
  writeFileSync(path.join(root, 'a', 'story.txt'), 'Russian Foreign Minister Sergey Vashkov spoke in Minsk on Monday.\n\n"We are ready to talk," Vashkov said.\n');
  writeFileSync(path.join(root, 'b', 'story.txt'), '"The door is open," Vashkov told reporters in Moscow.\n');
  return root;
}

describe('eurasia quotes --format ndjson (streamed per document)', () => {
  it('prints what --json lists on the seeds, record for record, with and without --all', () => {
    expectStreamedAsListedOnSeeds('quotes', 'quotes');
  });

  it('follows the order inputs were named in, and names speakers as their own document does', () => {
    const root = vashkovCorpus();
    const streamed = ndjsonLines<QuoteLine>(runEurasia(['quotes', '--format', 'ndjson', path.join(root, 'b'), path.join(root, 'a')]).stdout);
    expect(streamed.map((quote) => `${quote.text}|${quote.speaker}`)).toEqual(['The door is open,|Vashkov', 'We are ready to talk,|Sergey Vashkov']);
    // The whole-run formats know the corpus: the second document's Vashkov is Sergey Vashkov.
    const whole = JSON.parse(runEurasia(['quotes', '--json', path.join(root, 'b'), path.join(root, 'a')]).stdout) as { quotes: QuoteLine[] };
    expect(whole.quotes.map((quote) => quote.speaker)).toEqual(['Sergey Vashkov', 'Sergey Vashkov']);
  });

  it('still matches --speaker on any of the corpus-wide names', () => {
    const root = vashkovCorpus();
    const found = ndjsonLines<QuoteLine>(runEurasia(['quotes', '--format', 'ndjson', '--speaker', 'Sergey Vashkov', root]).stdout);
    expect(found.map((quote) => quote.text)).toEqual(['We are ready to talk,', 'The door is open,']);
  });

  it('still fails an empty run under --fail-on-empty, and passes one with quotes', () => {
    const found = streamedUnderFailOnEmpty('quotes', 'Nothing was said here.\n', '"We will win," the coach said.\n');
    expect(found).toEqual([expect.objectContaining({ text: 'We will win,' })]);
  });
});
