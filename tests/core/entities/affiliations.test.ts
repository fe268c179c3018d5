import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageTypes } from './found.js';
import { typeAffiliationsOfPeople } from '../../../src/core/entities/affiliations.js';

describe("a one-word name read as a person after a person's `of`", () => {
  it("is a full name's team or firm", () => {
    const text = 'Andrea Kimi Antonelli of Zorvex finished third.';
    expect(stageTypes(typeAffiliationsOfPeople, text, [at(text, 'Andrea Kimi Antonelli', 'PERSON'), at(text, 'Zorvex', 'PERSON')])).toEqual([
      'Andrea Kimi Antonelli/PERSON',
      'Zorvex/ORG',
    ]);
    expect(found('Andrea Kimi Antonelli of Mercedes finished third in Qatar on Sunday.')).toEqual(['Andrea Kimi Antonelli/PERSON', 'Mercedes/ORG', 'Qatar/GPE']);
  });

  it("is the place a one-word or titled person is known by", () => {
    const lone = 'Lawrence of Zorvex rode on.';
    expect(stageTypes(typeAffiliationsOfPeople, lone, [at(lone, 'Lawrence', 'PERSON'), at(lone, 'Zorvex', 'PERSON')])).toEqual(['Lawrence/PERSON', 'Zorvex/GPE']);
    const titled = 'The 1st Baron Herbert of Zorvex sent nurses.';
    expect(stageTypes(typeAffiliationsOfPeople, titled, [at(titled, 'Baron Herbert', 'PERSON'), at(titled, 'Zorvex', 'PERSON')])).toEqual(['Baron Herbert/PERSON', 'Zorvex/GPE']);
  });

  it("takes the lists' type, then the document's other reading", () => {
    const listed = 'Lando Norris of McLaren won.';
    expect(stageTypes(typeAffiliationsOfPeople, listed, [at(listed, 'Lando Norris', 'PERSON'), at(listed, 'McLaren', 'PERSON')])).toEqual(['Lando Norris/PERSON', 'McLaren/ORG']);
    const read = 'Zorvex grew. Jane Kell of Zorvex spoke.';
    const mentions = [at(read, 'Zorvex', 'GPE'), at(read, 'Jane Kell', 'PERSON'), at(read, 'Zorvex', 'PERSON', 10)];
    expect(stageTypes(typeAffiliationsOfPeople, read, mentions)).toEqual(['Zorvex/GPE', 'Jane Kell/PERSON', 'Zorvex/GPE']);
  });

  it.each([
    // The document names a person by the word.
    ['Mercedes Sosa sang. Juan Perez of Mercedes spoke.', [['Mercedes Sosa', 0], ['Juan Perez', 0], ['Mercedes', 30]]],
    // An ordinary word (`God of Wine`), two words, something other than `of` between.
    ['He was the God of Wine.', [['God', 0], ['Wine', 0]]],
    ['Jane Kell of Zorvex Bank spoke.', [['Jane Kell', 0], ['Zorvex Bank', 0]]],
    ['Jane Kell and Zorvex spoke.', [['Jane Kell', 0], ['Zorvex', 0]]],
    ['Jane Kell of\nZorvex spoke.', [['Jane Kell', 0], ['Zorvex', 0]]],
  ] as [string, [string, number][]][])('leaves %s as it was', (text, phrases) => {
    const mentions = phrases.map(([phrase, from]) => at(text, phrase, 'PERSON', from));
    expect(stageTypes(typeAffiliationsOfPeople, text, mentions)).toEqual(phrases.map(([phrase]) => `${phrase}/PERSON`));
  });
});
