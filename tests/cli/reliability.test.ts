/** Issue 15 through the command line and real files. */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DEFAULT_CATALOGUE as cat, TALLY_SHEET_NAME, validateWorkbook } from '../../src/core';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { tdkt } from '../helpers/cli';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { paperFormInputs } from '../helpers/paperForm';
import { editFile, openXlsx, tempDir } from '../xlsx/files';

const dir = tempDir('tdkt-rel-');
const at = (name: string) => path.join(dir, name);
const renameSheet = (from: string, to: string) => (wb: ExcelJS.Workbook) => {
  wb.getWorksheet(from)!.name = to;
};

describe('regression (issue 15 item 1): a renamed tally sheet gives an empty tally', () => {
  it('tdkt repair adopts the renamed tally: its name restored, its counts kept, no empty twin', async () => {
    const file = at('renamed.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    await editFile(file, {}, { recalc: false, mutate: renameSheet(TALLY_SHEET_NAME, 'Biểu tổng hợp (2)') });
    const v = await tdkt('validate', file);
    expect(v.code).toBe(1);
    expect(v.out).toContain('“Biểu tổng hợp (2)”');
    const r = await tdkt('repair', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã nhận trang tính “Biểu tổng hợp (2)” là “Biểu tổng hợp”');
    const names = (await openXlsx(file)).worksheets.map((w) => w.name);
    expect(names).toContain(TALLY_SHEET_NAME);
    expect(names).not.toContain('Biểu tổng hợp (2)');
    const after = await readWorkbookFile(file);
    expect(readWorkbookInputs(cat, after.grids).inputs.tally).toEqual(paperFormInputs().tally);
    expect(validateWorkbook(cat, after.grids).errors).toBe(0);
  });

  it('aggregate does not add a unit with a renamed tally as zero: it is refused with its errors', async () => {
    const unit = at('renamed-unit.xlsx');
    await createWorkbookFile(unit, paperFormInputs());
    await editFile(unit, {}, { recalc: false, mutate: renameSheet(TALLY_SHEET_NAME, 'Sheet3') });
    const r = await tdkt('aggregate', '-o', at('cluster.xlsx'), unit);
    expect(r.code).toBe(1);
    expect(r.err).toContain('renamed-unit.xlsx');
  });

  it('refuses (exit 2) when two sheets look like the missing tally, naming both', async () => {
    const file = at('two.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    await editFile(
      file,
      {},
      {
        recalc: false,
        mutate: (wb) => {
          const ws = wb.getWorksheet(TALLY_SHEET_NAME)!;
          const copy = wb.addWorksheet('Sheet3');
          ws.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
          ws.name = 'Biểu tổng hợp cũ';
        },
      },
    );
    const r = await tdkt('repair', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('“Sheet3”');
    expect(r.err).toContain('“Biểu tổng hợp cũ”');
  });
});
