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

  it('gives a configured name the configured type and canonical name wherever it is written', () => {
    const kvarta = 'Officials of Kvarta met in Minsk on Friday. KV said the talks went well.';
    const unconfigured = extractEntities(nlp.analyze(kvarta), 'a.txt').find((m) => m.text === 'Kvarta');
    // Without the configuration the tagger reads Kvarta as something else, so the test can fail.
    expect(unconfigured?.type).not.toBe('ORG');
    const config = configOf({ entities: [{ name: 'Kvarta', type: 'ORG', aliases: ['KV'] }], neverEntities: [] });
    const found = extractEntities(nlp.analyze(kvarta), 'a.txt', { config }).filter((m) => m.entity === 'Kvarta');
    expect(found.map((m) => `${m.text}/${m.type}`)).toEqual(['Kvarta/ORG', 'KV/ORG']);
  });

  it('finds a configured name the tagger misses', () => {
    // A surname no list holds, opening a sentence as the tagger's weakest reading does.
    const sentence = 'Lighthizer wants tariffs to rise.';
    expect(extractEntities(nlp.analyze(sentence), 'a.txt').some((m) => m.text === 'Lighthizer')).toBe(false);
    const config = configOf({ entities: [{ name: 'Robert Lighthizer', type: 'PERSON', aliases: ['Lighthizer'] }], neverEntities: [] });
    const [lighthizer] = extractEntities(nlp.analyze(sentence), 'a.txt', { config });
    expect(lighthizer).toMatchObject({ text: 'Lighthizer', type: 'PERSON', entity: 'Robert Lighthizer', start: 0, end: 10 });
  });

  it('lets a configured name type a mention and keeps offsets exact', () => {
    const config = configOf({ entities: [{ name: 'Kvarta Holdings', type: 'ORG' }], neverEntities: [] });
    const found = extractEntities(nlp.analyze(text), 'a.txt', { config });
    const org = found.find((m) => m.text === 'Kvarta Holdings');
    expect(org?.type).toBe('ORG');
    for (const mention of found) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});

describe('configured names as a stage of their own', () => {
  it('adds a mention, tagged with its stage, for a configured form no other stage found', () => {
    // A lower-case product name: no tagger reads it as a name, so only the configuration can.
    const text = 'Analysts said the rollout of eurasiabot went well in Minsk.';
    const config = configOf({ entities: [{ name: 'eurasiabot', type: 'MISC' }], neverEntities: [] });
    const found = extractEntities(nlp.analyze(text), 'a.txt', { config }).find((m) => m.text === 'eurasiabot');
    expect(found).toMatchObject({ type: 'MISC', entity: 'eurasiabot', source: 'entities/config' });
    expect(text.slice(found!.start, found!.end)).toBe('eurasiabot');
  });

  it('leaves a longer name the tagger read around a configured form alone', () => {
    const text = 'Officials of Kvarta Holdings met in Minsk.';
    const config = configOf({ entities: [{ name: 'Kvarta', type: 'PERSON' }], neverEntities: [] });
    const found = extractEntities(nlp.analyze(text), 'a.txt', { config });
    expect(found.some((m) => m.text === 'Kvarta Holdings')).toBe(true);
    expect(found.some((m) => m.text === 'Kvarta')).toBe(false);
  });
});
