import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/nlp.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import { validateEntityConfig } from '../../../src/core/entities/config.js';

const nlp = createNlp();

function configOf(value: unknown) {
  const { config, errors } = validateEntityConfig(value, 'test.json');
  expect(errors).toEqual([]);
  return config!;
}

describe('entity pipeline with a user configuration', () => {
  const text = 'Foreign Minister Sergey Lavrov met officials of Kvarta Holdings in Minsk. Lavrov said the talks went well.';

  it('suppresses never-entities', () => {
    const config = configOf({ entities: [], neverEntities: ['Minsk'] });
    const found = extractEntities(nlp.analyze(text), 'a.txt', { config }).map((m) => m.text);
    expect(found).not.toContain('Minsk');
    expect(found).toContain('Sergey Lavrov');
  });

  it('resolves a short form to the full name written earlier', () => {
    const found = extractEntities(nlp.analyze(text), 'a.txt');
    const short = found.find((m) => m.text === 'Lavrov');
    expect(short?.entity).toBe('Sergey Lavrov');
    expect(short?.type).toBe('PERSON');
  });

  it('lets a configured name type a mention and keeps offsets exact', () => {
    const config = configOf({ entities: [{ name: 'Kvarta Holdings', type: 'ORG' }], neverEntities: [] });
    const found = extractEntities(nlp.analyze(text), 'a.txt', { config });
    const org = found.find((m) => m.text === 'Kvarta Holdings');
    expect(org?.type).toBe('ORG');
    for (const mention of found) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});
