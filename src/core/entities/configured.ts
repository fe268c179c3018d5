/**
 * The user's entities as a stage of their own: a configured name is found wherever it is
 * written, and keeps the type the user gave it. The tagger sees configured names only as
 * features, which is not enough when a user has said plainly what `Kvarta` is.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import type { EntityLookups } from './config.js';

const SOURCE = 'entities/config';

/** One compiled pattern per lookups object: the user's forms, longest first, as whole words. */
const patterns = new WeakMap<EntityLookups, RegExp | null>();

function patternFor(lookups: EntityLookups): RegExp | null {
  if (patterns.has(lookups)) return patterns.get(lookups) ?? null;
  const forms = [...new Set(lookups.userEntries.map((entry) => entry.surface))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const escaped = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const pattern = escaped.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  patterns.set(lookups, pattern);
  return pattern;
}

/**
 * Adds a mention for every written form of a configured entity that no mention covers yet.
 * A mention already there that overlaps it wins: the tagger may have read a longer name
 * (`Kvarta Holdings` around a configured `Kvarta`).
 * @param mentions - mentions so far, any order
 * @param analyzed - the document (only the analysed part, from its first token to its end, is searched)
 * @param file - the path mentions are tagged with
 * @param lookups - the user's entities
 */
export function addConfiguredNames(mentions: Mention[], analyzed: AnalyzedText, file: string, lookups: EntityLookups): Mention[] {
  const pattern = patternFor(lookups);
  if (!pattern || analyzed.tokens.length === 0) return mentions;
  const from = analyzed.tokens[0].start;
  const taken = [...mentions].sort((a, b) => a.start - b.start);
  const added: Mention[] = [];
  pattern.lastIndex = from;
  for (const match of analyzed.text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start < from) continue;
    const end = start + match[0].length;
    // A long document is analysed in pieces: what lies past this one is the next piece's.
    if (end > analyzed.end) break;
    if (taken.some((mention) => mention.start < end && start < mention.end)) continue;
    const known = lookups.userEntry(match[0]);
    if (!known) continue;
    added.push({ file, start, end, text: match[0], type: known.type, entity: known.canonical, source: SOURCE });
  }
  return added.length > 0 ? [...mentions, ...added] : mentions;
}

/**
 * The user's type for every mention of a configured entity, whatever the tagger or the
 * gazetteer read: the configuration is the user's explicit word.
 * @param mentions - mentions after alias resolution
 * @param lookups - the user's entities
 */
export function applyConfiguredTypes(mentions: Mention[], lookups: EntityLookups): Mention[] {
  if (lookups.userEntries.length === 0) return mentions;
  return mentions.map((mention) => {
    const known = lookups.userEntry(mention.text) ?? lookups.userEntry(mention.entity);
    if (!known || (known.type === mention.type && known.canonical === mention.entity)) return mention;
    return { ...mention, type: known.type, entity: known.canonical };
  });
}
