/**
 * issue 21.1: `tdkt certificates … --write-numbers` writes the Số vào sổ it proposed (and
 * printed) into the register's empty cells of the .xlsx, in the sheet's XML: every other part of
 * the file keeps its content byte for byte, the register's XML changes only in those cells, the
 * numbers are text. Without the flag the file is not touched.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { a1, REGISTER_SHEET_NAME } from '../../src/core';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { tdkt } from '../helpers/cli';
import { openXlsx, tempDir } from '../xlsx/files';

const ROOT = path.resolve(__dirname, '..', '..');
const dir = tempDir('tdkt-write-numbers-');
const at = (name: string) => path.join(dir, name);
let unnumbered = '';

beforeAll(async () => {
  // The example with 416/QĐ-UBND's Số vào sổ not typed (417's are: 10–20/2025).
  const json = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/dong-tam-2025/data.json'), 'utf8')) as {
    register: Record<string, unknown>[];
  };
  for (const l of json.register) if (l.decision === '416/QĐ-UBND') delete l.bookNumber;
  fs.writeFileSync(at('unnumbered.json'), JSON.stringify(json));
  unnumbered = at('unnumbered.xlsx');
  expect((await tdkt('create', unnumbered, '--data', at('unnumbered.json'))).code).toBe(0);
}, 120_000);

const copy = (name: string) => {
  const f = at(name);
  fs.copyFileSync(unnumbered, f);
  return f;
};
const registerPart = 'xl/worksheets/sheet3.xml';
/** The proposals listed: [cell, number]. */
const listed = (out: string) => [...out.matchAll(/^ {2}(Q\d+) {2}.*: (\S+)$/gm)].map((m) => [m[1]!, m[2]!] as const);

describe('issue 21.1: tdkt certificates --write-numbers', () => {
  it('without the flag nothing is written; with it the empty cells hold the printed numbers as text, everything else unchanged', async () => {
    const file = copy('a.xlsx');
    const before = fs.readFileSync(file);
    const plain = await tdkt('certificates', file, '--number', '416/QĐ-UBND', '-o', at('a0.docx'));
    expect(plain.code).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const proposed = listed(plain.out);
    expect(proposed.map(([, n]) => n)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29].map((n) => `${n}/2025`));

    const r = await tdkt('certificates', file, '--number', '416/QĐ-UBND', '-o', at('a1.docx'), '--write-numbers');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/đã ghi vào cột “Số vào sổ” của/);
    // The same numbers as printed without the flag, in the same cells.
    expect(listed(r.out)).toEqual(proposed);

    // Re-read: the cells hold the numbers, as text (a spreadsheet reads an inline string as text).
    const wb = await openXlsx(file);
    const sheet = wb.getWorksheet(REGISTER_SHEET_NAME)!;
    for (const [address, number] of proposed) {
      expect(sheet.getCell(address).value).toBe(number);
      expect(typeof sheet.getCell(address).value).toBe('string');
    }
    // Every other cell of every sheet as it was (the grids the commands read).
    const was = (await readWorkbookFile(unnumbered)).grids.sheets;
    const now = (await readWorkbookFile(file)).grids.sheets;
    expect(Object.keys(now)).toEqual(Object.keys(was));
    const cells = new Set(proposed.map(([a]) => a));
    const changed: string[] = [];
    for (const [name, g] of Object.entries(was))
      g.values.forEach((line, r) =>
        line.forEach((v, c) => {
          const address = a1(r + 1, c + 1);
          if (name === REGISTER_SHEET_NAME && cells.has(address)) return;
          if ((now[name]!.values[r]?.[c] ?? '') !== v) changed.push(`${name}!${address}`);
        }),
      );
    expect(changed).toEqual([]);
    // Every part but the register's byte for byte; the register's XML differs only in those cells.
    const a = unzipSync(new Uint8Array(before));
    const b = unzipSync(new Uint8Array(fs.readFileSync(file)));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a))
      if (name !== registerPart)
        expect([name, Buffer.from(b[name]!).equals(Buffer.from(a[name]!))]).toEqual([name, true]);
    const strip = (xml: string) =>
      xml.replace(/<c r="(Q\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (m, q: string) => (cells.has(q) ? `<c r="${q}"/>` : m));
    expect(strip(strFromU8(b[registerPart]!))).toBe(strip(strFromU8(a[registerPart]!)));
    // An inline string in the cell's own style (its number format kept).
    const [q, n] = proposed[0]!;
    const style = new RegExp(`<c r="${q}"( s="\\d+")/>`).exec(strFromU8(a[registerPart]!))![1];
    expect(strFromU8(b[registerPart]!)).toContain(
      `<c r="${q}"${style} t="inlineStr"><is><t xml:space="preserve">${n}</t></is></c>`,
    );

    // Again: nothing left to propose, nothing written.
    const written = fs.readFileSync(file);
    const again = await tdkt('certificates', file, '--number', '416/QĐ-UBND', '-o', at('a2.docx'), '--write-numbers');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/không có số nào cần ghi/);
    expect(fs.readFileSync(file).equals(written)).toBe(true);
  }, 60_000);

  it('exit codes: a number no line carries is 2 and leaves the file; --write-numbers with --calibration is a usage error (2)', async () => {
    const file = copy('b.xlsx');
    const before = fs.readFileSync(file);
    const none = await tdkt('certificates', file, '--number', '999/QĐ-UBND', '-o', at('b.docx'), '--write-numbers');
    expect(none.code).toBe(2);
    expect(fs.existsSync(at('b.docx'))).toBe(false);
    const cal = await tdkt('certificates', file, '--calibration', '-o', at('c.docx'), '--write-numbers');
    expect(cal.code).toBe(2);
    expect(cal.err).toMatch(/Trang căn chỉnh không có số vào sổ/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  }, 60_000);
});
