#!/usr/bin/env node
// Trains the entity tagger on CoNLL-2003 eng.train and writes data/ner-model.json.
//   npx tsc -p . && node scripts/train-ner.mjs ../shared/eval/conll2003/eng.train [--epochs N] [--out FILE]
// The training text goes through the reference scorer's own `prepare` and through our wink
// adapter, so the tagger learns on exactly the tokens and text layout it will see at run time.
// Deterministic: documents are shuffled with a fixed seed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNlp } from '../dist/core/nlp.js';
import { FeatureExtractor, addLexiconEntry } from '../dist/core/entities/features.js';
import { GreedyDecoder, LabelFeatures, PREVIOUS_NAMES, LABELS, LABEL_COUNT, labelOf, TAG_TYPES } from '../dist/core/entities/tagger.js';
import { MODEL_FORMAT } from '../dist/core/entities/model.js';
import { knowledgeLexicon, knowledgeWordClasses } from '../dist/core/entities/lexicons.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const trainPath = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? path.join(root, '../shared/eval/conll2003/eng.train');
const epochs = Number(option('--epochs', 12));
const outPath = path.resolve(option('--out', path.join(root, 'data/ner-model.json')));
const folds = Number(option('--folds', 10));
const useKnowledge = !args.includes('--no-knowledge');
const started = performance.now();

// 1. Text and gold spans, laid out by the reference scorer.
const prepared = path.join(root, '.eval/conll-train');
const scorer = path.join(path.dirname(path.resolve(trainPath)), 'conll.mjs');
execFileSync(process.execPath, [scorer, 'prepare', path.resolve(trainPath), prepared], { stdio: 'inherit' });
const gold = JSON.parse(fs.readFileSync(path.join(prepared, 'gold.json'), 'utf8'));
const nlp = createNlp();
const docs = Object.keys(gold)
  .sort()
  .map((name) => {
    const text = fs.readFileSync(path.join(prepared, 'docs', name), 'utf8');
    return { name, analyzed: nlp.analyze(text), spans: gold[name] };
  });

// 2. Gold spans onto our tokens as BILOU labels; spans that do not fall on token edges are lost.
let aligned = 0;
let missed = 0;
for (const doc of docs) {
  const tokens = doc.analyzed.tokens;
  const byStart = new Map(tokens.map((t) => [t.start, t.index]));
  const byEnd = new Map(tokens.map((t) => [t.end, t.index]));
  doc.labels = new Uint8Array(tokens.length);
  doc.entities = [];
  for (const span of doc.spans) {
    const first = byStart.get(span.start);
    const last = byEnd.get(span.end);
    if (first === undefined || last === undefined || last < first) {
      missed += 1;
      continue;
    }
    aligned += 1;
    const type = TAG_TYPES.indexOf(span.type);
    if (first === last) doc.labels[first] = labelOf(type, 3);
    else {
      doc.labels[first] = labelOf(type, 0);
      for (let k = first + 1; k < last; k += 1) doc.labels[k] = labelOf(type, 1);
      doc.labels[last] = labelOf(type, 2);
    }
    doc.entities.push({ words: tokens.slice(first, last + 1).map((t) => t.text.toLowerCase().replace(/’/g, "'")), type: span.type });
  }
}
console.log(`aligned ${aligned} gold spans, ${missed} fall inside tokens`);

// 3. Lexicons of training names. Each fold sees only the names of the other folds, so the
//    tagger learns how far a list of names seen elsewhere can be trusted, not that it is always right.
const foldOf = (i) => i % folds;
function lexiconFrom(filter) {
  const root = {};
  for (let i = 0; i < docs.length; i += 1) if (filter(i)) for (const e of docs[i].entities) addLexiconEntry(root, e.words, e.type);
  return { name: 'train', root };
}

