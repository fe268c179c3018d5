import { describe, expect, it } from 'vitest';
import { resolveDocumentAliases } from '../../../src/core/entities/aliases.js';
import { entityLookups } from '../../../src/core/entities/config.js';
import type { EntityType, Mention } from '../../../src/core/types.js';

/** Mentions over the phrases given in document order, each found after the previous one ends. */
function mentionsIn(text: string, spans: [string, EntityType][]): Mention[] {
  let cursor = 0;
  return spans.map(([phrase, type]) => {
    const start = text.indexOf(phrase, cursor);
    if (start < 0) throw new Error(`${phrase} not found`);
    cursor = start + phrase.length;
    return mentionAt(text, start, phrase, type);
  });
}

function mentionAt(text: string, start: number, phrase: string, type: EntityType): Mention {
  expect(text.slice(start, start + phrase.length)).toBe(phrase);
  return { file: 'doc.txt', start, end: start + phrase.length, text: phrase, type, entity: phrase, source: 'test' };
}

const entities = (mentions: Mention[]) => mentions.map((mention) => `${mention.text}=${mention.entity}/${mention.type}`);

describe('resolveDocumentAliases: US states as agencies abbreviate them', () => {
  it('names a place written `Calif.` or `N.J.` as the state, and nothing else so', () => {
    const text = 'IRVINE, Calif. - A firm in Trenton, N.J., hired Md. Akkas Ali, who went to Mass. daily.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['IRVINE', 'GPE'], ['Calif.', 'GPE'], ['Trenton', 'GPE'], ['N.J.', 'GPE'], ['Md. Akkas Ali', 'PERSON'], ['Mass.', 'MISC']]),
      text,
    );
    expect(entities(resolved)).toEqual([
      'IRVINE=Irvine/GPE',
      'Calif.=California/GPE',
      'Trenton=Trenton/GPE',
      'N.J.=New Jersey/GPE',
      'Md. Akkas Ali=Md. Akkas Ali/PERSON',
      'Mass.=Mass./MISC',
    ]);
  });
});

