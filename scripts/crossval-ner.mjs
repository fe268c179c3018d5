#!/usr/bin/env node
// k-fold cross-validation of the entity recogniser over the documents of CoNLL-2003 eng.train:
// how well it does on documents that neither the tagger nor the gazetteer's eng.train lists
// have seen. The published figure (eng.testa) is on the development set the rules were tuned on.
//   npm run build && node scripts/crossval-ner.mjs [--folds 5] [--contiguous] [--conll ../shared/eval/conll2003] [--no-testa] [--verbose] [--keep DIR]
//
// Document i of eng.train (0-based, split at -DOCSTART- lines) goes to fold i % k; with
// --contiguous, to fold floor(i·k/n), so each fold is one run of consecutive documents (eng.train
// is in date order and neighbours often share a story or a sports series). For each
// fold, in a temporary copy of dist/ + data/ + the two build scripts (under os.tmpdir(), never
// the repository's data/), the script
//   1. writes the other k-1 folds as `eng.train` and the fold itself as `heldout`;
//   2. rebuilds data/gazetteer.json from the k-1 folds (scripts/build-gazetteer.mjs: names,
//      first names, common words, context cues, the city cut and the trusted list all come
//      from its eng.train argument; the hand lists and packages are unchanged);
//   3. retrains data/ner-model.json on the k-1 folds (scripts/train-ner.mjs, default options);
//   4. tags the held-out documents, and eng.testa, as scripts/eval-entities.mjs does, in a child
//      process that loads the copy's dist/ (so it reads the copy's data/), and scores them with
//      the reference scorer (conll.mjs prepare / score).
// It prints per-fold, mean (over folds) and pooled (summed counts) P/R/F1 overall and per type;
// the same for eng.testa tagged by each fold's model, beside the shipped model on eng.testa;
// and the recall of held-out entities whose name (case-insensitive) the k-1 training folds
// tag as an entity of any type ("seen") against those they never tag ("unseen").
// Folds run one after another (about 15–20 s each; the whole run about 1½ minutes). The
// temporary directory is removed on exit, also on Ctrl-C; the repository's data/ is hashed
// before and after and the run fails if it changed.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (names, fallback) => {
  const at = args.findIndex((a) => names.includes(a));
  return at >= 0 ? args[at + 1] : fallback;
};

// ---------------------------------------------------------------------------------------------
// Child mode: tag every document of a prepared folder with one copy's dist/ (and so its data/).
//   node crossval-ner.mjs --predict COPY DOCS_DIR OUT.ndjson
// ---------------------------------------------------------------------------------------------
if (args[0] === '--predict') {
  const [, copy, docsDir, outFile] = args;
  const { createNlp } = await import(pathToFileURL(path.join(copy, 'dist/core/nlp.js')).href);
  const { extractEntities } = await import(pathToFileURL(path.join(copy, 'dist/core/entities/index.js')).href);
  const nlp = createNlp();
  const lines = [];
  for (const name of fs.readdirSync(docsDir).filter((n) => n.endsWith('.txt')).sort()) {
    const analyzed = nlp.analyze(fs.readFileSync(path.join(docsDir, name), 'utf8'));
    for (const m of extractEntities(analyzed, name)) {
      lines.push(JSON.stringify({ file: m.file, start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, source: m.source }));
    }
  }
  fs.writeFileSync(outFile, lines.join('\n') + '\n');
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Main.
// ---------------------------------------------------------------------------------------------
const k = Number(option(['--folds', '-k'], 5));
const conllDir = path.resolve(option(['--conll'], path.join(root, '../shared/eval/conll2003')));
const withTesta = !args.includes('--no-testa');
const contiguous = args.includes('--contiguous');
const verbose = args.includes('--verbose');
// --keep DIR: each fold's held-out documents, gold and mentions copied to DIR/fold-N, to read the errors.
const keepDir = option(['--keep'], null);
if (!Number.isInteger(k) || k < 2) throw new Error(`--folds must be an integer of at least 2, not ${k}`);
const trainPath = path.join(conllDir, 'eng.train');
const testaPath = path.join(conllDir, 'eng.testa');
const scorer = path.join(conllDir, 'conll.mjs');
for (const file of [trainPath, scorer, ...(withTesta ? [testaPath] : []), path.join(root, 'dist/core/entities/index.js')]) {
  if (!fs.existsSync(file)) throw new Error(`missing ${file}${file.includes('dist') ? ' (run npm run build first)' : ''}`);
}
const { toCoNLLType } = await import(pathToFileURL(scorer).href);
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const started = performance.now();
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(1);

// The repository's data/ must come out of the run as it went in.
const dataDir = path.join(root, 'data');
const hashData = () => fs.readdirSync(dataDir).sort().map((n) => `${n}:${crypto.createHash('sha256').update(fs.readFileSync(path.join(dataDir, n))).digest('hex')}`).join('\n');
const dataBefore = hashData();

// Temporary tree, removed on every way out.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eurasia-crossval-'));
let child = null;
const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child && child.exitCode === null) child.kill('SIGTERM');
    cleanup();
    console.error(`\ninterrupted (${signal}); removed ${tmp}`);
    process.exit(130);
  });
}

