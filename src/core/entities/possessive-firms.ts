/**
 * Firms whose names hold a possessive: `Boatmen's Bancshares Inc.`, `Dillard's Inc.`. The
 * tagger cuts the name at the `'s`, as it rightly cuts `Putin's aide`, and reads the owner as a
 * person (`Boatmen`) and the rest as the firm (`Bancshares Inc.`). An owner that is one word,
 * known to no list, no given name and the surname of no person the document names, right
 * before a firm's name ending in its legal form (`Inc.`, `plc`, not `Holdings`, which an owner's
 * subsidiary may end in), is the first word of that name; and the
 * document's other `Boatmen's` are the firm by its short name, `'s` and all (`Boatmen's was
 * the prize`), as `McDonald's` is.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { byPosition, mentionOver } from './mentions.js';
import { isLegalForm } from './aliases.js';
import { isFirstName, lookupName } from './knowledge.js';
import { tokensByEnd, tokensByStart } from './tokens.js';

const SOURCE = 'entities/possessive-firms';

/**
 * Joins each firm's name cut at its possessive, and makes a firm of the owner's word with its
 * `'s` wherever else the document writes it.
 * @param mentions - the mentions so far, by position (after span cleaning)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function joinPossessiveFirms(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  // The cheap test first: a legal form right after a possessive's name.
  if (!mentions.some((mention) => mention.type === 'ORG' && isLegalForm(lastWord(mention.text)))) return mentions;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  const surnames = new Set<string>();
  for (const mention of mentions) if (mention.type === 'PERSON' && mention.text.includes(' ')) surnames.add(lastWord(mention.text));
  const firmByOwner = new Map<string, Mention>();
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  const mentionAt = new Map(mentions.map((mention) => [mention.start, mention]));
  for (const owner of mentions) {
    const ownerToken = byStart.get(owner.start);
    if (ownerToken === undefined || byEnd.get(owner.end) !== ownerToken || !isOwnerWord(owner.text, surnames)) continue;
    const firmToken = tokens[ownerToken + 2];
    // The firm's name one space after the owner's `'s`.
    if (!isAttachedPossessive(tokens, ownerToken) || firmToken === undefined || firmToken.start !== tokens[ownerToken + 1].end + 1) continue;
    const firm = mentionAt.get(firmToken.start);
    if (firm === undefined || firm.type !== 'ORG' || !isLegalForm(lastWord(firm.text))) continue;
    replaced.add(owner);
    replaced.add(firm);
    added.push(mentionOver(text, owner.start, firm.end, { file, type: 'ORG', source: SOURCE }));
    firmByOwner.set(owner.text, owner);
  }
  if (added.length === 0) return mentions;
  // The short name `Boatmen's` wherever else the document writes it, as two tokens or, once
  // the tokenizer has met it, as one.
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index].text;
    let end: number;
    if (firmByOwner.has(word) && isAttachedPossessive(tokens, index)) end = tokens[index + 1].end;
    else if (/['’]s$/u.test(word) && firmByOwner.has(word.slice(0, -2))) end = tokens[index].end;
    else continue;
    const start = tokens[index].start;
    if (added.some((mention) => mention.start <= start && end <= mention.end)) continue;
    const covering = mentions.filter((mention) => mention.start < end && start < mention.end);
    // A mention reaching beyond the word is some other, longer name.
    if (covering.some((mention) => mention.start < start || mention.end > end)) continue;
    for (const mention of covering) replaced.add(mention);
    added.push(mentionOver(text, start, end, { file, type: 'ORG', source: SOURCE }));
  }
  return [...mentions.filter((mention) => !replaced.has(mention)), ...added].sort(byPosition);
}

/** One capitalised word no list knows, no given name and no surname of the document's people. */
function isOwnerWord(word: string, surnames: ReadonlySet<string>): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && lookupName(word) === null && !isFirstName(word) && !surnames.has(word);
}

/** `'s` written right after the token at `index`. */
function isAttachedPossessive(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next !== undefined && (next.text === "'s" || next.text === '’s') && next.start === tokens[index].end;
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}
