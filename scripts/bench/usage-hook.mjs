// Preloaded with `node --import` into every measured process: on exit it writes the
// process's peak resident set and the CPU time of all its threads (worker threads and V8's
// helper threads included) to the file named by BENCH_USAGE_FILE, as JSON.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.BENCH_USAGE_FILE) return;
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ rss: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
});
