/**
 * The rows of a results table or a standings table name the same kind of thing: `DETROIT 4
 * Kansas City 0`, `New York 6 CALIFORNIA 2`, `NEW YORK 75 59 .560 -`. A name in such a row is
 * read by the tagger with nothing around it but numbers, so one city among the clubs
 * comes out the city, most often one the lists know well (`New York`). Where most cells of a
 * document are organisations, the places among them are clubs too; where most are places
 * (`England 3 Moldova 0`: national sides, which are named by their countries) or people
 * (`Tiger Woods 70 69`), nothing changes. In a table of clubs, capitalised words in a row's
 * place for a name that the tagger passed over are a club too (`Reading 4 1 1 2 5 10 4`), and
 * a club's name takes in the initials in brackets that tell it from another (`Mladost (L)`).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { byPosition, mentionOver, rewriteMentions } from './mentions.js';
import { isMonth, isNeverName, isWeekday } from './knowledge.js';
import { tokensByEnd, tokensByStart } from './tokens.js';

const SOURCE = 'entities/tables';

/** Fewer cells than this are no table. */
const FEWEST_CELLS = 4;

/** The share of a table's cells that must be organisations for its places to be clubs. */
const CLUB_SHARE = 2 / 3;

/**
 * Retypes as organisations the places in table cells, where most of a document's cells are
 * organisations.
 * @param mentions - the mentions so far, by position (after typing)
 * @param analyzed - the document
 */
export function typeTableClubs(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  // Each mention by its first token, with its last.
  const opening = new Map<number, { mention: Mention; last: number }>();
  for (const mention of mentions) {
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first !== undefined && last !== undefined) opening.set(first, { mention, last });
  }
  const cells: Cell[] = [];
  for (let lineStart = 0; lineStart < tokens.length; ) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !tokens[lineEnd].lineBreakBefore) lineEnd += 1;
    cells.push(...cellsOfRow(tokens, lineStart, lineEnd, opening));
    lineStart = lineEnd;
  }
  const named = cells.filter((cell) => cell.mention !== undefined);
  if (named.length < FEWEST_CELLS) return mentions;
  let organisations = 0;
  for (const cell of named) if (cell.mention?.type === 'ORG') organisations += 1;
  if (organisations < named.length * CLUB_SHARE) return mentions;
  // Each named cell's mention, with the extent of its cell where a qualifier widens it.
  const cellOf = new Map<Mention, Cell>();
  for (const cell of named) if (cell.mention !== undefined) cellOf.set(cell.mention, cell);
  const retyped = rewriteMentions(
    mentions,
    tokens,
    (mention, first, last) => {
      const cell = cellOf.get(mention) as Cell;
      if (cell.last === last || cell.gameRow !== true) return { ...mention, type: 'ORG', source: SOURCE };
      return mentionOver(text, mention.start, tokens[cell.last].end, { file, type: 'ORG', source: SOURCE }, mention);
    },
    (mention) => {
      const cell = cellOf.get(mention);
      if (cell === undefined) return false;
      // Only a game's row widens a name: a futures table's `EUROLIRA (SEP)` is a contract's month.
      const widened = cell.gameRow === true && tokens[cell.last].end !== mention.end;
      return widened || mention.type === 'GPE' || mention.type === 'LOC';
    },
  );
  // A club the tagger passed over in such a table (`Reading 4 1 1 2 5 10 4`, `Sale 31 Wasps 33`),
  // in a row whose numbers are a game's: no `Group 1` heading, `Attendance 16,000` or price.
  const found = cells
    .filter((cell) => cell.mention === undefined && cell.gameRow)
    .map((cell) => mentionOver(text, tokens[cell.first].start, tokens[cell.last].end, { file, type: 'ORG', source: SOURCE }))
    .filter((club) => !mentions.some((mention) => mention.start < club.end && club.start < mention.end));
  return found.length === 0 ? retyped : [...retyped, ...found].sort(byPosition);
}

/** A name in a table's row: a mention, or capitalised words no mention covers. */
interface Cell {
  first: number;
  last: number;
  mention?: Mention;
  /** The row's numbers are a game's: small scores, or a standing's three numbers or more. */
  gameRow?: boolean;
}

