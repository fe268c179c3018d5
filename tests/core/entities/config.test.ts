import { describe, expect, it } from 'vitest';
import { entityLookups, validateEntityConfig } from '../../../src/core/entities/config.js';

const FILE = 'eurasia.config.json';

describe('validateEntityConfig', () => {
  it('accepts a well-formed file and returns it typed', () => {
    const { config, errors } = validateEntityConfig(
      {
        $schema: './schema.json',
        entities: [
          { name: 'Sergey Lavrov', type: 'PERSON', aliases: ['Lavrov', 'Lavrov'] },
          { name: 'Eurasian Development Bank', type: 'ORG' },
        ],
        neverEntities: ['Analysts'],
      },
      FILE,
    );
    expect(errors).toEqual([]);
    expect(config).toEqual({
      entities: [
        { name: 'Sergey Lavrov', type: 'PERSON', aliases: ['Lavrov'] },
        { name: 'Eurasian Development Bank', type: 'ORG' },
      ],
      neverEntities: ['Analysts'],
    });
  });

  it('accepts an empty object as no configuration', () => {
    expect(validateEntityConfig({}, FILE)).toEqual({ config: { entities: [], neverEntities: [] }, errors: [] });
  });

  it('names the file and the field path of a wrong type', () => {
    const { config, errors } = validateEntityConfig(
      { entities: [{ name: 'A', type: 'PERSON' }, { name: 'B', type: 'ORG' }, { name: 'C', type: 'PER' }] },
      FILE,
    );
    expect(config).toBeUndefined();
    expect(errors).toEqual(['eurasia.config.json: entities[2].type must be one of PERSON, ORG, GPE, LOC, NORP, MISC (got "PER")']);
  });

  it('reports every problem, not only the first', () => {
    const { errors } = validateEntityConfig(
      {
        entites: [],
        entities: [
          'Lavrov',
          { name: '  ', type: 'PERSON' },
          { name: 'X', type: 'ORG', aliases: 'Y' },
          { name: 'Z', kind: 'ORG' },
          { name: 'W', type: 'GPE', aliases: [3] },
        ],
        neverEntities: 'Analysts',
      },
      'my.json',
    );
    expect(errors).toEqual([
      'my.json: unknown field "entites"; expected one of entities, neverEntities',
      'my.json: entities[0] must be an object with "name" and "type" (got "Lavrov")',
      'my.json: entities[1].name must not be empty',
      'my.json: entities[2].aliases must be an array of strings (got "Y")',
      'my.json: entities[3]: unknown field "kind"; expected name, type, aliases',
      'my.json: entities[3].type must be one of PERSON, ORG, GPE, LOC, NORP, MISC (got nothing)',
      'my.json: entities[4].aliases[0] must be a string (got 3)',
      'my.json: neverEntities must be an array of strings (got "Analysts")',
    ]);
  });

  it('rejects a value that is not an object', () => {
    expect(validateEntityConfig([], FILE).errors).toEqual([`${FILE}: must be a JSON object with "entities" and/or "neverEntities" (got an array)`]);
    expect(validateEntityConfig(null, FILE).errors).toHaveLength(1);
    expect(validateEntityConfig('x', FILE).config).toBeUndefined();
  });

  it('rejects one form naming two entities, and a name that is also suppressed', () => {
    const { errors } = validateEntityConfig(
      {
        entities: [
          { name: 'Sergey Lavrov', type: 'PERSON', aliases: ['Lavrov'] },
          { name: 'Lavrov Foundation', type: 'ORG', aliases: ['Lavrov'] },
        ],
        neverEntities: ['lavrov'],
      },
      FILE,
    );
    expect(errors).toEqual([
      `${FILE}: entities[1].aliases[0] "Lavrov" already names "Sergey Lavrov"`,
      `${FILE}: neverEntities[0] "lavrov" is also a name of the entity "Sergey Lavrov"`,
    ]);
  });
});

describe('entityLookups', () => {
  const { config } = validateEntityConfig(
    {
      entities: [
        { name: 'Sergey Lavrov', type: 'PERSON', aliases: ['Lavrov'] },
        // The user overrides the gazetteer: here `Georgia` is a person, not the country.
        { name: 'Georgia Meloni', type: 'PERSON', aliases: ['Georgia'] },
      ],
      neverEntities: ['Analysts', 'Breaking News'],
    },
    FILE,
  );
  const lookups = entityLookups(config);

  it('puts user entities before the gazetteer', () => {
    expect(lookups.lookup('Lavrov')).toEqual({ type: 'PERSON', canonical: 'Sergey Lavrov' });
    expect(lookups.lookup('LAVROV')).toEqual({ type: 'PERSON', canonical: 'Sergey Lavrov' });
    expect(lookups.lookup('Georgia')).toEqual({ type: 'PERSON', canonical: 'Georgia Meloni' });
    expect(lookups.lookup('NATO')?.canonical).toBe('North Atlantic Treaty Organization');
    expect(lookups.lookup('lavrov')).toBeNull();
  });

  it('suppresses neverEntities without regard to case', () => {
    expect(lookups.isSuppressed('Analysts')).toBe(true);
    expect(lookups.isSuppressed('ANALYSTS')).toBe(true);
    expect(lookups.isSuppressed('Breaking\nNews')).toBe(true);
    expect(lookups.isSuppressed('Analyst')).toBe(false);
  });

  it('lists the user forms for a tagger lexicon', () => {
    expect(lookups.userEntries.map((entry) => entry.surface)).toEqual(['Sergey Lavrov', 'Lavrov', 'Georgia Meloni', 'Georgia']);
  });

  it('without a configuration is the gazetteer and suppresses nothing', () => {
    const plain = entityLookups();
    expect(plain.lookup('Georgia')).toEqual({ type: 'GPE', canonical: 'Georgia' });
    expect(plain.isSuppressed('Analysts')).toBe(false);
    expect(plain.userEntries).toEqual([]);
  });
});
