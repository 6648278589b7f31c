/**
 * Repair just inside its budget (issue 24 item 10): files whose count (repairBudget.ts) is
 * just below REPAIR_BUDGET, each repaired in its own process (time, CPU time, peak RSS).
 * Goal: every such file repairs in < 60 s and < 1.5 GB (aim ≤ 1.2 GB). The files are made
 * here, never kept in git. `npm run bench -- limits-repair` runs only these.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPAIR_BUDGET, repairCost } from '../../src/hosts/xlsx/repairBudget';
import {
  deflated,
  exampleParts,
  measureRun,
  SHEET_HEAD,
  SHEET_TAIL,
  withExtraSheet,
  zip,
  type Part,
} from './limits.bench';

const DONG_TAM = path.join(__dirname, '../../examples/dong-tam-2025/dong-tam-nam-2025.xlsx');

/** What a file weighs by repair's count. */
function costs(buf: Buffer): { total: number } {
  return repairCost(buf);
}

/** The part of a sheet, by its name. */
function partOf(parts: Map<string, Buffer>, sheet: string): string {
  const wb = parts.get('xl/workbook.xml')!.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)![1]!;
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  return `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`;
}

const COLS = 'ABCDEFGH';

/** A foreign sheet of `rows` rows × `cols` cells, each made by `cell`. */
function sheet(rows: number, cell: (ref: string, r: number, c: number) => string, cols = 8): Buffer {
  const chunks: string[] = [SHEET_HEAD];
  for (let r = 1; r <= rows; r++) {
    let line = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) line += cell(`${COLS[c]}${r}`, r, c);
    chunks.push(`${line}</row>`);
  }
  chunks.push(SHEET_TAIL);
  return Buffer.from(chunks.join(''));
}

const number = (ref: string, r: number, c: number) =>
  `<c r="${ref}"><v>${((r * 7919 + c * 104729) % 1e6) / 1000}</v></c>`;
/** A distinct Vietnamese text of ≈ 40 characters per cell (an inline string: exceljs holds each). */
const longText = (ref: string, r: number, c: number) =>
  `<c r="${ref}" t="inlineStr"><is><t>${r}-${c} ${'Thi đua khen thưởng '.repeat(100)}</t></is></c>`;
const text = (ref: string, r: number, c: number) =>
  `<c r="${ref}" t="inlineStr"><is><t>Nguyễn Thị Hồng Nhung, thôn Đồng Tâm ${r}-${c}</t></is></c>`;

/**
 * The largest `n` whose file (`make(n)`, zipped) weighs at most the budget less `margin`: the
 * weight is nearly linear in `n` (numbers grow a digit now and then), so a few secant steps.
 */
function fill(make: (n: number) => Buffer, margin = 300): number {
  const goal = REPAIR_BUDGET - margin;
  const w0 = costs(make(0)).total;
  let n = 2000;
  for (let i = 0; i < 4; i++) {
    const w = costs(make(n)).total;
    if (w <= goal && goal - w < margin) break;
    n = Math.floor((n * (goal - w0)) / (w - w0));
  }
  while (costs(make(n)).total > goal) n -= 100;
  return n;
}

/**
 * The Đồng Tâm register with lines down to `lastRow` (each a line of 10 cells, names distinct;
 * `full`: all 13 columns filled, as a cluster's summed register may be).
 */
function registerTo(lastRow: number, full = false): Part[] {
  const parts = exampleParts(DONG_TAM);
  const name = partOf(parts, 'Danh sách khen thưởng');
  const xml = parts.get(name)!.toString('utf8');
  const from = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => +m[1]!)) + 1;
  const rows: string[] = [];
  const text = (col: string, r: number, t: string) => `<c r="${col}${r}" s="24" t="inlineStr"><is><t>${t}</t></is></c>`;
  for (let r = from; r <= lastRow; r++) {
    rows.push(
      full
        ? // Every column, texts as TĐKT writes a summed register's lines (inline) and as long as real ones.
          `<row r="${r}"><c r="A${r}" s="23"><v>${r - 5}</v></c>${text('B', r, `${r % 300}/QĐ-UBND`)}<c r="C${r}" s="25"><v>45915</v></c>` +
            `${text('D', r, 'UBND huyện Bắc Sơn')}${text('E', r, 'Giấy khen của Chủ tịch UBND cấp xã (cấp cơ sở)')}` +
            `${text('F', r, 'Khen chuyên đề')}${text('G', r, 'Cá nhân')}<c r="H${r}" s="23"><v>1</v></c>${text('I', r, `Nguyễn Thị Hồng ${r}`)}` +
            `${text('J', r, 'Chi hội trưởng Hội Phụ nữ thôn Đồng Tâm')}${text('K', r, 'x')}${text('L', r, `ghi chú ${r}`)}` +
            `${text('M', r, `UBND xã Đồng Tâm ${r % 40}`)}</row>`
        : `<row r="${r}"><c r="A${r}" s="23"><v>${r - 5}</v></c><c r="B${r}" s="24" t="s"><v>128</v></c><c r="C${r}" s="25"><v>45915</v></c>` +
            `<c r="D${r}" s="24" t="s"><v>129</v></c><c r="E${r}" s="24" t="s"><v>130</v></c><c r="F${r}" s="24" t="s"><v>66</v></c>` +
            `<c r="G${r}" s="24" t="s"><v>54</v></c><c r="I${r}" s="24" t="inlineStr"><is><t>Người được khen ${r - 5}</t></is></c>` +
            `<c r="J${r}" s="24" t="s"><v>132</v></c><c r="L${r}" s="24" t="inlineStr"><is><t>ghi chú ${r}</t></is></c></row>`,
    );
  }
  parts.set(
    name,
    Buffer.from(
      xml
        .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:P${lastRow}"/>`)
        .replace('</sheetData>', `${rows.join('')}</sheetData>`),
    ),
  );
  return [...parts].map(([n, b]) => deflated(n, b));
}

