// Golden files: the exact JSON each subcommand prints for the seeds. A change in output is a
// change in behaviour: review the diff, then regenerate with UPDATE_GOLDEN=1 npm test.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runEurasia } from '../cli/helpers.js';

const GOLDEN = path.join(ROOT, 'tests', 'fixtures', 'golden');
const cases: [string, string[]][] = [
  ['entities.json', ['entities', '--json', 'seeds/']],
  ['mentions.ndjson', ['entities', '--mentions', '--format', 'ndjson', 'seeds/']],
  ['quotes.json', ['quotes', '--json', 'seeds/']],
  ['dates.json', ['dates', '--json', 'seeds/']],
  ['dates-reference-2023-07-16.json', ['dates', '--json', '--reference-date', '2023-07-16', 'seeds/']],
];

describe('golden output for the seeds', () => {
  it.each(cases)('%s', (name, args) => {
    const result = runEurasia(args);
    expect(result.code).toBe(0);
    const file = path.join(GOLDEN, name);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, result.stdout);
    // A missing golden file is a failure, not a fresh baseline: it would pass whatever was printed.
    expect(existsSync(file), `${name} is missing; create it with UPDATE_GOLDEN=1 npm test`).toBe(true);
    expect(result.stdout).toBe(readFileSync(file, 'utf8'));
  });
});
