// Lists the .txt files under a folder, sorted, for the reference runners.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function listTextFiles(folder) {
  const files = [];
  const walk = (current) => {
    for (const name of readdirSync(current).sort()) {
      const child = path.join(current, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (name.endsWith('.txt')) files.push(child);
    }
  };
  walk(folder);
  return files;
}
