/** The test helper every recogniser test reads results through: `text/TYPE` per mention. */
import { createNlp } from '../../../src/core/nlp.js';
import { extractEntities } from '../../../src/core/entities/index.js';

const nlp = createNlp();

/** The mentions the whole recogniser finds in `text`, as `Sergey Lavrov/PERSON`, in order. */
export function foundEntities(text: string): string[] {
  return extractEntities(nlp.analyze(text), 'inline.txt').map((mention) => `${mention.text}/${mention.type}`);
}
