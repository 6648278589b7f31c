/**
 * Issue 22: a broken print area of the register (deleted, changed, or exceljs's "$ANaN:$MNaN"
 * for a whole-column area it cannot read back) is one validate finding naming the sheet and
 * what to do; repair sets the form's print area again and says it mended it.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DEFAULT_CATALOGUE as cat, planRepair, validateWorkbook, buildWorkbookPlan } from '../../src/core';
import { REGISTER_SHEET_NAME, registerPrintArea } from '../../src/core/layout/register';
import { plainPrintArea, printAreaIntact } from '../../src/core/layout/print';
import { planToGrids } from '../../src/core/planToGrids';
import { runCli } from '../../src/cli/main';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { tempDir } from './files';
import { bacSonRegisterInputs } from '../helpers/register';

async function tdkt(...argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => out.push(t) });
  return { code, out: out.join('\n') };
}

const printFindings = (grids: Parameters<typeof validateWorkbook>[1]) =>
  validateWorkbook(cat, grids, { surface: 'cli' }).findings.filter((f) => f.rule === 'print-area-broken');

describe('issue 22: a broken print area is found by validate and mended by repair', () => {
  it('reads a host’s print area as plain A1; exceljs’s NaN, a deleted or another area is not the form’s', () => {
    const accepted = [registerPrintArea(false), registerPrintArea(true)];
    expect(plainPrintArea(`'${REGISTER_SHEET_NAME}'!$A$1:$L$30005`)).toBe('A1:L30005');
    expect(printAreaIntact(accepted, `'${REGISTER_SHEET_NAME}'!$A$1:$L$30005`)).toBe(true);
    expect(printAreaIntact(accepted, undefined)).toBe(true); // not read: not judged
    expect(printAreaIntact(accepted, 'ANaN:MNaN')).toBe(false);
    expect(printAreaIntact(accepted, null)).toBe(false);
    expect(printAreaIntact(accepted, 'A1:P30005')).toBe(false);
  });

  it('in core: one finding naming the sheet and “Sửa biểu mẫu”; repair lists the print area among what it mended', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, bacSonRegisterInputs()));
    grids.sheets[REGISTER_SHEET_NAME]!.printArea = registerPrintArea(false);
    expect(printFindings(grids)).toEqual([]);
    expect(planRepair(cat, grids).mended).toEqual([]);

    grids.sheets[REGISTER_SHEET_NAME]!.printArea = null;
    const found = validateWorkbook(cat, grids).findings.filter((f) => f.rule === 'print-area-broken');
    expect(found).toHaveLength(1);
    expect(found[0]!.sheet).toBe(REGISTER_SHEET_NAME);
    expect(found[0]!.message).toContain(`Trang “${REGISTER_SHEET_NAME}”: vùng in đã bị xóa`);
    expect(found[0]!.message).toContain('“Sửa biểu mẫu”');
    expect(planRepair(cat, grids).mended).toEqual([
      { sheet: REGISTER_SHEET_NAME, setting: 'print-area', found: null, restored: registerPrintArea(false) },
    ]);
  });

  it('in a file: exceljs’s "$ANaN:$MNaN" is named by validate; tdkt repair says it mended it and the file then has the form’s area', async () => {
    const dir = tempDir('tdkt-print-area-');
    const file = path.join(dir, 'bac-son.xlsx');
    await createWorkbookFile(file, bacSonRegisterInputs());
    expect((await readWorkbookFile(file)).grids.sheets[REGISTER_SHEET_NAME]!.printArea).toBe(registerPrintArea(false));
    expect(printFindings((await readWorkbookFile(file)).grids)).toEqual([]);

    // The fault of old files: a whole-column print area, which exceljs reads back as "ANaN:MNaN".
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet(REGISTER_SHEET_NAME)!.pageSetup.printArea = 'A:M';
    await wb.xlsx.writeFile(file);
    // Both readers: the selective one (validate, report) reads "A:M"; exceljs (repair) "ANaN:MNaN".
    const broken = (await readWorkbookFile(file)).grids;
    expect(broken.sheets[REGISTER_SHEET_NAME]!.printArea).toBe('A:M');
    const viaExceljs = (await readWorkbookFile(file, { reader: 'exceljs' })).grids;
    expect(viaExceljs.sheets[REGISTER_SHEET_NAME]!.printArea).toMatch(/NaN/);
    for (const g of [broken, viaExceljs]) {
      const findings = printFindings(g);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toContain(`Trang “${REGISTER_SHEET_NAME}”: vùng in đang là`);
      expect(findings[0]!.message).toContain('lệnh “tdkt repair”');
    }
    const v = await tdkt('validate', file);
    expect(v.out).toContain('vùng in');

    const r = await tdkt('repair', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã đặt lại vùng in của trang “${REGISTER_SHEET_NAME}”`);
    const mended = (await readWorkbookFile(file)).grids;
    expect(mended.sheets[REGISTER_SHEET_NAME]!.printArea).toBe(registerPrintArea(false));
    expect(printFindings(mended)).toEqual([]);
    // A second repair has nothing to mend.
    expect((await tdkt('repair', file)).out).not.toContain('vùng in');
  }, 120000);
});