/**
 * The names of a table's row, tokens `[first, end)`: a standings row is a name and then
 * nothing but numbers and marks (`NEW YORK 75 59 .560 -`), a result's row a name, a score,
 * a name and a score (`DETROIT 4 Kansas City 0`, then perhaps `(in 12)`). A row with other
 * words (`Frankfurt 768,269 up 1.5`, `Minneapolis 5.06 up .02`) is no such table's, nor is a
 * dateline (`NEW YORK 1996-08-31`).
 */
function cellsOfRow(tokens: readonly Token[], first: number, end: number, opening: ReadonlyMap<number, { mention: Mention; last: number }>): Cell[] {
  const home = cellAt(tokens, first, end, opening);
  if (home === null || !isScore(tokens[home.last + 1], end, home.last + 1)) return [];
  const rest = home.last + 2;
  const away = cellAt(tokens, rest, end, opening);
  if (away !== null && isScore(tokens[away.last + 1], end, away.last + 1) && onlyNumbersAndMarks(tokens, away.last + 2, end, true)) {
    const gameRow = isSmallScore(tokens[home.last + 1]) && isSmallScore(tokens[away.last + 1]);
    return [{ ...home, gameRow }, { ...away, gameRow }];
  }
  if (!onlyNumbersAndMarks(tokens, rest, end, false)) return [];
  let numbers = 0;
  let small = true;
  for (let index = home.last + 1; index < end; index += 1) {
    if (tokens[index].kind !== 'number') continue;
    numbers += 1;
    if (!/^(?:\d{1,3}|\.\d{3}|\d\/\d)$/.test(tokens[index].text)) small = false;
  }
  return [{ ...home, gameRow: numbers >= 3 && small }];
}

/** A game's score: one to three digits. */
function isSmallScore(token: Token): boolean {
  return /^\d{1,3}$/.test(token.text);
}

/** The cell starting at token `first`: the mention there, or up to three capitalised words. */
function cellAt(tokens: readonly Token[], first: number, end: number, opening: ReadonlyMap<number, { mention: Mention; last: number }>): Cell | null {
  if (first >= end) return null;
  const mentioned = opening.get(first);
  let last: number;
  if (mentioned !== undefined) {
    last = mentioned.last;
    // The tagger may have taken a qualifier's bracket and letters but not its close (`Mladost (BJ`).
    if (tokens[last - 1]?.text === '(' && tokens[last + 1]?.text === ')' && /^\p{Lu}{1,2}$/u.test(tokens[last].text)) last += 1;
  } else {
    last = first - 1;
    while (last + 1 < end && last + 1 < first + MOST_CELL_WORDS && isCellWord(tokens[last + 1], last + 1 === first)) last += 1;
    if (last < first) return null;
  }
  // A club told apart by its town's initials in brackets is named with them (`Mladost (L)`).
  if (tokens[last + 1]?.text === '(' && /^\p{Lu}{1,2}$/u.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ')' && last + 3 < end) last += 3;
  if (last >= end) return null;
  return { first, last, mention: mentioned?.mention };
}

/** A word of a name no mention covers: capitalised (`Reading`, `Queen`), or a possessive inside it (`Queen's Park`). */
function isCellWord(token: Token, first: boolean): boolean {
  if (token.kind !== 'word') return false;
  if (!first && (token.text === "'s" || token.text === '’s')) return true;
  return /^\p{Lu}\p{Ll}/u.test(token.text) && !isNeverName(token.text) && !isMonth(token.text) && !isWeekday(token.text);
}

/** The most words of a name in a table the tagger passed over. */
const MOST_CELL_WORDS = 3;

/** A number that is no date, at `index` before the row's end. */
function isScore(token: Token | undefined, end: number, index: number): boolean {
  return token !== undefined && index < end && token.kind === 'number' && !/^\d{4}-\d\d-\d\d$/.test(token.text);
}

/** Whether tokens `[from, end)` hold no word; after a result, `(in 12)` may close the row. */
function onlyNumbersAndMarks(tokens: readonly Token[], from: number, end: number, afterResult: boolean): boolean {
  for (let index = from; index < end; index += 1) {
    const token = tokens[index];
    if (token.kind !== 'word') continue;
    if (afterResult && token.text.toLowerCase() === 'in' && tokens[index - 1]?.text === '(') continue;
    return false;
  }
  return true;
}
