import { describe, expect, it } from 'vitest';
import { entityLookups } from '../../../src/core/entities/config.js';
import { cleanMention, cleanMentions, isHeadlineLine, isSentenceStart } from '../../../src/core/entities/names.js';
import type { EntityType, Mention } from '../../../src/core/types.js';

/** A mention over the `occurrence`-th appearance of `phrase` in `text`. */
function mentionOf(text: string, phrase: string, type: EntityType = 'PERSON', occurrence = 0): Mention {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`${phrase} not in text`);
  return { file: 'a.txt', start, end: start + phrase.length, text: phrase, type, entity: phrase, source: 'test' };
}

/** The text `cleanMention` leaves of a mention over `phrase`, or undefined when it rejects it. */
function cleanedText(text: string, phrase: string, type: EntityType = 'PERSON'): string | undefined {
  return cleanMention(mentionOf(text, phrase, type), text)?.text;
}

function expectConsistent(mention: Mention | null, text: string): void {
  expect(mention).not.toBeNull();
  if (mention) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
}

describe('cleanMention: possessives and punctuation', () => {
  it('strips straight and curly possessives, keeping offsets exact', () => {
    const text = 'It was Putin’s plan, and Lavrov\'s too. The Analysts’ view differed.';
    const curly = cleanMention(mentionOf(text, 'Putin’s'), text);
    expectConsistent(curly, text);
    expect(curly).toMatchObject({ text: 'Putin', entity: 'Putin', start: 7, end: 12 });
    expect(cleanMention(mentionOf(text, "Lavrov's"), text)?.text).toBe('Lavrov');
    expect(cleanMention(mentionOf(text, 'Analysts’', 'ORG'), text)).toBeNull();
  });

  it('strips quotes and a sentence-final dot but keeps abbreviations whole', () => {
    const text = 'He flew to “Moscow.” Officials in the U.S. said little.';
    const moscow = cleanMention(mentionOf(text, '“Moscow.”', 'GPE'), text);
    expectConsistent(moscow, text);
    expect(moscow?.text).toBe('Moscow');
    expect(cleanedText(text, 'U.S.', 'GPE')).toBe('U.S.');
  });
});

