/**
 * The .xlsx host and the tdkt command: CLI start-up, validating one file, and
 * aggregating 200 unit files (goal: < 10 s and < 500 MB peak RSS on 2 cores).
 * Commands run as child processes of bin/tdkt.js, as a user runs them.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import {
  DEFAULT_CATALOGUE as cat,
  grandTotal,
  inputsFromJson,
  validateWorkbook,
  type WorkbookInputsJson,
} from '../../src/core';
import {
  addTallies,
  computeTally,
  isInputRow,
  columnAllowed,
  COUNT_COLUMNS,
  type Counts,
  type Tally,
} from '../../src/core/tally';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { fmt } from './timing';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'tdkt.js');
const EXAMPLE = path.join(ROOT, 'examples', 'bac-son-2024', 'bac-son-6-thang-2024.xlsx');

/** Run bin/tdkt.js; wall time and the child's peak RSS (reported by a --require hook). */
function tdkt(args: string[], hook: string): { ms: number; rssMb: number; status: number | null } {
  const t = performance.now();
  const p = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { encoding: 'utf8' });
  const ms = performance.now() - t;
  const m = /TDKT_BENCH_MAXRSS (\d+)/.exec(p.stderr);
  return { ms, rssMb: m ? Number(m[1]) / 1024 : NaN, status: p.status };
}

/** A small seeded PRNG so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function randomTally(r: () => number): Tally {
  const out: Record<string, Partial<Counts>> = {};
  for (const row of cat.rows) {
    if (!isInputRow(row) || row.kind === 'breakdown' || r() > 0.3) continue;
    const c: Partial<Counts> = {};
    for (const col of COUNT_COLUMNS) {
      if (!columnAllowed(row, col) || col.startsWith('direct')) continue;
      c[col] = Math.floor(r() * 20);
    }
    if (c.collective !== undefined && columnAllowed(row, 'directCollective'))
      c.directCollective = Math.floor(r() * (c.collective + 1));
    if (c.individual !== undefined && columnAllowed(row, 'directIndividual'))
      c.directIndividual = Math.floor(r() * (c.individual + 1));
    out[row.id] = c;
  }
  return out;
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-'));
  const hook = path.join(dir, 'rss-hook.js');
  fs.writeFileSync(
    hook,
    "process.on('exit', () => process.stderr.write('TDKT_BENCH_MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  // Measure what `npm ci` ships: the compiled command, built fresh from the sources.
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
  const source = build.status === 0 ? 'build/cli' : 'ts-node (build failed)';
  try {
    const help = [1, 2, 3].map(() => tdkt(['--help'], hook).ms).sort((a, b) => a - b)[1]!;
    console.log(`tdkt --help (start-up, ${source}): ${fmt(help)}`);
    const v = [1, 2, 3].map(() => tdkt(['validate', EXAMPLE], hook)).sort((a, b) => a.ms - b.ms)[1]!;
    console.log(`tdkt validate example (process, wall): ${fmt(v.ms)}, peak RSS ${v.rssMb.toFixed(0)} MB`);

    // In-process: read + validate one file, warmed up.
    for (let i = 0; i < 5; i++) await readWorkbookFile(EXAMPLE);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      const r = await readWorkbookFile(EXAMPLE);
      validateWorkbook(r.catalogue, r.grids);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`read + validate one file (in process): median ${fmt(times[15]!)}, p95 ${fmt(times[28]!)}`);

    // 200 unit files.
    const json = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'examples', 'bac-son-2024', 'data.json'), 'utf8'),
    ) as WorkbookInputsJson;
    const base = inputsFromJson(cat, json);
    const r = rng(2024);
    const tallies: Tally[] = [];
    const files: string[] = [];
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) {
      const tally = randomTally(r);
      tallies.push(tally);
      const f = path.join(dir, `unit-${String(i + 1).padStart(3, '0')}.xlsx`);
      await createWorkbookFile(f, { ...base, info: { ...base.info, unitName: `Đơn vị ${i + 1}` }, tally });
      files.push(f);
    }
    console.log(`generated 200 unit files in ${fmt(performance.now() - t0)}`);
    const out = path.join(dir, 'cluster.xlsx');
    const a = tdkt(['aggregate', '-o', out, ...files], hook);
    console.log(
      `tdkt aggregate 200 units (process, wall): ${(a.ms / 1000).toFixed(2)} s, peak RSS ${a.rssMb.toFixed(0)} MB, exit ${a.status}` +
        ` (goal < 10 s, < 500 MB)`,
    );
    const got = grandTotal(cat, validateWorkbook(cat, (await readWorkbookFile(out)).grids).computed!);
    const want = grandTotal(cat, computeTally(cat, addTallies(tallies)));
    console.log(`aggregate total check: ${JSON.stringify(got) === JSON.stringify(want) ? 'equal' : 'DIFFERENT'}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
