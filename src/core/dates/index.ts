/**
 * Temporal expressions of one document, normalised to TIMEX3 and resolved against the
 * document date. Parsers read, refiners adjust, the resolver anchors:
 *
 *   sentence ─▶ parsers (each tags its `source`) ─▶ longest non-overlapping
 *            ─▶ mergeTimes ─▶ applyFrames ─▶ applyModifiers ─▶ tense ─▶ resolve (document order, memory)
 *
 * Refiners run in that order because each widens the span leftwards over words the next one
 * must not claim: a clock time joins its day first (`9 a.m. Tuesday`), then `the day before`
 * takes the whole day, then `early`/`late` can qualify the result.
 */
import type { AnalyzedText, TokenRange } from '../nlp.js';
import type { DateMention } from '../types.js';
import { absoluteParser } from './absolute.js';
import { anaphoraParser } from './anaphora.js';
import { daysFromCivil, parseIsoDate } from './calendar.js';
import { durationParser } from './duration.js';
import { applyFrames } from './frame.js';
import { holidayParser } from './holiday.js';
import { mergeTimes } from './merge.js';
import { applyModifiers } from './modifier.js';
import type { Candidate } from './reading.js';
import { referenceParser } from './reference.js';
import { relativeParser } from './relative.js';
import { emptyMemory, isClockOnly, needsDirection, remember, resolveReading, type Direction, type Resolution } from './resolve.js';
import { seasonParser } from './season.js';
import { tenseNear } from './tense.js';
import { timeParser } from './time.js';
import { weekdayParser } from './weekday.js';
import { createContext, type DateContext, type DateParser, WordTable } from './window.js';

/**
 * Parsers in priority order. Overlaps go to the longest span; between equal spans the
 * earlier parser wins, so a calendar name beats a holiday or a weekday reading of the same
 * words, dates beat durations (`the next day` is a date), and the duration parser, which
 * only exists to keep lengths of time from being read as dates, comes last.
 */
const PARSERS: readonly DateParser[] = [
  absoluteParser,
  holidayParser,
  weekdayParser,
  seasonParser,
  relativeParser,
  timeParser,
  anaphoraParser,
  referenceParser,
  durationParser,
];

/** Keys and parser start bits of every token text seen, shared by all documents. */
const WORDS = new WordTable(PARSERS);

