import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/nlp.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import type { EntityType } from '../../../src/core/types.js';

const nlp = createNlp();
const ANY: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'];

// Sentences that must yield no entity of the listed kinds: capitalised sentence openers,
// participles, titles on their own, calendar words and shouted headlines are where a
// case-driven recogniser goes wrong.
const NEGATIVES: readonly [string, readonly EntityType[]][] = [
  ['Speaking to reporters, the minister said prices would rise next year.', ANY],
  ['Analysts expect the central bank to cut interest rates.', ANY],
  ['Member states agreed on Tuesday to extend the deadline.', ANY],
  ['Why does it matter so much?', ANY],
  ['The President said he would veto the bill.', ANY],
  ['"I think we played well," he said.', ANY],
  ['Discussing the matter, officials declined to comment.', ANY],
  ['They met in January and again in March.', ANY],
  ['Prices rose 3.5 percent in the second quarter.', ANY],
  ['Police said the fire started in the kitchen.', ANY],
  ['Shares closed higher on Monday after the report.', ANY],
  ['Earlier, the company said it would cut 200 jobs.', ANY],
  ['Still, the plan faces opposition.', ANY],
  ['However, he said the deal was not final.', ANY],
  ['According to the statement, the talks were constructive.', ANY],
  ['Asked about the report, she declined to comment.', ANY],
  ['SPEAKING AT A NEWS CONFERENCE, THE MINISTER SAID NOTHING.', ANY],
  ['If I play great tennis, I can win.', ANY],
  ['Last Friday Mitchell won the race.', ['ORG', 'GPE', 'LOC', 'MISC', 'NORP']],
  ['She flew from Paris to New York on Sunday.', ['PERSON', 'ORG']],
  ['Chancellor Helmut Kohl visited Moscow.', ['ORG', 'MISC']],
  ['She became the first Black woman to lead the court.', ANY],
  // Informal openers: wink reads them as interjections, the tagger as names (`Oh` a place).
  ['Oh, I did not know that.', ANY],
  ['Yeah I think so too.', ANY],
  ['Haha that was fun.', ANY],
  ['Hey there, how are you?', ANY],
  ["Don't forget the tickets.", ANY],
  // Interjections wink does not tag as such (`Ooh` was a person, `Huh` a place).
  ['Ooh, babe, I got that healing that you want.', ANY],
  ['Huh, I never thought of that.', ANY],
  ['Hmm, maybe next time.', ANY],
  // Sentence adverbs before a comma (`Honestly` was a thing, `Sadly` a place, `Additionally` a person).
  ['Honestly, I think the plan works.', ANY],
  ['Sadly, the shop closed last year.', ANY],
  ['Additionally, the fee rises in May.', ANY],
  ['"Frankly, it was a mistake," she said.', ANY],
  // An imperative after a sentence that lost its full stop: a verb, not a name.
  ['I have a little dog Ask your doctor about it.', ANY],
  ['Underfoot the ground is patched Avoid whining about it.', ANY],
  // Holidays are dates (OntoNotes DATE), resolved by the dates extractor, not names.
  ['We spent Christmas with family and Thanksgiving with friends.', ANY],
  ["On New Year's Day and Presidents' Day the offices close.", ANY],
  // A greeting for a holiday, and a person's name that a holiday's name goes on from.
  ['Merry Christmas to all of you, she wrote.', ANY],
  ['Happy Thanksgiving, everyone.', ANY],
  ['Schools close on Martin Luther King Jr. Day next week.', ANY],
  ['Happy New Year to all our readers.', ANY],
  // Offices of international bodies are titles, not people (`Rapporteur` read as a person).
  ['The Special Rapporteur will continue reporting on the sale of children.', ANY],
  ['The Ombudsman rejected the complaint.', ANY],
  // A lunar holiday is left undated, but it is no name either, nor is the nationality in it.
  ['Crowds gathered for the Lunar New Year.', ANY],
  ['Families travel home for Chinese New Year.', ANY],
  ['Yom Kippur began on Wednesday, and Passover falls in April.', ANY],
  ['Markets closed for Eid al-Fitr at the end of Ramadan.', ANY],
];

