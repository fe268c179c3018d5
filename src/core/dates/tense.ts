/**
 * The tense of the clause around a date, read from the verb group nearest to it: news
 * writes `announced on Friday` for the Friday before and `will meet on Friday` for the one
 * after. wink gives universal POS tags only (no VBD/VBZ), so past forms are recognised by
 * their endings and a list of irregular verbs.
 */
import type { TokenRange } from '../nlp.js';
import type { DateContext } from './window.js';

export type Tense = 'past' | 'present' | 'future';

const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'wo']);
const MODALS: ReadonlySet<string> = new Set(['would', 'might', 'may', 'should', 'can', 'must', "'d"]);
/** `could` is past ability as often as future possibility (`could not be reached`). */
const AMBIGUOUS_MODALS: ReadonlySet<string> = new Set(['could']);
/** Words that put an event ahead whatever their own tense (`planned a rally on Saturday`). */
const PLAN_WORDS: ReadonlySet<string> = new Set(['plan', 'plans', 'planned', 'planning', 'scheduled', 'slated', 'due']);
/** Words that put an event ahead only with an infinitive (`expected to vote`, `agreed to meet`). */
const INTENT_WORDS: ReadonlySet<string> = new Set([
  'expect', 'expects', 'expected', 'intend', 'intends', 'intended', 'hope', 'hopes', 'hoped', 'aim', 'aims', 'aimed',
  'prepare', 'prepares', 'prepared', 'preparing', 'poised', 'set', 'agreed', 'agree', 'agrees', 'promised', 'vowed',
  'threatened', 'decided', 'want', 'wants', 'wanted', 'going', 'likely', 'about', 'supposed',
]);
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did']);
const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'does', 'do']);
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', "'ve"]);

const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'made', 'went', 'came', 'took', 'gave', 'got', 'found', 'held', 'saw',
  'knew', 'thought', 'met', 'left', 'began', 'became', 'brought', 'bought', 'built', 'caught', 'chose', 'drove', 'ate',
  'fell', 'felt', 'fought', 'fled', 'flew', 'forgot', 'froze', 'grew', 'heard', 'hid', 'kept', 'led', 'lost', 'meant',
  'paid', 'ran', 'rose', 'sang', 'sat', 'sent', 'shot', 'slept', 'spent', 'spoke', 'stood', 'stole', 'struck', 'swore',
  'swept', 'taught', 'threw', 'understood', 'woke', 'wore', 'won', 'wrote', 'withdrew', 'overtook', 'overthrew', 'arose',
  'bore', 'broke', 'drew', 'dealt', 'dug', 'fed', 'forbade', 'forgave', 'hung', 'lit', 'sold', 'sought', 'shook', 'shone',
  'sank', 'stuck', 'strove', 'sprang', 'swam', 'swung', 'tore', 'undertook', 'upheld', 'withheld', 'wound', 'blew',
  'slid', 'spun', 'stung', 'bent', 'lent', 'wept', 'crept', 'fled', 'clung', 'dove', 'rang', 'rode', 'shrank', 'sprang',
  'strode', 'trod', 'forecast', 'foresaw', 'mistook', 'oversaw', 'underwent', 'overcame', 'became',
]);

/** Verbs whose past is spelled like the present; after a singular subject they are past. */
const SAME_FORM_PAST: ReadonlySet<string> = new Set([
  'cut', 'set', 'put', 'hit', 'let', 'read', 'spread', 'hurt', 'cost', 'quit', 'shut', 'beat', 'bet', 'split', 'cast',
  'broadcast', 'upset', 'bid', 'burst', 'thrust', 'shed', 'slit', 'struck', 'forecast', 'offset', 'reset',
]);
const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'this', 'that', 'who', 'which']);

/** Words ending in -ed that are not past forms. */
const NOT_PAST_ED: ReadonlySet<string> = new Set(['need', 'feed', 'speed', 'seed', 'bleed', 'breed', 'proceed', 'exceed', 'succeed', 'heed', 'shed', 'wed', 'bed', 'embed', 'red', 'indeed']);

