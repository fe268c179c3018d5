import { describe, expect, it } from 'vitest';
import { breakLongRuns, createNlp } from '../../src/core/nlp.js';

describe('the wink adapter', () => {
  const nlp = createNlp();

  it('gives tokens whose offsets slice the original text, after a skipped header', () => {
    const text = 'date 2025-05-23\nSergey Lavrov met\r\n\r\nAngela Merkel’s aide.';
    const analyzed = nlp.analyze(text, 16);
    expect(analyzed.tokens[0].text).toBe('Sergey');
    for (const token of analyzed.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    const angela = analyzed.tokens.find((token) => token.text === 'Angela');
    expect(angela?.paragraphBefore).toBe(true);
  });

  it('splits sentences at line breaks as well as at full stops', () => {
    const analyzed = nlp.analyze('US, EU approaches\n\nLavrov spoke. Putin listened.');
    expect(analyzed.sentences).toHaveLength(3);
  });

  it('reads a 200,000-character blob in linear time, offsets intact', () => {
    const text = `Lavrov said. ${'A'.repeat(200_000)} Putin went to Minsk.`;
    const started = Date.now();
    const analyzed = nlp.analyze(text);
    // wink alone needs minutes for this; a generous bound still catches the quadratic path.
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const token of analyzed.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(analyzed.tokens.at(-2)?.text).toBe('Minsk');
  });

  it('analyses a document the same whatever documents came before it', () => {
    // wink learns `Women's` as one word from the first text (the replacement characters keep it
    // whole there) and would then stop splitting it everywhere else.
    const later = "She has competed at ten Women's Chess Olympiads, five for Vietnam.";
    const signature = (text: string): string => nlp.analyze(text).tokens.map((token) => `${token.text}/${token.pos}`).join(' ');
    const fresh = signature(later);
    expect(fresh).toContain("Women/PROPN 's/PART");
    nlp.analyze("I could find the Women's\uFFFDFA\uFFFDCup\uFFFDFinal on?");
    expect(signature(later)).toBe(fresh);
  });

  it('tags words of letters it learnt from earlier documents as a fresh engine does', () => {
    const later = 'Zelenskiy met Tokayev and Mirziyoyev in Astana; Kvartaholdings objected.';
    const signature = (engine: ReturnType<typeof createNlp>): string => engine.analyze(later).tokens.map((token) => `${token.text}/${token.pos}`).join(' ');
    const fresh = signature(createNlp());
    const warm = createNlp();
    warm.analyze('ZELENSKIY, Tokayev. mirziyoyev: kvartaholdings!! Kvartaholdings? "Astana" Zelenskiy-Tokayev');
    warm.analyze('Kvartaholdings Kvartaholdings Zelenskiy Zelenskiy Tokayev said, Mirziyoyev said.');
    expect(signature(warm)).toBe(fresh);
  });

  it('reads a document as a fresh engine does after thousands of new word shapes', () => {
    // wink packs a word's shape as an index in a 14-bit field. When each document's new
    // shapes were forgotten with its words, every document added them again under new
    // indices; past 16,384 an index spilled into the abbreviation flag, and a stray `*`
    // became a likely sentence end. Eight documents of 3,000 made-up words of letters and
    // digits (letters, capitals and digits in every order: about 2,800 shapes) got there.
    const classes = ['a', 'B', '7'];
    const word = (seed: number): string => {
      let spelling = 'q';
      for (let position = 0, rest = seed; position < 8; position += 1, rest = Math.floor(rest / 3)) spelling += classes[rest % 3];
      return spelling;
    };
    const filler = `${Array.from({ length: 3000 }, (_, seed) => word(seed)).join(' ')}.`;
    const later = 'Officials said the talks in Minsk ended * Then Sergey Lavrov left for Moscow.';
    const signature = (engine: ReturnType<typeof createNlp>): string => {
      const analyzed = engine.analyze(later);
      return `${analyzed.tokens.map((token) => `${token.text}/${token.pos}`).join(' ')} | sentences at ${analyzed.sentences.map((sentence) => sentence.first).join(',')}`;
    };
    const fresh = signature(createNlp());
    expect(fresh).toMatch(/ \| sentences at 0$/);
    const warm = createNlp();
    for (let document = 0; document < 8; document += 1) warm.analyze(filler);
    expect(signature(warm)).toBe(fresh);
    // Shapes kept for good fill the field too, given enough distinct ones (24,000 words of
    // ten classes, about 17,000 shapes): the engine is rebuilt before they can.
    const longer = (seed: number): string => `${word(seed)}${classes[Math.floor(seed / 6561) % 3]}${classes[Math.floor(seed / 19683) % 3]}`;
    const many = createNlp();
    for (let document = 0; document < 8; document += 1) many.analyze(`${Array.from({ length: 3000 }, (_, seed) => longer(document * 3000 + seed)).join(' ')}.`);
    expect(signature(many)).toBe(fresh);
  }, 60_000);

  it('builds one engine after another without the model growing each time', () => {
    // wink's custom-entity loader re-encodes its previous result on every call: a few dozen
    // engines in one process used to exhaust memory ("Invalid string length").
    for (let engine = 0; engine < 30; engine += 1) createNlp();
    expect(createNlp().analyze('Lavrov spoke.').tokens.map((token) => token.text)).toEqual(['Lavrov', 'spoke', '.']);
  }, 60_000);

  it('numbers spellings so that one number is always one spelling, and a kept word keeps its number', () => {
    const first = nlp.analyze("Lavrov met Zzyzxqua in Minsk at O'Zzyzx's.").tokens;
    const second = nlp.analyze("Zzyzxqua and Lavrov met in Minsk at O'Zzyzx's.").tokens;
    const id = (tokens: typeof first, text: string) => tokens.find((token) => token.text === text)?.spellingId ?? -1;
    expect(id(first, 'met')).toBeGreaterThanOrEqual(0);
    expect(id(first, 'met')).toBe(id(second, 'met'));
    // A word of letters wink learnt stays learnt, with its number.
    expect(id(first, 'Zzyzxqua')).toBeGreaterThanOrEqual(0);
    expect(id(second, 'Zzyzxqua')).toBe(id(first, 'Zzyzxqua'));
    // Every distinct spelling of a document has a number of its own.
    const spellingsById = new Map<number, string>();
    for (const token of [...first, ...second]) {
      expect(spellingsById.get(token.spellingId) ?? token.text).toBe(token.text);
      spellingsById.set(token.spellingId, token.text);
    }
  });
});

describe('breakLongRuns', () => {
  it('keeps the length, leaves ordinary text alone, and never splits a surrogate pair', () => {
    expect(breakLongRuns('plain words only')).toBe('plain words only');
    const emoji = '😀'.repeat(200);
    const broken = breakLongRuns(emoji);
    expect(broken).toHaveLength(emoji.length);
    expect(broken).toContain(' ');
    expect(broken.replace(/ /g, '')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
