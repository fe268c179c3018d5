import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expectStreamedAsListedOnSeeds, ndjsonLines, runEurasia, streamedUnderFailOnEmpty, temporaryFolder } from './helpers.js';

describe('eurasia dates --format ndjson (streamed per document)', () => {
  it('prints what --json lists, record for record, with and without --all', () => {
    expectStreamedAsListedOnSeeds('dates', 'dates');
  });

  it('follows the order inputs were named in, as analyze --format ndjson does', () => {
    const root = temporaryFolder('eurasia-dates-order-');
    for (const name of ['a', 'b']) {
      mkdirSync(path.join(root, name));
      writeFileSync(path.join(root, name, 'story.txt'), `date 2023-07-16\n\nIn ${name === 'a' ? 'March' : 'May'}, the talks resumed.\n`);
    }
    const streamed = ndjsonLines<{ text: string }>(runEurasia(['dates', '--format', 'ndjson', path.join(root, 'b'), path.join(root, 'a')]).stdout);
    expect(streamed.map((date) => date.text)).toEqual(['May', 'March']);
    const whole = JSON.parse(runEurasia(['dates', '--json', path.join(root, 'b'), path.join(root, 'a')]).stdout) as { dates: { text: string }[] };
    expect(whole.dates.map((date) => date.text)).toEqual(['March', 'May']);
  });

  it('still fails an empty run under --fail-on-empty, and passes one with dates', () => {
    const found = streamedUnderFailOnEmpty('dates', 'Nothing here says when.\n', 'date 2023-07-16\n\nOn Friday the minister spoke.\n');
    expect(found).toEqual([expect.objectContaining({ text: 'Friday', value: '2023-07-14' })]);
  });
});
