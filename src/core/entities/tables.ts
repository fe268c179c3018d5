/**
 * The rows of a results table or a standings table name the same kind of thing: `DETROIT 4
 * Kansas City 0`, `New York 6 CALIFORNIA 2`, `NEW YORK 75 59 .560 -`. A name in such a row is
 * read by the tagger with nothing around it but numbers, so one city among the clubs
 * comes out the city, most often one the lists know well (`New York`). Where most cells of a
 * document are organisations, the places among them are clubs too; where most are places
 * (`England 3 Moldova 0`: national sides, which are named by their countries) or people
 * (`Tiger Woods 70 69`), nothing changes.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { rewriteMentions } from './mentions.js';
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
export function typeTableClubs(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { tokens } = analyzed;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  // Each mention by its first token, with its last.
  const opening = new Map<number, { mention: Mention; last: number }>();
  for (const mention of mentions) {
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first !== undefined && last !== undefined) opening.set(first, { mention, last });
  }
  const cells: Mention[] = [];
  for (let lineStart = 0; lineStart < tokens.length; ) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !tokens[lineEnd].lineBreakBefore) lineEnd += 1;
    cells.push(...cellsOfRow(tokens, lineStart, lineEnd, opening));
    lineStart = lineEnd;
  }
  if (cells.length < FEWEST_CELLS) return mentions;
  let organisations = 0;
  for (const cell of cells) if (cell.type === 'ORG') organisations += 1;
  if (organisations < cells.length * CLUB_SHARE) return mentions;
  const clubs = new Set(cells.filter((cell) => cell.type === 'GPE' || cell.type === 'LOC'));
  return rewriteMentions(
    mentions,
    tokens,
    (mention) => ({ ...mention, type: 'ORG', source: SOURCE }),
    (mention) => clubs.has(mention),
  );
}

/**
 * The names of a table's row, tokens `[first, end)`: a standings row is a name and then
 * nothing but numbers and marks (`NEW YORK 75 59 .560 -`), a result's row a name, a score,
 * a name and a score (`DETROIT 4 Kansas City 0`, then perhaps `(in 12)`). A row with other
 * words (`Frankfurt 768,269 up 1.5`, `Minneapolis 5.06 up .02`) is no such table's, nor is a
 * dateline (`NEW YORK 1996-08-31`).
 */
function cellsOfRow(tokens: readonly Token[], first: number, end: number, opening: ReadonlyMap<number, { mention: Mention; last: number }>): Mention[] {
  const home = opening.get(first);
  if (home === undefined || !isScore(tokens[home.last + 1], end, home.last + 1)) return [];
  const rest = home.last + 2;
  const away = opening.get(rest);
  if (away !== undefined && isScore(tokens[away.last + 1], end, away.last + 1) && onlyNumbersAndMarks(tokens, away.last + 2, end, true)) return [home.mention, away.mention];
  return onlyNumbersAndMarks(tokens, rest, end, false) ? [home.mention] : [];
}

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