function isVerbish(pos: string): boolean {
  return pos === 'VERB' || pos === 'AUX';
}

function isPastForm(key: string): boolean {
  if (IRREGULAR_PAST.has(key)) return true;
  if (key.length < 4 || !key.endsWith('ed') || NOT_PAST_ED.has(key)) return false;
  return !key.endsWith('eed') || key === 'agreed' || key === 'freed' || key === 'decreed' || key === 'guaranteed';
}

/** A group's tense; `ambiguous` stops the search without giving a direction. */
type GroupTense = Tense | 'ambiguous' | null;

/** Whether the word at `index` makes its group point ahead (`plans to`, `planned a rally`, `expected to`). */
function isProspective(context: DateContext, index: number): boolean {
  const key = context.keys[index];
  const next = context.keys[index + 1];
  if (PLAN_WORDS.has(key)) return next === 'to' || isVerbish(context.tokens[index].pos);
  return (INTENT_WORDS.has(key) && next === 'to') || (key === 'set' && next === 'for');
}

/**
 * The tense of a contiguous verb group `[first, end)`, or null for a group without one (`to
 * meet`, `killing`). `prospective` lets plan words point ahead: true for a group before the
 * date (`planned to leave on Thursday`), false after it (`On Friday, the government planned
 * to …` is the Friday the planning happened).
 */
function groupTense(context: DateContext, first: number, end: number, prospective: boolean): GroupTense {
  const keys = context.keys;
  let sawPerfect = false;
  let sawPresentAux = false;
  // `a service planned for Saturday was canceled`: a lone plan participle after a noun and
  // before a preposition modifies the noun (a reduced relative clause); the clause's own verb
  // carries the tense. (`The minister announced on Monday` has the same shape, so only plan
  // words, whose prospective reading would otherwise mislead, are read this way.)
  if (end - first === 1 && PLAN_WORDS.has(keys[first]) && keys[first].endsWith('ed') && context.tokens[end]?.pos === 'ADP' && keys[end] !== 'to' && context.tokens[first - 1]?.pos === 'NOUN') return null;
  if (prospective) for (let index = first; index < end; index += 1) if (isProspective(context, index)) return 'future';
  for (let index = first; index < end; index += 1) {
    const key = keys[index];
    if (FUTURE_AUXILIARIES.has(key)) return 'future';
    if (AMBIGUOUS_MODALS.has(key)) return 'ambiguous';
    if (MODALS.has(key)) return keys[index + 1] === 'have' || keys[index + 2] === 'have' ? 'past' : 'future';
    if (PAST_AUXILIARIES.has(key)) return 'past';
    if (PERFECT_AUXILIARIES.has(key)) sawPerfect = true;
    if (PRESENT_AUXILIARIES.has(key)) sawPresentAux = true;
  }
  if (sawPerfect) return 'past';
  if (sawPresentAux) return 'present';
  // The group's first verb carries the tense when no auxiliary does.
  for (let index = first; index < end; index += 1) {
    const token = context.tokens[index];
    // `plans` tagged as a noun in `the league plans to hold` is still the group's verb.
    if (!isVerbish(token.pos) && !isProspective(context, index)) continue;
    const key = keys[index];
    if (index > first && keys[index - 1] === 'to') return null;
    if (isPastForm(key)) return 'past';
    if (key.endsWith('ing')) return null;
    // `The central bank cut rates`: a present would be `cuts` after a singular subject.
    if (SAME_FORM_PAST.has(key) && index === first && index > 0) {
      const subject = context.tokens[index - 1];
      const subjectKey = keys[index - 1];
      const singularNoun = (subject.pos === 'NOUN' || subject.pos === 'PROPN') && !subjectKey.endsWith('s');
      if (singularNoun || SINGULAR_PRONOUNS.has(subjectKey)) return 'past';
    }
    // `opens`, `says` are present, and so is a bare form after a plural subject (`voters go to
    // the polls`), unless it may be a past in disguise (`read`, `set`, `put`). Elsewhere a bare
    // form is as often a noun wink took for a verb (`his Sunday night address`).
    if (key.endsWith('s') && !key.endsWith('ss')) return 'present';
    if (index === first && index > 0 && !SAME_FORM_PAST.has(key) && isPluralSubject(context, index - 1)) return 'present';
    return 'ambiguous';
  }
  return null;
}