/** Longest candidates first, then parser order; keeps those that overlap nothing kept. */
function selectLongest(found: { candidate: Candidate; priority: number }[]): Candidate[] {
  const ordered = [...found].sort(
    (a, b) => (b.candidate.stop - b.candidate.start) - (a.candidate.stop - a.candidate.start) || a.priority - b.priority || a.candidate.start - b.candidate.start,
  );
  const kept: Candidate[] = [];
  for (const { candidate } of ordered) {
    if (kept.some((other) => candidate.start < other.stop && other.start < candidate.stop)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The start bits of every token of the sentence together: which parsers can find anything in it. */
function startsIn(context: DateContext, scope: TokenRange): number {
  let starts = 0;
  for (let index = scope.first; index < scope.end; index += 1) starts |= context.starts[index];
  return starts;
}

function directionOf(context: DateContext, scope: TokenRange, found: Candidate): Direction {
  // `Wednesday's ruling`: the possessive names an event, and the nearest verb is not its own.
  if (found.end < scope.end && context.keys[found.end] === "'s") return null;
  const tense = tenseNear(context, scope, found.first, found.end);
  if (tense === 'past') return 'past';
  if (tense === 'future') return 'future';
  // News writes coming days in the present (`the deadline is Tuesday`, `the summit opens
  // Monday`); for a month the present says nothing, and the nearest one is taken.
  if (tense === 'present' && found.reading.kind === 'calendar' && found.reading.weekday !== undefined) return 'future';
  return null;
}

/**
 * Finds the DATE, TIME, DURATION and SET expressions of an analysed document.
 * @param analyzed - the document as `createNlp().analyze(text, bodyStart)` returned it
 * @param file - the path reported with each mention
 * @param documentDate - the article's date `YYYY-MM-DD`, the anchor of relative expressions;
 *   null leaves their `value` null (with `relative: true`) rather than guess
 * @returns mentions sorted by `start`, non-overlapping, `text === analyzed.text.slice(start, end)`
 */
export function extractDates(analyzed: AnalyzedText, file: string, documentDate: string | null): DateMention[] {
  const context = createContext(analyzed, WORDS);
  const anchorDate = documentDate === null ? null : parseIsoDate(documentDate);
  const anchor = anchorDate === null ? null : daysFromCivil(anchorDate.year, anchorDate.month, anchorDate.day);
  const memory = emptyMemory();
  const mentions: DateMention[] = [];
  for (const scope of analyzed.sentences) {
    // A sentence with no word any parser starts at (one in seven of news prose) needs no parser.
    const starts = startsIn(context, scope);
    if (starts === 0) continue;
    const found: { candidate: Candidate; priority: number }[] = [];
    PARSERS.forEach((parser, priority) => {
      const startBit = 1 << priority;
      if ((starts & startBit) === 0) return;
      for (const candidate of parser.parse(context, scope, startBit)) found.push({ candidate, priority });
    });
    if (found.length === 0) continue;
    const refined = applyModifiers(context, scope, applyFrames(context, scope, mergeTimes(context, scope, selectLongest(found))));
    const resolutions = refined.map((candidate) => {
      const direction = needsDirection(candidate.reading) ? directionOf(context, scope, candidate) : null;
      const resolution = resolveReading(candidate.reading, anchor, direction, memory);
      if (resolution.temporalType === 'DATE' || resolution.temporalType === 'TIME') remember(memory, resolution);
      return resolution;
    });
    placeClockTimes(refined, resolutions);
    refined.forEach((candidate, position) => {
      const resolution = resolutions[position];
      mentions.push({
        file,
        start: candidate.start,
        end: candidate.stop,
        text: analyzed.text.slice(candidate.start, candidate.stop),
        value: resolution.value,
        granularity: resolution.granularity,
        mod: candidate.mod,
        relative: resolution.relative,
        temporalType: resolution.temporalType,
        source: candidate.source,
      });
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Moves clock times that name no day onto the nearest day written in the same sentence
 * (`at 4 in the morning (4 a.m. EDT Thursday)`); without one they stay on the document date.
 * The last day mentioned in earlier sentences is not used: in news copy a later `by 1430 GMT`
 * is today far more often than the day the previous sentence was about.
 */
function placeClockTimes(candidates: Candidate[], resolutions: Resolution[]): void {
  candidates.forEach((candidate, position) => {
    if (!isClockOnly(candidate.reading)) return;
    let best: { distance: number; day: string; relative: boolean } | null = null;
    resolutions.forEach((other, index) => {
      const day = other.value === null || index === position ? null : /^\d{4}-\d{2}-\d{2}/.exec(other.value);
      if (!day) return;
      const distance = Math.abs(index - position);
      if (!best || distance < best.distance) best = { distance, day: day[0], relative: other.relative };
    });
    const found = best as { distance: number; day: string; relative: boolean } | null;
    const own = resolutions[position];
    if (!found) return;
    const time = own.value?.slice(10) ?? timeOf(candidate);
    resolutions[position] = { ...own, value: found.day + time, relative: found.relative };
  });
}

/** `T15:00` or `TMO` for a clock-only reading whose value is unknown (no anchor). */
function timeOf(candidate: Candidate): string {
  const reading = candidate.reading;
  if (reading.kind !== 'calendar') return '';
  if (reading.hour !== undefined) return `T${String(reading.hour).padStart(2, '0')}:${String(reading.minute ?? 0).padStart(2, '0')}`;
  return reading.partOfDay !== undefined ? `T${reading.partOfDay}` : '';
}
