// Preloaded into a Node child when GNU time is missing: writes the process's peak RSS (kB) on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.LRT_BENCH_RSS_FILE) writeFileSync(process.env.LRT_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
