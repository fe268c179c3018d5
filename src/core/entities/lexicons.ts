/**
 * What the tagger's features borrow from the knowledge base (knowledge.ts): classes of words
 * and a lexicon of known names. Training and tagging both build their features through this
 * file, so a model always sees the lists the same way.
 */
import { addLexiconEntry, lexiconKey, type Lexicon, type LexiconNode } from './features.js';
import {
  gazetteerEntries,
  isCommonWord,
  isDemonym,
  isFirstName,
  isLocationKeyword,
  isMonth,
  isNeverName,
  isOrgSuffix,
  isTitleWord,
  isWeekday,
  isRoleModifier,
  type GazetteerEntry,
} from './knowledge.js';

/**
 * The knowledge-base classes of one word as written: `first-name`, `demonym`, `title`,
 * `role`, `org-suffix`, `place-word`, `calendar`, `common`, `never`.
 */
export function knowledgeWordClasses(word: string): string[] {
  const classes: string[] = [];
  if (isFirstName(word)) classes.push('first-name');
  if (isDemonym(word)) classes.push('demonym');
  if (isTitleWord(word)) classes.push('title');
  if (isRoleModifier(word)) classes.push('role');
  if (isOrgSuffix(word)) classes.push('org-suffix');
  if (isLocationKeyword(word)) classes.push('place-word');
  if (isMonth(word) || isWeekday(word)) classes.push('calendar');
  if (isCommonWord(word)) classes.push('common');
  if (isNeverName(word)) classes.push('never');
  return classes;
}

/**
 * The knowledge base's names as a lexicon, keyed by OntoNotes type. Training leaves out, per
 * fold, the names a knowledge base built without that fold's documents would lack (`exclude`:
 * lowercased tokens joined by spaces), so the tagger learns how far the list can be trusted
 * on text it has not seen. `extra` adds names, such as the user's configured entities.
 */
export function knowledgeLexicon(exclude: ReadonlySet<string> = new Set(), extra: readonly GazetteerEntry[] = []): Lexicon {
  const root: LexiconNode = {};
  for (const entry of [...extra, ...gazetteerEntries()]) {
    const words = entry.surface.split(/\s+/).filter(Boolean).map(lexiconKey);
    if (words.length === 0 || (exclude.size > 0 && exclude.has(words.join(' ')))) continue;
    addLexiconEntry(root, words, entry.type);
  }
  return { name: 'kb', root };
}