describe('resolveDocumentAliases: short forms', () => {
  it('binds a later surname to the earlier full name, retyping a mistyped one', () => {
    const text = 'Sergey Lavrov met his Turkish counterpart in Antalya. Lavrov said the talks were useful, and Lavrov later left.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['Sergey Lavrov', 'PERSON'], ['Turkish', 'NORP'], ['Antalya', 'GPE'], ['Lavrov', 'PERSON'], ['Lavrov', 'ORG']]),
      text,
    );
    expect(entities(resolved)).toEqual([
      'Sergey Lavrov=Sergey Lavrov/PERSON',
      'Turkish=Turkish/NORP',
      'Antalya=Antalya/GPE',
      'Lavrov=Sergey Lavrov/PERSON',
      'Lavrov=Sergey Lavrov/PERSON',
    ]);
  });

  it('binds a surname in a headline to the full name in the body when only one fits', () => {
    const text = 'Lavrov Warns Of Escalation\n\nForeign Minister Sergey Lavrov said on Tuesday that Moscow would respond.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Lavrov', 'PERSON'], ['Sergey Lavrov', 'PERSON'], ['Moscow', 'GPE']]), text);
    expect(resolved[0].entity).toBe('Sergey Lavrov');
  });

  it('binds a first name only to a person, and keeps two namesakes apart by recency', () => {
    const text = 'Boris Johnson spoke after Lyndon Johnson was quoted. Johnson added that Boris had been right.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['Boris Johnson', 'PERSON'], ['Lyndon Johnson', 'PERSON'], ['Johnson', 'PERSON'], ['Boris', 'PERSON']]),
      text,
    );
    // Lyndon Johnson is the last Johnson named before the bare surname.
    expect(entities(resolved).slice(2)).toEqual(['Johnson=Lyndon Johnson/PERSON', 'Boris=Boris Johnson/PERSON']);
  });

  it('binds a family name written first to the two-word name it starts, when it is no given name', () => {
    const text = 'Chinese President Xi Jinping met officials. Xi said the economy was stable, and Xi left.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Chinese', 'NORP'], ['Xi Jinping', 'PERSON'], ['Xi', 'PERSON'], ['Xi', 'ORG']]), text);
    expect(entities(resolved).slice(2)).toEqual(['Xi=Xi Jinping/PERSON', 'Xi=Xi Jinping/PERSON']);
  });

  it('does not bind an initial or a given name read as something else to a two-word name', () => {
    const text = 'P. Tufnell bowled and P. Smith batted. Boris Johnson spoke; Boris Holdings fell.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['P. Tufnell', 'PERSON'], ['P.', 'PERSON'], ['Boris Johnson', 'PERSON'], ['Boris', 'ORG']]),
      text,
    );
    expect(resolved[1].entity).toBe('P.');
    expect(resolved[3]).toMatchObject({ entity: 'Boris', type: 'ORG' });
  });

  it('does not turn a known place into a person because a person shares its name', () => {
    const text = 'George Washington is on the dollar. Washington imposed new tariffs.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['George Washington', 'PERSON'], ['Washington', 'GPE']]), text);
    expect(resolved[1]).toMatchObject({ entity: 'Washington', type: 'GPE' });
  });

  it('binds an organisation\'s short form to its full name', () => {
    const text = 'The European Commission proposed new sanctions. The Commission said Hungary objected. The North Atlantic Alliance met in Brussels; the Alliance agreed.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['European Commission', 'ORG'], ['Commission', 'ORG'], ['Hungary', 'GPE'], ['North Atlantic Alliance', 'ORG'], ['Brussels', 'GPE'], ['Alliance', 'ORG']]),
      text,
    );
    expect(resolved[1].entity).toBe('European Commission');
    expect(resolved[3].entity).toBe('North Atlantic Treaty Organization');
    expect(resolved[5].entity).toBe('North Atlantic Treaty Organization');
  });

  it('takes no short form from the words after a connector, nor a listed name for another body', () => {
    const text = 'The General Assembly of the United Nations voted. The United Nations said so. Students at the London Model United Nations met; the United Nations sent a speaker. The Organisation for Economic Development and Trade met. Development slowed.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [
        ['General Assembly of the United Nations', 'ORG'],
        ['United Nations', 'ORG'],
        ['London Model United Nations', 'ORG'],
        ['United Nations', 'ORG'],
        ['Organisation for Economic Development and Trade', 'ORG'],
        ['Development', 'ORG'],
      ]),
      text,
    );
    expect(resolved[1].entity).toBe('United Nations');
    expect(resolved[3].entity).toBe('United Nations');
    expect(resolved[5].entity).toBe('Development');
  });

  it('still binds a listed short form to the full name the list gives it', () => {
    const text = 'The United Nations Security Council met on Monday. The Security Council voted.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['United Nations Security Council', 'ORG'], ['Security Council', 'ORG']]), text);
    expect(resolved[1].entity).toBe(resolved[0].entity);
  });
});

