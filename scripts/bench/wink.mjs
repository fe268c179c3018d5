// Bare wink-nlp, the practical ceiling: readDoc plus entities().out() over each file.
// Prints {"tokens": N} so the harness can report tokens/s for every runner.
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { listTextFiles } from './files.mjs';

const nlp = winkNLP(model);
let tokens = 0;
for (const file of listTextFiles(process.argv[2])) {
  const doc = nlp.readDoc(readFileSync(file, 'utf8'));
  doc.entities().out();
  tokens += doc.tokens().length();
}
console.log(JSON.stringify({ tokens }));
