// Preloaded into a Node child when GNU time is missing: writes the process's peak RSS (kB) and
// its user and system CPU time (µs, all threads) on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.LRT_BENCH_RSS_FILE) return;
  const u = process.resourceUsage();
  writeFileSync(process.env.LRT_BENCH_RSS_FILE, `${u.maxRSS} ${u.userCPUTime} ${u.systemCPUTime}`);
});
