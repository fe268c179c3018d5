import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEurasia, temporaryFolder } from './helpers.js';

describe('quotes views', () => {
  it('--by speaker counts quotes and documents per speaker', () => {
    const json = JSON.parse(runEurasia(['quotes', '--by', 'speaker', '--json', 'seeds/']).stdout);
    expect(json.speakers).toEqual([expect.objectContaining({ speaker: 'Sergey Lavrov', quotes: 10, documents: 2 })]);
  });
  it('--speaker matches any alias of the speaker, and nothing for a stranger', () => {
    const byAlias = JSON.parse(runEurasia(['quotes', '--speaker', 'lavrov', '--json', 'seeds/']).stdout);
    expect(byAlias.quotes).toHaveLength(10);
    expect(JSON.parse(runEurasia(['quotes', '--speaker', 'Donald Trump', '--json', 'seeds/']).stdout).quotes).toHaveLength(0);
  });
});

describe('dates views', () => {
  it('--by value counts mentions per resolved value in calendar order, with a bar in the table', () => {
    const json = JSON.parse(runEurasia(['dates', '--by', 'value', '--json', 'seeds/']).stdout);
    expect(json.values.map((entry: { value: string }) => entry.value)).toEqual(['2023', '2024', '2025-05-23', '2025-FA']);
    expect(runEurasia(['dates', '--by', 'value', 'seeds/']).stdout).toContain('█');
  });
  it('lists durations and sets only with --all', () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'a.txt');
    writeFileSync(file, 'date 2024-03-01\nThe talks lasted three years. They met every Monday and again last week.');
    const plain = JSON.parse(runEurasia(['dates', '--json', file]).stdout).dates;
    expect(plain.every((date: { type: string }) => date.type === 'DATE' || date.type === 'TIME')).toBe(true);
    const all = JSON.parse(runEurasia(['dates', '--all', '--json', file]).stdout).dates;
    expect(all.map((date: { type: string }) => date.type)).toEqual(expect.arrayContaining(['DURATION', 'SET']));
  });
});
