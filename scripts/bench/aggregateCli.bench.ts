/**
 * `tdkt aggregate` at a receiving office's scale: 20 units × 3,750 register lines = 75,000
 * lines, the run measured in its own process (time, peak RSS). Goal: ≤ 60 s and ≤ 1 GB with
 * the summed tally equal to the sum of the units' tallies. The unit files are made here.
 * `TDKT_BENCH_UNITS` / `TDKT_BENCH_LINES` change the scale.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CATALOGUE as cat, grandTotal } from '../../src/core';
import { addTallies, computeTally, columnAllowed } from '../../src/core/tally';
import { awardKey, registerAwards, tallyFromRegister, subjectLabel, type RegisterLine } from '../../src/core/register';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { SUBJECTS } from '../../src/core/catalogue';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';

/** A unit's lines: every award the register takes, for each subject it is given to, named. */
export function unitLines(n: number, unit: number): RegisterLine[] {
  const choices = registerAwards(cat).flatMap((a) =>
    SUBJECTS.filter((s) => columnAllowed(a, s)).map((s) => ({
      award: awardKey(cat, a),
      subject: subjectLabel(s),
    })),
  );
  return Array.from({ length: n }, (_, i) => {
    const c = choices[(i * 7 + unit) % choices.length]!;
    return {
      number: i + 1,
      decision: `${100 + (i % 40)}/QĐ-UBND`,
      date: 45323 + (i % 150),
      authority: `UBND xã số ${unit + 1}`,
      award: c.award,
      subject: c.subject,
      name: `Nguyễn Văn ${unit + 1}-${i + 1}`,
      position: 'Cán bộ, công chức xã',
    };
  });
}

/** The units' files in `dir`: `units` workbooks of `lines` lines each. */
export async function makeUnits(dir: string, units: number, lines: number): Promise<string[]> {
  const files: string[] = [];
  for (let u = 0; u < units; u++) {
    const file = path.join(dir, `don-vi-${String(u + 1).padStart(2, '0')}.xlsx`);
    await createWorkbookFile(file, {
      info: { unitName: `Xã số ${u + 1}`, period: '6 tháng đầu năm', year: 2024 },
      documents: [],
      tally: {},
      register: unitLines(lines, u),
      tallySource: 'register',
    });
    files.push(file);
  }
  return files;
}

function measure(args: string[]): { ms: number; cpuMs: number; code: number; maxRssMB: number; message: string } {
  const child = path.join(__dirname, 'limits-child.ts');
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', child, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: 600000,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as { ms: number; cpuMs: number; code: number; maxRssMB: number; message: string };
  } catch {
    return { ms: NaN, cpuMs: NaN, code: r.status ?? -1, maxRssMB: NaN, message: (r.stderr || r.stdout).slice(0, 300) };
  }
}

export async function run(): Promise<void> {
  const units = Number(process.env.TDKT_BENCH_UNITS ?? 20);
  const lines = Number(process.env.TDKT_BENCH_LINES ?? 3750);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-agg-cli-'));
  try {
    const t = performance.now();
    const files = await makeUnits(dir, units, lines);
    console.log(`${units} unit files of ${lines} lines made in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const out = path.join(dir, 'tong-hop.xlsx');
    const m = measure(['aggregate', '-o', out, ...files]);
    const ok =
      m.cpuMs <= 60000 && m.maxRssMB <= 1024
        ? '✓ goal (CPU time: the wall time follows the machine’s load)'
        : '✗ GOAL MISSED';
    console.log(
      `tdkt aggregate of ${units} × ${lines} = ${units * lines} lines: exit ${m.code}, ${(m.ms / 1000).toFixed(1)} s (CPU ${(m.cpuMs / 1000).toFixed(1)} s; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores), peak ${m.maxRssMB.toFixed(0)} MB (goal ≤ 60 s, ≤ 1024 MB) ${ok}` +
        (m.code !== 0 ? `\n    ${m.message}` : ''),
    );
    if (m.code !== 0) return;
    // The same totals: the summed workbook's tally against the units' own.
    const expected = addTallies(files.map((_, u) => tallyFromRegister(cat, unitLines(lines, u))));
    const read = await readWorkbookFile(out);
    const summed = readWorkbookInputs(cat, read.grids).inputs.tally;
    const a = grandTotal(cat, computeTally(cat, expected));
    const b = grandTotal(cat, computeTally(cat, summed));
    console.log(
      `summed workbook: ${(fs.statSync(out).size / 1e6).toFixed(1)} MB, grand totals ${JSON.stringify(b)} ${JSON.stringify(a) === JSON.stringify(b) ? '= the units’ sum ✓' : `≠ the units’ sum ${JSON.stringify(a)} ✗`}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