/** The example's tally with rows of one number below its table down to `lastRow`. */
function tallyTo(lastRow: number): Part[] {
  const parts = exampleParts();
  const name = partOf(parts, 'Biểu tổng hợp');
  const xml = parts.get(name)!.toString('utf8');
  const rows: string[] = [];
  for (let r = 200; r <= lastRow; r++) rows.push(`<row r="${r}"><c r="K${r}"><v>1</v></c></row>`);
  parts.set(name, Buffer.from(xml.replace('</sheetData>', `${rows.join('')}</sheetData>`)));
  return [...parts].map(([n, b]) => deflated(n, b));
}

function report(label: string, dir: string, file: string): void {
  const buf = fs.readFileSync(file);
  const { total } = costs(buf);
  const m = measureRun(['repair', file, '-o', path.join(dir, `out-${path.basename(file)}`), '--force']);
  const ok =
    m.code === 0 && m.ms < 60000 && m.maxRssMB < 1536
      ? m.maxRssMB <= 1200
        ? ' ✓ goal'
        : ' ✓ (over 1.2 GB aim)'
      : ' ✗ GOAL MISSED';
  console.log(
    `${label} [${(buf.length / 1e6).toFixed(1)} MB file, cost ${Math.round(total).toLocaleString('en')} of ${REPAIR_BUDGET.toLocaleString('en')}]: ` +
      `exit ${m.code}, ${(m.ms / 1000).toFixed(1)} s (CPU ${((m.cpuMs ?? NaN) / 1000).toFixed(1)} s), peak ${m.maxRssMB.toFixed(0)} MB${ok}` +
      (m.code !== 0 ? `\n    “${m.message.slice(0, 160)}…”` : ''),
  );
}

export function run(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-limits-repair-'));
  const only = process.env.LIMITS_REPAIR_ONLY;
  const want = (k: string) => !only || only.split(',').includes(k);
  console.log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  try {
    if (want('baseline')) {
      const f = path.join(dir, 'baseline.xlsx');
      fs.writeFileSync(f, zip(withExtraSheet(sheet(10, number))));
      report('the example with a foreign sheet of 10 × 8 numbers', dir, f);
    }
    const foreign = (name: string, label: string, cell: typeof number, cols = 8) => {
      const make = (n: number) => zip(withExtraSheet(sheet(n, cell, cols)));
      const rows = fill(make);
      const f = path.join(dir, `${name}.xlsx`);
      fs.writeFileSync(f, make(rows));
      report(`foreign sheet ${rows.toLocaleString('en')} × ${cols} ${label}`, dir, f);
    };
    if (want('rows')) foreign('rows', 'number', number, 1);
    if (want('numbers')) foreign('numbers', 'numbers', number);
    if (want('texts')) foreign('texts', 'distinct texts (≈ 40 characters)', text);
    if (want('long-texts')) foreign('long-texts', 'distinct texts of 2,000 characters', longText, 2);
    if (want('tally')) {
      const make = (n: number) => zip(tallyTo(199 + n));
      const last = 199 + fill(make);
      const f = path.join(dir, 'tally.xlsx');
      fs.writeFileSync(f, make(last - 199));
      report(`tally with a number in each row down to row ${last.toLocaleString('en')}`, dir, f);
    }
    if (want('register-capacity')) {
      const f = path.join(dir, 'register-30000.xlsx');
      fs.writeFileSync(f, zip(registerTo(30005)));
      report('register at capacity (30,000 lines, 10 cells each)', dir, f);
    }
    if (want('register-capacity-13')) {
      const f = path.join(dir, 'register-30000-13.xlsx');
      fs.writeFileSync(f, zip(registerTo(30005, true)));
      report('register at capacity (30,000 lines, all 13 cells each)', dir, f);
    }
    if (want('register')) {
      // Past the capacity: what is there weighs as a sheet of ours.
      const make = (n: number) => zip(registerTo(30005 + n));
      const last = 30005 + fill(make);
      const f = path.join(dir, 'register-full.xlsx');
      fs.writeFileSync(f, make(last - 30005));
      report(`register with lines down to row ${last.toLocaleString('en')} (10 cells each)`, dir, f);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
