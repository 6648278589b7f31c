/**
 * Repair of the award register by its headers: where each cell of the register as found
 * goes on the register as made. A column or row the clerk inserted or deleted moves the
 * lines (Excel and LibreOffice move the named ranges the tally sums with them), so each
 * value is written back under its own header, on its own line; what stands in a column
 * that is no register column is kept aside like any other cell outside the table.
 */
import { a1 } from './a1';
import type { SheetGrid, WorkbookGrids } from './sheetGrid';
import { formulaAt, isEmpty } from './sheetGrid';
import { REGISTER_SHEET_NAME } from './layout/register';
import {
  isStandardLayout,
  locateRegisterLayout,
  standardPosition,
  type RegisterLayout,
} from './layout/registerHeaders';
import type { CellPlan, SheetPlan, WorkbookPlan } from './layout/types';
import type { RegisterColumn } from './register';

/** The header row of the register as made. */
const STANDARD_HEADER_ROW = 5;

/** The register's layout as found in `grids` (the standard one when there is no register). */
export function registerLayoutOf(grids: WorkbookGrids): RegisterLayout {
  return locateRegisterLayout(grids.sheets[REGISTER_SHEET_NAME]?.values);
}

/**
 * The register's planned line cells, each naming the cell it was read from (under its
 * header, on its line as found), so the value stays the clerk's and is not kept aside.
 */
export function withRegisterSources(plan: WorkbookPlan, grids: WorkbookGrids): WorkbookPlan {
  const g = grids.sheets[REGISTER_SHEET_NAME];
  if (!g) return plan;
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => (sheet.key !== 'register' ? sheet : registerKeptInPlace(sheet, g))),
  };
}

/** The register sheet's planned line cells, each naming the cell it was read from on the old sheet `g`. */
export function registerKeptInPlace(sheet: SheetPlan, g: SheetGrid): SheetPlan {
  const layout = locateRegisterLayout(g.values);
  const from = (c: CellPlan): string | undefined => {
    if (c.role !== 'input') return undefined;
    // Line cells are keyed "register:<row>:<column>" with the row on the standard layout.
    const column = c.key?.split(':')[2] as RegisterColumn | undefined;
    const col = column ? layout.columns.get(column) : undefined;
    if (col === undefined) return undefined;
    const row = c.row + layout.shift;
    return isEmpty(formulaAt(g, row, col)) ? undefined : a1(row, col);
  };
  return {
    ...sheet,
    cells: sheet.cells.map((c) => {
      const address = from(c);
      return address ? { ...c, source: { sheet: REGISTER_SHEET_NAME, address } } : c;
    }),
  };
}

/**
 * Which planned cell an old register cell corresponds to: lines and headers by the
 * layout (row shift, header's column); the title rows above the header either where they
 * stood or where the shift takes them, whichever holds the same thing (a deleted title
 * row shifts only the rows below it). Undefined for a column that is no register column.
 */
export function registerPlanCell(
  g: SheetGrid,
  planned: ReadonlyMap<string, CellPlan>,
  same: (old: unknown, cell: CellPlan) => boolean,
): (row: number, col: number) => CellPlan | undefined {
  const layout = locateRegisterLayout(g.values);
  const standard = isStandardLayout(layout);
  // The dropdown lists are the form's own labels: one that moved with a row is found by its text.
  const listCells = new Map<string, CellPlan>();
  for (const p of planned.values()) {
    if (p.role === 'label' && p.row > STANDARD_HEADER_ROW && typeof p.value === 'string')
      listCells.set(`${p.col}\u0000${p.value}`, p);
  }
  return (r, c) => {
    const to = standardPosition(layout, r, c);
    if (to && r > layout.headerRow) {
      const old = formulaAt(g, r, c);
      const list = typeof old === 'string' ? listCells.get(`${to.col}\u0000${old}`) : undefined;
      if (list) return list;
    }
    if (standard) return planned.get(a1(r, c));
    if (r >= layout.headerRow) return to ? planned.get(a1(to.row, to.col)) : undefined;
    // The title rows (the title, the period line, the mode line), wherever inserted rows put them.
    const old = formulaAt(g, r, c);
    const rows = [r, ...(to ? [to.row] : []), ...Array.from({ length: STANDARD_HEADER_ROW - 1 }, (_, i) => i + 1)];
    const candidates = rows.map((x) => planned.get(a1(x, to?.col ?? c)));
    return candidates.find((p) => p && same(old, p)) ?? candidates[0];
  };
}
