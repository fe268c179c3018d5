#!/usr/bin/env node
// Date evaluation on TimeML news: eurasia's extractor against chrono-node, same documents,
// same reference scorer (/work/shared/eval/timeml/timeml.mjs).
//
//   npx tsc -p . && node scripts/eval-dates.mjs [TIMEML_DIR] [--errors] [--scorer PATH]
//
// TIMEML_DIR defaults to ../shared/eval/timeml/aquaint (the development set). --errors lists
// eurasia's misses, false alarms and wrong values, for studying error categories (never for
// special-casing sentences). Works on dist/, so build first.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { createNlp } from '../dist/core/nlp.js';
import { extractDates } from '../dist/core/dates/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const showErrors = args.includes('--errors');
if (showErrors) args.splice(args.indexOf('--errors'), 1);
const scorer = option('--scorer') ?? path.resolve(root, '../shared/eval/timeml/timeml.mjs');
const timemlDir = path.resolve(args[0] ?? path.resolve(root, '../shared/eval/timeml/aquaint'));
const outDir = path.join(root, '.eval', 'timeml', path.basename(timemlDir));

execFileSync('node', [scorer, 'prepare', timemlDir, outDir], { stdio: ['ignore', 'inherit', 'inherit'] });
const docsDir = path.join(outDir, 'docs');
const names = fs.readdirSync(docsDir).filter((name) => name.endsWith('.txt')).sort();

/** Reads the `date YYYY-MM-DD` first line the way eurasia's corpus layer does. */
function header(text) {
  const match = /^date (\d{4}-\d{2}-\d{2})\r?\n/.exec(text);
  return match ? { date: match[1], bodyStart: match[0].length } : { date: null, bodyStart: 0 };
}

const pad = (value, width) => String(value).padStart(width, '0');

/** chrono's result written as TIMEX3 at the finest granularity chrono is certain of. */
function chronoValue(result) {
  const start = result.start;
  const year = pad(start.get('year'), 4);
  const month = pad(start.get('month'), 2);
  const day = pad(start.get('day'), 2);
  if (start.isCertain('hour')) return `${year}-${month}-${day}T${pad(start.get('hour'), 2)}:${pad(start.get('minute') ?? 0, 2)}`;
  if (start.isCertain('day') || start.isCertain('weekday')) return `${year}-${month}-${day}`;
  if (start.isCertain('month')) return `${year}-${month}`;
  if (start.isCertain('year')) return year;
  return `${year}-${month}-${day}`;
}

const nlp = createNlp();
const ours = [];
const theirs = [];
let analysisMs = 0;
let extractionMs = 0;
let characters = 0;
const texts = {};
for (const name of names) {
  const text = fs.readFileSync(path.join(docsDir, name), 'utf8');
  texts[name] = text;
  characters += text.length;
  const { date, bodyStart } = header(text);
  let started = performance.now();
  const analyzed = nlp.analyze(text, bodyStart);
  analysisMs += performance.now() - started;
  started = performance.now();
  const mentions = extractDates(analyzed, name, date);
  extractionMs += performance.now() - started;
  for (const mention of mentions) {
    if (mention.temporalType !== 'DATE' && mention.temporalType !== 'TIME') continue;
    ours.push({ file: name, start: mention.start, end: mention.end, text: mention.text, value: mention.value, source: mention.source });
  }
  if (date) {
    const [year, month, day] = date.split('-').map(Number);
    const reference = new Date(year, month - 1, day, 12, 0, 0);
    for (const result of chrono.parse(text.slice(bodyStart), reference, { forwardDate: false })) {
      const start = bodyStart + result.index;
      theirs.push({ file: name, start, end: start + result.text.length, text: result.text, value: chronoValue(result) });
    }
  }
}

function score(records, label) {
  const file = path.join(outDir, `${label}.ndjson`);
  fs.writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n') + '\n');
  const output = execFileSync('node', [scorer, 'score', path.join(outDir, 'gold.json'), file], { encoding: 'utf8' });
  const detection = /P=([\d.]+) R=([\d.]+) F1=([\d.]+) \(tp (\d+) fp (\d+) fn (\d+)\)/.exec(output);
  const value = /valueF1=([\d.]+)/.exec(output);
  return { label, P: detection[1], R: detection[2], F1: detection[3], tp: detection[4], fp: detection[5], fn: detection[6], valueF1: value[1] };
}

const rows = [score(ours, 'eurasia'), score(theirs, 'chrono-node')];
console.log(`\n${names.length} documents from ${path.relative(process.cwd(), timemlDir) || timemlDir}; DATE/TIME expressions, reference scorer\n`);
console.log('system        detection P   R      F1     (tp/fp/fn)     value F1');
for (const row of rows) {
  console.log(`${row.label.padEnd(13)} ${row.P.padStart(11)}   ${row.R}  ${row.F1}  (${row.tp}/${row.fp}/${row.fn})`.padEnd(52) + `   ${row.valueF1}`);
}
console.log(`\neurasia extraction ${(extractionMs / names.length).toFixed(2)} ms/document (wink analysis ${(analysisMs / names.length).toFixed(1)} ms/document), ${(characters / 1024).toFixed(0)} KiB in all`);

if (showErrors) {
  // The scorer's matching, repeated here to say which expressions went wrong.
  const gold = JSON.parse(fs.readFileSync(path.join(outDir, 'gold.json'), 'utf8'));
  const context = (name, start, end) => texts[name].slice(Math.max(0, start - 50), end + 30).replace(/\s+/g, ' ');
  const lines = [];
  for (const [name, spans] of Object.entries(gold)) {
    const predicted = ours.filter((record) => record.file === name);
    const used = new Set();
    for (const span of spans.filter((s) => s.type === 'DATE' || s.type === 'TIME')) {
      const at = predicted.findIndex((p, k) => !used.has(k) && p.start < span.end && span.start < p.end);
      if (at < 0) {
        lines.push(`MISS   ${name} ${JSON.stringify(span.text)} gold=${span.value}  | ${context(name, span.start, span.end)}`);
        continue;
      }
      used.add(at);
      const p = predicted[at];
      if (String(p.value ?? '') !== span.value) lines.push(`VALUE  ${name} ${JSON.stringify(p.text)} ours=${p.value} gold=${span.value} (${p.source})  | ${context(name, span.start, span.end)}`);
    }
    predicted.forEach((p, k) => {
      if (!used.has(k) && !spans.some((g) => p.start < g.end && g.start < p.end)) lines.push(`FALSE  ${name} ${JSON.stringify(p.text)} ours=${p.value} (${p.source})  | ${context(name, p.start, p.end)}`);
    });
  }
  console.log('\n' + lines.sort().join('\n'));
}
