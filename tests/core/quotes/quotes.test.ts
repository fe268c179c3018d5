import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/nlp.js';
import { extractQuotes } from '../../../src/core/quotes/index.js';
import type { EntityType, Mention, Quote } from '../../../src/core/types.js';

const nlp = createNlp();

interface PersonSpec {
  /** The text to find (every occurrence becomes a mention). */
  text: string;
  entity: string;
  type?: EntityType;
  role?: string;
  affiliation?: string;
}

/** Mentions as a recogniser would give them: each occurrence of each text, as a whole word. */
function mentionsFor(text: string, specs: PersonSpec[]): Mention[] {
  const mentions: Mention[] = [];
  for (const spec of specs) {
    const pattern = new RegExp(`\\b${spec.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (mentions.some((mention) => start < mention.end && mention.start < start + spec.text.length)) continue;
      const mention: Mention = { file: 'inline.txt', start, end: start + spec.text.length, text: spec.text, type: spec.type ?? 'PERSON', entity: spec.entity, source: 'test' };
      if (spec.role) mention.role = spec.role;
      if (spec.affiliation) mention.affiliation = spec.affiliation;
      mentions.push(mention);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function quotes(text: string, specs: PersonSpec[] = [], from = 0): Quote[] {
  return extractQuotes(nlp.analyze(text, from), 'inline.txt', mentionsFor(text, specs));
}

const LAVROV: PersonSpec[] = [
  { text: 'Sergey Lavrov', entity: 'Sergey Lavrov', role: 'Foreign Minister' },
  { text: 'Lavrov', entity: 'Sergey Lavrov' },
  { text: 'Donald Trump', entity: 'Donald Trump', role: 'President', affiliation: 'US' },
  { text: 'Vladimir Putin', entity: 'Vladimir Putin', role: 'President', affiliation: 'Russian' },
  { text: 'Putin', entity: 'Vladimir Putin' },
];

describe('seed articles (golden)', () => {
  const seedDirectory = path.resolve(__dirname, '../../../seeds');
  const read = (name: string): { text: string; from: number } => {
    const text = fs.readFileSync(path.join(seedDirectory, name), 'utf8');
    const header = /^\s*date \d{4}-\d{2}-\d{2}\s*/.exec(text);
    return { text, from: header ? header[0].length : 0 };
  };
  const files = fs.readdirSync(seedDirectory).filter((file) => file.endsWith('.txt')).sort();

  for (const [label, specs] of [['recogniser mentions', LAVROV], ['no mentions (stand-in names)', []]] as const) {
    it(`finds exactly ten quotations by Sergey Lavrov, with their cues (${label})`, () => {
      const found: Quote[] = [];
      for (const file of files) {
        const { text, from } = read(file);
        for (const quote of quotes(text, [...specs], from)) {
          expect(quote.text).toBe(text.slice(quote.start, quote.end));
          expect(quote.start).toBeGreaterThanOrEqual(from);
          found.push(quote);
        }
      }
      const spoken = found.filter((quote) => quote.kind !== 'other');
      expect(spoken.map((quote) => quote.cue)).toEqual(['stated', 'added', 'noted', 'added', 'emphasized', 'added', 'criticized', 'added', 'underscoring', 'concluded']);
      expect(new Set(spoken.map((quote) => quote.speaker))).toEqual(new Set(['Sergey Lavrov']));
      expect(spoken.filter((quote) => quote.kind === 'partial').map((quote) => quote.text)).toEqual(['aggressive, revanchist rhetoric']);
      expect(found.filter((quote) => quote.kind === 'full')).toHaveLength(9);
      for (const quote of found) expect(quote.text).not.toMatch(/^["“”]|["“”]$/u);
    });
  }

  it('resolves "the Russian foreign minister" through roles, not to the nearest name (Trump)', () => {
    const { text, from } = read(files.find((file) => file.startsWith('004'))!);
    const described = quotes(text, LAVROV, from).filter((quote) => quote.speakerDescription === 'the Russian foreign minister');
    expect(described.length).toBe(3);
    for (const quote of described) {
      expect(quote.speaker).toBe('Sergey Lavrov');
      expect(quote.source).toBe('quotes/description');
    }
  });
});

describe('attribution', () => {
  it('reads the common frames: after, verb first, colon, "that", "according to"', () => {
    const text = [
      '“We will win,” Lavrov stated.',
      '',
      '“We will win again,” said Lavrov.',
      '',
      'Lavrov said: “Nothing has changed.”',
      '',
      'He noted that “the door remains open.”',
      '',
      'The talks failed, according to Lavrov, who said “nothing more can be done.”',
    ].join('\n');
    const found = quotes(text, LAVROV);
    expect(found.map((quote) => [quote.cue, quote.speaker])).toEqual([
      ['stated', 'Sergey Lavrov'], ['said', 'Sergey Lavrov'], ['said', 'Sergey Lavrov'], ['noted', 'Sergey Lavrov'], ['said', 'Sergey Lavrov'],
    ]);
  });

  it('gives a participle after a comma the subject of the reporting verb it continues', () => {
    const people = [...LAVROV, { text: 'Nvidia', entity: 'Nvidia', type: 'ORG' as const }];
    const text = '“We are delighted by their success,” Nvidia said in a post on X, adding that its chips were “a generation ahead”.';
    expect(quotes(text, people).map((quote) => [quote.cue, quote.speaker, quote.speakerDescription])).toEqual([
      ['said', 'Nvidia', null],
      ['adding', 'Nvidia', null],
    ]);
    // Not across another comma: there the participle's subject is read as before.
    const apart = 'Lavrov spoke in Minsk, then in Moscow, adding that it was “a success”.';
    expect(quotes(apart, LAVROV).map((quote) => quote.speaker)).toEqual(['Sergey Lavrov']);
  });

  it('keeps the cue before a quotation that ends its sentence, not the next sentence\'s verb', () => {
    const text = 'Ribera said the company had “abused its dominant position.” Meta said it would appeal. “We will win.” Lavrov said.';
    const people = [...LAVROV, { text: 'Ribera', entity: 'Teresa Ribera' }, { text: 'Meta', entity: 'Meta Platforms', type: 'ORG' as const }];
    expect(quotes(text, people).map((quote) => [quote.cue, quote.speaker])).toEqual([
      ['said', 'Teresa Ribera'],
      // With no cue before it, the verb after a quotation still attributes it.
      ['said', 'Sergey Lavrov'],
    ]);
    // A quotation closed by a comma belongs to the frame after it.
    const comma = 'Ribera said the company had erred. “We will appeal,” Meta said.';
    expect(quotes(comma, people).map((quote) => [quote.cue, quote.speaker])).toEqual([['said', 'Meta Platforms']]);
  });

  it('gives a quotation to the body named before a word for its kind', () => {
    const text = 'The United Auto Workers union called the move “a betrayal.” The union later called it “a scandal.”';
    const found = quotes(text, [{ text: 'United Auto Workers', entity: 'United Auto Workers', type: 'ORG' }]);
    expect(found.map((quote) => [quote.speaker, quote.speakerDescription])).toEqual([
      ['United Auto Workers', null],
      // A kind alone names no one.
      [null, 'The union'],
    ]);
  });

  it('resolves a pronoun to the person last speaking, not a name in a subordinate clause', () => {
    const text = 'Lavrov spoke in Minsk. He noted that Donald Trump prioritizes national interests. However, he criticized Brussels for its "aggressive rhetoric" aimed at Europe.';
    const [quote] = quotes(text, LAVROV);
    expect(quote).toMatchObject({ kind: 'partial', speaker: 'Sergey Lavrov', cue: 'criticized', source: 'quotes/pronoun' });
  });

  it('keeps the speaker over a run of uncued quoted paragraphs', () => {
    const text = '“First point,” Lavrov said.\n\n“Second point, and it is important.”\n\n“Third point follows.”';
    expect(quotes(text, LAVROV).map((quote) => [quote.speaker, quote.source])).toEqual([
      ['Sergey Lavrov', 'quotes/name'], ['Sergey Lavrov', 'quotes/continuation'], ['Sergey Lavrov', 'quotes/continuation'],
    ]);
  });

  it('does not carry a speaker across a gap of several paragraphs', () => {
    const text = '“First point,” Lavrov said.\n\nThe talks ended.\n\nDelegates left the hall.\n\n“A sign reads this on the wall.”';
    expect(quotes(text, LAVROV)[1].speaker).toBeNull();
  });

  it('carries reported speech outside quotation marks into the next uncued quotation', () => {
    const text = 'Lavrov said he doubted the plan would work.\n\n“It is a mistake.”';
    expect(quotes(text, LAVROV)[0]).toMatchObject({ speaker: 'Sergey Lavrov', cue: null, source: 'quotes/continuation' });
  });

  it('lets the latest speaker win, whether reported outside the marks or found for a quotation', () => {
    const text = '“First,” Lavrov said.\n\nLater Trump said he agreed.\n\n“We agree completely.”';
    const people: PersonSpec[] = [...LAVROV, { text: 'Trump', entity: 'Donald Trump' }];
    expect(quotes(text, people).map((quote) => [quote.speaker, quote.source])).toEqual([
      ['Sergey Lavrov', 'quotes/name'], ['Donald Trump', 'quotes/continuation'],
    ]);
    // The cue after the quotation is also reported speech outside the marks: one speaker, either way.
    const tied = 'Asked about the plan, “No,” Lavrov said.\n\n“It is a mistake.”';
    expect(quotes(tied, LAVROV).map((quote) => [quote.speaker, quote.source])).toEqual([
      ['Sergey Lavrov', 'quotes/name'], ['Sergey Lavrov', 'quotes/continuation'],
    ]);
  });

  it('resolves a pronoun through people written paragraphs before it, never after it', () => {
    const text = 'Lavrov met Trump on Monday. The talks lasted hours.\n\nReporters waited outside. He later told them: “We agreed on nothing.”';
    expect(quotes(text, LAVROV)[0]).toMatchObject({ speaker: 'Sergey Lavrov', cue: 'told', source: 'quotes/pronoun' });
    expect(quotes('“We will win,” he said.\n\nLavrov arrived later.', LAVROV)[0]).toMatchObject({ speaker: null, speakerDescription: 'he' });
  });

  it('gives an unnamed speaker as a description with no name', () => {
    const [quote] = quotes('“It was definitely a bomb,” said a U.S. official, who refused to be named.', LAVROV);
    expect(quote).toMatchObject({ speaker: null, speakerDescription: 'a U.S. official', cue: 'said' });
  });

  it('does not resolve a description whose affiliation contradicts the only candidate', () => {
    const text = 'Russian Foreign Minister Sergey Lavrov arrived. “We agree,” the French foreign minister said.';
    const [quote] = quotes(text, [{ text: 'Sergey Lavrov', entity: 'Sergey Lavrov', role: 'Foreign Minister', affiliation: 'Russian' }]);
    expect(quote.speaker).toBeNull();
    expect(quote.speakerDescription).toBe('the French foreign minister');
  });

  it('resolves descriptions through roles written in apposition or in lower case before the name', () => {
    const people: PersonSpec[] = [
      { text: 'William Ruto', entity: 'William Ruto' },
      { text: 'Maria Lopez', entity: 'Maria Lopez' },
      { text: 'Jun Tanaka', entity: 'Jun Tanaka' },
      { text: 'Mauro Vieira', entity: 'Mauro Vieira' },
      { text: 'Klaus Richter', entity: 'Klaus Richter' },
    ];
    const speakerOf = (text: string): string | null => quotes(text, people)[0]?.speaker ?? null;
    expect(speakerOf('The Kenyan president, William Ruto, spoke.\n\n“Enough,” the Kenyan president added.')).toBe('William Ruto');
    expect(speakerOf('Maria Lopez, the Chilean trade minister, met Jun Tanaka, the Japanese foreign minister.\n\n“Prices will recover,” the Chilean minister said.')).toBe('Maria Lopez');
    expect(speakerOf('Maria Lopez, the Chilean trade minister, met Jun Tanaka, the Japanese foreign minister.\n\n“Demand is strong,” the Japanese foreign minister said.')).toBe('Jun Tanaka');
    expect(speakerOf('Brazil’s foreign minister, Mauro Vieira, spoke.\n\n“Stay open,” the Brazilian minister said.')).toBe('Mauro Vieira');
    expect(speakerOf('German diplomat Klaus Richter arrived.\n\n“We wait,” the German diplomat added.')).toBe('Klaus Richter');
  });

  it('never resolves an indefinite description, nor a role phrase that is really a clause', () => {
    const people: PersonSpec[] = [{ text: 'Klaus Richter', entity: 'Klaus Richter' }];
    const indefinite = quotes('German diplomat Klaus Richter arrived.\n\n“We wait,” a German diplomat said.', people)[0];
    expect(indefinite).toMatchObject({ speaker: null, speakerDescription: 'a German diplomat' });
    const clause = quotes('Klaus Richter, who met the minister, left.\n\n“We wait,” the minister said.', people)[0];
    expect(clause.speaker).toBeNull();
  });

  it('takes a bare plural noun for a description of the speakers, a bare singular for a name', () => {
    const critics = quotes('Critics called director Ana Reis “the new Almodovar.”')[0];
    expect(critics).toMatchObject({ speaker: null, speakerDescription: 'Critics' });
    const holder = quotes('Holder said that the agency acted and “we will look at it again.”')[0];
    expect(holder.speaker).toBe('Holder');
  });

  it('hands an interrupted quotation’s cue to both halves', () => {
    const found = quotes('“I have sisters,” she said, “and this is driving people crazy.” Juanita Castro smiled.', [{ text: 'Juanita Castro', entity: 'Juanita Castro' }]);
    expect(found.map((quote) => quote.cue)).toEqual(['said', 'said']);
  });

  it('attributes a quotation signed with a dash', () => {
    const [quote] = quotes('“He is ignorant of our culture.” ― Pamela Padilla\n', [{ text: 'Pamela Padilla', entity: 'Pamela Padilla' }]);
    expect(quote.speaker).toBe('Pamela Padilla');
  });

  it('does not make a possessor the speaker', () => {
    const text = 'Vacco’s campaign manager, Matt Behrmann, said Spitzer had “sunk to a new low.”';
    const [quote] = quotes(text, [{ text: 'Vacco', entity: 'Dennis Vacco' }, { text: 'Matt Behrmann', entity: 'Matt Behrmann' }, { text: 'Spitzer', entity: 'Eliot Spitzer' }]);
    expect(quote.speaker).toBe('Matt Behrmann');
  });

  it('uses stand-in names when the recogniser gives none, linking surnames to full names', () => {
    const text = 'INS commissioner Doris Meissner spoke on Wednesday.\n\n“This little boy belongs with his father,” Meissner told a news conference.';
    const [quote] = quotes(text);
    expect(quote).toMatchObject({ speaker: 'Doris Meissner', cue: 'told' });
  });
});

describe('kind', () => {
  it('lists titles, nicknames and unattributed scare quotes as other', () => {
    const text = 'The poster showed Gary Cooper from the film “High Noon.” Ernesto “Che” Guevara was there. It was a so-called “peace dividend” for everyone.';
    expect(quotes(text).map((quote) => quote.kind)).toEqual(['other', 'other', 'other']);
  });

  it('lists a phrase inside the reporter’s sentence as partial and a sentence of speech as full', () => {
    const text = 'Eig said the assumptions were “unconstitutional and untrue.” “Elian cannot apply for asylum,” Eig complained.';
    expect(quotes(text, [{ text: 'Eig', entity: 'Spencer Eig' }]).map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['partial', 'Spencer Eig'], ['full', 'Spencer Eig'],
    ]);
  });

  it('lets a nickname quoted earlier in the sentence leave the cue to the quotation after it', () => {
    const text = 'Ana Reis directed the film. Reis, nicknamed "The Hammer" by her crew, said the shoot was "brutal but worth it."';
    const found = quotes(text, [{ text: 'Ana Reis', entity: 'Ana Reis' }, { text: 'Reis', entity: 'Ana Reis' }]);
    expect(found.map((quote) => [quote.text, quote.kind, quote.speaker])).toEqual([
      ['The Hammer', 'other', null],
      ['brutal but worth it.', 'partial', 'Ana Reis'],
    ]);
  });

  it('shares one cue between coordinated partial quotations', () => {
    const found = quotes('A voiceover called the exiles “criminals” and “mafia members.”');
    expect(found.map((quote) => [quote.kind, quote.cue])).toEqual([['partial', 'called'], ['partial', 'called']]);
  });
});

describe('hostile input', () => {
  it('reports nothing for an unclosed mark rather than swallowing the document', () => {
    const text = '“This never closes, said someone.\n\nA new paragraph. “Closed,” Lavrov said.';
    const found = quotes(text, LAVROV);
    expect(found.map((quote) => quote.text)).toEqual(['Closed,']);
  });

  it('finishes quickly on 5,000 nested marks and on a long quote-dense document', () => {
    let began = performance.now();
    quotes('“'.repeat(5000) + ' he said.');
    expect(performance.now() - began).toBeLessThan(2000);
    const paragraph = '“We will not stop,” Lavrov said. “Never.” He added that “it is final.”\n\n';
    began = performance.now();
    const found = quotes(paragraph.repeat(400), LAVROV);
    expect(found).toHaveLength(1200);
    expect(performance.now() - began).toBeLessThan(5000);
  });

  it('stays linear when thousands of quotations share one endless sentence', () => {
    for (const unit of ['Of the many: "b" ', '“a,” he said, ', 'the so "x" and "y" and ']) {
      const analyzed = nlp.analyze(unit.repeat(6000));
      const began = performance.now();
      expect(extractQuotes(analyzed, 'inline.txt', []).length).toBeGreaterThanOrEqual(6000);
      expect(performance.now() - began).toBeLessThan(1500);
    }
  });

  it('returns nothing for empty or quote-free text', () => {
    expect(quotes('')).toEqual([]);
    expect(quotes('   \n\n  ')).toEqual([]);
    expect(quotes('Plain news with Russia’s apostrophes and a 12" record.')).toEqual([]);
  });
});
