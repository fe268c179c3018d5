import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { joinRomanceNames } from '../../../src/core/entities/romance.js';

describe('an organisation named over a Romance `of`', () => {
  it('is one name with the capitalised words after the particle', () => {
    expect(found('The Treasury arranged a swap with the Banco Central de la Republica Argentina.')).toContain('Banco Central de la Republica Argentina/ORG');
    expect(found('Caixa Geral de Depositos said profits rose.')).toEqual(['Caixa Geral de Depositos/ORG']);
  });

  it('replaces the tagger\'s mentions of the rest, and carries a name on only once', () => {
    const text = 'Students of the Universidad Nacional del Centro del Perú were freed.';
    expect(stageResult(joinRomanceNames, text, [at(text, 'Universidad Nacional', 'ORG'), at(text, 'del Centro', 'ORG'), at(text, 'del Perú', 'PERSON')])).toEqual([
      'Universidad Nacional del Centro del Perú/ORG/entities/romance',
    ]);
  });

  it('leaves a person, a particle before no capitalised word, English `do`, and a line break alone', () => {
    const text = 'Lula da Silva spoke. Zorvex Holdings de facto won. Would Zorvex Holdings do Business here? Zorvex Bank de\nParis.';
    const mentions = [at(text, 'Lula da Silva', 'PERSON'), at(text, 'Zorvex Holdings', 'ORG'), at(text, 'Zorvex Holdings', 'ORG', 40), at(text, 'Zorvex Bank', 'ORG')];
    expect(stageResult(joinRomanceNames, text, mentions)).toEqual(mentions.map((mention) => `${mention.text}/${mention.type}/test`));
  });
});
