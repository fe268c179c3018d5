// The hook bin/ uses to tune V8 once it knows how many analysis threads will share the cores.
// Worker threads run the built worker (dist/workers/worker.js), so this drives the built
// run-corpus module, as the binary does; `npm test` builds first.
import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorpus, type CorpusRunOptions } from '../../dist/cli/run-corpus.js';
import { SEEDS, temporaryFolder } from './helpers.js';

/** A folder with `copies` copies of each seed article. */
function seedCopies(copies: number): string {
  const folder = temporaryFolder('eurasia-before-workers-');
  for (let copy = 0; copy < copies; copy += 1) {
    for (const seed of readdirSync(SEEDS)) copyFileSync(path.join(SEEDS, seed), path.join(folder, `${copy}-${seed}`));
  }
  return folder;
}

/** Runs the corpus and lists, in order, what the hook and the result callback saw. */
async function eventsOf(folder: string, jobs: number): Promise<string[]> {
  const events: string[] = [];
  const options: CorpusRunOptions = {
    inputs: [folder],
    extensions: ['.txt'],
    read: { referenceDate: null, maxDocumentBytes: 10 * 1024 * 1024, readStdin: async () => Buffer.alloc(0) },
    analysis: { select: { entities: true, quotes: false, dates: false } },
    onResult: () => events.push('result'),
    onProblem: (problem) => events.push(`problem ${problem.file}`),
    onWarning: () => undefined,
    progressStream: { write: () => true },
    jobs,
    beforeWorkers: (workers) => events.push(`workers ${workers}`),
  };
  await runCorpus(options);
  return events;
}

describe('beforeWorkers', () => {
  it('hears once, before any result, how many worker threads start', async () => {
    const seeds = readdirSync(SEEDS).length;
    const events = await eventsOf(seedCopies(4), 3);
    expect(events).toEqual(['workers 3', ...Array(4 * seeds).fill('result')]);
  });

  it('counts no more workers than there are files', async () => {
    const files = 4 * readdirSync(SEEDS).length;
    const events = await eventsOf(seedCopies(4), 64);
    expect(events[0]).toBe(`workers ${files}`);
    expect(events.filter((event) => event.startsWith('workers'))).toHaveLength(1);
  });

  it('is not called when a handful of small files is analysed in this thread', async () => {
    const events = await eventsOf(seedCopies(1), 2);
    expect(events).toEqual(Array(readdirSync(SEEDS).length).fill('result'));
  });
});