describe('resolveDocumentAliases: firms', () => {
  it('binds a firm named without its legal form to the full name', () => {
    const text = 'Siemens AG reported higher profits. Siemens said demand was strong. Apple Inc. launched a phone, and Apple shares rose. Vortex Mining Co. hired; Vortex Mining grew.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['Siemens AG', 'ORG'], ['Siemens', 'ORG'], ['Apple Inc.', 'ORG'], ['Apple', 'ORG'], ['Vortex Mining Co.', 'ORG'], ['Vortex Mining', 'ORG']]),
      text,
    );
    expect(resolved.map((mention) => mention.entity)).toEqual(['Siemens AG', 'Siemens AG', 'Apple Inc.', 'Apple Inc.', 'Vortex Mining Co.', 'Vortex Mining Co.']);
  });

  it('binds the first word of a two-word organisation already read as one', () => {
    const text = 'Zorblax Dynamics hired staff; Zorblax expects growth.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Zorblax Dynamics', 'ORG'], ['Zorblax', 'ORG']]), text);
    expect(resolved[1].entity).toBe('Zorblax Dynamics');
  });

  it('keeps a word the lists know as a firm of its own apart from its unit\'s two-word name', () => {
    const text = 'Google Cloud sells chips. Google said demand grew. Zorblax Cloud grew; Zorblax fell.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Google Cloud', 'ORG'], ['Google', 'ORG'], ['Zorblax Cloud', 'ORG'], ['Zorblax', 'ORG']]), text);
    expect(resolved[1].entity).toBe('Google');
    // An unlisted first word still names the two-word firm.
    expect(resolved[3].entity).toBe('Zorblax Cloud');
  });

  it('binds a firm\'s short form the tagger read as a person, and an acronym that opens the name', () => {
    const text = 'Vortexmetall AG opened a plant; Vortexmetall said orders grew. Zorbsky Sachs and BAE Systems Plc gained: Zorbsky rose and BAE fell.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['Vortexmetall AG', 'ORG'], ['Vortexmetall', 'PERSON'], ['Zorbsky Sachs', 'ORG'], ['BAE Systems Plc', 'ORG'], ['Zorbsky', 'PERSON'], ['BAE', 'ORG']]),
      text,
    );
    expect(entities(resolved).filter((_, index) => index % 2 === 1 || index === 4)).toEqual([
      'Vortexmetall=Vortexmetall AG/ORG',
      'BAE Systems Plc=BAE Systems Plc/ORG',
      'Zorbsky=Zorbsky Sachs/ORG',
      'BAE=BAE Systems Plc/ORG',
    ]);
  });

  it('binds the founder\'s surname of a firm named after its founder, read as a person', () => {
    const text = 'Eli Lilly sold more Zepbound. Lilly, based in Indianapolis, grew.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Eli Lilly', 'ORG'], ['Zepbound', 'MISC'], ['Lilly', 'PERSON'], ['Indianapolis', 'GPE']]), text);
    expect(resolved[2]).toMatchObject({ entity: 'Eli Lilly', type: 'ORG' });
    // Not the surname of a firm that opens with no given name, nor of a longer name.
    const other = 'Zorbex Lilly and Eli Lilly Zorbex sold more. Lilly left.';
    const apart = resolveDocumentAliases(mentionsIn(other, [['Zorbex Lilly', 'ORG'], ['Eli Lilly Zorbex', 'ORG'], ['Lilly', 'PERSON']]), other);
    expect(apart[2]).toMatchObject({ entity: 'Lilly', type: 'PERSON' });
  });

  it('keeps a first name read as a person apart from a two-word name read as a firm', () => {
    const text = 'Maria Zorbatova spoke in Tokyo. Maria later left.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Maria Zorbatova', 'ORG'], ['Tokyo', 'GPE'], ['Maria', 'PERSON']]), text);
    expect(resolved[2]).toMatchObject({ entity: 'Maria', type: 'PERSON' });
  });

  it('binds a first name read as a person to a firm whose name ends as only firms do', () => {
    const text = 'The Commission fined Meta Platforms. Meta said it would appeal. Maria Platforms spoke; Maria left.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Meta Platforms', 'ORG'], ['Meta', 'PERSON'], ['Maria Platforms', 'PERSON'], ['Maria', 'PERSON']]), text);
    expect(resolved[1]).toMatchObject({ entity: 'Meta Platforms', type: 'ORG' });
    // A person's name, however it ends, keeps its first name a person's.
    expect(resolved[3]).toMatchObject({ type: 'PERSON' });
  });

  it('does not bind a first word read as something else, nor the start of a longer name', () => {
    const text = 'Zorblax Dynamics hired staff in Zorblax. Grand Vortex Mining Holdings grew; Grand fell.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['Zorblax Dynamics', 'ORG'], ['Zorblax', 'GPE'], ['Grand Vortex Mining Holdings', 'ORG'], ['Grand', 'ORG']]),
      text,
    );
    expect(resolved[1]).toMatchObject({ entity: 'Zorblax', type: 'GPE' });
    expect(resolved[3].entity).toBe('Grand');
  });
});

