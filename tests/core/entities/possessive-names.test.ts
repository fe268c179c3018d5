import { describe, expect, it } from 'vitest';
import { mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { joinPossessiveNames } from '../../../src/core/entities/possessive-names.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import { createNlp } from '../../../src/core/nlp.js';

const SOURCE = 'entities/possessive-names';

describe('a name with an ordinary owner’s possessive inside', () => {
  it('is joined over a plural owner when the name holds a word of a kind, typed by it', () => {
    const text = 'He was taken to Children’s Hospital of Philadelphia.';
    expect(stageResult(joinPossessiveNames, text, [at(text, 'Hospital of Philadelphia', 'GPE')])).toEqual([
      `Children’s Hospital of Philadelphia/LOC/${SOURCE}`,
    ]);
    const union = "The Moroccan Workers' Union called a strike.";
    expect(stageResult(joinPossessiveNames, union, [at(union, 'Moroccan', 'NORP'), at(union, 'Union', 'ORG')])).toEqual([
      `Moroccan Workers' Union/ORG/${SOURCE}`,
    ]);
    const cup = 'Spain won the Women’s World Cup in Sydney.';
    expect(stageResult(joinPossessiveNames, cup, [at(cup, 'Spain', 'GPE'), at(cup, 'World Cup', 'MISC'), at(cup, 'Sydney', 'GPE')])).toEqual([
      'Spain/GPE/test',
      `Women’s World Cup/MISC/${SOURCE}`,
      'Sydney/GPE/test',
    ]);
    // A plural owner of an institution that the common-word list is too small to hold.
    const court = "He will appear before Manchester Magistrates' Court on Monday.";
    expect(stageResult(joinPossessiveNames, court, [at(court, 'Manchester Magistrates', 'ORG')])).toEqual([
      `Manchester Magistrates' Court/ORG/${SOURCE}`,
    ]);
  });

  it('is joined over a title with the title words before it and the body it names', () => {
    const text = 'The Prime Minister’s Office issued a statement.';
    expect(stageResult(joinPossessiveNames, text, [at(text, 'Office', 'GPE')])).toEqual([`Prime Minister’s Office/ORG/${SOURCE}`]);
    const office = "The United States Attorney's Office for the Southern District of New York charged him.";
    const given = [at(office, 'United States', 'GPE'), at(office, 'Office for the Southern District', 'ORG'), at(office, 'Southern District of New York', 'ORG')];
    expect(stageResult(joinPossessiveNames, office, given)).toEqual([
      `United States Attorney's Office for the Southern District of New York/ORG/${SOURCE}`,
    ]);
  });

  it('takes in a one-name party or people before `People’s` and keeps a found name’s type', () => {
    const text = "The Republican People's Party won Istanbul.";
    expect(stageResult(joinPossessiveNames, text, [at(text, 'Republican', 'NORP'), at(text, 'Party', 'MISC'), at(text, 'Istanbul', 'GPE')])).toEqual([
      `Republican People's Party/ORG/${SOURCE}`,
      'Istanbul/GPE/test',
    ]);
    // Not a person's name, nor a tagger's span over `of the` (the name starts at `People's`).
    const person = "Doctors told Maria Lopez Children's Hospital staff were ready.";
    expect(stageResult(joinPossessiveNames, person, [at(person, 'Maria Lopez', 'PERSON'), at(person, 'Hospital', 'ORG')])).toEqual([
      'Maria Lopez/PERSON/test',
      `Children's Hospital/LOC/${SOURCE}`,
    ]);
    const korea = "The Ministry for Atomic Energy of the Democratic People's Republic of Korea said so.";
    const ministry = 'Ministry for Atomic Energy of the Democratic';
    expect(stageResult(joinPossessiveNames, korea, [at(korea, ministry, 'ORG'), at(korea, 'Republic of Korea', 'GPE')])).toEqual([
      `${ministry}/ORG/test`,
      `People's Republic of Korea/GPE/${SOURCE}`,
    ]);
    const days = "I never liked Mother's Day or Father's Day.";
    expect(stageResult(joinPossessiveNames, days, [at(days, 'Day or Father', 'ORG')])).toEqual([`Father's Day/MISC/${SOURCE}`]);
    const republic = "Gierek led People's Poland for a decade.";
    expect(stageResult(joinPossessiveNames, republic, [at(republic, 'Gierek', 'PERSON'), at(republic, 'Poland', 'GPE')])).toEqual([
      'Gierek/PERSON/test',
      `People's Poland/GPE/${SOURCE}`,
    ]);
  });

  it.each([
    // A name owns: a person, a listed people or party, a body word.
    ["Putin's Security Council met.", [['Putin', 'PERSON'], ['Security Council', 'ORG']]],
    ["The Democrats' Senate majority held.", [['Democrats', 'NORP'], ['Senate', 'ORG']]],
    ["The Party's Central Committee met.", [['Party', 'ORG'], ['Central Committee', 'ORG']]],
    ["The Giants' Training Center reopened.", [['Giants', 'ORG'], ['Training Center', 'ORG']]],
    ["The New York Times' Editorial Board wrote.", [['New York Times', 'ORG'], ['Editorial Board', 'ORG']]],
    // A title before a role, not a body.
    ["The President's Chief of Staff John Kelly left.", [['John Kelly', 'PERSON']]],
    // A plural before a name of no kind: results tables.
    ["He won the Men's Individual Foil.", [['Individual Foil', 'MISC']]],
    // A title-case headline.
    ["Queen's Guard Union Holds Talks On Pay", [['Guard Union', 'ORG']]],
  ] as [string, [string, 'PERSON' | 'ORG' | 'NORP' | 'MISC'][]][])('leaves %s as it was', (text, phrases) => {
    const { result, given } = stageOnPhrases(joinPossessiveNames, text, phrases);
    expect(result).toEqual(given);
  });

  it('is joined over a saint, from `St`, where the name holds a word of a kind', () => {
    const school = "Gunmen raided St. Mary's Catholic School in Niger state.";
    expect(stageResult(joinPossessiveNames, school, [at(school, 'St.', 'GPE'), at(school, "Mary's Catholic School", 'PERSON'), at(school, 'Niger', 'GPE')])).toEqual([
      `St. Mary's Catholic School/ORG/${SOURCE}`,
      'Niger/GPE/test',
    ]);
    const hospital = "He was taken to St Thomas' Hospital and prayed at Saint Peter's Basilica.";
    expect(stageResult(joinPossessiveNames, hospital, [at(hospital, 'Thomas', 'PERSON'), at(hospital, 'Hospital', 'GPE'), at(hospital, 'Peter', 'PERSON')])).toEqual([
      `St Thomas' Hospital/LOC/${SOURCE}`,
      `Saint Peter's Basilica/LOC/${SOURCE}`,
    ]);
    // No word of a kind after it, or no saint's word one space before: nothing is joined.
    const town = "He lives in St. John's, Newfoundland, and St. Peter's Pieta was shown. Stan Mary's Catholic School closed.";
    expect(stageResult(joinPossessiveNames, town, [at(town, 'Newfoundland', 'GPE'), at(town, 'Pieta', 'PERSON'), at(town, 'Stan Mary', 'PERSON')])).toEqual([
      'Newfoundland/GPE/test',
      'Pieta/PERSON/test',
      'Stan Mary/PERSON/test',
    ]);
  });

  it('joins no centre, which is a building or a body as often', () => {
    const centre = "The International Women's Tribune Centre opened.";
    expect(stageResult(joinPossessiveNames, centre, [at(centre, 'International Women', 'ORG'), at(centre, 'Tribune Centre', 'ORG')])).toEqual([
      'International Women/ORG/test',
      'Tribune Centre/ORG/test',
    ]);
  });

  it('keeps the name after a join that a mention ran on to over a lower-case word', () => {
    const text = "Crowds gathered for St. Patrick's Day in Dublin.";
    expect(stageResult(joinPossessiveNames, text, [at(text, 'Patrick', 'PERSON'), at(text, 'Day in Dublin', 'ORG')])).toEqual([
      `St. Patrick's Day/MISC/${SOURCE}`,
      `Dublin/GPE/${SOURCE}`,
    ]);
  });

  it('gives the whole pipeline the whole name', () => {
    const nlp = createNlp();
    const found = (text: string) => extractEntities(nlp.analyze(text), 'x.txt').map((mention) => `${mention.text}/${mention.type}`);
    expect(found('The People’s Liberation Army held drills near Taiwan.')).toContain('People’s Liberation Army/ORG');
    expect(found('He studied at King’s College London.')).toContain('King’s College London/ORG');
    expect(found('The Sheriff’s Office said deputies were called.')).toContain('Sheriff’s Office/ORG');
    expect(found('Mourners filled St Margaret’s Church in London.')).toEqual(['St Margaret’s Church/LOC', 'London/GPE']);
    // A day is a date's business, not a name's; the town the tagger ran it on to stays.
    expect(found("Crowds gathered for St. Patrick's Day in Dublin.")).toEqual(['Dublin/GPE']);
  });
});
