/**
 * The summed workbook at scale: a register large enough to be written as XML rows
 * (registerXml.ts) is read back line for line, text stays text, the tally follows the lines,
 * and exceljs (repair) opens it. The unit files are made here.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DEFAULT_CATALOGUE as cat, grandTotal, validateWorkbook } from '../../src/core';
import { addTallies, computeTally } from '../../src/core/tally';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { tallyFromRegister } from '../../src/core/register';
import { runCli } from '../../src/cli/main';
import { createWorkbookFile, readWorkbookFile, repairWorkbookFile } from '../../src/hosts/xlsx';
import { REGISTER_XML_MIN_CELLS } from '../../src/hosts/xlsx/registerXml';
import {
  REGISTER_COLUMNS,
  REGISTER_FIRST_ROW,
  REGISTER_SHEET_NAME,
  registerNumberFormula,
} from '../../src/core/layout/register';
import { REGISTER_COLUMN_ORDER } from '../../src/core/register';
import { unitLines } from '../../scripts/bench/aggregateCli.bench';
import { tempDir } from '../xlsx/files';

async function tdkt(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the summed workbook at scale', () => {
  const dir = tempDir('tdkt-agg-scale-');
  const perUnit = Math.ceil(REGISTER_XML_MIN_CELLS / 8 / 2) + 50; // two units: past the XML threshold
  const units = [0, 1].map((u) => {
    const lines = unitLines(perUnit, u);
    // Text that looks like a formula stays text.
    lines[0] = { ...lines[0]!, name: '=HYPERLINK("http://x","y")', note: '<b>&</b>' };
    return lines;
  });
  const out = path.join(dir, 'tong-hop.xlsx');
  const repaired = path.join(dir, 'repaired.xlsx');

  beforeAll(async () => {
    const files: string[] = [];
    for (const [u, register] of units.entries()) {
      const file = path.join(dir, `u${u}.xlsx`);
      await createWorkbookFile(file, {
        info: { unitName: `Xã ${u + 1}`, period: '6 tháng đầu năm', year: 2024 },
        documents: [],
        tally: {},
        register,
        tallySource: 'register',
      });
      files.push(file);
    }
    const r = await tdkt('aggregate', '-o', out, ...files);
    expect(r.code).toBe(0);
  }, 240000);

  it('issue 25.2: a summed register written as XML rows holds every line as typed, its tally the units’ sum, and repairs', async () => {
    const read = await readWorkbookFile(out);
    const inputs = readWorkbookInputs(cat, read.grids).inputs;
    expect(inputs.tallySource).toBe('register');
    expect(inputs.register).toHaveLength(perUnit * 2);
    const first = inputs.register![0]!;
    expect([first.name, first.note, first.unit, first.decision]).toEqual([
      '=HYPERLINK("http://x","y")',
      '<b>&</b>',
      'Xã 1',
      units[0]![0]!.decision,
    ]);
    // Issue 22: each line's STT is the form's formula, written with the XML rows and read back.
    const sttRow = REGISTER_FIRST_ROW + perUnit * 2 - 1;
    expect(read.grids.sheets[REGISTER_SHEET_NAME]!.formulas?.[sttRow - 1]?.[0]).toBe(registerNumberFormula(sttRow));
    expect(read.grids.sheets[REGISTER_SHEET_NAME]!.values[sttRow - 1]?.[0]).toBe(perUnit * 2);
    const expected = grandTotal(cat, computeTally(cat, addTallies(units.map((l) => tallyFromRegister(cat, l)))));
    const result = validateWorkbook(cat, read.grids, { surface: 'cli' });
    expect(grandTotal(cat, computeTally(cat, result.tally!))).toEqual(expected);
    expect(result.findings.filter((f) => f.severity === 'error' || f.rule === 'computed-value-stale')).toEqual([]);

    // exceljs reads it (repair), every line kept.
    await repairWorkbookFile(out, { output: repaired });
    const again = readWorkbookInputs(cat, (await readWorkbookFile(repaired)).grids).inputs;
    expect(again.register).toHaveLength(perUnit * 2);
    expect(again.register![0]!.name).toBe('=HYPERLINK("http://x","y")');
  }, 240000);

  it('a summed register written as XML rows: its filled lines have the formats create gives a line (borders, the date format), and keep them through repair', async () => {
    // The same lines through exceljs (a small register): what a filled line looks like.
    const small = path.join(dir, 'small.xlsx');
    await createWorkbookFile(small, {
      info: { unitName: 'Xã 1', period: '6 tháng đầu năm', year: 2024 },
      documents: [],
      tally: {},
      register: units[0]!.slice(0, 3),
      tallySource: 'register',
    });
    const formats = async (file: string, row: number) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(REGISTER_SHEET_NAME)!;
      return REGISTER_COLUMN_ORDER.filter((c) => c !== 'unit').map((c) => {
        const cell = ws.getCell(row, REGISTER_COLUMNS[c]);
        const b = cell.border ?? {};
        return {
          column: c,
          borders: [b.top?.style, b.bottom?.style, b.left?.style, b.right?.style],
          numFmt: cell.numFmt ?? null,
          horizontal: cell.alignment?.horizontal ?? null,
        };
      });
    };
    const expected = await formats(small, REGISTER_FIRST_ROW);
    expect(expected.every((f) => f.borders.every((s) => s === 'thin'))).toBe(true);
    const last = REGISTER_FIRST_ROW + perUnit * 2 - 1;
    for (const row of [REGISTER_FIRST_ROW, REGISTER_FIRST_ROW + 1, last])
      expect(await formats(out, row)).toEqual(expected);
    // Repair writes the lines as XML rows too.
    expect(fs.existsSync(repaired)).toBe(true);
    for (const row of [REGISTER_FIRST_ROW, last]) expect(await formats(repaired, row)).toEqual(expected);
  }, 120000);
});
