/**
 * Names written as one hyphenated word that the tagger took only half of: `Rolls-Royce said`
 * read as `Royce`, a sentence's first word being one the tagger learnt to pass over. wink
 * splits every hyphen, while CoNLL's tokens (and readers) keep `Rolls-Royce` whole, so a
 * name never stops inside such a word. A mention of a place, body or thing goes on over a
 * touching hyphen to a capitalised word no other mention holds and the lists know as no other
 * kind of name.
 *
 * People are left to persons.ts (`Boxing-Bruno` is a Reuters headline's topic and a boxer),
 * a word in capitals to the headline stages (`SOCCER-LEEDS`), and a prefix stays outside
 * (`Pro-Russian`, `Anti-Western` are adjectives with a name inside).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver, rewriteMentions } from './mentions.js';
import { isNeverName, lookupName } from './knowledge.js';
import { joinedByHyphen } from './tokens.js';

const SOURCE = 'entities/hyphens';

/**
 * Prefixes and combining forms written capitalised before a hyphen that make an adjective,
 * not a name (`Pro-Russian`, `Sino-US`).
 */
const PREFIXES: ReadonlySet<string> = new Set([
  'Anti', 'Pro', 'Ex', 'Non', 'Neo', 'Pan', 'Post', 'Pre', 'Mid', 'Trans', 'Sub', 'Super', 'Inter', 'Multi', 'Co', 'Counter', 'Pseudo', 'Semi', 'Ultra', 'Self',
  'Sino', 'Afro', 'Indo', 'Anglo', 'Franco', 'Russo', 'Greco', 'Italo', 'Austro', 'Judeo', 'Euro',
]);

/**
 * Widens non-person mentions over the other half of a hyphenated word.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function extendOverHyphens(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const rewrite = (mention: Mention, first: number, last: number): Mention => {
    let start = first;
    let end = last;
    if (start >= 2 && isHalfOfName(tokens[start - 2]) && !PREFIXES.has(tokens[start - 2].text) && joinedByHyphen(tokens[start - 2], tokens[start - 1], tokens[start]) && isFree(mentions, tokens[start - 2], mention.type)) start -= 2;
    if (end + 2 < tokens.length && isHalfOfName(tokens[end + 2]) && joinedByHyphen(tokens[end], tokens[end + 1], tokens[end + 2]) && isFree(mentions, tokens[end + 2], mention.type)) end += 2;
    if (start === first && end === last) return mention;
    return mentionOver(text, tokens[start].start, tokens[end].end, { file, type: mention.type, source: SOURCE }, mention);
  };
  return rewriteMentions(mentions, tokens, rewrite, (mention) => mention.type !== 'PERSON');
}

/** A word in title case that may be half of a name: `Rolls`, `Bissau`; not `SOCCER`, not `The`. */
function isHalfOfName(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !isNeverName(token.text);
}

/**
 * True when no mention covers `token` and the lists know it as no other kind of name: the
 * `Putin` of `Bush-Putin summit` is a second name, not the first one's other half.
 */
function isFree(mentions: readonly Mention[], token: Token, type: Mention['type']): boolean {
  const known = lookupName(token.text);
  if (known && known.type !== type) return false;
  return !mentions.some((mention) => mention.start < token.end && token.start < mention.end);
}
