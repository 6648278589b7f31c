import { performance } from 'perf_hooks';

/** Median, p95 and min of `runs` calls after `warmup` untimed ones, in milliseconds. */
export function measure(fn: () => unknown, runs = 200, warmup = 20): { median: number; p95: number; min: number } {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(runs / 2)]!, p95: t[Math.floor(runs * 0.95)]!, min: t[0]! };
}

export function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}
