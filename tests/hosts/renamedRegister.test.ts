/**
 * Regression: a renamed register was read as a sheet not ours, over its first 400 rows only
 * (the .xlsx reader's OTHER_SHEET_ROW_CAP, the Excel host's OTHER_SHEET_ROWS). Found by hand: a
 * clerk pasted 6,000 lines, renamed "Danh sách khen thưởng" and validated — TĐKT counted 345
 * where the workbook's own formulas (recalculated by LibreOffice) gave 6,011, warned that the
 * workbook was not recalculated, and never saw a wrong value typed on line 6,061. Both hosts
 * now read a sheet of ours found by its content again as the sheet it is.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildWorkbookPlan, REGISTER_SHEET_NAME, validateWorkbook } from '../../src/core';
import { REGISTER_COLUMNS } from '../../src/core/layout/register';
import { planToGrids, setGridCell, type MutableGrid } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { readDataFile } from '../../src/cli/create';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { columnLetter } from '../../src/core';
import { fakeFromGrids } from '../fakes/excel';
import { tempDir } from '../xlsx/files';

const RENAMED = 'DS khen thuong';
const EXTRA = 600;
const { catalogue, inputs } = readDataFile(path.join(__dirname, '../../examples/dong-tam-2025/data.json'));
const base = inputs.register!.find((l) => l.decision === '417/QĐ-UBND')!;
const pasted = {
  ...inputs,
  register: [
    ...inputs.register!.map(({ row: _row, ...l }) => l),
    ...Array.from({ length: EXTRA }, (_, i) => ({
      ...base,
      row: undefined,
      bookNumber: undefined,
      decision: '500/QĐ-UBND',
      name: `Tập thể dán ${i + 1}`,
    })),
  ],
};
const lines = pasted.register.length;
/** The last line's row, far below the 400 rows read of a sheet not ours. */
const lastRow = 5 + lines;
const quantityCell = `${columnLetter(REGISTER_COLUMNS.quantity)}${lastRow}`;

describe('regression: a renamed register is read whole, not over its first 400 rows', () => {
  it('.xlsx (tdkt validate): every line read, the wrong value on the last line named in the renamed sheet', async () => {
    const dir = tempDir('tdkt-renamed-register-');
    const made = path.join(dir, 'made.xlsx');
    await createWorkbookFile(made, pasted, { catalogue });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(made);
    const reg = wb.getWorksheet(REGISTER_SHEET_NAME)!;
    reg.name = RENAMED;
    reg.getCell(quantityCell).value = 'hai';
    const renamed = path.join(dir, 'renamed.xlsx');
    await wb.xlsx.writeFile(renamed);
    expect(fs.existsSync(renamed)).toBe(true);

    const read = await readWorkbookFile(renamed);
    expect(read.grids.sheets[RENAMED]!.values.length).toBeGreaterThanOrEqual(lastRow);
    expect(readWorkbookInputs(read.catalogue, read.grids).inputs.register).toHaveLength(lines);
    const findings = validateWorkbook(read.catalogue, read.grids).findings;
    expect(findings.find((f) => f.rule === 'register-quantity-invalid')).toMatchObject({
      sheet: RENAMED,
      address: quantityCell,
    });
    expect(findings.map((f) => f.rule)).toContain('sheet-renamed');
  }, 120_000);

  it('Excel (the pane’s Kiểm tra): the same, read again in one more sync', async () => {
    const grids = planToGrids(buildWorkbookPlan(catalogue, pasted)) as { sheets: Record<string, MutableGrid> };
    setGridCell(grids.sheets[REGISTER_SHEET_NAME]!, quantityCell, 'hai');
    grids.sheets[RENAMED] = grids.sheets[REGISTER_SHEET_NAME]!;
    delete grids.sheets[REGISTER_SHEET_NAME];
    const wb = fakeFromGrids(grids);
    const result = await createExcelWorkbookHost(wb.run, { catalogue }).validate();
    expect(result.findings.find((f) => f.rule === 'register-quantity-invalid')).toMatchObject({
      sheet: RENAMED,
      address: quantityCell,
    });
    expect(result.findings.map((f) => f.rule)).toContain('sheet-renamed');
    // List, used ranges, read, and the renamed sheet read again whole.
    expect(wb.syncCount).toBe(4);
  });
});