describe('resolveDocumentAliases: acronyms', () => {
  it('binds an acronym defined in parentheses to its long form, also later', () => {
    const text = 'Leaders of the Association of Southeast Asian Nations (ASEAN) met in Jakarta. ASEAN has ten members.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['Association of Southeast Asian Nations', 'ORG'], ['ASEAN', 'ORG'], ['Jakarta', 'GPE'], ['ASEAN', 'MISC']]),
      text,
    );
    expect(entities(resolved)).toEqual([
      'Association of Southeast Asian Nations=Association of Southeast Asian Nations/ORG',
      'ASEAN=Association of Southeast Asian Nations/ORG',
      'Jakarta=Jakarta/GPE',
      'ASEAN=Association of Southeast Asian Nations/ORG',
    ]);
  });

  it('learns an acronym the lists do not know, either way round', () => {
    const text = 'The Eurasian Development Bank (EDB) lent more. Officials of the EDB said so. KTZ (Kazakhstan Temir Zholy) agreed.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['Eurasian Development Bank', 'ORG'], ['EDB', 'ORG'], ['EDB', 'ORG'], ['KTZ', 'ORG'], ['Kazakhstan Temir Zholy', 'ORG']]),
      text,
    );
    expect(resolved.map((mention) => mention.entity)).toEqual([
      'Eurasian Development Bank',
      'Eurasian Development Bank',
      'Eurasian Development Bank',
      'Kazakhstan Temir Zholy',
      'Kazakhstan Temir Zholy',
    ]);
  });

  it('binds an undefined acronym to the one organisation named earlier whose initials spell it', () => {
    const text = 'Zorvex owns Jaguar Land Rover. A cyberattack halted production at JLR plants.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Zorvex', 'ORG'], ['Jaguar Land Rover', 'ORG'], ['JLR', 'GPE']]), text);
    expect(entities(resolved)).toEqual(['Zorvex=Zorvex/ORG', 'Jaguar Land Rover=Jaguar Land Rover/ORG', 'JLR=Jaguar Land Rover/ORG']);
    // Two letters, a common acronym, two organisations with the same initials, a person's initials.
    const two = 'Zorvex Kell said. The ZK board met.';
    expect(entities(resolveDocumentAliases(mentionsIn(two, [['Zorvex Kell', 'ORG'], ['ZK', 'ORG']]), two))[1]).toBe('ZK=ZK/ORG');
    const common = 'The Chief Executive Office met. The CEO spoke.';
    expect(entities(resolveDocumentAliases(mentionsIn(common, [['Chief Executive Office', 'ORG'], ['CEO', 'ORG']]), common))[1]).toBe('CEO=CEO/ORG');
    const twice = 'Kell Ridge Zorvex and Kell River Zorvex merged. KRZ shares rose.';
    expect(entities(resolveDocumentAliases(mentionsIn(twice, [['Kell Ridge Zorvex', 'ORG'], ['Kell River Zorvex', 'ORG'], ['KRZ', 'GPE']]), twice))[2]).toBe('KRZ=KRZ/GPE');
    const person = 'Zorvex Kell Ridge spoke. ZKR shares rose.';
    expect(entities(resolveDocumentAliases(mentionsIn(person, [['Zorvex Kell Ridge', 'PERSON'], ['ZKR', 'GPE']]), person))[1]).toBe('ZKR=ZKR/GPE');
  });

  it('ignores parentheses that do not spell the long form', () => {
    const text = 'The Central Bank of Russia (CBR) and the Finance Ministry (Minfin) spoke.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Central Bank of Russia', 'ORG'], ['CBR', 'ORG'], ['Finance Ministry', 'ORG']]), text);
    expect(resolved[1].entity).toBe('Central Bank of Russia');
    const wrong = 'The Finance Ministry (WTO) objected.';
    expect(resolveDocumentAliases(mentionsIn(wrong, [['Finance Ministry', 'ORG'], ['WTO', 'ORG']]), wrong)[1].entity).toBe('World Trade Organization');
  });
});

