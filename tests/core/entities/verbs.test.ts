import { describe, expect, it } from 'vitest';
import { mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { splitAtVerbs } from '../../../src/core/entities/verbs.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import { createNlp } from '../../../src/core/nlp.js';

describe('two names run together over a verb', () => {
  it('are split there: the subject keeps its type, the object takes a listed type or the same', () => {
    const text = 'The Republican People’s Party won Istanbul in March.';
    expect(stageResult(splitAtVerbs, text, [at(text, 'Party won Istanbul', 'MISC')])).toEqual([
      'Party/MISC/entities/verbs',
      'Istanbul/GPE/entities/verbs',
    ]);
    const unlisted = 'Darwin wrote Lyell a long letter.';
    expect(stageResult(splitAtVerbs, unlisted, [at(unlisted, 'Darwin wrote Lyell', 'PERSON')])).toEqual([
      'Darwin/PERSON/entities/verbs',
      'Lyell/PERSON/entities/verbs',
    ]);
  });

  it('leaves the object its article out', () => {
    const text = 'The Committee requested the Secretariat to report.';
    expect(stageResult(splitAtVerbs, text, [at(text, 'Committee requested the Secretariat', 'ORG')])).toEqual([
      'Committee/ORG/entities/verbs',
      'Secretariat/ORG/entities/verbs',
    ]);
  });

  it.each([
    // A title holds its `be` in lower case.
    ['He read The Chimp Who Would be Human twice.', 'Chimp Who Would be Human'],
    // Connectors and particles are no verbs.
    ['The Americans with Disabilities Act passed.', 'Americans with Disabilities Act'],
    ['The Ministry of Defence said so.', 'Ministry of Defence'],
    // A verb with a lower-case word after it ends no subject before a name.
    ['Then Zorvex found out Kell.', 'Zorvex found out Kell'],
  ])('leaves %s whole', (text, name) => {
    const { result, given } = stageOnPhrases(splitAtVerbs, text, [[name, 'ORG']]);
    expect(result).toEqual(given);
  });

  it('gives the whole pipeline the two names', () => {
    const nlp = createNlp();
    const text = 'The Court found Hakan guilty on Monday.';
    const names = extractEntities(nlp.analyze(text), 'x.txt').map((mention) => mention.text);
    expect(names).toContain('Hakan');
    expect(names.some((name) => name.includes('found'))).toBe(false);
  });
});
