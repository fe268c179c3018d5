/**
 * Bodies and firms named in Spanish, Portuguese, French or Italian go on over their
 * language's `of` (`Banco Central de la Republica Argentina`, `Caixa Geral de Depositos`,
 * `Toyota do Brasil`, `Universidad Nacional del Centro del Perú`). The tagger learnt English
 * names, where a lower-case word ends a name, and stops at the particle: it reads the rest as
 * a name of its own (`la Republica Argentina`), a person (`de Depositos`) or a place
 * (`Brasil`). An organisation followed by such a particle and capitalised words is here one
 * name with them. People's particles (`Lula da Silva`) are persons.ts's business; only an
 * organisation is carried on.
 *
 * Runs right after the rescue stage, which types firms by their opening word (`Caixa`,
 * `Banco`), and before span cleaning, which would take a lower-case opening word off the rest.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { byPosition, mentionOver } from './mentions.js';
import { tokensByEnd, type TokenIndex } from './tokens.js';
import { isCommonWord } from './knowledge.js';

const SOURCE = 'entities/romance';

/** Particles that join the parts of a Romance name: `of`, `of the`, `and`. */
const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'delle', 'dei', 'degli', 'des', 'du', 'do', 'da', 'dos', 'das', 'di', 'la', 'las', 'los', 'le', 'les', 'el', 'y', 'e',
]);

/** Particles that may open the rest of the name right after the organisation's last word. */
const OPENING_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'dei', 'degli', 'des', 'du', 'do', 'da', 'dos', 'das', 'di']);

/** Words after the organisation's own at most: a longer run is a sentence going on. */
const MOST_WORDS = 6;

/**
 * Carries each organisation on over a Romance particle and the capitalised words after it,
 * in place of the tagger's mentions of those words.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, with such names whole
 */
export function joinRomanceNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  let byEnd: TokenIndex | null = null;
  const widened = new Map<Mention, Mention>();
  let wholeEnd = -1;
  for (const mention of [...mentions].sort(byPosition)) {
    // A part of a name already carried on (`del Centro` in `Universidad Nacional del Centro del Perú`).
    if (mention.start < wholeEnd || mention.type !== 'ORG' || !OPENING_PARTICLES.has(wordAfter(text, mention.end))) continue;
    byEnd ??= tokensByEnd(tokens);
    const last = byEnd.get(mention.end);
    if (last === undefined) continue;
    const end = nameEnd(tokens, last + 1);
    // English `do` before a capitalised word is the verb (`would Google do Business there`).
    if (end < 0 || (tokens[last + 1].text === 'do' && isCommonWord(tokens[last + 2].text.toLowerCase()))) continue;
    widened.set(mention, mentionOver(text, mention.start, tokens[end].end, { file, type: 'ORG', source: SOURCE }, mention));
    wholeEnd = tokens[end].end;
  }
  if (widened.size === 0) return mentions;
  const wholes = [...widened.values()];
  const kept = mentions.filter((mention) => widened.has(mention) || !wholes.some((whole) => whole.start < mention.end && mention.start < whole.end));
  return kept.map((mention) => widened.get(mention) ?? mention).sort(byPosition);
}

/** The word one space after offset `end`, or '' (a cheap test before any token search). */
function wordAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== 32) return '';
  const match = /^[a-z]+/.exec(text.slice(end + 1, end + 8));
  return match ? match[0] : '';
}

/**
 * The last token of the name's rest from the particle at `particle`: particles and capitalised
 * words one space apart in the sentence, ending on a capitalised word; -1 when there is none.
 */
function nameEnd(tokens: readonly Token[], particle: number): number {
  const sentence = tokens[particle - 1].sentence;
  let last = -1;
  let words = 0;
  for (let index = particle; index < tokens.length && words < MOST_WORDS; index += 1) {
    const token = tokens[index];
    if (token.sentence !== sentence || !token.spaceBefore || token.lineBreakBefore) break;
    if (PARTICLES.has(token.text)) continue;
    if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.text)) break;
    last = index;
    words += 1;
  }
  return last;
}
