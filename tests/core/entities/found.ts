/** The test helper every recogniser test reads results through: `text/TYPE` per mention. */
import { createNlp, type AnalyzedText } from '../../../src/core/nlp.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import type { EntityType, Mention } from '../../../src/core/types.js';

const nlp = createNlp();

/** The mentions the whole recogniser finds in `text`, as `Sergey Lavrov/PERSON`, in order. */
export function foundEntities(text: string): string[] {
  return extractEntities(nlp.analyze(text), 'inline.txt').map((mention) => `${mention.text}/${mention.type}`);
}

/**
 * A mention over the first `phrase` in `text` at or after offset `from`, as a stage before
 * the one under test would hand it on (source `test`).
 */
export function mentionAt(text: string, phrase: string, type: EntityType, from = 0): Mention {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`${phrase} not found`);
  return { file: 'inline.txt', start, end: start + phrase.length, text: phrase, type, entity: phrase, source: 'test' };
}

/** A stage that reads only the document: its mentions so far, the analysed text, the path. */
type DocumentStage = (mentions: Mention[], analyzed: AnalyzedText, file: string) => Mention[];

/**
 * What one stage makes of `mentions` over `text`, as `text/TYPE/source` per mention, in the
 * order the stage returns them.
 */
export function stageResult(stage: DocumentStage, text: string, mentions: Mention[]): string[] {
  return stage(mentions, nlp.analyze(text), 'inline.txt').map((mention) => `${mention.text}/${mention.type}/${mention.source}`);
}

/** As `stageResult`, without the source: `text/TYPE` per mention. */
export function stageTypes(stage: DocumentStage, text: string, mentions: Mention[]): string[] {
  return stage(mentions, nlp.analyze(text), 'inline.txt').map((mention) => `${mention.text}/${mention.type}`);
}

/**
 * What `stage` makes of mentions over `phrases` (each the first such phrase in `text`, typed
 * as given), beside those mentions as the test gave them: the two are equal when the stage
 * leaves them alone.
 */
export function stageOnPhrases(stage: DocumentStage, text: string, phrases: readonly (readonly [string, EntityType])[]): { result: string[]; given: string[] } {
  return {
    result: stageResult(stage, text, phrases.map(([phrase, type]) => mentionAt(text, phrase, type))),
    given: phrases.map(([phrase, type]) => `${phrase}/${type}/test`),
  };
}
