/**
 * Phase timings on stderr when LRT_TIJDEN is set: where a build spends its time, for the
 * benchmark's closing note (docs/performance.md). Silent otherwise.
 */
const on = !!process.env.LRT_TIJDEN;
let last = performance.now();

export function phase(name: string): void {
  if (!on) return;
  const now = performance.now();
  const mem = process.memoryUsage();
  process.stderr.write(`[tijd] ${name}: ${Math.round(now - last)} ms (heap ${Math.round(mem.heapUsed / 1e6)} MB, rss ${Math.round(mem.rss / 1e6)} MB)\n`);
  last = now;
}
