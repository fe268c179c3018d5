import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEurasia, SEEDS, temporaryFolder } from './helpers.js';

const ESCAPE = /\u001b\[/;
const SEED_004 = path.join(SEEDS, '004_5bc9f134390c81c1.txt');

describe('eurasia entities on the seeds', () => {
  it('prints a frequency table naming Lavrov, Putin, ASEAN, NATO and Minsk, without colour when piped', () => {
    const result = runEurasia(['entities', 'seeds/']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const name of ['Lavrov', 'Putin', 'Association of Southeast Asian Nations', 'NATO', 'Minsk']) expect(result.stdout).toContain(name);
    expect(result.stdout).not.toMatch(ESCAPE);
  });

  it('prints JSON with documents and entities sorted by count then name', () => {
    const result = runEurasia(['entities', '--json', 'seeds/']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.documents.map((document: { path: string }) => path.basename(document.path))).toEqual([
      '000_f42e58e29a180802.txt',
      '004_5bc9f134390c81c1.txt',
    ]);
    expect(json.documents[1].date).toBe('2025-05-23');
    expect(json.documents[0].title).toMatch(/^ASEAN members show interest/);
    const counts = json.entities.map((entity: { count: number }) => entity.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const lavrov = json.entities.find((entity: { name: string }) => entity.name === 'Sergey Lavrov');
    expect(lavrov).toMatchObject({ type: 'PERSON', documents: 2 });
  });

  it('--mentions gives offsets that slice the file text to the mention', async () => {
    const { readFileSync } = await import('node:fs');
    const result = runEurasia(['entities', '--mentions', '--format', 'ndjson', 'seeds/']);
    expect(result.code).toBe(0);
    const mentions = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(mentions.length).toBeGreaterThan(40);
    for (const mention of mentions) {
      expect(readFileSync(mention.file, 'utf8').slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.source).toMatch(/^entities\//);
    }
  });

  it('filters by --type, --top and --min-count', () => {
    const people = JSON.parse(runEurasia(['entities', '--json', '--type', 'person', 'seeds/']).stdout).entities;
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((entity: { type: string }) => entity.type === 'PERSON')).toBe(true);
    expect(JSON.parse(runEurasia(['entities', '--json', '--top', '2', 'seeds/']).stdout).entities).toHaveLength(2);
    const frequent = JSON.parse(runEurasia(['entities', '--json', '--min-count', '4', 'seeds/']).stdout).entities;
    expect(frequent.every((entity: { count: number }) => entity.count >= 4)).toBe(true);
  });
});

describe('formats and colour', () => {
  it('prints CSV and TSV with a header row', () => {
    expect(runEurasia(['entities', '--format', 'csv', 'seeds/']).stdout.split('\n')[0]).toBe('name,type,count,documents,aliases');
    expect(runEurasia(['entities', '--format', 'tsv', 'seeds/']).stdout.split('\n')[0]).toBe('name\ttype\tcount\tdocuments\taliases');
  });
  it('colours with FORCE_COLOR, and NO_COLOR or --no-color win over it', () => {
    expect(runEurasia(['entities', 'seeds/'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ESCAPE);
    expect(runEurasia(['entities', 'seeds/'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ESCAPE);
    expect(runEurasia(['entities', '--no-color', 'seeds/'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ESCAPE);
  });
  it('never colours JSON even when colour is forced', () => {
    expect(runEurasia(['entities', '--json', 'seeds/'], { env: { FORCE_COLOR: '3' } }).stdout).not.toMatch(ESCAPE);
  });
});

describe('quotes, dates and analyze', () => {
  it('quotes finds the quotations of the seeds', () => {
    const json = JSON.parse(runEurasia(['quotes', '--json', 'seeds/']).stdout);
    expect(json.quotes.length).toBeGreaterThanOrEqual(9);
    expect(json.quotes[0]).toHaveProperty('speaker');
  });
  it('dates resolves May 23 against the header date', () => {
    const json = JSON.parse(runEurasia(['dates', '--json', SEED_004]).stdout);
    expect(json.dates.find((date: { text: string }) => date.text === 'May 23')?.value).toBe('2025-05-23');
  });
  it('analyze emits entities, quotes and dates in one object, and typed NDJSON records', () => {
    const json = JSON.parse(runEurasia(['analyze', '--json', 'seeds/']).stdout);
    expect(Object.keys(json)).toEqual(['documents', 'entities', 'quotes', 'dates']);
    const kinds = new Set(runEurasia(['analyze', '--format', 'ndjson', 'seeds/']).stdout.trim().split('\n').map((line) => JSON.parse(line).record));
    expect([...kinds].sort()).toEqual(['date', 'entity', 'quote']);
  });
});

describe('input handling', () => {
  it('reads standard input for -', () => {
    const result = runEurasia(['entities', '--json', '-'], { input: 'Vladimir Putin met Angela Merkel in Berlin on Monday.' });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.documents[0].path).toBe('-');
    expect(json.entities.map((entity: { name: string }) => entity.name)).toContain('Vladimir Putin');
  });

  it('names each bad file once on stderr, in input order, analyses the rest, and exits 1', () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'good.txt'), 'Sergey Lavrov arrived in Minsk on Friday.');
    writeFileSync(path.join(folder, 'empty.txt'), '');
    writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x4d, 0x69, 0x6e, 0x73, 0x6b]));
    writeFileSync(path.join(folder, 'bom-crlf.txt'), '\uFEFFAngela Merkel visited Paris.\r\n\r\nShe met Emmanuel Macron.\r\n');
    const result = runEurasia(['entities', '--json', folder, path.join(folder, 'missing.txt')]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    // The missing path was named after the folder, so its line comes after the folder's.
    expect(lines).toEqual([
      expect.stringMatching(/binary\.txt: binary file/),
      expect.stringMatching(/empty\.txt: empty file$/),
      expect.stringMatching(/latin1\.txt: not valid UTF-8$/),
      expect.stringMatching(/missing\.txt: no such file or folder$/),
      'eurasia: 4 of 6 inputs skipped',
    ]);
    const json = JSON.parse(result.stdout);
    expect(json.documents.map((document: { path: string }) => path.basename(document.path))).toEqual(['bom-crlf.txt', 'good.txt']);
    const names = json.entities.map((entity: { name: string }) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Minsk', 'Angela Merkel']));
  });

  it('walks folders by extension, and --ext changes which files are read', () => {
    const folder = temporaryFolder();
    mkdirSync(path.join(folder, 'nested'));
    writeFileSync(path.join(folder, 'nested', 'a.txt'), 'Vladimir Putin spoke.');
    writeFileSync(path.join(folder, 'b.html'), 'Angela Merkel spoke.');
    const byDefault = JSON.parse(runEurasia(['entities', '--json', folder]).stdout);
    expect(byDefault.documents).toHaveLength(1);
    const html = JSON.parse(runEurasia(['entities', '--json', '--ext', 'html', folder]).stdout);
    expect(html.documents.map((document: { path: string }) => path.basename(document.path))).toEqual(['b.html']);
  });
});

describe('usage errors exit 2', () => {
  it('rejects an impossible --reference-date', () => {
    const result = runEurasia(['dates', '--reference-date', '2025-13-40', 'seeds/']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/reference-date/);
    expect(result.stdout).toBe('');
  });
  it('rejects an unknown flag, an unknown format and an unknown type', () => {
    expect(runEurasia(['entities', '--frobnicate', 'seeds/']).code).toBe(2);
    expect(runEurasia(['entities', '--format', 'xml', 'seeds/']).code).toBe(2);
    const badType = runEurasia(['entities', '--type', 'PLANET', 'seeds/']);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('unknown entity type PLANET');
  });
  it('rejects --json together with a different --format, and accepts them agreeing', () => {
    const clash = runEurasia(['entities', '--json', '--format', 'csv', 'seeds/']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toBe('eurasia: --json and --format csv disagree: give one of them\n');
    expect(clash.stdout).toBe('');
    const agreeing = runEurasia(['entities', '--json', '-f', 'json', 'seeds/']);
    expect(agreeing.code).toBe(0);
    expect(JSON.parse(agreeing.stdout).documents).toHaveLength(2);
  });
  it('rejects a run with no input', () => {
    const result = runEurasia(['entities']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no input');
  });
  it('bare eurasia, with no subcommand, prints help on stderr and exits 2', () => {
    const bare = runEurasia([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('Usage: eurasia [options] [command]');
    const asked = runEurasia(['help']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('Usage: eurasia [options] [command]');
  });
  it('documents every exit code in --help, with what else makes a run exit 1', () => {
    const help = runEurasia(['quotes', '--help']).stdout;
    const codes = help.slice(help.indexOf('Exit codes:'));
    for (const code of ['0', '1', '2', '70', '130']) expect(codes).toMatch(new RegExp(`^  ${code} `, 'm'));
    expect(codes).toContain('143');
    expect(codes).toMatch(/^  1 [^]*--fail-on-empty[^]*^  2 /m);
  });
  it('prints help with examples and version, exiting 0', () => {
    const help = runEurasia(['entities', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('jq');
    expect(help.stdout).toContain('Exit codes:');
    const version = runEurasia(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
