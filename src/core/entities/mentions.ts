/**
 * Making a mention over a span of the document: every stage that finds or widens a name makes
 * it here, so that a mention's text is always the text's own and its entity key is formed one
 * way (runs of whitespace as one space: a name broken over a line is one name).
 */
import type { EntityType, Mention } from '../types.js';

/** What a stage says of the mention it makes. */
export interface MentionFields {
  file: string;
  type: EntityType;
  /** The stage that produced it (`entities/heads`). */
  source: string;
}

/**
 * A mention over `text.slice(start, end)`.
 * @param text - the whole document text
 * @param start - where the name starts
 * @param end - where it ends (exclusive)
 * @param fields - the file, type and producing stage
 * @param base - a mention this one widens or retypes: its other fields (a role, an
 *   affiliation) carry over
 */
export function mentionOver(text: string, start: number, end: number, fields: MentionFields, base?: Mention): Mention {
  const name = text.slice(start, end);
  return { ...base, file: fields.file, start, end, text: name, type: fields.type, entity: name.replace(/\s+/g, ' '), source: fields.source };
}
