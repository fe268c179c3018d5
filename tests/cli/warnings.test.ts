// Warnings: things worth saying about a document that is still analysed. They go to stderr and
// leave the exit code alone, unless --strict makes them fail the run.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEurasia, temporaryFolder } from './helpers.js';

const BODY = 'Sergey Lavrov arrived in Minsk on Friday.\n';

describe('an invalid date header', () => {
  it('is named on stderr and ignored: the document has no date, and the exit code stays 0', () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'x.txt');
    writeFileSync(file, `date 2025-13-40\n${BODY}`);
    const result = runEurasia(['dates', '--json', file]);
    expect(result.stderr).toBe(`eurasia: ${file}: ignored invalid date header "2025-13-40"\n`);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).documents[0].date).toBeNull();
  });

  it('fails the run under --strict, with a closing count', () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'a.txt'), `date 2025-02-30\n${BODY}`);
    writeFileSync(path.join(folder, 'b.txt'), `date 2025-05-23\n${BODY}`);
    writeFileSync(path.join(folder, 'c.txt'), `Date 23/05/2025\n${BODY}`);
    const result = runEurasia(['entities', '--json', '--strict', folder]);
    expect(result.stderr).toBe(
      [
        `eurasia: ${path.join(folder, 'a.txt')}: ignored invalid date header "2025-02-30"`,
        `eurasia: ${path.join(folder, 'c.txt')}: ignored invalid date header "23/05/2025"`,
        'eurasia: 2 warnings (--strict)',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).documents).toHaveLength(3);
  });

  it('is reported the same, in input order, when workers analyse', () => {
    const folder = temporaryFolder();
    for (let index = 0; index < 8; index += 1) {
      const header = index === 3 ? 'date 2025-13-40\n' : index === 5 ? 'date 2025-5-23\n' : '';
      writeFileSync(path.join(folder, `${index}.txt`), `${header}${BODY}`);
    }
    writeFileSync(path.join(folder, '6.txt'), '');
    const one = runEurasia(['entities', '--json', '--strict', '--jobs', '1', folder]);
    const two = runEurasia(['entities', '--json', '--strict', '--jobs', '2', folder]);
    expect(two.stderr).toBe(
      [
        `eurasia: ${path.join(folder, '3.txt')}: ignored invalid date header "2025-13-40"`,
        `eurasia: ${path.join(folder, '5.txt')}: ignored invalid date header "2025-5-23"`,
        `eurasia: ${path.join(folder, '6.txt')}: empty file`,
        'eurasia: 1 of 8 inputs skipped',
        'eurasia: 2 warnings (--strict)',
        '',
      ].join('\n'),
    );
    expect(two.code).toBe(1);
    expect(one.stderr).toBe(two.stderr);
    expect(one.stdout).toBe(two.stdout);
  });

  it('says nothing about a valid header or a headline that starts with the word Date', () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'valid.txt'), `date 2025-05-23\n${BODY}`);
    writeFileSync(path.join(folder, 'headline.txt'), `Date night in Paris for 2 leaders\n\n${BODY}`);
    const result = runEurasia(['entities', '--strict', folder]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
