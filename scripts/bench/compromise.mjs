// compromise's people, places and organisations over each file, for reference.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { listTextFiles } from './files.mjs';

let found = 0;
for (const file of listTextFiles(process.argv[2])) {
  const doc = nlp(readFileSync(file, 'utf8'));
  found += doc.people().length + doc.places().length + doc.organizations().length;
}
console.log(JSON.stringify({ found }));
