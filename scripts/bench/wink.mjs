// Bare wink-nlp, the practical ceiling: readDoc plus entities().out() over each file.
// Prints {"tokens": N} so the harness can report tokens/s for every runner.
// With `--shard I/N` it reads only every Nth file from the Ith: the harness runs two shards at
// once to measure how much a second core gives this machine.
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { listTextFiles } from './files.mjs';

const nlp = winkNLP(model);
const shardArgument = process.argv.indexOf('--shard');
const [shard, shards] = shardArgument >= 0 ? process.argv[shardArgument + 1].split('/').map(Number) : [0, 1];
let tokens = 0;
for (const [index, file] of listTextFiles(process.argv[2]).entries()) {
  if (index % shards !== shard) continue;
  const doc = nlp.readDoc(readFileSync(file, 'utf8'));
  doc.entities().out();
  tokens += doc.tokens().length();
}
console.log(JSON.stringify({ tokens }));
