import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/nlp.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import { isAllowed, LABELS, spansOf } from '../../../src/core/entities/tagger.js';
import { caseClassOf, CaseClass, shapeOf } from '../../../src/core/entities/features.js';
import type { Mention } from '../../../src/core/types.js';

const nlp = createNlp();
const seedPaths = ['seeds/000_f42e58e29a180802.txt', 'seeds/004_5bc9f134390c81c1.txt'];
const seeds = seedPaths.map((path) => {
  const text = readFileSync(path, 'utf8');
  return { path, text, mentions: extractEntities(nlp.analyze(text), path) };
});
const allSeedMentions = seeds.flatMap((seed) => seed.mentions);

function entities(text: string): Mention[] {
  return extractEntities(nlp.analyze(text), 'inline.txt');
}

/** The types a name was given across the seed articles, most frequent first. */
function typesOf(name: string): string[] {
  const counts = new Map<string, number>();
  for (const mention of allSeedMentions) if (mention.text === name) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([type]) => type);
}

describe('tagger on the seed articles', () => {
  it.each([
    ['Lavrov', 'PERSON'],
    ['Putin', 'PERSON'],
    ['Trump', 'PERSON'],
    ['ASEAN', 'ORG'],
    ['NATO', 'ORG'],
    ['Minsk', 'GPE'],
    ['Jakarta', 'GPE'],
  ])('finds %s mostly as %s', (name, type) => {
    const found = allSeedMentions.filter((mention) => mention.text === name || mention.text.endsWith(' ' + name));
    expect(found.length).toBeGreaterThan(0);
    const ofType = found.filter((mention) => mention.type === type);
    expect(ofType.length / found.length).toBeGreaterThanOrEqual(0.75);
  });

  it.each(['Speaking', 'Member', 'Analysts', 'Discussing', 'The', 'He', 'Why'])('never makes an entity of %s', (word) => {
    const bad = allSeedMentions.filter((mention) => mention.text === word || mention.text.startsWith(word + ' '));
    expect(bad).toEqual([]);
  });

  it('keeps the possessive out of the span: Putin’s gives Putin', () => {
    const seed = seeds[0];
    const at = seed.text.indexOf('Putin’s');
    const mention = seed.mentions.find((m) => m.start === at);
    expect(mention?.text).toBe('Putin');
    expect(mention?.end).toBe(at + 'Putin'.length);
  });

  it('gives offsets into the original text and tags its own source', () => {
    for (const seed of seeds) {
      for (const mention of seed.mentions) {
        expect(seed.text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(mention.source.startsWith('entities/')).toBe(true);
        expect(mention.file).toBe(seed.path);
      }
    }
  });

  it('finds the full names with their first names', () => {
    const names = new Set(allSeedMentions.filter((m) => m.type === 'PERSON').map((m) => m.text));
    expect(names).toContain('Sergey Lavrov');
    expect(names).toContain('Vladimir Putin');
    expect(names).toContain('Donald Trump');
  });

  it('types nationalities as NORP and continents as LOC', () => {
    expect(typesOf('Russian')[0]).toBe('NORP');
    expect(typesOf('Eurasia')[0]).toBe('LOC');
  });
});

describe('tagger on short texts', () => {
  it('returns nothing for empty or entity-free text', () => {
    expect(extractEntities(nlp.analyze(''), 'empty.txt')).toEqual([]);
    expect(entities('it rained all day and nobody came.')).toEqual([]);
  });

  it('reads a headline in capitals through the rest of the document', () => {
    const text = 'RUGBY - KENYA STUN FIJI AS CANADA SLIP TO HEAVY LOSS.\nKenya beat Fiji 24-19 in Nairobi on Saturday, while Canada lost heavily to Samoa in Vancouver.\n';
    const found = entities(text).map((m) => `${m.text}/${m.type}`);
    expect(found).toContain('KENYA/GPE');
    expect(found).toContain('FIJI/GPE');
    expect(found).toContain('CANADA/GPE');
    expect(found.some((f) => /^(STUN|SLIP|HEAVY|LOSS)/.test(f))).toBe(false);
  });

  it('finds a person and an organisation in a plain news sentence', () => {
    const found = entities('Shares of General Motors fell on Monday, chief executive Mary Barra told reporters in Detroit.').map((m) => `${m.text}/${m.type}`);
    expect(found).toContain('General Motors/ORG');
    expect(found).toContain('Mary Barra/PERSON');
    expect(found).toContain('Detroit/GPE');
  });

  it('never opens a name on the closing mark of a quote that has just ended', () => {
    const text = 'Bronislaw Geremek spoke.\n\n“It helped,” Geremek said.\n\n«Enough,» Geremek added.\n';
    const found = entities(text);
    expect(found.map((m) => m.text)).toEqual(['Bronislaw Geremek', 'Geremek', 'Geremek']);
    expect(found.every((m) => m.entity === 'Bronislaw Geremek' && m.type === 'PERSON')).toBe(true);
  });
});

describe('one type per person in a document', () => {
  it('gives a full name the type its surname has everywhere else', () => {
    const found = entities('Bronislaw Geremek spoke.\n\n"It helped," Geremek said. Geremek left.');
    expect(found.map((m) => `${m.text}/${m.type}`)).toEqual(['Bronislaw Geremek/PERSON', 'Geremek/PERSON', 'Geremek/PERSON']);
  });

  it('makes a listed place a surname only after a real first name, not after a misread headline', () => {
    const headline = entities('Yeltsin endorses Lebed Chechnya peace plan - agency.\nMOSCOW 1996-08-30\nYeltsin backed security chief Alexander Lebed\'s plan for Chechnya.\n"Lebed is now in Chechnya," he said.');
    expect(headline.filter((m) => m.text === 'Chechnya').map((m) => m.type)).toEqual(['GPE', 'GPE']);
    const jordan = entities('Michael Jordan scored 40 points. Jordan also had ten rebounds in Chicago.');
    expect(jordan).toContainEqual(expect.objectContaining({ text: 'Jordan', type: 'PERSON' }));
    // A first name no list knows still vouches, unless it is itself someone's surname.
    const washington = entities('MaliVai Washington and Marcelo Rios lost at the U.S. Open.\nThe 11th-seeded Washington fell short of reprising his Wimbledon run.');
    expect(washington).toContainEqual(expect.objectContaining({ text: 'Washington', type: 'PERSON' }));
  });

  it('leaves a firm named after people alone', () => {
    const sachs = entities('Goldman Sachs raised its forecast. Jeffrey Sachs disagreed. Sachs said the bank was wrong.');
    expect(sachs.find((m) => m.text === 'Goldman Sachs')?.type).toBe('ORG');
    const stanley = entities('Morgan Stanley cut jobs. Stanley said it was sad.');
    expect(stanley.find((m) => m.text === 'Morgan Stanley')?.type).toBe('ORG');
  });
});

describe('label machinery', () => {
  it('never lets an entity stay open or change type inside', () => {
    const begin = LABELS.indexOf('B-PER');
    expect(isAllowed(begin, LABELS.indexOf('L-PER'), false)).toBe(true);
    expect(isAllowed(begin, LABELS.indexOf('L-ORG'), false)).toBe(false);
    expect(isAllowed(begin, 0, false)).toBe(false);
    expect(isAllowed(0, LABELS.indexOf('I-PER'), false)).toBe(false);
    expect(isAllowed(-1, begin, true)).toBe(false);
    expect(isAllowed(-1, LABELS.indexOf('U-LOC'), true)).toBe(true);
  });

  it('turns BILOU labels into spans', () => {
    const labels = Uint8Array.from(['O', 'B-PER', 'L-PER', 'U-LOC', 'O'].map((name) => LABELS.indexOf(name)));
    expect(spansOf(labels)).toEqual([
      { first: 1, end: 3, type: 'PER' },
      { first: 3, end: 4, type: 'LOC' },
    ]);
  });

  it('describes word shapes and cases', () => {
    expect(shapeOf('Japan')).toBe('Xx');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('1996-08-22')).toBe('d-d-d');
    expect(caseClassOf('JAPAN')).toBe(CaseClass.Upper);
    expect(caseClassOf('McDonald')).toBe(CaseClass.Mixed);
    expect(caseClassOf('I')).toBe(CaseClass.Title);
  });
});
