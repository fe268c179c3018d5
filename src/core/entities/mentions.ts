/**
 * Making a mention over a span of the document: every stage that finds or widens a name makes
 * it here, so that a mention's text is always the text's own and its entity key is formed one
 * way (runs of whitespace as one space: a name broken over a line is one name).
 */
import type { Token } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { tokensByEnd, tokensByStart } from './tokens.js';

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

/**
 * Document order for mentions: by start, then by end.
 * @param left - one mention
 * @param right - another
 */
export function byPosition(left: Mention, right: Mention): number {
  return left.start - right.start || left.end - right.end;
}

/**
 * Each mention that `mayRewrite` lets through and whose edges fall on tokens, handed to
 * `rewrite` with its first and last token; the stages that widen or retype mentions one by
 * one share this walk.
 * @param mentions - the mentions so far
 * @param tokens - the document's tokens
 * @param rewrite - the mention to put in its place (the mention itself to leave it)
 * @param mayRewrite - a cheap test that spares the token search for most mentions
 * @returns `mentions` itself when nothing changed
 */
export function rewriteMentions(
  mentions: Mention[],
  tokens: readonly Token[],
  rewrite: (mention: Mention, first: number, last: number) => Mention,
  mayRewrite: (mention: Mention) => boolean = () => true,
): Mention[] {
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  let changed = false;
  const result = mentions.map((mention) => {
    if (!mayRewrite(mention)) return mention;
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first === undefined || last === undefined) return mention;
    const rewritten = rewrite(mention, first, last);
    if (rewritten !== mention) changed = true;
    return rewritten;
  });
  return changed ? result : mentions;
}

/**
 * `mentions` with every mention inside `[start, end)` replaced by the one `make` builds from
 * them, in document order. Left as they are when a mention crosses the span's edge (it names
 * something longer or other: `John Lee Ka-chiu` around `Lee Ka-chiu`), or when the span
 * already holds exactly the mention `make` would give (same span and type).
 * @param mentions - the mentions so far, in document order
 * @param start - where the new mention starts
 * @param end - where it ends (exclusive)
 * @param make - the new mention, given the mentions it replaces (to carry a role over)
 * @returns a new list, or `mentions` itself when nothing changed
 */
export function replaceWithin(mentions: Mention[], start: number, end: number, make: (inside: readonly Mention[]) => Mention): Mention[] {
  const inside = mentions.filter((mention) => mention.start < end && start < mention.end);
  if (inside.some((mention) => mention.start < start || mention.end > end)) return mentions;
  const made = make(inside);
  if (inside.length === 1 && inside[0].start === made.start && inside[0].end === made.end && inside[0].type === made.type) return mentions;
  return [...mentions.filter((mention) => !inside.includes(mention)), made].sort(byPosition);
}

/**
 * Whether a person of the document has `word` as a given name or a surname (`Chris Christie`
 * for `Christie`): then the word's `'s` is that person's.
 * @param mentions - the document's mentions
 * @param word - one word as written
 */
export function namesPersonBy(mentions: readonly Mention[], word: string): boolean {
  return mentions.some((mention) => mention.type === 'PERSON' && (mention.text.startsWith(word + ' ') || mention.text.endsWith(' ' + word)));
}