// 4. Features, with an index that grows as strings are met.
const ids = new Map();
const growing = {
  id(key) {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  },
};
const labelFeatures = new LabelFeatures(growing);
// The knowledge base took some of its names from eng.train (those seen at least twice). For a
// fold, a name that only that fold's own documents make an entity, fewer than twice elsewhere,
// would not be in a knowledge base built without the fold, so the fold does not see it.
const entityCountsByFold = new Map();
docs.forEach((doc, i) => {
  for (const e of doc.entities) {
    const key = e.words.join(' ');
    const counts = entityCountsByFold.get(key) ?? new Array(folds).fill(0);
    counts[foldOf(i)] += 1;
    entityCountsByFold.set(key, counts);
  }
});
for (let fold = 0; fold < folds; fold += 1) {
  const lexicons = [lexiconFrom((i) => foldOf(i) !== fold)];
  if (useKnowledge) {
    const exclude = new Set();
    for (const [name, counts] of entityCountsByFold) {
      const elsewhere = counts.reduce((sum, n, f) => sum + (f === fold ? 0 : n), 0);
      if (counts[fold] > 0 && elsewhere < 2) exclude.add(name);
    }
    lexicons.push(knowledgeLexicon(exclude));
  }
  const extractor = new FeatureExtractor(growing, { lexicons, wordClasses: useKnowledge ? knowledgeWordClasses : undefined });
  for (let i = 0; i < docs.length; i += 1) if (foldOf(i) === fold) docs[i].features = extractor.extract(docs[i].analyzed);
}
// Features keyed by the previous label are met during decoding; they need ids before the
// weight arrays are sized.
for (const doc of docs) {
  for (let t = 0; t < doc.labels.length; t += 1) for (let p = 0; p < PREVIOUS_NAMES.length; p += 1) doc.features.labelWordId(t, p, PREVIOUS_NAMES);
}
const featureCount = ids.size;
console.log(`${docs.length} documents, ${docs.reduce((n, d) => n + d.labels.length, 0)} tokens, ${featureCount} features`);

// 5. Averaged perceptron. `totals` holds the sum of time × update so that the average is
//    weights − totals / time without touching every weight at every step.
const weights = new Float64Array(featureCount * LABEL_COUNT);
const totals = new Float64Array(featureCount * LABEL_COUNT);
let time = 1;
let gold_ = null;
const learner = (token, features, n, predicted) => {
  const truth = gold_[token];
  if (predicted !== truth) {
    for (let k = 0; k < n; k += 1) {
      const base = features[k] * LABEL_COUNT;
      weights[base + truth] += 1;
      totals[base + truth] += time;
      weights[base + predicted] -= 1;
      totals[base + predicted] -= time;
    }
  }
  time += 1;
  return predicted;
};
const decoder = new GreedyDecoder(weights, labelFeatures);
let seed = 20260522;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
};
const order = docs.map((_, i) => i);
for (let epoch = 1; epoch <= epochs; epoch += 1) {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let errors = 0;
  let scored = 0;
  for (const index of order) {
    const doc = docs[index];
    gold_ = doc.labels;
    const before = time;
    const labels = decoder.decode(doc.features, learner);
    scored += time - before;
    for (let t = 0; t < labels.length; t += 1) if (labels[t] !== doc.labels[t]) errors += 1;
  }
  console.log(`epoch ${epoch}: ${errors} token errors, ${scored} tokens scored, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// 6. Average, prune and round. Rare features and tiny weights cost file size and load time
//    for no accuracy.
const scale = 100;
const names = [...ids.keys()];
const keptNames = [];
const keptWeights = [];
const minWeight = Number(option('--min-weight', 20));
for (let f = 0; f < featureCount; f += 1) {
  const pairs = [];
  for (let l = 0; l < LABEL_COUNT; l += 1) {
    const i = f * LABEL_COUNT + l;
    const average = weights[i] - totals[i] / time;
    const rounded = Math.round(average * scale);
    if (Math.abs(rounded) >= minWeight) pairs.push(l, rounded);
  }
  if (pairs.length) {
    keptNames.push(names[f]);
    keptWeights.push(pairs.length / 2, ...pairs);
  }
}
const lexicon = new Map();
for (const doc of docs) for (const e of doc.entities) lexicon.set(`${e.words.join(' ')}\t${e.type}`, true);
const model = {
  format: MODEL_FORMAT,
  labels: LABELS,
  scale,
  about: {
    data: 'CoNLL-2003 eng.train (Reuters, 1996), through conll.mjs prepare and the wink adapter',
    epochs,
    folds,
    knowledge: useKnowledge,
    trainedFeatures: featureCount,
  },
  features: keptNames.join('\n'),
  weights: keptWeights,
  lexicon: [...lexicon.keys()].sort(),
};
fs.mkdirSync(path.dirname(outPath), { recursive: true });
fs.writeFileSync(outPath, JSON.stringify(model));
const size = fs.statSync(outPath).size;
console.log(`wrote ${path.relative(process.cwd(), outPath)}: ${keptNames.length} features, ${(size / 1e6).toFixed(2)} MB`);
console.log(`train time ${((performance.now() - started) / 1000).toFixed(1)} s`);
