import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { joinCaseNames } from '../../../src/core/entities/cases.js';
import type { Mention } from '../../../src/core/types.js';

function joined(text: string, mentions: Mention[]): string[] {
  return stageResult(joinCaseNames, text, mentions);
}

describe('court cases named by their parties', () => {
  it('makes one case of the parties either side of `v.`', () => {
    expect(found('Roberts wrote for the majority in Trump v. United States last year.')).toContain('Trump v. United States/MISC');
    expect(found('The case, Paxton v. Free Speech Coalition, is set for January.')).toContain('Paxton v. Free Speech Coalition/MISC');
    const text = 'In Roe v. Wade, and later in Brown v. Board of Education of Topeka, the court ruled.';
    expect(joined(text, [at(text, 'Roe', 'PERSON'), at(text, 'Wade', 'PERSON'), at(text, 'Brown', 'PERSON'), at(text, 'Board of Education', 'ORG')])).toEqual([
      'Roe v. Wade/MISC/entities/cases',
      'Brown v. Board of Education of Topeka/MISC/entities/cases',
    ]);
  });

  it('takes in a firm\'s legal form after a comma, and leaves out a sentence\'s opening word and a function word', () => {
    const text = 'It cited Acme Widgets, Inc. v. Surrex Solutions, LLC. See Marbury v. Madison. They revisited Roe v. Wade In Landmark Ruling.';
    expect(joined(text, [])).toEqual([
      'Acme Widgets, Inc. v. Surrex Solutions, LLC/MISC/entities/cases',
      'Marbury v. Madison/MISC/entities/cases',
      'Roe v. Wade/MISC/entities/cases',
    ]);
  });

  it('leaves fixtures, a lower-case side and a name reaching past the case alone', () => {
    const text = 'Arsenal v Chelsea and England vs. India; the state v. Smith; Zorb Holdings v. Quorb Inc. Ltd was filed.';
    expect(joined(text, [at(text, 'Arsenal', 'ORG'), at(text, 'Chelsea', 'ORG'), at(text, 'England', 'GPE'), at(text, 'India', 'GPE'), at(text, 'Smith', 'PERSON'), at(text, 'Quorb Inc. Ltd was', 'ORG')])).toEqual([
      'Arsenal/ORG/test',
      'Chelsea/ORG/test',
      'England/GPE/test',
      'India/GPE/test',
      'Smith/PERSON/test',
      'Quorb Inc. Ltd was/ORG/test',
    ]);
  });
});
