#!/usr/bin/env node
// `npm run eval`: every accuracy measurement in one run, each against its reference scorer.
//   npm run eval                      all three, with ../shared/eval paths by default
//   npm run eval -- entities|dates|quotes   one of them
// Each part is its own script (scripts/eval-*.mjs) that can also be run alone with paths.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const parts = {
  entities: 'eval-entities.mjs',
  dates: 'eval-dates.mjs',
  quotes: 'eval-quotes.mjs',
};
const wanted = process.argv.slice(2).filter((name) => name in parts);
const selected = wanted.length ? wanted : Object.keys(parts);

const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let failed = false;
for (const name of selected) {
  const script = path.join(root, 'scripts', parts[name]);
  console.log(`\n=== ${name} (${path.relative(root, script)}) ===`);
  if (!existsSync(script)) {
    console.log('not available yet');
    continue;
  }
  const run = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