describe('resolveDocumentAliases: lists', () => {
  it('maps knowledge aliases to canonical names and types', () => {
    const text = 'NATO and the EU condemned the strike; the U.S. and US officials agreed, as did the UK.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['NATO', 'ORG'], ['EU', 'GPE'], ['U.S.', 'GPE'], ['US', 'GPE'], ['UK', 'ORG']]),
      text,
    );
    expect(entities(resolved)).toEqual([
      'NATO=North Atlantic Treaty Organization/ORG',
      'EU=European Union/ORG',
      'U.S.=United States/GPE',
      'US=United States/GPE',
      'UK=United Kingdom/GPE',
    ]);
  });

  it('resolves US in `US President` to the United States', () => {
    const text = 'US President Joe Biden called Moscow.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['US', 'GPE'], ['Joe Biden', 'PERSON'], ['Moscow', 'GPE']]), text);
    expect(resolved[0]).toMatchObject({ entity: 'United States', type: 'GPE' });
    expect(resolved[1].entity).toBe('Joe Biden');
  });

  it('reads datelines and headlines in capitals', () => {
    const text = 'MOSCOW, May 23 (Reuters) - LAVROV SPEAKS\nSergey Lavrov spoke in Novo-Ogaryovo. NOVO-OGARYOVO is a residence.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['MOSCOW', 'GPE'], ['LAVROV', 'PERSON'], ['Sergey Lavrov', 'PERSON'], ['Novo-Ogaryovo', 'GPE'], ['NOVO-OGARYOVO', 'GPE']]),
      text,
    );
    expect(resolved.map((mention) => mention.entity)).toEqual(['Moscow', 'Sergey Lavrov', 'Sergey Lavrov', 'Novo-Ogaryovo', 'Novo-Ogaryovo']);
  });

  it('matches a name in capitals to the document\'s own mixed-case writing, particles and all', () => {
    const text = 'BANK OF ENGLAND HOLDS RATES\n\nThe Bank of England kept rates on hold. Crowds filled RIO DE JANEIRO, and Rio de Janeiro was pleased.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['BANK OF ENGLAND', 'ORG'], ['Bank of England', 'ORG'], ['RIO DE JANEIRO', 'GPE'], ['Rio de Janeiro', 'GPE']]),
      text,
    );
    expect(resolved.map((mention) => mention.entity)).toEqual(['Bank of England', 'Bank of England', 'Rio de Janeiro', 'Rio de Janeiro']);
  });

  it('reads a listed name in capitals by the list when the document writes it no other way', () => {
    const text = 'CARNIVAL OPENS IN RIO DE JANEIRO\n\nThe parade began on Friday.';
    const [rio] = resolveDocumentAliases(mentionsIn(text, [['RIO DE JANEIRO', 'GPE']]), text);
    expect(rio.entity).toBe('Rio de Janeiro');
    // Lower case throughout is no writing of the name.
    const lower = 'ZORBLAX DYNAMICS SOARS\n\nShares of zorblax dynamics rose.';
    expect(resolveDocumentAliases(mentionsIn(lower, [['ZORBLAX DYNAMICS', 'ORG']]), lower)[0].entity).toBe('ZORBLAX DYNAMICS');
    // Nor is prose whose longer words are lower case.
    const prose = 'ZORBLAX REGIONAL CUP DRAW\n\nThe Zorblax regional cup draw was made.';
    expect(resolveDocumentAliases(mentionsIn(prose, [['ZORBLAX REGIONAL CUP', 'MISC']]), prose)[0].entity).toBe('ZORBLAX REGIONAL CUP');
  });

  it('keeps a person the tagger found even when a list knows the word as a place', () => {
    const text = 'Georgia Meloni arrived. Georgia thanked the hosts.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Georgia Meloni', 'PERSON'], ['Georgia', 'PERSON']]), text);
    expect(resolved[1]).toMatchObject({ entity: 'Georgia Meloni', type: 'PERSON' });
    const alone = 'Georgia thanked the hosts.';
    expect(resolveDocumentAliases(mentionsIn(alone, [['Georgia', 'PERSON']]), alone)[0]).toMatchObject({ entity: 'Georgia', type: 'PERSON' });
  });

  it('does not keep a person reading of a trusted place that is nobody\'s first name', () => {
    const text = 'Chechnya endorsed the plan, and Nagorno-Karabakh agreed.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Chechnya', 'PERSON'], ['Nagorno-Karabakh', 'PERSON']]), text);
    expect(entities(resolved)).toEqual(['Chechnya=Chechnya/GPE', 'Nagorno-Karabakh=Nagorno-Karabakh/GPE']);
  });

  it('does not keep a person reading of a trusted place of two words, even one opening with a first name', () => {
    const text = 'Costa Rica and Nova Scotia signed.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['Costa Rica', 'PERSON'], ['Nova Scotia', 'PERSON']]), text);
    expect(entities(resolved)).toEqual(['Costa Rica=Costa Rica/GPE', 'Nova Scotia=Nova Scotia/GPE']);
  });

  it('lets user entities name what the lists do not know', () => {
    const lookups = entityLookups({ entities: [{ name: 'Collective Security Treaty Organization', type: 'ORG', aliases: ['ODKB'] }], neverEntities: [] });
    const text = 'The ODKB met in Minsk.';
    const resolved = resolveDocumentAliases(mentionsIn(text, [['ODKB', 'MISC'], ['Minsk', 'GPE']]), text, lookups);
    expect(resolved[0]).toMatchObject({ entity: 'Collective Security Treaty Organization', type: 'ORG' });
  });
});