describe('cleanMention: symbols at the edges', () => {
  it('takes bullets, ampersands and stray symbols off the front of a name', () => {
    const text = 'Notes\n\n• Faith Hill & Vanilla Ice sang.\n\n* Woodcock, George, wrote it. See /International Decade.';
    for (const [proposed, name] of [
      ['• Faith Hill', 'Faith Hill'],
      ['& Vanilla Ice', 'Vanilla Ice'],
      ['* Woodcock', 'Woodcock'],
      ['/International Decade', 'International Decade'],
    ]) {
      const cleaned = cleanMention(mentionOf(text, proposed), text);
      expectConsistent(cleaned, text);
      expect(cleaned?.text).toBe(name);
    }
  });

  it('takes a split compound\'s hyphen, an open bracket and a dangling ampersand off the end', () => {
    const text = 'On this Emmy-winning drama, the Council (CCEA) and Nichols & Sons met Carol -\n\nthen left.';
    expect(cleanedText(text, 'Emmy-', 'MISC')).toBe('Emmy');
    expect(cleanedText(text, 'Council (', 'ORG')).toBe('Council');
    expect(cleanedText(text, 'Nichols &', 'ORG')).toBe('Nichols');
    expect(cleanedText(text, 'Carol -')).toBe('Carol');
  });

  it('trims again once a junk word has gone from the edge, but keeps an ampersand\'s neighbours', () => {
    const text = 'Growth in the EU - is within reach. Standard & Poor\'s made a similar move.';
    expect(cleanedText(text, 'EU - is', 'ORG')).toBe('EU');
    expect(cleanedText(text, 'Standard & Poor\'s', 'ORG')).toBe('Standard & Poor');
  });

  it('keeps what names really end with: an abbreviation\'s dot, a plus, a digit', () => {
    const text = 'Staff at Acme Inc., Google+ and Channel 4 agreed.';
    expect(cleanedText(text, 'Acme Inc.,', 'ORG')).toBe('Acme Inc.');
    expect(cleanedText(text, 'Google+', 'ORG')).toBe('Google+');
    expect(cleanedText(text, 'Channel 4', 'ORG')).toBe('Channel 4');
  });

  it('drops a lone letter unless the user lists it', () => {
    const text = 'The sea is 63 °F at the N-terminus, and X bought it.';
    expect(cleanMention(mentionOf(text, 'F', 'MISC'), text)).toBeNull();
    expect(cleanMention(mentionOf(text, 'N', 'MISC'), text)).toBeNull();
    expect(cleanMention(mentionOf(text, 'X', 'ORG'), text)).toBeNull();
    const listed = entityLookups({ entities: [{ name: 'X', type: 'ORG' }] });
    expect(cleanMention(mentionOf(text, 'X', 'ORG'), text, listed)?.text).toBe('X');
  });

  it('reads characters beyond the first plane whole: an emoji or a flag goes, offsets stay exact', () => {
    const text = 'Hi 😀 Smith came. Flag 🇺🇸 United States won. Zoë- left.';
    const smith = cleanMention(mentionOf(text, '😀 Smith'), text);
    expectConsistent(smith, text);
    expect(smith?.text).toBe('Smith');
    expect(cleanedText(text, '🇺🇸 United States', 'GPE')).toBe('United States');
    expect(cleanedText(text, 'Zoë-')).toBe('Zoë');
    expect(cleanedText(text, '😀', 'MISC')).toBeUndefined();
  });

  it('drops emoticons and lone symbols: they name nothing', () => {
    const text = 'haha:P we paid it :-D/:D and 5 + more';
    expect(cleanMention(mentionOf(text, ':P', 'MISC'), text)).toBeNull();
    expect(cleanMention(mentionOf(text, ':-D/:D', 'GPE'), text)).toBeNull();
    expect(cleanMention(mentionOf(text, '+', 'MISC'), text)).toBeNull();
  });

  it('keeps a currency\'s `$`, as CoNLL-2003 counts `C$` a MISC name', () => {
    const text = 'The bond fell C$ 0.45 to C$ 101.15.';
    expect(cleanedText(text, 'C$', 'MISC')).toBe('C$');
  });
});

describe('cleanMention: titles, roles and affiliations', () => {
  it('keeps the role and affiliation out of the name', () => {
    const text = 'Russian Foreign Minister Sergey Lavrov arrived in Ankara on Monday.';
    const lavrov = cleanMention(mentionOf(text, 'Russian Foreign Minister Sergey Lavrov'), text);
    expectConsistent(lavrov, text);
    expect(lavrov).toMatchObject({ text: 'Sergey Lavrov', entity: 'Sergey Lavrov', role: 'Foreign Minister', affiliation: 'Russian' });
  });

  it('reads a role written before a span that the tagger left out', () => {
    const text = 'The talks were opened by U.S. Secretary of State Antony Blinken, who said little.';
    const blinken = cleanMention(mentionOf(text, 'Antony Blinken'), text);
    expect(blinken).toMatchObject({ text: 'Antony Blinken', role: 'Secretary of State', affiliation: 'U.S.' });
    const peskovText = 'Kremlin spokesman Dmitry Peskov declined to comment.';
    expect(cleanMention(mentionOf(peskovText, 'Dmitry Peskov'), peskovText)).toMatchObject({ role: 'spokesman', affiliation: 'Kremlin' });
  });

  it('never reads a role across the end of the sentence before the name', () => {
    const text = 'Voters trusted the governor. Nigel Farage spoke next. They met Gov. Gavin Newsom.';
    const farage = cleanMention(mentionOf(text, 'Nigel Farage'), text);
    expect(farage?.text).toBe('Nigel Farage');
    expect(farage?.role).toBeUndefined();
    expect(cleanMention(mentionOf(text, 'Gavin Newsom'), text)).toMatchObject({ role: 'Gov.' });
  });

  it('handles multi-word roles, abbreviations and hyphenated titles', () => {
    const text = 'Deputy Prime Minister Alexander Novak met Sen. Jim Risch and Secretary-General António Guterres.';
    expect(cleanMention(mentionOf(text, 'Deputy Prime Minister Alexander Novak'), text)).toMatchObject({ text: 'Alexander Novak', role: 'Deputy Prime Minister' });
    expect(cleanMention(mentionOf(text, 'Sen. Jim Risch'), text)).toMatchObject({ text: 'Jim Risch', role: 'Sen.' });
    expect(cleanMention(mentionOf(text, 'Secretary-General António Guterres'), text)).toMatchObject({ text: 'António Guterres', role: 'Secretary-General' });
  });

  it('does not take a title word out of an organisation or a known name', () => {
    const text = 'General Motors and Russian Railways reported to the General Assembly.';
    expect(cleanedText(text, 'General Motors', 'ORG')).toBe('General Motors');
    const railways = cleanMention(mentionOf(text, 'Russian Railways', 'ORG'), text);
    expect(railways?.text).toBe('Russian Railways');
    expect(railways?.affiliation).toBeUndefined();
    expect(cleanedText(text, 'General Assembly', 'ORG')).toBe('General Assembly');
  });

  it('makes a person of a role plus first name the tagger mistyped', () => {
    const text = 'Later President Emmanuel Macron spoke.';
    expect(cleanMention(mentionOf(text, 'President Emmanuel Macron', 'ORG'), text)).toMatchObject({ text: 'Emmanuel Macron', type: 'PERSON', role: 'President' });
  });

  it('keeps US in `US President` as the affiliation, not part of the name', () => {
    const text = 'US President Joe Biden spoke by phone.';
    expect(cleanMention(mentionOf(text, 'US President Joe Biden'), text)).toMatchObject({ text: 'Joe Biden', role: 'President', affiliation: 'US' });
  });
});

