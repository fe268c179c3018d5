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

  it("keeps the 's of an organisation a modal follows, or that heads a longer name", () => {
    const rating = "Moody's lowered the rating.";
    expect(kept(rating, [at(rating, 'Moody', 'ORG')])).toEqual(["Moody's/ORG/entities/apostrophes"]);
    const modal = "Sotheby's will auction it. Investors in Lloyd's were told to wait.";
    expect(kept(modal, [at(modal, 'Sotheby', 'ORG'), at(modal, 'Lloyd', 'ORG')])).toEqual([
      "Sotheby's/ORG/entities/apostrophes",
      "Lloyd's/ORG/entities/apostrophes",
    ]);
    const longer = "Lloyd's of London said claims rose. Lloyd's settlement offer stands.";
    expect(kept(longer, [at(longer, "Lloyd's of London", 'ORG'), at(longer, 'Lloyd', 'ORG', 20)])).toEqual([
      "Lloyd's of London/ORG/test",
      "Lloyd's/ORG/entities/apostrophes",
    ]);
  });

  it("leaves a modal after a person or an ordinary word, and an ordinary word heading a longer name", () => {
    const text = "The Board's will prevailed.";
    expect(kept(text, [at(text, 'Board', 'ORG')])).toEqual(['Board/ORG/test']);
    const place = "Narnia's will held.";
    expect(kept(place, [at(place, 'Narnia', 'GPE')])).toEqual(['Narnia/GPE/test']);
    const person = "Gandhi's will was read.";
    expect(kept(person, [at(person, 'Gandhi', 'PERSON')])).toEqual(['Gandhi/PERSON/test']);
    const longer = "The Centre's Voluntary Fund grew. The Centre's staff left.";
    expect(kept(longer, [at(longer, "Centre's Voluntary Fund", 'ORG'), at(longer, 'Centre', 'ORG', 30)])).toEqual([
      "Centre's Voluntary Fund/ORG/test",
      'Centre/ORG/test',
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

  it("keeps the 's of a firm listed with it, read as a person though it was, where nothing owned follows", () => {
    const verb = "Macy's said sales fell.";
    expect(kept(verb, [at(verb, 'Macy', 'PERSON')])).toEqual(["Macy's/ORG/entities/apostrophes"]);
    const adverb = "Sotheby's recently sold a Monet.";
    expect(kept(adverb, [at(adverb, 'Sotheby', 'PERSON')])).toEqual(["Sotheby's/ORG/entities/apostrophes"]);
    const article = "There is a Wendy's nearby.";
    expect(kept(article, [at(article, 'Wendy', 'PERSON')])).toEqual(["Wendy's/ORG/entities/apostrophes"]);
    // A name the lists know with its 's keeps it through span cleaning.
    expect(found("Trader Joe's recalled the product.")).toEqual(["Trader Joe's/ORG"]);
    expect(found("He backed the Houston Rockets' bid.")).toEqual(['Houston Rockets/ORG']);
    // Shown once, the firm owns its other `'s` too.
    expect(found("Macy's said it would cut jobs. Macy's profits fell.")).toEqual(["Macy's/ORG", "Macy's/ORG"]);
  });

  it("leaves a listed firm's 's that owns, or that a person named so in the document has", () => {
    const owned = "This was one of Christie's later stories, and Rob Lowe's early films.";
    expect(kept(owned, [at(owned, 'Christie', 'PERSON'), at(owned, 'Lowe', 'PERSON')])).toEqual(['Christie/PERSON/test', 'Lowe/PERSON/test']);
    const person = "Agatha Christie wrote it. Christie's said nothing.";
    expect(kept(person, [at(person, 'Agatha Christie', 'PERSON'), at(person, 'Christie', 'PERSON', 20)])).toEqual([
      'Agatha Christie/PERSON/test',
      'Christie/PERSON/test',
    ]);
    expect(found("Agatha Christie wrote it. Christie's said nothing.")).toEqual(['Agatha Christie/PERSON', 'Christie/PERSON']);
    // The lists know `Philips` in any case, and an apostrophe is no part of that lookup.
    const folded = "Philip's said to be ill.";
    expect(kept(folded, [at(folded, 'Philip', 'PERSON')])).toEqual(['Philip/PERSON/test']);
  });

  it("never reads a person's or a listed place's 's so", () => {
    const text = "It was a friend of John's. Trade in Russia's.";
    expect(kept(text, [at(text, 'John', 'PERSON'), at(text, 'Russia', 'GPE')])).toEqual(['John/PERSON/test', 'Russia/GPE/test']);
  });
});
