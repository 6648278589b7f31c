/**
 * The in-memory renderer: a plan → the grids a host would read back from the
 * workbook it renders (values with the core's cached results, formulas as written).
 * Used by tests, the Excel fake's expectations and anything that wants to reason
 * about "a freshly made workbook" without Office.
 */
import { parseA1, parseRange } from './a1';
import { dict } from './dict';
import type { CellValue, SheetPlan, WorkbookPlan } from './layout/types';

export interface MutableGrid {
  values: unknown[][];
  formulas: unknown[][];
  /** As a host read it (SheetGrid.printArea): a plan's grids hold the plan's. */
  printArea?: string | null;
}

/** A grid of the sheet's read extent, as Excel returns it: "" for empty cells. */
export function sheetPlanToGrid(sheet: SheetPlan): MutableGrid {
  const { r2, c2 } = parseRange(sheet.readExtent);
  // Plain loops and fill: Array.from with a callback was most of the time for a register's extent.
  const values: unknown[][] = new Array<unknown[]>(r2);
  const formulas: unknown[][] = new Array<unknown[]>(r2);
  for (let r = 0; r < r2; r++) {
    values[r] = new Array<unknown>(c2).fill('');
    formulas[r] = new Array<unknown>(c2).fill('');
  }
  for (const c of sheet.cells) {
    if (c.row > r2 || c.col > c2) continue;
    if (c.formula !== undefined) {
      values[c.row - 1]![c.col - 1] = c.cached ?? '';
      formulas[c.row - 1]![c.col - 1] = c.formula;
    } else {
      const v: CellValue = c.value ?? '';
      values[c.row - 1]![c.col - 1] = v;
      formulas[c.row - 1]![c.col - 1] = v;
    }
  }
  // What a host reads back of the print area it set (none: null).
  return { values, formulas, printArea: sheet.print.printArea ?? null };
}

export function planToGrids(plan: WorkbookPlan): { sheets: Record<string, MutableGrid> } {
  const sheets = dict<MutableGrid>();
  for (const s of plan.sheets) sheets[s.name] = sheetPlanToGrid(s);
  return { sheets };
}

/** Put a value (or a "=formula") into a grid, growing it as needed. */
export function setGridCell(g: MutableGrid, address: string, content: unknown): void {
  const { row, col } = parseA1(address);
  while (g.values.length < row) {
    g.values.push([]);
    g.formulas.push([]);
  }
  for (const m of [g.values, g.formulas]) {
    const line = m[row - 1]!;
    while (line.length < col) line.push('');
  }
  if (typeof content === 'string' && content.startsWith('=')) {
    g.formulas[row - 1]![col - 1] = content;
  } else {
    g.values[row - 1]![col - 1] = content;
    g.formulas[row - 1]![col - 1] = content;
  }
}

/** Delete a sheet row, shifting the rows below up (as Excel's Delete Row). */
export function deleteGridRow(g: MutableGrid, row: number): void {
  g.values.splice(row - 1, 1);
  g.formulas.splice(row - 1, 1);
}
