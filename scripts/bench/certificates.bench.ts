/**
 * Giấy khen: 500 certificates of one decision in one .docx (issue 21.7: goal < 5 s, < 300 MB),
 * drafted from the register and packed in a process of their own (certificates-child.ts) so
 * its peak RSS is the work's alone. `TDKT_BENCH_CERTIFICATES` changes the count.
 */
import { spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';

export function run(): void {
  const n = Number(process.env.TDKT_BENCH_CERTIFICATES ?? 500);
  const child = path.join(__dirname, 'certificates-child.ts');
  const start = Date.now();
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', child, String(n)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: 300000,
  });
  const wall = Date.now() - start;
  const line = r.stdout.trim().split('\n').pop() ?? '';
  let m: {
    pages: number;
    proposals: number;
    draftMs: number;
    packMs: number;
    bytes: number;
    maxRssMB: number;
    rssBeforeMB: number;
    cpuMs: number;
  };
  try {
    m = JSON.parse(line) as typeof m;
  } catch {
    console.log(`certificates: failed (exit ${r.status}): ${(r.stderr || r.stdout).slice(0, 400)}`);
    return;
  }
  const work = (m.draftMs + m.packMs) / 1000;
  const ok = work < 5 && m.maxRssMB < 300 ? 'OK' : 'OVER GOAL';
  console.log(
    `${m.pages} certificates (${m.proposals} Số vào sổ proposed): draft ${(m.draftMs / 1000).toFixed(2)} s + pack .docx ${(m.packMs / 1000).toFixed(2)} s = ${work.toFixed(2)} s (CPU ${(m.cpuMs / 1000).toFixed(2)} s, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores), ${(m.bytes / 1024).toFixed(0)} KB, peak RSS ${m.maxRssMB.toFixed(0)} MB (the whole process, ts-node included: ${m.rssBeforeMB.toFixed(0)} MB before drafting; wall ${(wall / 1000).toFixed(1)} s) — goal < 5 s, < 300 MB: ${ok}`,
  );
}