/** Runs node with `argv`, collecting its output; prints it if it fails (or with --verbose). */
function node(argv, label) {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; if (verbose) process.stdout.write(chunk); });
    child.stderr.on('data', (chunk) => { output += chunk; if (verbose) process.stderr.write(chunk); });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      child = null;
      if (code === 0) resolve(output);
      else {
        if (!verbose) process.stderr.write(output);
        reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`));
      }
    });
  });
}

/** P/R/F1 from counts. */
const prf = ({ tp, fp, fn }) => {
  const P = tp / Math.max(tp + fp, 1);
  const R = tp / Math.max(tp + fn, 1);
  return { P, R, F: (2 * P * R) / Math.max(P + R, 1e-9) };
};

/** The reference scorer's counts per type and overall: { PER: {tp, fp, fn}, …, ALL }. */
async function score(goldFile, mentionsFile) {
  const text = await node([scorer, 'score', goldFile, mentionsFile], 'score');
  const counts = {};
  for (const line of text.split('\n')) {
    const m = /^(\w+)\s+P=[\d.]+ R=[\d.]+ F1=[\d.]+ \(tp (\d+) fp (\d+) fn (\d+)\)/.exec(line);
    if (m) counts[m[1]] = { tp: Number(m[2]), fp: Number(m[3]), fn: Number(m[4]) };
  }
  for (const type of [...TYPES, 'ALL']) counts[type] ??= { tp: 0, fp: 0, fn: 0 };
  return counts;
}

const readNdjson = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const surfaceKey = (text) => text.replace(/\s+/g, ' ').trim().toLowerCase();

try {
  // 1. eng.train split into documents at -DOCSTART- lines, each kept byte for byte.
  const lines = fs.readFileSync(trainPath, 'utf8').split('\n');
  const documents = [];
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) documents.push([]);
    if (documents.length === 0) {
      if (line.trim()) throw new Error(`${trainPath}: text before the first -DOCSTART-`);
      continue;
    }
    documents.at(-1).push(line);
  }
  const foldOf = (i) => (contiguous ? Math.floor((i * k) / documents.length) : i % k);
  const documentText = (doc) => `${doc.join('\n').replace(/\n+$/, '')}\n\n`;
  console.log(`eng.train: ${documents.length} documents; ${k} folds by document index (${contiguous ? `consecutive runs: document i → fold floor(i·${k}/${documents.length})` : `document i → fold i mod ${k}`}); temporary files in ${tmp}`);

  // 2. One copy of what the build scripts and the recogniser read; its data/ is rebuilt per fold.
  const copy = path.join(tmp, 'repo');
  fs.mkdirSync(path.join(copy, 'scripts'), { recursive: true });
  fs.cpSync(path.join(root, 'dist'), path.join(copy, 'dist'), { recursive: true });
  fs.cpSync(dataDir, path.join(copy, 'data'), { recursive: true });
  fs.copyFileSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
  for (const script of ['build-gazetteer.mjs', 'train-ner.mjs']) fs.copyFileSync(path.join(root, 'scripts', script), path.join(copy, 'scripts', script));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');

  // 3. eng.testa, prepared once, and the shipped model on it for comparison (read-only use of
  //    the repository's own dist/ and data/).
  let shippedTesta = null;
  const testaDir = path.join(tmp, 'testa');
  if (withTesta) {
    await node([scorer, 'prepare', testaPath, testaDir], 'prepare eng.testa');
    const t0 = performance.now();
    await node([fileURLToPath(import.meta.url), '--predict', root, path.join(testaDir, 'docs'), path.join(testaDir, 'shipped.ndjson')], 'tag eng.testa');
    shippedTesta = await score(path.join(testaDir, 'gold.json'), path.join(testaDir, 'shipped.ndjson'));
    console.log(`shipped model and gazetteer (all of eng.train) on eng.testa: F1 ${prf(shippedTesta.ALL).F.toFixed(3)} (${seconds(t0)} s)`);
  }

  // 4. The folds, one after another.
  const results = [];
  for (let fold = 0; fold < k; fold += 1) {
    const t0 = performance.now();
    const dir = path.join(tmp, `fold-${fold}`);
    fs.mkdirSync(dir);
    // build-gazetteer.mjs accepts a file named eng.train only; train-ner.mjs finds the scorer
    // beside its training file.
    const trainDocs = documents.filter((_, i) => foldOf(i) !== fold);
    const heldDocs = documents.filter((_, i) => foldOf(i) === fold);
    fs.writeFileSync(path.join(dir, 'eng.train'), trainDocs.map(documentText).join(''));
    fs.writeFileSync(path.join(dir, 'heldout'), heldDocs.map(documentText).join(''));
    fs.copyFileSync(scorer, path.join(dir, 'conll.mjs'));
    for (const file of ['gazetteer.json', 'ner-model.json']) fs.rmSync(path.join(copy, 'data', file), { force: true });

    const gazetteerLog = await node([path.join(copy, 'scripts/build-gazetteer.mjs'), path.join(dir, 'eng.train')], `fold ${fold}: build-gazetteer`);
    const fromTrain = /names from eng\.train (\d+)/.exec(gazetteerLog)?.[1] ?? '?';
    await node([path.join(copy, 'scripts/train-ner.mjs'), path.join(dir, 'eng.train'), '--out', path.join(copy, 'data/ner-model.json')], `fold ${fold}: train-ner`);
    const built = seconds(t0);

    // Held-out documents: tag and score.
    const held = path.join(dir, 'heldout-prepared');
    await node([scorer, 'prepare', path.join(dir, 'heldout'), held], `fold ${fold}: prepare`);
    await node([fileURLToPath(import.meta.url), '--predict', copy, path.join(held, 'docs'), path.join(held, 'mentions.ndjson')], `fold ${fold}: tag`);
    const counts = await score(path.join(held, 'gold.json'), path.join(held, 'mentions.ndjson'));

    // Seen / unseen: names the training folds tag as an entity (any type), case-insensitive.
    const trainPrepared = path.join(dir, 'train-prepared');
    await node([scorer, 'prepare', path.join(dir, 'eng.train'), trainPrepared], `fold ${fold}: prepare train`);
    const seenNames = new Set(Object.values(JSON.parse(fs.readFileSync(path.join(trainPrepared, 'gold.json'), 'utf8'))).flat().map((s) => surfaceKey(s.text)));
    const gold = JSON.parse(fs.readFileSync(path.join(held, 'gold.json'), 'utf8'));
    const predicted = new Set();
    const predictedBySeen = { seen: { tp: 0, n: 0 }, unseen: { tp: 0, n: 0 } };
    const goldKeys = new Set(Object.entries(gold).flatMap(([file, spans]) => spans.map((s) => `${file}:${s.start}:${s.end}:${s.type}`)));
    for (const m of readNdjson(path.join(held, 'mentions.ndjson'))) {
      const type = toCoNLLType(m.type);
      if (!type) continue;
      const key = `${path.basename(String(m.file))}:${m.start}:${m.end}:${type}`;
      if (predicted.has(key)) continue;
      predicted.add(key);
      const bucket = predictedBySeen[seenNames.has(surfaceKey(m.text)) ? 'seen' : 'unseen'];
      bucket.n += 1;
      if (goldKeys.has(key)) bucket.tp += 1;
    }
    const recall = {}; // `${seen|unseen}:${type|ALL}` → { found, total }
    for (const [file, spans] of Object.entries(gold)) {
      for (const span of spans) {
        const group = seenNames.has(surfaceKey(span.text)) ? 'seen' : 'unseen';
        const found = predicted.has(`${file}:${span.start}:${span.end}:${span.type}`) ? 1 : 0;
        for (const type of [span.type, 'ALL']) {
          const cell = (recall[`${group}:${type}`] ??= { found: 0, total: 0 });
          cell.found += found;
          cell.total += 1;
        }
      }
    }
    // The split must add up to the scorer's recall.
    const foundAll = (recall['seen:ALL']?.found ?? 0) + (recall['unseen:ALL']?.found ?? 0);
    if (foundAll !== counts.ALL.tp) throw new Error(`fold ${fold}: seen/unseen split finds ${foundAll} entities, the scorer ${counts.ALL.tp}`);

    let testa = null;
    if (withTesta) {
      await node([fileURLToPath(import.meta.url), '--predict', copy, path.join(testaDir, 'docs'), path.join(dir, 'testa.ndjson')], `fold ${fold}: tag eng.testa`);
      testa = await score(path.join(testaDir, 'gold.json'), path.join(dir, 'testa.ndjson'));
    }
    const entities = Object.values(gold).flat().length;
    results.push({ fold, docs: heldDocs.length, entities, counts, recall, predictedBySeen, testa, seconds: seconds(t0) });
    const r = prf(counts.ALL);
    const seenR = recall['seen:ALL'] ? recall['seen:ALL'].found / recall['seen:ALL'].total : NaN;
    const unseenR = recall['unseen:ALL'] ? recall['unseen:ALL'].found / recall['unseen:ALL'].total : NaN;
    console.log(`fold ${fold}: ${heldDocs.length} docs, ${entities} entities; gazetteer names from train folds ${fromTrain}; `
      + `P ${r.P.toFixed(3)} R ${r.R.toFixed(3)} F1 ${r.F.toFixed(3)}; recall seen ${seenR.toFixed(3)} unseen ${unseenR.toFixed(3)}`
      + `${testa ? `; eng.testa F1 ${prf(testa.ALL).F.toFixed(3)}` : ''} (build ${built} s, all ${seconds(t0)} s)`);
    if (keepDir) fs.cpSync(held, path.join(path.resolve(keepDir), `fold-${fold}`), { recursive: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // 5. Tables.
  const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = (xs) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
  const sum = (list) => list.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  function table(title, pick) {
    console.log(`\n${title}`);
    console.log(`${'type'.padEnd(5)} | ${results.map((r) => `fold ${r.fold}`.padEnd(17)).join(' | ')} | ${'mean (± sd of F1)'.padEnd(25)} | pooled`);
    console.log(`${''.padEnd(5)} | ${results.map(() => '  P     R     F1 ').join(' | ')} | ${'  P     R     F1   (sd) '.padEnd(25)} |   P     R     F1`);
    for (const type of [...TYPES, 'ALL']) {
      const scores = results.map((r) => prf(pick(r)[type]));
      const pooled = prf(sum(results.map((r) => pick(r)[type])));
      const m = ['P', 'R', 'F'].map((key) => mean(scores.map((s) => s[key])));
      console.log(`${type.padEnd(5)} | ${scores.map((s) => `${f3(s.P)} ${f3(s.R)} ${f3(s.F)}`).join(' | ')} | ${m.map(f3).join(' ')} (${f3(sd(scores.map((s) => s.F)))}) | ${f3(pooled.P)} ${f3(pooled.R)} ${f3(pooled.F)}`);
    }
  }
  table(`Held-out folds of eng.train (model and eng.train lists rebuilt without the fold):`, (r) => r.counts);
  if (withTesta) {
    table(`eng.testa, tagged by each fold's model (trained on ${k - 1}/${k} of eng.train):`, (r) => r.testa);
    const s = prf(shippedTesta.ALL);
    console.log(`shipped model (all of eng.train): P ${f3(s.P)} R ${f3(s.R)} F1 ${f3(s.F)}; per type ${TYPES.map((t) => `${t} ${f3(prf(shippedTesta[t]).F)}`).join(', ')}`);
  }

  console.log(`\nRecall by whether the training folds tag the name (case-insensitive, any type) — pooled over folds:`);
  console.log(`${'type'.padEnd(5)} | ${'seen: recall (found/total)'.padEnd(28)} | ${'unseen: recall (found/total)'.padEnd(28)} | unseen share`);
  for (const type of [...TYPES, 'ALL']) {
    const cell = (group) => results.reduce((s, r) => ({ found: s.found + (r.recall[`${group}:${type}`]?.found ?? 0), total: s.total + (r.recall[`${group}:${type}`]?.total ?? 0) }), { found: 0, total: 0 });
    const seen = cell('seen');
    const unseen = cell('unseen');
    const text = (c) => `${f3(c.found / c.total)} (${c.found}/${c.total})`.padEnd(28);
    console.log(`${type.padEnd(5)} | ${text(seen)} | ${text(unseen)} | ${f3(unseen.total / (seen.total + unseen.total))}`);
  }
  const perFold = (group) => results.map((r) => f3(r.recall[`${group}:ALL`].found / r.recall[`${group}:ALL`].total)).join(' ');
  console.log(`per fold, all types: seen ${perFold('seen')}; unseen ${perFold('unseen')}`);
  const precisionOf = (group) => {
    const c = results.reduce((s, r) => ({ tp: s.tp + r.predictedBySeen[group].tp, n: s.n + r.predictedBySeen[group].n }), { tp: 0, n: 0 });
    return `${f3(c.tp / c.n)} (${c.tp}/${c.n})`;
  };
  console.log(`precision of predicted names, same split: seen ${precisionOf('seen')}; unseen ${precisionOf('unseen')}`);

  if (hashData() !== dataBefore) throw new Error(`${dataDir} changed during the run`);
  console.log(`\n${k} folds in ${seconds(started)} s; ${path.relative(process.cwd(), dataDir) || dataDir} unchanged`);
} finally {
  cleanup();
}
