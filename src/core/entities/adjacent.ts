/**
 * Two mentions one space apart that a stage reads as one name (place-words.ts: `Gaza` +
 * `City`; bodies.ts: `New York` + `Mercantile Exchange`). The walk over neighbours is shared;
 * what joins, and as what, is each stage's.
 */
import type { Mention } from '../types.js';
import { byPosition } from './mentions.js';

/**
 * Replaces each pair of mentions separated by exactly one space, for which `join` returns a
 * mention, with that mention. A mention joined to the one before it is not joined again to
 * the one after it in the same walk.
 * @param mentions - the mentions so far, in any order
 * @param text - the document text their offsets index
 * @param join - the joined mention for a pair, or null to leave the pair apart
 * @returns `mentions` itself when nothing joined, else the mentions by position
 */
export function joinAdjacent(mentions: Mention[], text: string, join: (before: Mention, after: Mention) => Mention | null): Mention[] {
  const ordered = [...mentions].sort(byPosition);
  const joined = new Map<Mention, Mention>();
  const absorbed = new Set<Mention>();
  for (let index = 1; index < ordered.length; index += 1) {
    const before = ordered[index - 1];
    const after = ordered[index];
    if (absorbed.has(before) || after.start !== before.end + 1 || text[before.end] !== ' ') continue;
    const mention = join(before, after);
    if (mention === null) continue;
    joined.set(before, mention);
    absorbed.add(after);
  }
  if (absorbed.size === 0) return mentions;
  return ordered.filter((mention) => !absorbed.has(mention)).map((mention) => joined.get(mention) ?? mention);
}
