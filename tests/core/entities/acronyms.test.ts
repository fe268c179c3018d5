import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { joinDefinedLongForms } from '../../../src/core/entities/acronyms.js';

describe('a long form the document defines by an acronym in parentheses', () => {
  it('is one name in place of the pieces the tagger read', () => {
    const text = 'He joined the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) in 2001.';
    expect(stageResult(joinDefinedLongForms, text, [at(text, 'Bureau of Alcohol', 'ORG'), at(text, 'Tobacco', 'GPE'), at(text, 'ATF', 'ORG')])).toEqual([
      'Bureau of Alcohol, Tobacco, Firearms and Explosives/ORG/entities/acronyms',
      'ATF/ORG/test',
    ]);
  });

  it('is found where the tagger kept only the acronym', () => {
    const text = 'Officials from the Centers for Disease Control and Prevention (CDC) urged vaccination.';
    expect(stageResult(joinDefinedLongForms, text, [at(text, 'CDC', 'ORG')])).toEqual(['Centers for Disease Control and Prevention/ORG/entities/acronyms', 'CDC/ORG/test']);
  });

  it('reads the acronym from initials, connectors and words in capitals', () => {
    const cases = [
      ['The Council for the Curriculum, Examinations & Assessment (CCEA) advises.', 'Council', 'CCEA', 'Council for the Curriculum, Examinations & Assessment'],
      ['The United Nations Mission in Haiti (UNMIH) left.', 'Mission', 'UNMIH', 'United Nations Mission in Haiti'],
      ['Talks under the UN Framework Convention on Climate Change (UNFCCC) resumed.', 'Climate', 'UNFCCC', 'UN Framework Convention on Climate Change'],
    ] as const;
    for (const [text, piece, acronym, longForm] of cases) {
      expect(stageResult(joinDefinedLongForms, text, [at(text, piece, 'ORG'), at(text, acronym, 'ORG')])).toEqual([`${longForm}/ORG/entities/acronyms`, `${acronym}/ORG/test`]);
    }
  });

  it('gives the long form and the acronym one type: the lists, a law by its last word, then the longer reading', () => {
    const treaty = 'A new Partnership and Cooperation Agreement (PCA) was signed.';
    expect(stageResult(joinDefinedLongForms, treaty, [at(treaty, 'Partnership', 'ORG'), at(treaty, 'PCA', 'ORG')])).toEqual([
      'Partnership and Cooperation Agreement/MISC/entities/acronyms',
      'PCA/MISC/entities/acronyms',
    ]);
    const exchange = 'Shares fell on the Budapest Stock Exchange (BSE) on Friday.';
    expect(stageResult(joinDefinedLongForms, exchange, [at(exchange, 'Budapest Stock Exchange', 'ORG'), at(exchange, 'BSE', 'MISC')])).toEqual([
      'Budapest Stock Exchange/ORG/test',
      'BSE/ORG/entities/acronyms',
    ]);
  });

  it('finds the whole name and joins later mentions of the acronym to it', () => {
    const text = 'The Centers for Disease Control and Prevention (CDC) urged vaccination. The CDC said cases rose.';
    expect(found(text)).toEqual(['Centers for Disease Control and Prevention/ORG', 'CDC/ORG', 'CDC/ORG']);
  });

  it.each([
    // A lower-case word between: no name.
    ['The Climate group said emissions (CE) rose.', [['Climate', 'ORG'], ['CE', 'ORG']]],
    // People and offices.
    ['Bardeen, Cooper, and Schrieffer (BCS) explained it.', [['Bardeen', 'ORG'], ['Cooper', 'PERSON'], ['Schrieffer', 'PERSON'], ['BCS', 'ORG']]],
    ['The John Smith Memorial Trust (JSMT) said.', [['John Smith Memorial Trust', 'PERSON'], ['JSMT', 'PERSON']]],
    ['Our Chief Financial Officer (CFO) resigned.', [['CFO', 'ORG']]],
    // The initials do not spell it (letters inside words do not count).
    ['They assisted the USS Ailanthus (AN-38) and others.', [['USS Ailanthus', 'MISC'], ['AN-38', 'MISC']]],
    // An acronym spelt like a word is not added when the tagger passed it over.
    ['It sold Intelligent Network (IN) products.', [['Intelligent Network', 'MISC']]],
  ] as const)('leaves %s alone', (text, mentions) => {
    const { result, given } = stageOnPhrases(joinDefinedLongForms, text, mentions);
    expect(result).toEqual(given);
  });
});
