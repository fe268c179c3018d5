#!/usr/bin/env node
// `npm run bench`: throughput and peak memory of eurasia against bare wink-nlp and compromise,
// on article-sized files generated from the nlp-corpus package (real English no one here wrote).
//   npm run bench                        5 MB and 200 MB corpora
//   npm run bench -- --sizes 5,50        other sizes, in MB
//   npm run bench -- --compromise-max 5  largest size compromise runs on (it is slow)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const sizes = argument('--sizes', '5,200').split(',').map(Number);
const compromiseMax = Number(argument('--compromise-max', '5'));
const work = path.join(root, '.bench');
const ARTICLE_BYTES = 3000;
const winkRunner = path.join(root, 'scripts', 'bench', 'wink.mjs');

/** Deterministic pseudo-random numbers (mulberry32), so every run benches the same text. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadSentences() {
  const builds = path.join(root, 'node_modules', 'nlp-corpus', 'builds');
  return readdirSync(builds)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(path.join(builds, name), 'utf8')));
}

/** Writes about `megabytes` of ~3 KB articles (paragraphs of 2–4 sentences), 1,000 per folder. */
function generateCorpus(megabytes) {
  const folder = path.join(work, `corpus-${megabytes}MB`);
  const marker = path.join(folder, '.complete');
  if (existsSync(marker)) return folder;
  rmSync(folder, { recursive: true, force: true });
  const sentences = loadSentences();
  const next = random(megabytes);
  let written = 0;
  let count = 0;
  while (written < megabytes * 1e6) {
    const paragraphs = [];
    let size = 0;
    while (size < ARTICLE_BYTES) {
      const length = 2 + Math.floor(next() * 3);
      const paragraph = Array.from({ length }, () => sentences[Math.floor(next() * sentences.length)]).join(' ');
      paragraphs.push(paragraph);
      size += paragraph.length + 2;
    }
    const text = `${paragraphs.join('\n\n')}\n`;
    const subfolder = path.join(folder, String(Math.floor(count / 1000)).padStart(4, '0'));
    if (count % 1000 === 0) mkdirSync(subfolder, { recursive: true });
    writeFileSync(path.join(subfolder, `article-${String(count).padStart(6, '0')}.txt`), text);
    written += Buffer.byteLength(text);
    count += 1;
  }
  writeFileSync(marker, '');
  return folder;
}

function folderBytes(folder) {
  let total = 0;
  const walk = (current) => {
    for (const name of readdirSync(current)) {
      const child = path.join(current, name);
      const stats = statSync(child);
      if (stats.isDirectory()) walk(child);
      else if (name.endsWith('.txt')) total += stats.size;
    }
  };
  walk(folder);
  return total;
}

/** Runs one measured command in its own process; returns seconds, CPU seconds, peak RSS and its stdout. */
function measure(args) {
  const usageFile = path.join(work, 'usage.json');
  rmSync(usageFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', path.join(root, 'scripts', 'bench', 'usage-hook.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : { rss: NaN, cpuSeconds: NaN };
  return { seconds, cpuSeconds: usage.cpuSeconds, rss: usage.rss, stdout: result.stdout };
}

/**
 * Runs bare wink-nlp as two processes at once, each on half the files, and returns the seconds
 * until both are done. One process's time over this is what a second core gives this work on
 * this machine: the ceiling for `--jobs 2` over `--jobs 1` (two vCPUs may share one core).
 */
async function measurePair(folder) {
  const started = process.hrtime.bigint();
  const run = (shard) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [winkRunner, folder, '--shard', `${shard}/2`], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wink shard ${shard} failed (${code})`))));
    });
  await Promise.all([run(0), run(1)]);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const megabytes = (bytes) => (bytes / 1e6).toFixed(1);
const row = (cells) => `| ${cells.join(' | ')} |`;

mkdirSync(work, { recursive: true });
console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${megabytes(os.totalmem())} MB RAM`);
const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const eurasia = path.join(root, 'bin', 'eurasia.js');
// CPU seconds count every thread of the process: over `seconds`, one eurasia worker keeps
// more than one core busy (the main thread, V8's compiler and garbage collector helpers).
const header = ['corpus', 'runner', 'seconds', 'CPU s', 'MB/s', 'tokens/s', 'peak RSS MB', 'vs bare wink'];
const lines = [row(header), row(Array(header.length).fill('---'))];
for (const size of sizes) {
  const folder = generateCorpus(size);
  const bytes = folderBytes(folder);
  console.error(`corpus ${size} MB: ${megabytes(bytes)} MB in ${folder}`);
  const wink = measure([winkRunner, folder]);
  const tokens = JSON.parse(wink.stdout).tokens;
  const pairSeconds = await measurePair(folder);
  const runs = [
    ['bare wink-nlp', wink],
    ['eurasia analyze --jobs 1', measure([eurasia, 'analyze', '--format', 'ndjson', '--jobs', '1', folder])],
    ['eurasia analyze --jobs 2', measure([eurasia, 'analyze', '--format', 'ndjson', '--jobs', '2', folder])],
  ];
  if (size <= compromiseMax) runs.push(['compromise', measure([path.join(root, 'scripts', 'bench', 'compromise.mjs'), folder])]);
  const winkRate = bytes / wink.seconds;
  for (const [name, run] of runs) {
    const rate = bytes / run.seconds;
    lines.push(row([`${size} MB`, name, run.seconds.toFixed(1), run.cpuSeconds.toFixed(1), megabytes(rate), Math.round(tokens / run.seconds).toLocaleString('en-US'), megabytes(run.rss), (rate / winkRate).toFixed(2)]));
    console.error(`  ${name}: ${run.seconds.toFixed(1)} s`);
  }
  const seconds = Object.fromEntries(runs.map(([name, run]) => [name, run.seconds]));
  // The runs double as a determinism check at a scale no test reaches: thousands of documents
  // per worker once let a worker's history change what it found (see nlp.ts, ForgetfulWink).
  const identical = runs[1][1].stdout === runs[2][1].stdout;
  if (!identical) {
    console.error(`  outputs of --jobs 1 and --jobs 2 differ on ${size} MB: a bug`);
    process.exitCode = 1;
  }
  const ratios = [
    `jobs 2 / jobs 1 = ${(seconds['eurasia analyze --jobs 1'] / seconds['eurasia analyze --jobs 2']).toFixed(2)}×`,
    `machine's two-core ceiling (bare wink-nlp, two halves at once) = ${(wink.seconds / pairSeconds).toFixed(2)}×`,
    `outputs identical: ${identical ? 'yes' : 'NO'}`,
  ];
  if (seconds.compromise) ratios.push(`jobs 1 vs compromise = ${(seconds.compromise / seconds['eurasia analyze --jobs 1']).toFixed(1)}×`);
  lines.push(row([`${size} MB`, `ratios: ${ratios.join(', ')}`, ...Array(header.length - 2).fill('')]));
}
console.log(lines.join('\n'));
