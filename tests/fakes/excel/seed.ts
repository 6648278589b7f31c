/** Build fake workbooks from grids (a workbook "as the clerk left it"). */
import type { WorkbookGrids } from '../../../src/core';
import { a1 } from '../../../src/core';
import { FakeSheet, FakeWorkbook, type FakeWorkbookOptions } from './fakeExcel';

/** A fake workbook whose sheets hold these grids (values as shown, formulas as written). */
export function fakeFromGrids(
  grids: WorkbookGrids,
  extraSheets: readonly string[] = [],
  options: FakeWorkbookOptions = {},
): FakeWorkbook {
  const wb = new FakeWorkbook(extraSheets, options);
  for (const [name, g] of Object.entries(grids.sheets)) {
    const s = new FakeSheet(name);
    g.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const f = g.formulas?.[r]?.[c] ?? v;
        if ((v === '' || v === null || v === undefined) && (f === '' || f === null || f === undefined)) return;
        const cell = s.ensure(a1(r + 1, c + 1));
        cell.value = v ?? '';
        cell.formula = f;
      }),
    );
    // The print area as the grids say it was read (a plan's grids: the plan's).
    if (typeof g.printArea === 'string') s.pageLayout.printArea = g.printArea;
    wb.sheets.push(s);
  }
  return wb;
}
