// One entity, one name everywhere: a document that writes only `Vashkov` names the same person
// another document calls Sergey Vashkov, and quotes, --mentions and the entity table agree.
// The name is invented: a listed one (`Lavrov`) is named in full by the lists in every document.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEurasia, temporaryFolder } from './helpers.js';

function corpus(): string {
  const folder = temporaryFolder('eurasia-names-');
  writeFileSync(path.join(folder, 'a.txt'), 'Foreign Minister Sergey Vashkov arrived in Minsk on Friday.\n');
  writeFileSync(path.join(folder, 'b.txt'), '"We are ready to talk," Vashkov said in Minsk.\n');
  return folder;
}

describe('corpus-wide names', () => {
  it('gives the entity table, the collected mentions and the quotes one name for the person', () => {
    const folder = corpus();
    const table = JSON.parse(runEurasia(['entities', '--json', folder]).stdout);
    const vashkov = table.entities.find((entity: { name: string }) => entity.name === 'Sergey Vashkov');
    expect(vashkov).toMatchObject({ type: 'PERSON', count: 2, documents: 2 });
    expect(table.entities.some((entity: { name: string }) => entity.name === 'Vashkov')).toBe(false);

    const mentions = JSON.parse(runEurasia(['entities', '--mentions', '--json', folder]).stdout).mentions;
    const inB = mentions.find((mention: { file: string; text: string }) => mention.file.endsWith('b.txt') && mention.text === 'Vashkov');
    expect(inB).toMatchObject({ entity: 'Sergey Vashkov', type: 'PERSON' });

    const [quote] = JSON.parse(runEurasia(['quotes', '--json', folder]).stdout).quotes;
    expect(quote).toMatchObject({ text: 'We are ready to talk,', speaker: 'Sergey Vashkov' });
  });

  it('streams NDJSON mentions with the name their own document gives', () => {
    const lines = runEurasia(['entities', '--mentions', '--format', 'ndjson', corpus()]).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.find((mention) => mention.file.endsWith('b.txt') && mention.text === 'Vashkov')?.entity).toBe('Vashkov');
  });
});
