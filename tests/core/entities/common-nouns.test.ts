import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { dropCommonNounAcronyms } from '../../../src/core/entities/common-nouns.js';
import type { Mention } from '../../../src/core/types.js';

function kept(text: string, mentions: Mention[]): string[] {
  return stageResult(dropCommonNounAcronyms, text, mentions);
}

describe('acronyms a document defines by ordinary words', () => {
  it('drops the acronym, singular and plural, wherever the document writes it', () => {
    const text = 'Utilities bet on small modular reactors (SMRs). One SMR is planned, and two SMRs in Ontario.';
    expect(kept(text, [at(text, 'SMRs', 'ORG'), at(text, 'SMR', 'ORG', 50), at(text, 'SMRs', 'MISC', 60), at(text, 'Ontario', 'GPE')])).toEqual([
      'Ontario/GPE/test',
    ]);
  });

  it('reads hyphenated words part by part and lets connectors spell a letter or none', () => {
    const etf = 'Investors bought an exchange-traded fund (ETF) and sold the ETF later.';
    expect(kept(etf, [at(etf, 'ETF', 'ORG'), at(etf, 'ETF', 'ORG', 50)])).toEqual([]);
    const roe = 'The bank lifted its return on equity (ROE) and its weapons of mass destruction (WMD) unit.';
    expect(kept(roe, [at(roe, 'ROE', 'ORG'), at(roe, 'WMD', 'MISC')])).toEqual([]);
  });

  it('finds no such acronym in the whole recogniser', () => {
    expect(found('The firm missed its key performance indicators (KPIs) again, and its KPIs will be reviewed by Acme Corp.')).toEqual([
      'Acme Corp./ORG',
    ]);
  });

  it('leaves acronyms of capitalised names, and parentheses that spell nothing', () => {
    const named = 'The Securities and Exchange Commission (SEC) approved it, and the SEC said so.';
    expect(kept(named, [at(named, 'SEC', 'ORG'), at(named, 'SEC', 'ORG', 50)])).toEqual(['SEC/ORG/test', 'SEC/ORG/test']);
    const group = 'Guerrillas of the main rebel group (PUK) and the party (KDP) met.';
    expect(kept(group, [at(group, 'PUK', 'ORG'), at(group, 'KDP', 'ORG')])).toEqual(['PUK/ORG/test', 'KDP/ORG/test']);
    const word = 'Power fell by 500 megawatts (MW) in the area run by the MW Group.';
    expect(kept(word, [at(word, 'MW', 'ORG', 40)])).toEqual(['MW/ORG/test']);
  });
});

describe('acronyms a document spells out earlier in lower case, undefined', () => {
  it('drops an acronym whose letters begin the words of an earlier noun phrase', () => {
    const text = "Meta may buy Google's tensor processing units. TPUs cost less, and one TPU is fast.";
    expect(kept(text, [at(text, 'Meta', 'ORG'), at(text, 'Google', 'ORG'), at(text, 'TPUs', 'ORG'), at(text, 'TPU', 'ORG', 60)])).toEqual(['Meta/ORG/test', 'Google/ORG/test']);
  });

  it('keeps it when the words come after it, are no noun phrase, hold a connector, or the lists know it', () => {
    const after = 'The TPU team grew; tensor processing units sell well.';
    expect(kept(after, [at(after, 'TPU', 'ORG')])).toEqual(['TPU/ORG/test']);
    const chance = 'I think they could win. The TTC raised fares.';
    expect(kept(chance, [at(chance, 'TTC', 'ORG')])).toEqual(['TTC/ORG/test']);
    // A connector is out even where it would fit: chance spellings through `of` and `on` are many.
    const connector = 'Its return on investment fell. The ROI Group met.';
    expect(kept(connector, [at(connector, 'ROI', 'ORG')])).toEqual(['ROI/ORG/test']);
    const listed = 'Engineers at the national aeronautics space agency met. NASA said so.';
    expect(kept(listed, [at(listed, 'NASA', 'ORG')])).toEqual(['NASA/ORG/test']);
  });

  it('needs three letters at least', () => {
    const text = 'Spending on artificial intelligence grew, and AI firms gained.';
    expect(kept(text, [at(text, 'AI', 'ORG')])).toEqual(['AI/ORG/test']);
  });
});
