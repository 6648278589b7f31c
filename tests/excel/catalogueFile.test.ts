/**
 * The add-in on a workbook made from a province's catalogue file: the form is found from
 * the workbook alone (the very hidden catalogue sheet is read in the same batch as the
 * rest: as many syncs as for a workbook of a built-in form), its own rows are checked, and repair keeps the
 * inputs and makes the catalogue sheet very hidden again (as after a LibreOffice round trip,
 * which saves it as merely hidden).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  CATALOGUE_SHEET_NAME,
  inputsFromJson,
  parseCatalogue,
  TALLY_SHEET_NAME,
} from '../../src/core';
import { tongHopKhenThuong2024 } from '../../src/core/catalogue';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { tallyRowOf } from '../../src/core/layout/tally';
import { renderReportText } from '../../src/core/report';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { createExcelReportHost } from '../../src/hosts/excel/reportHost';
import { fakeFromGrids } from '../fakes/excel';
import { fakeGrids } from './helpers';

const custom = parseCatalogue(
  fs.readFileSync(path.join(__dirname, '../../examples/catalogues/lang-son-2025.json'), 'utf8'),
).catalogue!;
const tally = { 'III.7': { collective: 3 }, 'III.5': { collective: 12 }, 'II.7': { individual: 1 } };
const inputs = inputsFromJson(custom, { info: { period: 'Năm', year: 2025 }, tally });
const plan = buildWorkbookPlan(custom, inputs);
/** A workbook of the built-in 2024 form, for the number of round trips to compare with. */
const builtIn = () => fakeFromGrids(planToGrids(buildWorkbookPlan(tongHopKhenThuong2024)));

describe('the add-in on a workbook carrying a province’s catalogue', () => {
  it('validates by the carried rows, in as many syncs as a built-in form', async () => {
    const grids = planToGrids(plan);
    setGridCell(grids.sheets[TALLY_SHEET_NAME]!, `E${tallyRowOf(custom, 'III.7')}`, 4);
    const wb = fakeFromGrids(grids);
    const result = await createExcelWorkbookHost(wb.run).validate();
    const ref = builtIn();
    await createExcelWorkbookHost(ref.run).validate();
    expect(wb.syncCount).toBe(ref.syncCount);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.rowId])).toEqual([
      ['subject-not-allowed', 'III.7'],
    ]);
    expect(result.byLevel.map((l) => l.name)).toEqual(['Cấp Nhà nước', 'Cấp bộ, ngành, tỉnh', 'Cấp xã', 'Chung']);
  });

  it('repairs in as many syncs as a built-in form, keeping the inputs, and hides the catalogue sheet again', async () => {
    const grids = planToGrids(plan);
    setGridCell(grids.sheets[TALLY_SHEET_NAME]!, `C${tallyRowOf(custom, 'TOTAL')}`, 99);
    const wb = fakeFromGrids(grids);
    wb.sheet(CATALOGUE_SHEET_NAME)!.visibility = 'Hidden';
    const r = await createExcelWorkbookHost(wb.run).repair();
    expect(r.kind).toBe('repaired');
    const ref = builtIn();
    await createExcelWorkbookHost(ref.run).repair();
    expect(wb.syncCount).toBe(ref.syncCount);
    expect(wb.sheet(CATALOGUE_SHEET_NAME)!.visibility).toBe('VeryHidden');
    const after = fakeGrids(wb, Object.fromEntries(plan.sheets.map((s) => [s.name, s.readExtent])));
    expect(readWorkbookInputs(custom, after).inputs.tally).toEqual(tally);
  });

  it('the pane’s report reads the carried catalogue too, in as many syncs as a built-in form', async () => {
    const wb = fakeFromGrids(planToGrids(plan));
    const built = await createExcelReportHost(wb.run).build();
    const ref = builtIn();
    await createExcelReportHost(ref.run).build();
    expect(wb.syncCount).toBe(ref.syncCount);
    const text = renderReportText(built.document!);
    expect(text).toContain('Giấy khen của Ban Chấp hành Đảng bộ xã cho 03 tập thể');
    expect(text).toContain('danh hiệu “Thôn, bản, tổ dân phố văn hóa” cho 12 tập thể');
  });
});
