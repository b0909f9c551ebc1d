/**
 * Phase timings on stderr when LRT_TIJDEN is set: where a build spends its time, for the
 * benchmark's closing note (docs/performance.md). Made once per command by the context; silent
 * when off.
 */
export type Phase = (name: string) => void;

export const silent: Phase = () => {};

export function phaseTimer(on: boolean, write: (s: string) => void): Phase {
  if (!on) return silent;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return (name) => {
    const now = performance.now();
    const mem = process.memoryUsage();
    const cpu = process.cpuUsage(lastCpu);
    write(`[tijd] ${name}: ${Math.round(now - last)} ms, CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms (heap ${Math.round(mem.heapUsed / 1e6)} MB, rss ${Math.round(mem.rss / 1e6)} MB)`);
    last = now;
    lastCpu = process.cpuUsage();
  };
}
