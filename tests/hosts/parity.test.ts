/**
 * One plan, two renderers: a workbook made by `tdkt create` (exceljs, written to a real
 * .xlsx and read back) and one made by the add-in (Excel JS API, through the fake) hold
 * the same cells, merges, names, protection and locked/unlocked cells. Files made by
 * either are interchangeable.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildWorkbookPlan, DEFAULT_CATALOGUE as cat } from '../../src/core';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { createWorkbookFile, readGrids } from '../../src/hosts/xlsx';
import { FakeWorkbook } from '../fakes/excel';
import { paperFormInputs } from '../helpers/paperForm';

const plan = buildWorkbookPlan(cat);

describe('tdkt create and the add-in make the same workbook', () => {
  let file: ExcelJS.Workbook;
  let fake: FakeWorkbook;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-parity-'));
    const p = path.join(dir, 'created.xlsx');
    await createWorkbookFile(p);
    file = new ExcelJS.Workbook();
    await file.xlsx.readFile(p);
    fake = new FakeWorkbook([]);
    await createExcelWorkbookHost(fake.run).create();
  });

  it('has the same sheets in the same order', () => {
    expect(fake.sheets.map((s) => s.name)).toEqual(file.worksheets.map((w) => w.name));
  });

  it.each(plan.sheets.map((s) => [s.name, s] as const))('%s: same formulas and constants, cell for cell', (name, s) => {
    const fromFile = readGrids(file, plan).sheets[name]!;
    const fromFake = fake.sheet(name)!.read(s.readExtent);
    const rows = fromFake.formulas.length;
    const cols = fromFake.formulas[0]!.length;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const a = fromFile.formulas?.[r]?.[c] ?? '';
        const b = fromFake.formulas[r]![c] ?? '';
        if (a !== b)
          throw new Error(`${name} row ${r + 1} col ${c + 1}: file ${JSON.stringify(a)} ≠ add-in ${JSON.stringify(b)}`);
      }
    }
    expect(fromFile.formulas?.length).toBeGreaterThanOrEqual(rows);
  });

  it.each(plan.sheets.map((s) => [s.name, s] as const))('%s: same merges, protection and unlocked cells', (name, s) => {
    const ws = file.getWorksheet(name)!;
    const fileMerges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).length;
    expect(fake.sheet(name)!.merges).toHaveLength(s.merges.length);
    expect(fileMerges).toBe(s.merges.length);
    expect(Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet)).toBe(
      fake.sheet(name)!.protection.protected,
    );
    for (const c of s.cells) {
      const fileLocked = ws.getCell(c.address).protection?.locked !== false;
      expect([c.address, fileLocked]).toEqual([c.address, fake.sheet(name)!.cell(c.address)!.locked]);
    }
  });

  it('defines the same TDKT_* names, pointing at the same cells', () => {
    const fakeNames = Object.fromEntries(
      [...fake.names.entries()].map(([k, v]) => [k, v.replace(/[$']/g, '').replace(/^=/, '')]),
    );
    const fileNames: Record<string, string> = {};
    for (const n of plan.names) {
      const ranges = file.definedNames.getRanges(n.name).ranges;
      fileNames[n.name] = (ranges[0] ?? '').replace(/[$']/g, '');
    }
    expect(fakeNames).toEqual(fileNames);
  });

  it('a filled file and the filled plan read back to the same inputs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-parity-'));
    const p = path.join(dir, 'filled.xlsx');
    await createWorkbookFile(p, paperFormInputs());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p);
    const { readWorkbookInputs } = await import('../../src/core');
    expect(readWorkbookInputs(cat, readGrids(wb, plan)).inputs.tally).toEqual(paperFormInputs().tally);
  });
});