const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'you', 'i']);

/** A plural noun or pronoun right before a verb: its bare form is then a present. */
function isPluralSubject(context: DateContext, index: number): boolean {
  const key = context.keys[index];
  if (PLURAL_PRONOUNS.has(key)) return true;
  const pos = context.tokens[index].pos;
  return (pos === 'NOUN' || pos === 'PROPN') && key.length > 3 && key.endsWith('s') && !key.endsWith('ss') && !key.endsWith("'s");
}

/** Contiguous verb groups of a sentence: runs of verbs and auxiliaries with the adverbs and particles inside them. */
function verbGroups(context: DateContext, scope: TokenRange): { first: number; end: number }[] {
  const groups: { first: number; end: number }[] = [];
  let index = scope.first;
  while (index < scope.end) {
    const token = context.tokens[index];
    // wink tags `plans` in `the league plans to hold` as a noun; the word still carries the tense.
    if (!isVerbish(token.pos) && !FUTURE_AUXILIARIES.has(context.keys[index]) && !isProspective(context, index)) {
      index += 1;
      continue;
    }
    const first = index;
    let end = index + 1;
    while (end < scope.end) {
      const pos = context.tokens[end].pos;
      const key = context.keys[end];
      if (isVerbish(pos) || key === 'to' || key === "n't" || key === 'not' || isProspective(context, end)) end += 1;
      else if (pos === 'ADV' && end + 1 < scope.end && isVerbish(context.tokens[end + 1].pos)) end += 1;
      else break;
    }
    // A leading `to` belongs to an infinitive, not a finite group.
    if (first > scope.first && context.keys[first - 1] === 'to' && context.tokens[first].pos === 'VERB') {
      index = end;
      continue;
    }
    groups.push({ first, end });
    index = end;
  }
  return groups;
}

/**
 * The tense nearest to the expression `[first, end)`: the closest tensed verb group before it
 * in the sentence, else the closest after it; null when the sentence has none (headlines).
 */
export function tenseNear(context: DateContext, scope: TokenRange, first: number, end: number): Tense | null {
  const keys = context.keys;
  const previous = first > scope.first ? keys[first - 1] : '';
  if (previous === 'since') return 'past';
  // `as early as Tuesday`, `as soon as Friday`: the earliest a thing can happen is ahead.
  if ((previous === 'as' && (keys[first - 2] === 'early' || keys[first - 2] === 'soon') && keys[first - 3] === 'as')) return 'future';
  const groups = verbGroups(context, scope);
  let before: GroupTense = null;
  let beforeGroup: { first: number; end: number } | null = null;
  let after: GroupTense = null;
  let afterGroup: { first: number; end: number } | null = null;
  for (const group of groups) {
    if (group.end <= first) {
      const tense = groupTense(context, group.first, group.end, true);
      if (tense !== null) {
        before = tense;
        beforeGroup = group;
      }
    } else if (group.first >= end && after === null) {
      after = groupTense(context, group.first, group.end, false);
      if (after !== null) afterGroup = group;
    }
  }
  // `until Tuesday` is a deadline, ahead even after a past verb (`postponed until Tuesday`),
  // unless the clause looks back from a past moment (`Until Thursday, they had not …`).
  if (previous === 'until' || previous === 'till') {
    const group = beforeGroup ?? afterGroup;
    const pluperfect = group !== null && keys.slice(group.first, group.end).includes('had');
    return pluperfect ? 'past' : 'future';
  }
  const nearest = before ?? after;
  return nearest === 'ambiguous' ? null : nearest;
}
