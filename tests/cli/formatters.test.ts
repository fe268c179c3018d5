import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { formatters } from '../../src/cli/formatters/index.js';
import type { FormatContext, Report } from '../../src/cli/report.js';
import { colorLevel } from '../../src/cli/color.js';

const report: Report = {
  count: 2,
  json: { items: [{ name: 'Lavrov, Sergey', text: 'He said "no"' }] },
  records: [{ name: 'Lavrov, Sergey' }, { name: 'Minsk' }],
  tables: [
    {
      columns: [
        { key: 'name', header: 'Name', paint: (value, color) => color.green(value) },
        { key: 'text', header: 'Text', maxWidth: 8 },
      ],
      rows: [{ name: 'Lavrov, Sergey', text: 'He said "no"\tand\nleft' }],
      emptyMessage: 'Nothing.',
    },
  ],
  flat: {
    columns: [{ key: 'name', header: 'name' }, { key: 'text', header: 'text' }],
    rows: [{ name: 'Lavrov, Sergey', text: 'He said "no"\tand\nleft' }],
    emptyMessage: '',
  },
};

const ESCAPE = /\u001b\[/;

/** What a formatter writes, joined. */
function render(format: keyof typeof formatters, input: Report, context: FormatContext): string {
  const pieces: string[] = [];
  formatters[format](input, context, { write: (text) => pieces.push(text) });
  return pieces.join('');
}

describe('formatters', () => {
  it('json prints one parseable object', () => {
    expect(JSON.parse(render('json', report, { color: null }))).toEqual(report.json);
  });
  it('ndjson prints one record a line', () => {
    const lines = render('ndjson', report, { color: null }).trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(report.records);
  });
  it('csv quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(render('csv', report, { color: null })).toBe('name,text\n"Lavrov, Sergey","He said ""no""\tand\nleft"\n');
  });
  it('tsv flattens tabs and line breaks inside values', () => {
    expect(render('tsv', report, { color: null })).toBe('name\ttext\nLavrov, Sergey\tHe said "no" and left\n');
  });
  it('table has no escape sequences without colour, and trims long cells', () => {
    const output = render('table', report, { color: null });
    expect(output).not.toMatch(ESCAPE);
    expect(output).toContain('He said…');
  });
  it('table colours cells and borders when given a colour level', () => {
    expect(render('table', report, { color: new Chalk({ level: 1 }) })).toMatch(ESCAPE);
  });
  it('table prints the empty message instead of an empty grid', () => {
    expect(render('table', { ...report, tables: [{ ...report.tables[0], rows: [] }] }, { color: null })).toBe('Nothing.\n');
  });
});

describe('colorLevel', () => {
  const base = { flag: undefined, env: {}, isTTY: true, format: 'table' };
  it('colours a table for a terminal only', () => {
    expect(colorLevel(base)).toBeGreaterThan(0);
    expect(colorLevel({ ...base, isTTY: false })).toBe(0);
  });
  it('never colours JSON, NDJSON, CSV or TSV, even when forced', () => {
    for (const format of ['json', 'ndjson', 'csv', 'tsv']) expect(colorLevel({ ...base, format, flag: true, env: { FORCE_COLOR: '3' } })).toBe(0);
  });
  it('honours NO_COLOR and --no-color over a terminal, and FORCE_COLOR without one', () => {
    expect(colorLevel({ ...base, env: { NO_COLOR: '1' } })).toBe(0);
    expect(colorLevel({ ...base, flag: false })).toBe(0);
    expect(colorLevel({ ...base, isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(1);
    expect(colorLevel({ ...base, env: { FORCE_COLOR: '0' } })).toBe(0);
    expect(colorLevel({ ...base, isTTY: false, flag: true })).toBeGreaterThan(0);
  });
});
