/**
 * The pane's "Tổng hợp từ các đơn vị" with 200 unit files, in headless chromium over the
 * Excel fake (the built taskpane.html with the browser-test harness): from handing the
 * files to the pane's <input type=file> to the units table (read + validate every file in
 * the browser: the selective reader, its parts inflated with fflate), then to the aggregate
 * written as new sheets.
 * With `TDKT_BENCH_LINES` (a receiving office's scale: 20 units × 3,750 lines, goal ≤ 90 s):
 * also the progress lines the view showed while writing, the write's requests (the fake's
 * syncs in the page; their sizes over Microsoft's real runtime in Node, tests/realRuntime/
 * harness.ts, limit 4 MB) and the summed tally's count cells in the pane against
 * `tdkt aggregate`'s of the same files and the units' own sum.
 * Memory (sampled every 100 ms): the page's JS heap (CDP Performance metrics), the renderer's
 * RSS, and the proportional set size summed over every chromium process this run started
 * (shared pages counted once), with chromium's own share (the page loaded, before picking)
 * and the peak's split by process type. Goal: < 15 s, < 500 MB.
 *
 * The files are handed over as paths on disk, as a clerk picks them: chromium makes
 * file-backed File objects (DOM.setFileInputFiles) and the pane reads each when it gets to
 * it. Handed over as buffers, playwright would send all 6 MB base64-encoded through the
 * browser process into the page and build in-memory Blobs there (injected setInputFiles),
 * ≈ 35 MB that no clerk's pick costs.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { a1, DEFAULT_CATALOGUE, TALLY_SHEET_NAME } from '../../src/core';
import { TALLY_COLUMNS, tallyRowOf } from '../../src/core/layout/tally';
import { tallyFromRegister } from '../../src/core/register';
import { addTallies, COUNT_COLUMNS, columnAllowed, isInputRow, type Counts, type Tally } from '../../src/core/tally';
import { createExcelAggregateWriter } from '../../src/hosts/excel';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { readPickedUnit } from '../../src/hosts/xlsx/pickedUnit';
import { FakeWorkbook } from '../../tests/fakes/excel';
import { recordingRun } from '../../tests/realRuntime/harness';
import { AGGREGATE_TEXT as T } from '../../src/core/text/aggregate';
import {
  chromiumAvailable,
  ensureProductionBuild,
  launchChromium,
  ROOT,
  startPaneServer,
  writeHarnessPage,
} from '../../tests/browser/support';
import { makeUnitFiles, UNIT_FORM as cat } from '../../tests/browser/unitFiles';
import { makeUnits, unitLines } from './aggregateCli.bench';

/** `TDKT_BENCH_UNITS` units; with `TDKT_BENCH_LINES`, each keeps a register of that many lines (20 × 3,750: a receiving office's scale). */
const UNITS = Number(process.env.TDKT_BENCH_UNITS ?? 200);
const LINES = process.env.TDKT_BENCH_LINES ? Number(process.env.TDKT_BENCH_LINES) : undefined;
const WAIT = LINES ? 600_000 : 120_000;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function randomTally(r: () => number): Tally {
  const out: Record<string, Partial<Counts>> = {};
  for (const row of cat.rows) {
    if (!isInputRow(row) || row.kind === 'breakdown' || r() > 0.3) continue;
    const c: Partial<Counts> = {};
    for (const col of COUNT_COLUMNS)
      if (columnAllowed(row, col) && !col.startsWith('direct')) c[col] = Math.floor(r() * 20);
    out[row.id] = c;
  }
  return out;
}

/** Processes descending from this one (playwright's chromium). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [c, pp] of parent) {
      if (pp !== p) continue;
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** CPU seconds (user + system) the processes have used so far: independent of how busy the machine is. */
function cpuSeconds(pids: readonly number[]): number {
  const tick = 100; // USER_HZ on Linux
  let t = 0;
  for (const p of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      t += (Number(f[11]) + Number(f[12])) / tick;
    } catch {
      /* gone */
    }
  }
  return t;
}

