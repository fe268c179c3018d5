// Quotation extraction: span F1 and named-speaker accuracy on the hand-annotated dev set, and,
// when the shared PolNeAR split is present, span recall and speaker accuracy there.
//   node scripts/eval-quotes.mjs [--no-build] [--verbose] [--no-polnear] [--no-entities]
// Runs the built extractor in dist/ (built first with `npx tsc -p .`, which still emits when
// some other file has a type error). Mentions come from the entity recogniser in dist/ when
// it exists, else the extractor runs with none and relies on its own stand-in names.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const flags = new Set(process.argv.slice(2));
const verbose = flags.has('--verbose');
const sharedScorer = '/work/shared/eval/polnear/quotes-score.mjs';
const polnearDirectory = '/work/shared/eval/polnear';

if (!flags.has('--no-build')) {
  spawnSync('npx', ['tsc', '-p', '.'], { cwd: root, stdio: 'ignore' });
}
const load = async (relative) => import(pathToFileURL(path.join(root, relative)).href);
const { createNlp } = await load('dist/core/nlp.js');
const { extractQuotes } = await load('dist/core/quotes/index.js');
let extractEntities = null;
if (!flags.has('--no-entities') && fs.existsSync(path.join(root, 'dist/core/entities/index.js'))) {
  try {
    ({ extractEntities } = await load('dist/core/entities/index.js'));
  } catch (error) {
    console.log(`entity recogniser in dist/ failed to load (${error.message.split('\n')[0]}); running without mentions`);
  }
}
console.log(`mentions: ${extractEntities ? 'dist/core/entities extractEntities' : 'none (stand-in names only)'}`);
const nlp = createNlp();

/** Runs the extractor over every document the gold names; writes eurasia-style ndjson. */
function predict(documentDirectory, gold, outputFile) {
  const lines = [];
  let milliseconds = 0;
  let recogniserFailures = 0;
  for (const file of gold.documents) {
    const text = fs.readFileSync(path.join(documentDirectory, file), 'utf8').replace(/^\uFEFF/, '');
    const header = /^\s*date \d{4}-\d{2}-\d{2}[^\n]*\n?/.exec(text);
    const began = performance.now();
    const analyzed = nlp.analyze(text, header ? header[0].length : 0);
    let mentions = [];
    if (extractEntities) {
      try { mentions = extractEntities(analyzed, file); } catch { mentions = []; recogniserFailures += 1; }
    }
    const quotes = extractQuotes(analyzed, file, mentions);
    milliseconds += performance.now() - began;
    for (const quote of quotes) {
      if (quote.text !== text.slice(quote.start, quote.end)) throw new Error(`${file}: text does not match its span`);
      // As `eurasia quotes --format ndjson` prints them: "other" only with --all.
      if (quote.kind !== 'other') lines.push(JSON.stringify(quote));
    }
  }
  fs.mkdirSync(path.dirname(outputFile), { recursive: true });
  fs.writeFileSync(outputFile, lines.join('\n') + '\n');
  if (recogniserFailures > 0) console.log(`(entity recogniser failed on ${recogniserFailures} of ${gold.documents.length} documents; those ran without mentions)`);
  return milliseconds;
}

function score(goldFile, predictionFile, recallOnly) {
  const result = spawnSync('node', [sharedScorer, goldFile, predictionFile], {
    encoding: 'utf8', env: { ...process.env, ...(recallOnly ? { RECALL_ONLY: '1' } : {}) },
  });
  return result.stdout.trim();
}

/** Lists misses, false alarms and wrong speakers, with the same matching rule as the scorer. */
function explain(goldFile, predictionFile, documentDirectory) {
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8'));
  for (const quote of gold.quotes) {
    quote.text ??= fs.readFileSync(path.join(documentDirectory, quote.file), 'utf8').slice(quote.start, quote.end);
  }
  const predictions = fs.readFileSync(predictionFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const iou = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
  const last = (name) => String(name ?? '').toLowerCase().replace(/[^a-z ]/g, '').trim().split(' ').pop();
  for (const file of gold.documents) {
    const golds = gold.quotes.filter((quote) => quote.file === file);
    const mine = predictions.filter((quote) => quote.file === file);
    for (const expected of golds) {
      const match = mine.find((quote) => iou(quote, expected) >= 0.8);
      if (expected.kind === 'other') continue;
      if (!match) console.log(`  miss  ${file} ${JSON.stringify(expected.text.slice(0, 70))}`);
      else if (expected.speaker && last(expected.speaker) !== last(match.speaker)) {
        console.log(`  who   ${file} ${JSON.stringify(expected.text.slice(0, 50))} gold=${expected.speaker} got=${match.speaker} (${match.source}, cue ${match.cue})`);
      }
    }
    for (const quote of mine) {
      if (!golds.some((expected) => iou(quote, expected) >= (expected.kind === 'other' ? 0.5 : 0.8))) console.log(`  extra ${file} ${quote.kind} ${JSON.stringify(quote.text.slice(0, 70))}`);
    }
  }
}

/**
 * The reference scorer matches speakers by last word; this counts the stricter measure a user
 * sees: the whole canonical name (`Kelli Conlin`, not `Conlin` or `” Conlin`).
 */
function exactSpeakers(goldFile, predictionFile) {
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8'));
  const predictions = fs.readFileSync(predictionFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
  let named = 0;
  let right = 0;
  for (const expected of gold.quotes) {
    if (expected.kind === 'other' || !expected.speaker) continue;
    named += 1;
    const match = predictions.find((quote) => quote.file === expected.file && overlap(quote, expected) >= 0.8);
    if (match && match.speaker === expected.speaker) right += 1;
  }
  return `named speakers with the exact canonical name ${right}/${named} (${(right / Math.max(named, 1)).toFixed(3)})`;
}

const devDirectory = path.join(root, 'tests/fixtures/quotes-dev');
const devGoldFile = path.join(devDirectory, 'gold.json');
const devPredictions = path.join(root, '.eval/quotes-dev.ndjson');
const devGold = JSON.parse(fs.readFileSync(devGoldFile, 'utf8'));
const devTime = predict(path.join(devDirectory, 'texts'), devGold, devPredictions);
console.log(`\ndev set (${devGold.documents.length} AQUAINT articles, ${devGold.quotes.length} gold quotations; ${devTime.toFixed(0)} ms)`);
console.log(score(devGoldFile, devPredictions, false));
console.log(exactSpeakers(devGoldFile, devPredictions));
if (verbose) explain(devGoldFile, devPredictions, path.join(devDirectory, 'texts'));

if (!flags.has('--no-polnear') && fs.existsSync(path.join(polnearDirectory, 'polnear.mjs'))) {
  const prepared = path.join(root, '.eval/polnear');
  if (!fs.existsSync(path.join(prepared, 'gold.json'))) {
    execFileSync('node', [path.join(polnearDirectory, 'polnear.mjs'), 'prepare', path.join(polnearDirectory, 'dev'), prepared], { stdio: 'ignore' });
  }
  const gold = JSON.parse(fs.readFileSync(path.join(prepared, 'gold.json'), 'utf8'));
  const predictions = path.join(root, '.eval/polnear-quotes.ndjson');
  const time = predict(path.join(prepared, 'docs'), gold, predictions);
  console.log(`\nPolNeAR dev (${gold.documents.length} articles, ${gold.quotes.length} attributed direct quotations; RECALL_ONLY; ${time.toFixed(0)} ms)`);
  console.log(score(path.join(prepared, 'gold.json'), predictions, true));
  if (verbose) explain(path.join(prepared, 'gold.json'), predictions, path.join(prepared, 'docs'));
}