describe('tagger negatives', () => {
  it.each(NEGATIVES)('%s', (sentence, forbidden) => {
    const found = extractEntities(nlp.analyze(sentence), 'negative.txt').filter((mention) => forbidden.includes(mention.type));
    expect(found.map((mention) => `${mention.text}/${mention.type}`)).toEqual([]);
  });

  it.each([
    ['Hey Rach, come here.', 'Rach'],
    ['Uh Joey, what are you doing?', 'Joey'],
    ['Oh Monica, I love it.', 'Monica'],
    ['Wow Ross, you did it.', 'Ross'],
  ])('leaves the interjection out of the name in %s', (sentence, name) => {
    const found = extractEntities(nlp.analyze(sentence), 'negative.txt');
    expect(found.map((mention) => `${mention.text}/${mention.type}/${mention.entity}`)).toEqual([`${name}/PERSON/${name}`]);
    expect(sentence.slice(found[0].start, found[0].end)).toBe(name);
  });

  it('keeps a place named after a holiday, and the person a holiday is named after', () => {
    const found = extractEntities(nlp.analyze('Christmas Island is an Australian territory.'), 'negative.txt');
    expect(found.map((mention) => `${mention.text}/${mention.type}`)).toContain('Christmas Island/GPE');
    const person = extractEntities(nlp.analyze('Martin Luther King spoke in Washington in 1963.'), 'negative.txt');
    expect(person.map((mention) => `${mention.text}/${mention.type}`)).toContain('Martin Luther King/PERSON');
  });

  it('keeps the place a holiday ran on into, typed as the lists know it', () => {
    const found = extractEntities(nlp.analyze('The Lunar New Year in Beijing was quiet.'), 'negative.txt');
    expect(found.map((mention) => `${mention.text}/${mention.type}`)).toEqual(['Beijing/GPE']);
  });

  it('does not take a title into a person span', () => {
    const found = extractEntities(nlp.analyze('Chancellor Helmut Kohl visited Moscow.'), 'negative.txt');
    expect(found.find((mention) => mention.type === 'PERSON')?.text).toBe('Helmut Kohl');
  });

  it('keeps a name ending in -ly that opens a sentence before a comma', () => {
    const found = extractEntities(nlp.analyze('Kelly, who chairs the panel, left early. Italy, however, agreed.'), 'negative.txt');
    expect(found.map((mention) => `${mention.text}/${mention.type}`)).toEqual(['Kelly/PERSON', 'Italy/GPE']);
  });
});

describe('ordinary words capitalised in prose', () => {
  it('keeps a body named between a lower-case word and a word it does not modify', () => {
    const found = extractEntities(nlp.analyze('He joined the Army after school, and the Greens gained seats while Reform gained votes.'), 'negative.txt');
    expect(found.map((mention) => mention.text)).toEqual(['Army', 'Greens', 'Reform']);
  });

  it('keeps compass regions, persons and unknown names between lower-case words', () => {
    const found = extractEntities(nlp.analyze('Talks between the North and the South stalled. The group moved to Zorblax last year.'), 'negative.txt');
    expect(found.map((mention) => mention.text)).toEqual(['North', 'South', 'Zorblax']);
  });

  it.each([
    'The Assembly calls upon all States to ratify the treaty.',
    'Troops from the contributing States and other Members arrived.',
    'Such Parties shall report each year.',
  ])('drops a plural counted by the word before it in %s', (sentence) => {
    const found = extractEntities(nlp.analyze(sentence), 'negative.txt').filter((mention) => mention.text !== 'Assembly');
    expect(found.map((mention) => mention.text)).toEqual([]);
  });

  it('reads an ordinary word after `the` as no person: a body by its head word, else nothing', () => {
    expect(extractEntities(nlp.analyze('Later the Court said no.'), 'negative.txt').map((mention) => `${mention.text}/${mention.type}`)).toEqual(['Court/ORG']);
    expect(extractEntities(nlp.analyze('The Star reported that the Man said so.'), 'negative.txt')).toEqual([]);
  });

  it('keeps a person the document names in full, and a word modifying the noun after it', () => {
    const found = extractEntities(nlp.analyze('Margaret Green won. Asked later, the Green said nothing, and the Green campaign celebrated.'), 'negative.txt');
    expect(found.map((mention) => `${mention.text}/${mention.type}`)).toEqual(['Margaret Green/PERSON', 'Green/PERSON', 'Green/PERSON']);
  });

  it('keeps a given name that is also a verb', () => {
    const found = extractEntities(nlp.analyze('I told him so. Mark said he would come.'), 'negative.txt');
    expect(found.map((mention) => `${mention.text}/${mention.type}`)).toEqual(['Mark/PERSON']);
  });

  it('keeps a plural after `the` or a verb, which may be a club', () => {
    const found = extractEntities(nlp.analyze('The Giants beat the Saints, and Celtic defeated Rangers.'), 'negative.txt');
    expect(found.map((mention) => mention.text)).toEqual(['Giants', 'Saints', 'Celtic', 'Rangers']);
  });
});
