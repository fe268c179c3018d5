import { describe, expect, it } from 'vitest';
import { mentionAt as at, stageResult } from './found.js';
import { dropTrailingNumbers } from '../../../src/core/entities/trailing-numbers.js';

describe('a number a name ran on into', () => {
  it('comes off a person, a score and a distance', () => {
    const text = 'ZORVEX BEAT KELLAND 3-1. It was in Ambrel Posad 70 km away. (C. Tolley 4-68)';
    const mentions = [at(text, 'KELLAND 3-1', 'ORG'), at(text, 'Ambrel Posad 70', 'MISC'), at(text, 'C. Tolley 4-68', 'PERSON')];
    expect(stageResult(dropTrailingNumbers, text, mentions)).toEqual(['KELLAND/ORG/test', 'Ambrel Posad/MISC/test', 'C. Tolley/PERSON/test']);
  });

  it('stays on other names, and on a number with no space before it', () => {
    const text = 'They used Windows 11 at Area 51 and Terminal 5 before Euro 2024, the G7 and Zorvex-9.';
    const mentions = [at(text, 'Windows 11', 'MISC'), at(text, 'Area 51', 'LOC'), at(text, 'Terminal 5', 'GPE'), at(text, 'Euro 2024', 'MISC'), at(text, 'G7', 'ORG')];
    expect(stageResult(dropTrailingNumbers, text, mentions)).toEqual(mentions.map((mention) => `${mention.text}/${mention.type}/test`));
  });
});
