import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEurasia, temporaryFolder } from './helpers.js';

const ARTICLE = 'Analysts met Zorbulon Quaxley in Minsk. Quaxley said the talks went well.';

describe('entity configuration', () => {
  it('reads eurasia.config.json from the working folder: user entities and never-entities apply', () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'article.txt'), ARTICLE);
    writeFileSync(
      path.join(folder, 'eurasia.config.json'),
      JSON.stringify({ entities: [{ name: 'Zorbulon Quaxley', type: 'PERSON', aliases: ['Quaxley'] }], neverEntities: ['Minsk'] }),
    );
    const result = runEurasia(['entities', '--json', 'article.txt'], { cwd: folder });
    expect(result.code).toBe(0);
    const entities = JSON.parse(result.stdout).entities as { name: string; type: string; count: number }[];
    expect(entities.find((entity) => entity.name === 'Zorbulon Quaxley')).toMatchObject({ type: 'PERSON', count: 2 });
    expect(entities.map((entity) => entity.name)).not.toContain('Minsk');
  });

  it('reports a bad field with the file and the field path, and exits 2 without output', () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'article.txt'), ARTICLE);
    const config = path.join(folder, 'custom.json');
    writeFileSync(config, JSON.stringify({ entities: [{ name: 'X', type: 'PLANET' }] }));
    const result = runEurasia(['entities', '--config', config, path.join(folder, 'article.txt')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('custom.json');
    expect(result.stderr).toContain('entities[0].type');
  });

  it('reports invalid JSON and a missing --config file as usage errors', () => {
    const folder = temporaryFolder();
    const broken = path.join(folder, 'broken.json');
    writeFileSync(broken, '{ "entities": [');
    expect(runEurasia(['entities', '--config', broken, 'seeds/']).stderr).toMatch(/broken\.json: not valid JSON/);
    const missing = runEurasia(['entities', '--config', path.join(folder, 'nope.json'), 'seeds/']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: cannot read configuration/);
  });
});