describe('resolveDocumentAliases: types and contract', () => {
  it('gives all mentions of one unlisted entity the commonest type, ties to the earliest', () => {
    const text = 'Zarnitsa grew. Zarnitsa hired. Zarnitsa sold. Vostrikov spoke; Vostrikov left.';
    const resolved = resolveDocumentAliases(
      mentionsIn(text, [['Zarnitsa', 'ORG'], ['Zarnitsa', 'GPE'], ['Zarnitsa', 'ORG'], ['Vostrikov', 'GPE'], ['Vostrikov', 'PERSON']]),
      text,
    );
    expect(resolved.map((mention) => mention.type)).toEqual(['ORG', 'ORG', 'ORG', 'GPE', 'GPE']);
  });

  it('returns new mentions in the input order and leaves the input alone', () => {
    const text = 'Lavrov spoke after Sergey Lavrov arrived.';
    // Out of document order on purpose: the full name first, the earlier surname second.
    const input = [mentionAt(text, 19, 'Sergey Lavrov', 'PERSON'), mentionAt(text, 0, 'Lavrov', 'PERSON')];
    const copy = structuredClone(input);
    const resolved = resolveDocumentAliases(input, text);
    expect(input).toEqual(copy);
    expect(resolved.map((mention) => mention.start)).toEqual([19, 0]);
    expect(resolved[1].entity).toBe('Sergey Lavrov');
    for (const mention of resolved) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(resolveDocumentAliases([], text)).toEqual([]);
  });
});