describe('cleanMention: words that are not names', () => {
  it('rejects sentence openers and pronouns alone', () => {
    const text = 'Speaking to reporters, he was calm.\nMember states disagreed. Analysts were split. Discussing the plan took hours. The end. He left. Why now?';
    for (const word of ['Speaking', 'Member', 'Analysts', 'Discussing', 'The', 'He', 'Why']) {
      expect(cleanMention(mentionOf(text, word, 'PERSON'), text), word).toBeNull();
    }
  });

  it('strips an opener glued to a name', () => {
    const text = 'Analysts Mark Galeotti and others disagree.';
    expect(cleanedText(text, 'Analysts Mark Galeotti')).toBe('Mark Galeotti');
    const speaking = 'Speaking Lavrov said nothing new.';
    expect(cleanedText(speaking, 'Speaking Lavrov')).toBe('Lavrov');
  });

  it('drops a leading `The` unless the article belongs to the name', () => {
    const text = 'The Kremlin replied. Judges in The Hague ruled.';
    expect(cleanedText(text, 'The Kremlin', 'ORG')).toBe('Kremlin');
    expect(cleanedText(text, 'The Hague', 'GPE')).toBe('The Hague');
  });

  it('rejects May as a month next to a number or after `in`, not as a surname', () => {
    const text = 'On May 23 the vote was held; in May talks began. May said on 2 May she was ready.';
    expect(cleanMention(mentionOf(text, 'May 23'), text)).toBeNull();
    expect(cleanMention(mentionOf(text, 'May', 'PERSON', 0), text)).toBeNull();
    expect(cleanMention(mentionOf(text, 'May', 'PERSON', 1), text)).toBeNull();
    expect(cleanMention(mentionOf(text, 'May', 'PERSON', 2), text)?.text).toBe('May');
    expect(cleanMention(mentionOf(text, 'May', 'PERSON', 3), text)).toBeNull();
  });

  it('rejects bare titles and weekdays but keeps mixed-case brands', () => {
    const text = 'The President spoke on Friday about eBay.';
    expect(cleanMention(mentionOf(text, 'President'), text)).toBeNull();
    expect(cleanMention(mentionOf(text, 'Friday', 'MISC'), text)).toBeNull();
    expect(cleanedText(text, 'eBay', 'ORG')).toBe('eBay');
  });

  it('treats title-case headline words as no evidence of a name', () => {
    const text = 'Russia Warns Of Consequences After Drone Strike\n\nMoscow said on Monday that it would respond.';
    expect(isHeadlineLine(text, 0)).toBe(true);
    expect(isHeadlineLine(text, text.indexOf('Moscow'))).toBe(false);
    expect(cleanMention(mentionOf(text, 'Warns', 'ORG'), text)).toBeNull();
    expect(cleanedText(text, 'Russia Warns', 'GPE')).toBe('Russia');
    expect(cleanedText(text, 'Russia', 'GPE')).toBe('Russia');
  });

  it('keeps a surname that is also a word after a first name, in prose and in results tables', () => {
    const text = 'Essex gained after Peter Such gave them a grip.\n2. Michael Green (Jamaica) 10.09\nBarack Obama Says No';
    expect(cleanedText(text, 'Peter Such')).toBe('Peter Such');
    expect(cleanedText(text, 'Michael Green')).toBe('Michael Green');
    // Not a first name: a headline's verb still goes.
    expect(cleanedText(text, 'Obama Says')).toBe('Obama');
  });

  it('takes a lower-case word off the front of a person, but not a particle', () => {
    const text = 'The superhero Superman flew, y’know Rachel said, and de Gaulle and bin Laden were named.';
    expect(cleanedText(text, 'superhero Superman')).toBe('Superman');
    expect(cleanedText(text, 'y’know Rachel')).toBe('Rachel');
    expect(cleanedText(text, 'de Gaulle')).toBe('de Gaulle');
    expect(cleanedText(text, 'bin Laden')).toBe('bin Laden');
  });

  it('keeps names at a sentence start that happen to be words elsewhere', () => {
    const text = 'Will Smith arrived. Georgia protested. Mobile phones rang.';
    expect(cleanedText(text, 'Will Smith')).toBe('Will Smith');
    expect(cleanedText(text, 'Georgia', 'GPE')).toBe('Georgia');
    expect(cleanMention(mentionOf(text, 'Mobile', 'GPE'), text)).toBeNull();
  });

  it('suppresses the user\'s neverEntities and trusts the user\'s names', () => {
    const lookups = entityLookups({ entities: [{ name: 'Speaking Truth', type: 'ORG' }], neverEntities: ['Kremlin'] });
    const text = 'Speaking Truth, a charity, criticised the Kremlin.';
    expect(cleanMention(mentionOf(text, 'Speaking Truth', 'ORG'), text, lookups)?.text).toBe('Speaking Truth');
    expect(cleanMention(mentionOf(text, 'Kremlin', 'ORG'), text, lookups)).toBeNull();
  });
});

