/**
 * Vague references to the present, past and future: `now`, `currently`, `current`,
 * `these days`, `nowadays`, `the present`, `the future`, `the past`. TIMEX3 gives them
 * `PRESENT_REF`, `PAST_REF` and `FUTURE_REF`; they need no anchor to state.
 */
import type { TokenRange } from '../nlp.js';
import { UNITS } from './lexicon.js';
import type { Candidate } from './reading.js';
import { candidate, keyAt, type DateContext, type DateParser, tokenwiseParser } from './window.js';

const SOURCE = 'dates/reference';

/** Words before `now` that make it name the present (`until now`, `for now`). */
const NOW_LEADS: ReadonlySet<string> = new Set(['right', 'for', 'until', 'till', 'by', 'from', 'between', 'since', 'than', 'before']);

function parseAt(context: DateContext, scope: TokenRange, index: number): Candidate | null {
  const key = context.keys[index];
  const previous = keyAt(context, scope, index - 1);
  const next = keyAt(context, scope, index + 1);
  switch (key) {
    case 'now': {
      // The adverb inside a clause (`NATO is now moving`) is marked by annotators about half
      // the time and adds nothing a reader of dates needs; `now` counts where it stands for
      // the present itself: `right now`, `for now`, `until now`, `between now and`,
      // `now that`, and closing a clause (`five months now`, `develop it now,`).
      const closesClause = next === '' || context.tokens[index + 1].pos === 'PUNCT';
      const deictic = NOW_LEADS.has(previous) || (previous === 'of' && keyAt(context, scope, index - 2) === 'as') || next === 'that' || closesClause;
      if (!deictic) return null;
      const first = previous === 'right' ? index - 1 : index;
      return candidate(context, first, index + 1, { kind: 'reference', value: 'PRESENT_REF' }, SOURCE);
    }
    case 'currently':
    case 'nowadays':
      return candidate(context, index, index + 1, { kind: 'reference', value: 'PRESENT_REF' }, SOURCE);
    case 'current': {
      // `the current account`, `current affairs` stay; `electric current` is a noun.
      const token = context.tokens[index];
      if (token.pos !== 'ADJ') return null;
      if (next === 'account' || next === 'affairs' || next === 'events') return null;
      return candidate(context, index, index + 1, { kind: 'reference', value: 'PRESENT_REF' }, SOURCE);
    }
    case 'days':
      if (previous === 'these') return candidate(context, index - 1, index + 1, { kind: 'reference', value: 'PRESENT_REF' }, SOURCE);
      return null;
    case 'present':
      if (previous === 'the' && (next === '' || context.tokens[index + 1].pos === 'PUNCT' || next === 'and')) {
        return candidate(context, index - 1, index + 1, { kind: 'reference', value: 'PRESENT_REF' }, SOURCE);
      }
      return null;
    case 'future': {
      if (next === 'tense') return null;
      const first = previous === 'the' || previous === 'near' ? index - 1 : index;
      const widened = previous === 'near' && keyAt(context, scope, index - 2) === 'the' ? index - 2 : first;
      return candidate(context, widened, index + 1, { kind: 'reference', value: 'FUTURE_REF' }, SOURCE);
    }
    case 'past': {
      // `the past two months` is a duration and `past 20 years` too; only `the past` alone refers.
      if (previous !== 'the') return null;
      const nextToken = index + 1 < scope.end ? context.tokens[index + 1] : undefined;
      if (nextToken && (UNITS.has(next) || nextToken.pos === 'NUM' || nextToken.pos === 'NOUN' || nextToken.pos === 'ADJ' || next === 'few' || next === 'several' || next === 'couple')) return null;
      return candidate(context, index - 1, index + 1, { kind: 'reference', value: 'PAST_REF' }, SOURCE);
    }
    default:
      return null;
  }
}

/** The words `parseAt` has a case for. */
const REFERENCE_WORDS: ReadonlySet<string> = new Set(['now', 'currently', 'nowadays', 'current', 'days', 'present', 'future', 'past']);

/** Vague present, past and future references; see the module comment. */
export const referenceParser: DateParser = tokenwiseParser(SOURCE, (key) => REFERENCE_WORDS.has(key), parseAt);