/** "renderer", "gpu-process", "utility:NetworkService", … ("browser" for the main process). */
function processType(cmdline: string): string {
  const type = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser';
  const sub = /--utility-sub-type=([\w.]+)/.exec(cmdline)?.[1];
  return sub ? `${type}:${sub.split('.').pop()}` : type;
}

interface Memory {
  /** Proportional set size summed (shared pages counted once), MB. */
  readonly pss: number;
  /** Its anonymous and shared-memory part (the pages only this run's processes map), MB. */
  readonly anon: number;
  /** The same by process type, MB. */
  readonly byType: Record<string, number>;
  /** The largest renderer's RSS, MB. */
  readonly renderer: number;
}

/** Memory of processes in MB. */
function memoryMb(pids: readonly number[]): Memory {
  let pss = 0;
  let anon = 0;
  let renderer = 0;
  const byType: Record<string, number> = {};
  for (const p of pids) {
    try {
      const rollup = fs.readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
      const cmdline = fs.readFileSync(`/proc/${p}/cmdline`, 'utf8');
      const type = processType(cmdline);
      pss += kb('Pss');
      anon += kb('Pss_Anon') + kb('Pss_Shmem');
      byType[type] = (byType[type] ?? 0) + kb('Pss') / 1024;
      if (type === 'renderer') {
        const r = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
        if (r) renderer = Math.max(renderer, Number(r[1]));
      }
    } catch {
      /* gone */
    }
  }
  return { pss: pss / 1024, anon: anon / 1024, byType, renderer: renderer / 1024 };
}

/**
 * Chromium processes on the machine that this run did not start (another test run). PSS
 * divides the pages of chromium's binary among every process that maps them, so each of
 * those lowers this run's PSS (by up to ~130 MB in all): the figure is comparable between
 * runs when this count is 0. The anonymous + shared-memory part does not depend on them.
 */
function otherChromiums(ours: readonly number[]): number {
  const mine = new Set(ours);
  let n = 0;
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || mine.has(Number(d))) continue;
    try {
      if (/\/(chromium|chrome)$/.test(fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0')[0]!)) n++;
    } catch {
      /* gone */
    }
  }
  return n;
}

function byTypeText(m: Memory): string {
  return Object.entries(m.byType)
    .sort((a, b) => b[1] - a[1])
    .map(([t, mb]) => `${t} ${mb.toFixed(0)}`)
    .join(', ');
}

/** The summed tally's count cells (the form makeUnits writes: 2024), as addresses. */
function countCells(): { address: string; row: string; col: keyof Counts }[] {
  const cat = DEFAULT_CATALOGUE;
  return cat.rows.flatMap((row) =>
    isInputRow(row)
      ? COUNT_COLUMNS.filter((col) => columnAllowed(row, col)).map((col) => ({
          address: a1(tallyRowOf(cat, row.id), TALLY_COLUMNS[col]),
          row: row.id,
          col,
        }))
      : [],
  );
}

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0) || 0);

/** `tdkt aggregate` of the same files (the compiled CLI, as a clerk runs it): its tally's count cells. */
async function cliCounts(paths: readonly string[], dir: string): Promise<number[] | string> {
  const out = path.join(dir, 'tong-hop-cli.xlsx');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'tdkt.js'), 'aggregate', '-o', out, ...paths], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) return `tdkt aggregate exited ${r.status}: ${(r.stderr || r.stdout).slice(0, 300)}`;
  const tally = (await readWorkbookFile(out)).grids.sheets[TALLY_SHEET_NAME]!;
  const at = (address: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    return tally.values[Number(m[2]) - 1]?.[col - 1];
  };
  return countCells().map((c) => num(at(c.address)));
}

/** The write's requests over Microsoft's real runtime (in Node): the same units, the same writer. */
async function realRequests(paths: readonly string[]): Promise<{ count: number; largest: number }> {
  const units = [];
  for (const p of paths) {
    const bytes = fs.readFileSync(p);
    units.push(
      await readPickedUnit({
        name: path.basename(p),
        arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      }),
    );
  }
  const { run, requests } = recordingRun(new FakeWorkbook(['Sheet1']));
  await createExcelAggregateWriter(run)(units);
  return { count: requests.length, largest: Math.max(...requests.map((r) => r.bytes)) };
}