describe('cleanMentions', () => {
  it('cleans, drops rejected ones and removes spans that became duplicates', () => {
    const text = 'Speaking in Minsk, President Alexander Lukashenko’s aide said Lukashenko was well.';
    const mentions = [
      mentionOf(text, 'Lukashenko', 'PERSON', 1),
      mentionOf(text, 'Speaking', 'ORG'),
      mentionOf(text, 'President Alexander Lukashenko’s'),
      mentionOf(text, 'Alexander Lukashenko'),
      mentionOf(text, 'Minsk', 'GPE'),
    ];
    const cleaned = cleanMentions(mentions, text);
    expect(cleaned.map((mention) => mention.text)).toEqual(['Minsk', 'Alexander Lukashenko', 'Lukashenko']);
    for (const mention of cleaned) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(cleaned[1].role).toBe('President');
  });
});

describe('isSentenceStart', () => {
  it('tells sentence starts from abbreviations', () => {
    const text = 'He left. Then the U.S. Senate met. Sen. Risch spoke.\n“Member states agree.”';
    expect(isSentenceStart(text, 0)).toBe(true);
    expect(isSentenceStart(text, text.indexOf('Then'))).toBe(true);
    expect(isSentenceStart(text, text.indexOf('Senate'))).toBe(false);
    expect(isSentenceStart(text, text.indexOf('Risch'))).toBe(false);
    expect(isSentenceStart(text, text.indexOf('Member'))).toBe(true);
    expect(isSentenceStart(text, text.indexOf('left'))).toBe(false);
  });
});
