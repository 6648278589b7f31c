/**
 * One CLI run measured in its own process (for limits.bench.ts): prints
 * {"ms":…, "code":…, "maxRssMB":…, "message":…}. Not a benchmark by itself.
 */
import { performance } from 'perf_hooks';
import { runCli } from '../../src/cli/main';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const err: string[] = [];
  const t = performance.now();
  const code = await runCli(argv, { out: () => undefined, err: (s) => err.push(s) });
  const ms = performance.now() - t;
  const usage = process.resourceUsage();
  const maxRssMB = usage.maxRSS / 1024;
  // CPU time: what the run costs on an idle machine, whatever else the machine was doing.
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(JSON.stringify({ ms, cpuMs, code, maxRssMB, message: err[0] ?? '' }) + '\n');
}

void main();