export async function run(): Promise<void> {
  if (!chromiumAvailable()) {
    console.log('chromium is missing: pane aggregate bench skipped');
    return;
  }
  ensureProductionBuild();
  // The harness as production code (React's production build, minified), as the pane ships.
  execFileSync('npx', ['webpack', '--config', 'tests/browser/harness/webpack.config.js', '--mode', 'production'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeHarnessPage();
  const r = rng(13);
  const t0 = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-units-'));
  let paths: string[];
  if (LINES) {
    paths = await makeUnits(dir, UNITS, LINES);
  } else {
    const files = await makeUnitFiles(
      Array.from({ length: UNITS }, (_, i) => ({
        file: `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`,
        unitName: `Đơn vị ${i + 1}`,
        tally: randomTally(r),
      })),
    );
    paths = files.map((f) => {
      const file = path.join(dir, f.name);
      fs.writeFileSync(file, f.buffer);
      return file;
    });
  }
  const mb = paths.reduce((n, f) => n + fs.statSync(f).size, 0) / 1024 / 1024;
  console.log(
    `generated ${UNITS} unit files${LINES ? ` of ${LINES} register lines` : ''} (${mb.toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const server = await startPaneServer();
  const browser = await launchChromium({ width: 380, height: 900 });
  let peak: Memory = { pss: 0, anon: 0, byType: {}, renderer: 0 };
  let peakAnon = 0;
  let others = 0;
  let peakRenderer = 0;
  let peakHeap = 0;
  let phase: 'read' | 'write' = 'read';
  const peakPss = { read: 0, write: 0 };
  try {
    await browser.context.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort('blockedbyclient'),
    );
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // The Tổng hợp view (the pane opens on "Kiểm tra"; the workbook's settings remember a view).
    await page.goto(`${server.url}/harness.html?view=aggregate`);
    await page.getByRole('heading', { name: T.heading }).waitFor();
    let pids = descendants(process.pid);
    setTimeout(() => (pids = descendants(process.pid)), 1000); // a renderer may start late
    const idle = memoryMb(pids);
    others = otherChromiums(pids);
    const sample = async () => {
      const mem = memoryMb(pids);
      if (mem.pss > peak.pss) peak = mem;
      peakAnon = Math.max(peakAnon, mem.anon);
      peakPss[phase] = Math.max(peakPss[phase], mem.pss);
      peakRenderer = Math.max(peakRenderer, mem.renderer);
      const m = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const heap = m.metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0;
      peakHeap = Math.max(peakHeap, heap / 1024 / 1024);
    };
    /** The progress lines the view showed while writing (sampled with the memory). */
    const shown: string[] = [];
    const sampleProgress = async () => {
      if (phase !== 'write') return;
      const text = await page.evaluate(() => /Đang ghi tổng hợp[^\n]*/.exec(document.body.innerText)?.[0]);
      if (text && shown[shown.length - 1] !== text) shown.push(text);
    };
    const timer = setInterval(() => void Promise.all([sample(), sampleProgress()]).catch(() => undefined), 100);
    pids = descendants(process.pid);
    const cpu0 = cpuSeconds(pids);
    const start = performance.now();
    await page.getByLabel(T.pickLabel).setInputFiles(paths);
    await page.getByRole('table', { name: T.tableLabel }).waitFor({ timeout: WAIT });
    const read = performance.now() - start;
    await sample();
    phase = 'write';
    type H = { tdktHarness: { syncLog(): number[]; cells(sheet: string, a: readonly string[]): unknown[] } };
    const syncsBefore = await page.evaluate(() => (window as unknown as H).tdktHarness.syncLog().length);
    const writeStart = performance.now();
    // The click returns once the page has handled it: the pane plans the whole aggregate first.
    await page.getByRole('button', { name: T.write }).click({ timeout: WAIT });
    await page.getByText(new RegExp(`^Đã cộng ${UNITS} đơn vị`)).waitFor({ timeout: WAIT });
    const total = performance.now() - start;
    const writing = performance.now() - writeStart;
    clearInterval(timer);
    const syncs = (await page.evaluate(() => (window as unknown as H).tdktHarness.syncLog().length)) - syncsBefore;
    const cells = countCells();
    const paneCounts = (
      await page.evaluate(
        ([sheet, addresses]) => (window as unknown as H).tdktHarness.cells(sheet as string, addresses as string[]),
        [TALLY_SHEET_NAME, cells.map((c) => c.address)] as const,
      )
    ).map(num);
    await sample();
    others = Math.max(others, otherChromiums(pids));
    const cpu = cpuSeconds(descendants(process.pid)) - cpu0;
    const load = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    const rows = await page.getByRole('table', { name: T.tableLabel }).getByRole('row').count();
    console.log(
      `pane aggregate, ${UNITS} files in chromium over the fake: read + validate ${(read / 1000).toFixed(2)} s ` +
        `(${(read / UNITS).toFixed(0)} ms/file), with writing ${(total / 1000).toFixed(2)} s (goal ${LINES ? '≤ 90' : '< 15'} s); ` +
        `table rows ${rows - 1}; chromium CPU time ${cpu.toFixed(2)} s; machine load average ${load} on ${os.cpus().length} cores`,
    );
    console.log(
      `memory: peak page JS heap ${peakHeap.toFixed(0)} MB, peak renderer RSS ${peakRenderer.toFixed(0)} MB, ` +
        `peak chromium total PSS (all its processes) ${peak.pss.toFixed(0)} MB (goal < 500 MB)`,
    );
    console.log(
      `memory: chromium with the pane loaded, before picking ${idle.pss.toFixed(0)} MB (${byTypeText(idle)}); ` +
        `peak while reading ${peakPss.read.toFixed(0)} MB, while writing ${peakPss.write.toFixed(0)} MB; ` +
        `at the peak: ${byTypeText(peak)}`,
    );
    console.log(
      `memory: its anonymous + shared-memory part (what does not depend on other programs) peaked at ` +
        `${peakAnon.toFixed(0)} MB; other chromium processes on the machine during the run: ${others} ` +
        `(each lowers the PSS figure: compare runs where this is 0)`,
    );
    console.log(
      `writing: ${(writing / 1000).toFixed(1)} s; ${syncs} syncs in the page from the click on ` +
        `(the write, then the pane reading the workbook again); ` +
        `progress shown (sampled every 100 ms): ${shown.length ? `${shown.length} states, ${shown.slice(0, 3).join(' → ')}${shown.length > 4 ? ' → …' : ''}${shown.length > 3 ? ` → ${shown[shown.length - 1]}` : ''}` : '(none sampled)'}`,
    );
    if (LINES) {
      const summed = addTallies(
        Array.from({ length: UNITS }, (_, u) => tallyFromRegister(DEFAULT_CATALOGUE, unitLines(LINES, u))),
      );
      const expected = cells.map((c) => num(summed[c.row]?.[c.col]));
      const cli = await cliCounts(paths, dir);
      const same = (a: readonly number[], b: readonly number[]) => a.every((v, i) => v === b[i]);
      const sum = (a: readonly number[]) => a.reduce((n, v) => n + v, 0);
      console.log(
        `totals: the pane's ${cells.length} count cells sum to ${sum(paneCounts)}; ` +
          (typeof cli === 'string'
            ? cli
            : `tdkt aggregate's ${sum(cli)}: ${same(paneCounts, cli) ? 'every cell equal ✓' : 'DIFFER ✗'}`) +
          `; the units' own sum ${sum(expected)}: ${same(paneCounts, expected) ? 'every cell equal ✓' : 'DIFFER ✗'}`,
      );
      const t1 = performance.now();
      const req = await realRequests(paths);
      console.log(
        `requests over the real runtime (the same units, the same writer, in Node): ${req.count} ` +
          `(1 lists the sheets), largest ${(req.largest / 1024 / 1024).toFixed(2)} MB ` +
          `(limit 4 MB: ${req.largest < 4 * 1024 * 1024 ? '✓' : '✗'}); measured in ${((performance.now() - t1) / 1000).toFixed(1)} s; ` +
          `load average ${os.loadavg()[0]!.toFixed(1)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
