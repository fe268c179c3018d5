import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { keepNamesEndingInApostropheS } from '../../../src/core/entities/apostrophes.js';
import type { Mention } from '../../../src/core/types.js';

function kept(text: string, mentions: Mention[]): string[] {
  return stageResult(keepNamesEndingInApostropheS, text, mentions);
}

describe("names ending in 's that own nothing", () => {
  it("keeps the 's of a firm that speaks, or that a place follows, and types it an organisation", () => {
    expect(found("McDonald's said profits rose.")).toEqual(["McDonald's/ORG"]);
    expect(found("The painting sold at Sotheby's in London.")).toEqual(["Sotheby's/ORG", 'London/GPE']);
    const text = "Bidders went to Sotheby's; others stayed home.";
    expect(kept(text, [at(text, 'Sotheby', 'GPE')])).toEqual(["Sotheby's/ORG/entities/apostrophes"]);
    const quoted = 'He bought it at Sotheby\'s "Old Masters" sale.';
    expect(kept(quoted, [at(quoted, 'Sotheby', 'ORG')])).toEqual(['Sotheby/ORG/test']);
  });

  it("writes the name so wherever the document follows it with 's", () => {
    const text = "McDonald's shares rose after McDonald's said sales grew.";
    expect(kept(text, [at(text, 'McDonald', 'ORG'), at(text, 'McDonald', 'ORG', 20)])).toEqual([
      "McDonald's/ORG/entities/apostrophes",
      "McDonald's/ORG/entities/apostrophes",
    ]);
  });

  it("leaves a possessive, a contraction and a name the document also writes alone", () => {
    const possessive = "Enron's outside lawyers met, and Gandhi's and Nehru's views differed.";
    expect(kept(possessive, [at(possessive, 'Enron', 'ORG'), at(possessive, 'Gandhi', 'ORG'), at(possessive, 'Nehru', 'PERSON')])).toEqual([
      'Enron/ORG/test',
      'Gandhi/ORG/test',
      'Nehru/PERSON/test',
    ]);
    const contraction = "Cohen's is great, and NOAA's has more.";
    expect(kept(contraction, [at(contraction, 'Cohen', 'ORG'), at(contraction, 'NOAA', 'ORG')])).toEqual(['Cohen/ORG/test', 'NOAA/ORG/test']);
    const alone = "Apple's in the lead over Samsung. Apple said so.";
    expect(kept(alone, [at(alone, 'Apple', 'ORG'), at(alone, 'Samsung', 'ORG'), at(alone, 'Apple', 'ORG', 20)])).toEqual([
      'Apple/ORG/test',
      'Samsung/ORG/test',
      'Apple/ORG/test',
    ]);
  });

  it("never reads a person's or a listed place's 's so", () => {
    const text = "It was a friend of John's. Trade in Russia's.";
    expect(kept(text, [at(text, 'John', 'PERSON'), at(text, 'Russia', 'GPE')])).toEqual(['John/PERSON/test', 'Russia/GPE/test']);
  });
});
