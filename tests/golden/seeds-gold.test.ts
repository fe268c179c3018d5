// The seeds against their hand-made gold annotations (tests/fixtures/seeds-gold.json, a copy
// of shared/gold/seeds.json): every gold entity found with its type, mention counts within
// one, aliases merged into one entity, and no "not an entity" reported.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runEurasia } from '../cli/helpers.js';

interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
  mentions: Record<string, number>;
}
interface OutputEntity {
  name: string;
  type: string;
  count: number;
  documents: number;
  aliases: { text: string; count: number }[];
}

const gold = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'seeds-gold.json'), 'utf8')) as {
  entities: GoldEntity[];
  notEntities: string[];
};
const output = JSON.parse(runEurasia(['entities', '--json', 'seeds/']).stdout) as { entities: OutputEntity[] };
const mentions = runEurasia(['entities', '--mentions', '--format', 'ndjson', 'seeds/'])
  .stdout.trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { file: string; text: string; entity: string; type: string });

describe.each(gold.entities)('gold entity $name', (expected) => {
  // The gold's canonical spelling is the longest form (`Europeans`); ours may pick another
  // form of the same entity (`European`), so the gold name may stand among its surface forms.
  const found =
    output.entities.find((entity) => entity.name === expected.name) ??
    output.entities.find((entity) => entity.aliases.some((alias) => alias.text === expected.name));

  it(`is found as one ${expected.type} entity`, () => {
    expect(found, `no entity named ${expected.name}`).toBeDefined();
    expect(found?.type).toBe(expected.type);
  });

  it('has every gold alias that the text uses merged into it', () => {
    const aliases = (found?.aliases ?? []).map((alias) => alias.text);
    // Gold lists the canonical form even where the text never writes it (`Moscow` appears
    // only as `MOSCOW`); an alias that no mention uses cannot be merged.
    const written = expected.aliases.filter((alias) => mentions.some((mention) => mention.text === alias));
    expect(written.length).toBeGreaterThan(0);
    for (const alias of written) expect(aliases, `alias ${alias}`).toContain(alias);
    for (const mention of mentions.filter((item) => written.includes(item.text))) expect(mention.entity, mention.text).toBe(found?.name);
  });

  it.each(Object.entries(expected.mentions))('has its mention count within one in %s', (file, count) => {
    const counted = mentions.filter((mention) => path.basename(mention.file) === file && mention.entity === found?.name).length;
    expect(Math.abs(counted - count), `${counted} mentions, gold ${count}`).toBeLessThanOrEqual(1);
  });
});

describe('words that are not entities', () => {
  it.each(gold.notEntities)('%s is neither an entity nor a mention', (word) => {
    expect(output.entities.map((entity) => entity.name)).not.toContain(word);
    expect(mentions.map((mention) => mention.text)).not.toContain(word);
  });
});
