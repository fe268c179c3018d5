import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { joinIndexNumbers } from '../../../src/core/entities/indices.js';
import type { Mention } from '../../../src/core/types.js';

function joined(text: string, mentions: Mention[]): string[] {
  return stageResult(joinIndexNumbers, text, mentions);
}

describe('stock indices named with their number', () => {
  it('makes one MISC mention of the index and its number, in place of the pieces', () => {
    const text = 'The S&P 500 rose, Tokyo’s Nikkei 225 hit a record and the Stoxx Europe 600 fell.';
    expect(joined(text, [at(text, 'S&P', 'ORG'), at(text, 'Tokyo', 'GPE'), at(text, 'Nikkei', 'ORG'), at(text, 'Stoxx Europe', 'MISC')])).toEqual([
      'S&P 500/MISC/entities/indices',
      'Tokyo/GPE/test',
      'Nikkei 225/MISC/entities/indices',
      'Stoxx Europe 600/MISC/entities/indices',
    ]);
  });

  it('finds an index the tagger passed over, spelt with a hyphen too', () => {
    const text = 'Futures on the S&P-500 and the Russell 2000 slipped.';
    expect(joined(text, [])).toEqual(['S&P-500/MISC/entities/indices', 'Russell 2000/MISC/entities/indices']);
    expect(found('The S&P 500 closed higher, S&P said.')).toEqual(['S&P 500/MISC', 'S&P/ORG']);
  });

  it('keeps the mention of an index read whole as the tagger made it', () => {
    const text = "London's FTSE 100 slipped.";
    expect(joined(text, [at(text, 'London', 'GPE'), at(text, 'FTSE 100', 'MISC')])).toEqual(['London/GPE/test', 'FTSE 100/MISC/test']);
  });

  it('leaves a number no index is published with, a longer name, and letters run into the name', () => {
    const scores = '3. J. Russell 63 70, Raymond Russell 64 and the FTSE 100 Index rose; XS&P 500 is a code.';
    expect(joined(scores, [at(scores, 'J. Russell', 'PERSON'), at(scores, 'Raymond Russell', 'PERSON'), at(scores, 'FTSE 100 Index', 'MISC')])).toEqual([
      'J. Russell/PERSON/test',
      'Raymond Russell/PERSON/test',
      'FTSE 100 Index/MISC/test',
    ]);
  });
});
