// Builds the quotation development set in tests/fixtures/quotes-dev/ from TimeML AQUAINT news.
//   node scripts/make-quotes-devset.mjs [/work/shared/eval/timeml/aquaint]
// Writes texts/NAME.txt (headline, blank line, body), candidates.txt (every quotation the
// source's own PTB marks delimit, with context, for a person to annotate) and, when
// annotations.tsv exists, gold.json in the format of shared/eval/polnear/quotes-score.mjs.
// Spans come from the source's typesetting (PTB `` and '' are unambiguous open and close
// marks); kind and speaker come only from annotations.tsv, which a person wrote by reading.
import fs from 'node:fs';
import path from 'node:path';

const sourceDirectory = process.argv[2] ?? '/work/shared/eval/timeml/aquaint';
const outputDirectory = path.resolve('tests/fixtures/quotes-dev');

// The quotation-richest articles (four or more PTB opening marks) less near-duplicates:
// APW20000107.0088 repeats APW20000115.0209 and APW20000216.0193 repeats APW20000216.0272.
const ARTICLES = [
  'NYT20000105.0325', 'NYT19990312.0271', 'APW20000128.0316', 'NYT20000224.0173', 'APW20000107.0318',
  'NYT20000330.0406', 'NYT20000601.0442', 'NYT19981026.0446', 'NYT19981025.0216', 'APW19990312.0251',
  'NYT20000414.0296', 'APW20000210.0328', 'NYT19980907.0112', 'NYT20000403.0463', 'APW19980818.0515',
  'APW20000115.0209', 'APW20000216.0272', 'APW19990206.0090', 'APW20000115.0031', 'APW19991024.0075',
  'NYT20000329.0359', 'NYT19981025.0188', 'NYT19990419.0515',
];

const unescapeXml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Plain text of one article with PTB marks rendered as a real article would print them:
 * NYT pieces with curly marks, AP and Xinhua with straight ones, so both styles are exercised.
 * Returns the text and the quotations the PTB marks delimit (paragraph continuations merged).
 */
function render(xml, curly) {
  const title = unescapeXml((xml.match(/<TITLE>([\s\S]*?)<\/TITLE>/) ?? [])[1] ?? '').trim();
  const body = unescapeXml(((xml.match(/<TEXT>([\s\S]*?)<\/TEXT>/) ?? [])[1] ?? '').replace(/<[^>]+>/g, ''))
    .trim().replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  const raw = title ? `${title}\n\n${body}\n` : `${body}\n`;
  const open = curly ? '“' : '"';
  const close = curly ? '”' : '"';
  let text = '';
  const quotes = [];
  let current = null;
  for (let index = 0; index < raw.length; index += 1) {
    const pair = raw.slice(index, index + 2);
    if (raw.startsWith("'''", index) && current) {
      // PTB writes a nested quotation closing with its outer one as three marks: ' then ''.
      text += curly ? '’' : "'";
      quotes.push({ start: current.start, end: text.length });
      current = null;
      text += close;
      index += 2;
    } else if (pair === '``') {
      // An opening mark while a quotation is still open is news style's reopening at a new paragraph.
      if (!current) current = { start: text.length + 1 };
      text += open;
      index += 1;
    } else if (pair === "''" && current) {
      quotes.push({ start: current.start, end: text.length });
      current = null;
      text += close;
      index += 1;
    } else if (raw[index] === '`') {
      text += curly ? '‘' : "'";
    } else {
      text += raw[index];
    }
  }
  return { text, quotes };
}

fs.mkdirSync(path.join(outputDirectory, 'texts'), { recursive: true });
const candidates = [];
const byId = new Map();
for (const name of ARTICLES) {
  const xml = fs.readFileSync(path.join(sourceDirectory, `${name}.tml`), 'utf8');
  const { text, quotes } = render(xml, name.startsWith('NYT'));
  const file = `${name}.txt`;
  fs.writeFileSync(path.join(outputDirectory, 'texts', file), text);
  quotes.forEach((quote, number) => {
    const id = `${name}#${number + 1}`;
    byId.set(id, { file, ...quote, text: text.slice(quote.start, quote.end) });
    const before = text.slice(Math.max(0, quote.start - 160), quote.start).replace(/\s+/g, ' ');
    const after = text.slice(quote.end, quote.end + 120).replace(/\s+/g, ' ');
    candidates.push(`${id}\n  …${before}[[${text.slice(quote.start, quote.end).replace(/\s+/g, ' ')}]]${after}…\n`);
  });
}
fs.writeFileSync(path.join(outputDirectory, 'candidates.txt'), candidates.join('\n'));

const annotationFile = path.join(outputDirectory, 'annotations.tsv');
if (fs.existsSync(annotationFile)) {
  const gold = {
    about: 'Hand-annotated direct quotations in 22 AQUAINT news articles; see README.md',
    documents: ARTICLES.map((name) => `${name}.txt`),
    quotes: [],
  };
  const seen = new Set();
  for (const line of fs.readFileSync(annotationFile, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, kind, speaker, description, quotedText] = line.split('\t');
    // `NAME#+` adds a quotation the source's marks get wrong (a missing close or reopen),
    // located by its exact text; `skip` drops the mis-paired candidate it replaces.
    if (id.endsWith('#+')) {
      const name = id.slice(0, -2);
      const text = fs.readFileSync(path.join(outputDirectory, 'texts', `${name}.txt`), 'utf8');
      const start = text.indexOf(quotedText);
      if (start < 0 || !quotedText) throw new Error(`${id}: text not found: ${quotedText}`);
      gold.quotes.push({
        file: `${name}.txt`, start, end: start + quotedText.length, text: quotedText, kind,
        speaker: speaker && speaker !== '-' ? speaker : null,
        speakerDescription: description && description !== '-' ? description : null,
      });
      continue;
    }
    const quote = byId.get(id);
    if (quote && kind === 'skip') { seen.add(id); continue; }
    if (!quote) throw new Error(`annotations.tsv names ${id}, which is not a candidate`);
    if (!['full', 'partial', 'other'].includes(kind)) throw new Error(`${id}: bad kind ${kind}`);
    seen.add(id);
    gold.quotes.push({
      file: quote.file, start: quote.start, end: quote.end, text: quote.text, kind,
      speaker: speaker && speaker !== '-' ? speaker : null,
      speakerDescription: description && description !== '-' ? description : null,
    });
  }
  const missing = [...byId.keys()].filter((id) => !seen.has(id));
  if (missing.length > 0) throw new Error(`not annotated: ${missing.join(', ')}`);
  gold.quotes.sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
  fs.writeFileSync(path.join(outputDirectory, 'gold.json'), `${JSON.stringify(gold, null, 1)}\n`);
  console.log(`gold.json: ${gold.quotes.length} quotations in ${gold.documents.length} articles`);
}
console.log(`${ARTICLES.length} texts, ${byId.size} candidate quotations`);
