/**
 * Awards named like people or places: `won an Oscar`, `two Grammys and an Emmy`, `the
 * Pulitzer committee`. `Oscar` and `Emmy` are first names and `Nobel` a surname, so the
 * tagger read them as people; where an article, a number or a possessive counts the name, or
 * an award's word follows it (`nomination`, `winner`, `-winning`), it is the award (MISC, as
 * CoNLL types prizes). `Oscar said` and `Oscar Wilde` stay people.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { tokensByEnd, tokensByStart } from './tokens.js';

/** Awards whose short name is also a person's or a place's, in lower case. */
const AWARDS: ReadonlySet<string> = new Set([
  'oscar', 'oscars', 'emmy', 'emmys', 'grammy', 'grammys', 'tony award', 'tony awards', 'golden globe', 'golden globes',
  'pulitzer', 'pulitzer prize', 'nobel', 'nobel prize', 'nobel peace prize', 'booker', 'booker prize', 'bafta', 'baftas',
]);

/** Words before a name that count it as a thing won: `an Oscar`, `two Grammys`, `her Emmy`. */
const COUNTING_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third',
]);

/** Words after a name that make it the award: `Oscar nomination`, `Nobel laureate`. */
const AWARD_WORDS: ReadonlySet<string> = new Set([
  'nomination', 'nominations', 'nominee', 'nominees', 'winner', 'winners', 'winning', 'nominated', 'award', 'awards', 'prize',
  'laureate', 'laureates', 'worthy', 'statuette', 'statuettes', 'committee', 'ceremony', 'ceremonies', 'race', 'night', 'voters', 'buzz',
]);

/**
 * Retypes as MISC the mentions of an award that its context shows to be the award.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 */
export function typeAwards(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { tokens } = analyzed;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  return mentions.map((mention) => {
    if (mention.type === 'MISC' || !AWARDS.has(mention.text.toLowerCase())) return mention;
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first === undefined || last === undefined) return mention;
    return isCountedBefore(tokens, first) || isAwardAfter(tokens, last) ? { ...mention, type: 'MISC' } : mention;
  });
}

/** An article, a number, a year or a possessive right before the name, in its sentence. */
function isCountedBefore(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before === undefined || before.sentence !== tokens[first].sentence) return false;
  return COUNTING_WORDS.has(before.text.toLowerCase()) || /^(?:1[89]|20)\d\d$/.test(before.text);
}

/** An award's word right after the name, over a hyphen (`Oscar-winning`, `Nobel laureate`). */
function isAwardAfter(tokens: readonly Token[], last: number): boolean {
  let next = last + 1;
  if (tokens[next]?.text === '-') next += 1;
  const after = tokens[next];
  return after !== undefined && after.sentence === tokens[last].sentence && AWARD_WORDS.has(after.text.toLowerCase());
}
