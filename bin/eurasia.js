#!/usr/bin/env node
// The executable: the only place that touches the real process's exit.
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { interruptCli, runCli } from '../dist/cli/program.js';
import { EXIT_INTERNAL } from '../dist/cli/exit-codes.js';

// V8 pretenures an allocation site once enough of its objects outlive a young collection:
// later objects from that site start in the old generation. In the analysis that sent
// short-lived per-document objects there, to wait for full collections: in the first minute
// of a 200 MB run a worker's heap was 280-330 MB with pretenuring, 150-200 MB without. Measured
// on 50 MB (interleaved pairs, output identical): --jobs 1 peak RSS 552-568 → 403-414 MB and
// 5-12% less CPU; --jobs 2 908 → 616-656 MB and 5% faster. A V8 flag is process-wide, so it
// also reaches the worker threads, which are created later.
v8.setFlagsFromString('--no-allocation-site-pretenuring');

// V8 lets a heap grow to a multiple of what survived the last full collection before the next
// one, a multiple it raises for a thread that allocates fast, as an analysis worker does. A
// fixed 1.2 keeps each thread's heap near its live size. Analysing 3,000 bench articles in one
// thread: peak RSS 288 → 235 MB and 3% less CPU (fewer pages touched); the corpus-wide names
// at the end of a 20 MB run left 97 MB of heap in use, garbage included, against 47 MB with it.
// Process-wide like the flag above, so it reaches the worker threads too.
v8.setFlagsFromString('--heap-growing-percent=20');

// The CLI thread asks for a full collection now and then during a long run (src/cli/heap.ts).
// Node offers `gc` only under --expose-gc, and a flag on the command line would not reach
// `npx eurasia`; set here, it gives the function to contexts made from now on, like this one.
v8.setFlagsFromString('--expose-gc');
const exposedGc = vm.runInNewContext('gc');
const collectGarbage = typeof exposedGc === 'function' ? () => exposedGc() : undefined;

const cores = os.availableParallelism?.() ?? os.cpus().length;

// V8 optimises a function once it has run for a while, and throws the optimised code away
// when a branch it never saw before is taken; the recogniser's many stages each have rare
// branches that later documents reach, so a worker recompiles large functions again and again
// (on 5 MB of bench articles, 6.9 s of compiler time in a 10 s run). The compiler runs on
// another thread: free while a core is idle, taken from the analysis when the workers fill
// every core. There, letting a function run 15 times longer before it is optimised (an
// interrupt budget of 1,000,000 instead of V8's 67,584) means more of its branches are seen
// first. 5 MB, --jobs 2 on 2 cores, three runs each: 9.9-11.2 s → 8.6-8.9 s and 19.4 → 15.7 s
// of CPU; 20 MB: 26.9 → 25.3 s. With a core to spare (--jobs 1 on 2 cores) it only delayed
// the optimised code: 10.5 → 11.6 s on 5 MB, so it is left out.
const beforeWorkers = (workers) => {
  if (workers >= cores) v8.setFlagsFromString('--interrupt-budget=1000000');
};

const readStdin = async (limit) => {
  if (process.stdin.isTTY) return Buffer.alloc(0);
  const chunks = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    total += chunk.length;
    // Past the limit the document is refused anyway; leaving the loop closes stdin, so
    // `yes | eurasia entities -` ends instead of filling memory.
    if (total > limit) break;
  }
  return Buffer.concat(chunks, total);
};

// A closed pipe (`eurasia entities x | head`) is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Ctrl-C or a polite kill: no half-written --output file, and the conventional exit code
// (130 for SIGINT, 143 for SIGTERM).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(interruptCli(signal)));
}

try {
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readStdin,
    cores,
    cwd: process.cwd(),
    collectGarbage,
    beforeWorkers,
  });
  process.exitCode = code;
} catch (error) {
  const debug = process.argv.includes('--debug') || process.env.EURASIA_DEBUG;
  process.stderr.write(`eurasia: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = EXIT_INTERNAL;
}
