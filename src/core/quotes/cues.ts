/**
 * Reporting cues: the verbs and phrases that attribute speech. The list was drawn from the Cue
 * spans of the PolNeAR development annotations (said, says, told, according to, noted, wrote,
 * added, argued, warned, insisted, …: every verb there that introduces a direct quotation at
 * least twice) and from the seed articles (stated, emphasized, concluded, underscoring,
 * criticized); verbs of belief (`believes`, `wants`) are left out because they frame
 * paraphrase, not quotations.
 */

import type { TokenView } from './view.js';

/** Verbs whose inflections are regular enough to generate (`-s`, `-ed`, `-ing`). */
const REGULAR_CUE_VERBS = [
  'add', 'acknowledge', 'admit', 'agree', 'announce', 'argue', 'assert', 'ask', 'assure', 'boast',
  'call', 'caution', 'charge', 'chant', 'cite', 'claim', 'comment', 'complain', 'conclude', 'concede',
  'confirm', 'contend', 'continue', 'counter', 'criticize', 'criticise', 'declare', 'demand', 'deny',
  'describe', 'emphasize', 'emphasise', 'exclaim', 'explain', 'insist', 'joke', 'lament', 'maintain',
  'mention', 'note', 'observe', 'plead', 'pledge', 'predict', 'proclaim', 'promise', 'question',
  'quip', 'quote', 'recall', 'recount', 'remark', 'remind', 'repeat', 'reiterate', 'reply',
  'report', 'respond', 'retort', 'scream', 'shout', 'state', 'stress', 'suggest', 'testify',
  'tweet', 'underline', 'underscore', 'urge', 'vow', 'warn', 'whisper', 'wonder', 'yell',
  'instruct', 'liken', 'accuse', 'blast', 'condemn', 'praise', 'echo', 'caution', 'snap', 'concur',
];

/** Irregular forms, and regular ones the generator would spell wrong. */
const IRREGULAR_CUE_FORMS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote',
  'writing', 'written', 'read', 'reads', 'sing', 'sings', 'sang', 'singing',
  'declares', 'replies', 'replied', 'replying', 'denies', 'denied', 'testifies', 'testified',
  'echoes', 'echoed', 'snapped', 'pleaded', 'pled', 'concurred', 'quipped', 'vowed',
];

/** Cue phrases of more than one word, as lower-case token sequences. */
const PHRASE_CUES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['in', 'the', 'words', 'of'],
  ['pointed', 'out'],
  ['points', 'out'],
  ['pointing', 'out'],
  // `as The New Yorker put it, “…”`
  ['put', 'it'],
  ['puts', 'it'],
];

/** Objects that, after `told`, make the cue a fixed phrase worth reporting whole. */
const TOLD_OBJECTS = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'supporters']);

function inflect(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const third = /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [verb, third, `${stem}ed`, `${stem}ing`];
}

const CUE_FORMS: ReadonlySet<string> = new Set([...REGULAR_CUE_VERBS.flatMap(inflect), ...IRREGULAR_CUE_FORMS]);

/** True when the lower-cased word is a reporting verb form (`said`, `adds`, `underscoring`). */
export function isCueWord(lowerCaseWord: string): boolean {
  return CUE_FORMS.has(lowerCaseWord);
}

/** True for the participle forms (`saying`, `underscoring`) whose subject is the clause's subject. */
export function isParticipleCue(lowerCaseWord: string): boolean {
  return lowerCaseWord.endsWith('ing') && CUE_FORMS.has(lowerCaseWord);
}

/** The phrases by their first word, in list order: most words start none, and one lookup says so. */
const PHRASE_CUES_BY_FIRST_WORD = new Map<string, (readonly string[])[]>();
for (const phrase of PHRASE_CUES) {
  const phrases = PHRASE_CUES_BY_FIRST_WORD.get(phrase[0]) ?? [];
  phrases.push(phrase);
  PHRASE_CUES_BY_FIRST_WORD.set(phrase[0], phrases);
}

/** How many words of a multi-word cue phrase start at token `at`, or 0. */
export function phraseCueLength(view: TokenView, at: number): number {
  const phrases = PHRASE_CUES_BY_FIRST_WORD.get(view.word(at));
  if (!phrases) return 0;
  for (const phrase of phrases) {
    if (phrase.every((word, offset) => view.word(at + offset) === word)) return phrase.length;
  }
  return 0;
}

/**
 * The cue as it should be reported, given its word and the next ones: `told reporters` and
 * `was quoted as saying` are kept whole because they say more than the bare verb.
 */
export function cueText(view: TokenView, at: number): { text: string; length: number } {
  const phrase = phraseCueLength(view, at);
  if (phrase > 0) return { text: originalsJoined(view, at, phrase), length: phrase };
  const word = view.word(at);
  if ((word === 'told' || word === 'tells' || word === 'tell') && TOLD_OBJECTS.has(view.word(at + 1) ?? '')) {
    return { text: originalsJoined(view, at, 2), length: 2 };
  }
  if (word === 'quoted' && view.word(at + 1) === 'as' && view.word(at + 2) === 'saying') {
    return { text: originalsJoined(view, at, 3), length: 3 };
  }
  return { text: view.tokens[at].text, length: 1 };
}

/** The texts of `count` tokens from `at` as written, joined by single spaces. */
function originalsJoined(view: TokenView, at: number, count: number): string {
  return view.tokens.slice(at, at + count).map((token) => token.text).join(' ');
}
