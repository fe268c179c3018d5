/**
 * Parses JSON held as bytes, including results too large to be one string. V8 caps a string
 * at 512 MiB, and the `--json` result of a large shard can pass that; `eurasia merge` must
 * still read it. A result is an object of arrays, so past a size the object is taken apart
 * member by member and its arrays element by element, each piece parsed by `JSON.parse`.
 */

/** Below this many bytes the text is decoded and parsed whole (quicker, and error messages are JSON.parse's). */
export const WHOLE_PARSE_BYTES = 256 * 1024 * 1024;

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;

// Bytes that are not UTF-8 become U+FFFD, as they did when results were read as text.
const decoder = new TextDecoder('utf-8');

/**
 * Parses UTF-8 JSON bytes (a leading byte-order mark is skipped).
 * @param bytes - the file's bytes
 * @param wholeParseBytes - inputs shorter than this are parsed in one piece (a parameter for tests)
 * @throws SyntaxError for text that is not JSON
 */
export function parseJsonBytes(bytes: Uint8Array, wholeParseBytes = WHOLE_PARSE_BYTES): unknown {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.length - at < wholeParseBytes) return JSON.parse(decoder.decode(bytes.subarray(at)));
  at = skipSpace(bytes, at);
  if (bytes[at] !== OPEN_BRACE) return parsePiece(bytes, at, valueEnd(bytes, at), true);
  const result: Record<string, unknown> = {};
  at = skipSpace(bytes, at + 1);
  if (bytes[at] === CLOSE_BRACE) return finishAt(bytes, at + 1, result);
  for (;;) {
    if (bytes[at] !== QUOTE) throw syntaxError('a member name', at);
    const keyEnd = valueEnd(bytes, at);
    const key = parsePiece(bytes, at, keyEnd, false) as string;
    at = skipSpace(bytes, keyEnd);
    if (bytes[at] !== COLON) throw syntaxError('":"', at);
    at = skipSpace(bytes, at + 1);
    let value: unknown;
    if (bytes[at] === OPEN_BRACKET) [value, at] = parseArray(bytes, at);
    else {
      const end = valueEnd(bytes, at);
      value = parsePiece(bytes, at, end, false);
      at = end;
    }
    // As JSON.parse: an own property even for `__proto__`, the last of repeated names kept.
    Object.defineProperty(result, key, { value, writable: true, enumerable: true, configurable: true });
    at = skipSpace(bytes, at);
    if (bytes[at] === CLOSE_BRACE) return finishAt(bytes, at + 1, result);
    if (bytes[at] !== COMMA) throw syntaxError('"," or "}"', at);
    at = skipSpace(bytes, at + 1);
  }
}

/** Parses the array opening at `start` one element at a time; returns it and the offset after it. */
function parseArray(bytes: Uint8Array, start: number): [unknown[], number] {
  const items: unknown[] = [];
  let at = skipSpace(bytes, start + 1);
  if (bytes[at] === CLOSE_BRACKET) return [items, at + 1];
  for (;;) {
    const end = valueEnd(bytes, at);
    items.push(parsePiece(bytes, at, end, false));
    at = skipSpace(bytes, end);
    if (bytes[at] === CLOSE_BRACKET) return [items, at + 1];
    if (bytes[at] !== COMMA) throw syntaxError('"," or "]"', at);
    at = skipSpace(bytes, at + 1);
  }
}

function parsePiece(bytes: Uint8Array, start: number, end: number, whole: boolean): unknown {
  try {
    return JSON.parse(decoder.decode(bytes.subarray(start, whole ? bytes.length : end)));
  } catch (error) {
    if (error instanceof SyntaxError) throw new SyntaxError(`${error.message} (in the value at byte ${start})`);
    throw error;
  }
}

function finishAt<T>(bytes: Uint8Array, at: number, value: T): T {
  const end = skipSpace(bytes, at);
  if (end !== bytes.length) throw syntaxError('the end of the input', end);
  return value;
}

/**
 * The offset just past the JSON value that starts at `start`. Only strings and nesting are
 * followed; what lies between is left for JSON.parse to check.
 */
function valueEnd(bytes: Uint8Array, start: number): number {
  if (start >= bytes.length) throw syntaxError('a value', start);
  const first = bytes[start];
  if (first === QUOTE) return stringEnd(bytes, start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let at = start;
    while (at < bytes.length && !isDelimiter(bytes[at])) at += 1;
    if (at === start) throw syntaxError('a value', start);
    return at;
  }
  let depth = 0;
  let at = start;
  while (at < bytes.length) {
    const byte = bytes[at];
    if (byte === QUOTE) {
      at = stringEnd(bytes, at);
      continue;
    }
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
    at += 1;
  }
  throw syntaxError('the end of a value opened', start);
}

/** The offset just past the string that opens at `start`. */
function stringEnd(bytes: Uint8Array, start: number): number {
  for (let at = start + 1; at < bytes.length; at += 1) {
    const byte = bytes[at];
    if (byte === BACKSLASH) at += 1;
    else if (byte === QUOTE) return at + 1;
  }
  throw syntaxError('the end of a string opened', start);
}

function isDelimiter(byte: number): boolean {
  return byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET || isSpace(byte);
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function skipSpace(bytes: Uint8Array, from: number): number {
  let at = from;
  while (at < bytes.length && isSpace(bytes[at])) at += 1;
  return at;
}

function syntaxError(expected: string, at: number): SyntaxError {
  return new SyntaxError(`expected ${expected} at byte ${at}`);
}
