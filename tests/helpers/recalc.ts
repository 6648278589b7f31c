import {
  buildWorkbookPlan,
  parseA1,
  REGISTER_LAST_ROW,
  REGISTER_SHEET_NAME,
  TALLY_SHEET_NAME,
  type Catalogue,
} from '../../src/core';
import { COUNT_COLUMNS, columnAllowed, computeTally, isInputRow, type Counts } from '../../src/core/tally';
import { formulaKey, sumValue } from '../../src/core/sheetGrid';
import { isRegisterFormula } from '../../src/core/workbook/sheets/tally';
import { locateRegisterLayout } from '../../src/core/layout/registerHeaders';
import { standardRows, readRegisterLines } from '../../src/core/layout/register';
import { tallyFromRegister } from '../../src/core/register';
import { sheetPlan } from '../../src/core/workbook/plan';
import { TALLY_COLUMNS, tallyRowOf } from '../../src/core/layout/tally';
import { type MutableGrid } from '../../src/core/planToGrids';

/**
 * What Excel's recalculation does to the tally's computed cells after the clerk types:
 * every computed cell whose formula is still the standard one shows the sum (SUM takes
 * numbers only) or the rate. A test-side twin, so fixtures can type and see totals move.
 */
export function recalculateTally(catalogue: Catalogue, g: MutableGrid): void {
  const tally: Record<string, Partial<Counts>> = {};
  for (const row of catalogue.rows) {
    if (!isInputRow(row)) continue;
    const r = tallyRowOf(catalogue, row.id);
    for (const col of COUNT_COLUMNS) {
      if (!columnAllowed(row, col)) continue;
      (tally[row.id] ??= {})[col] = sumValue(g.values[r - 1]?.[TALLY_COLUMNS[col] - 1]);
    }
  }
  const computed = computeTally(catalogue, tally);
  const plan = sheetPlan(buildWorkbookPlan(catalogue), 'tally');
  for (const cell of plan.cells) {
    if (cell.role !== 'computed' || !cell.key || cell.formula === undefined) continue;
    const [, rowId, col] = cell.key.split(':');
    const { row, col: c } = parseA1(cell.address);
    if (formulaKey(g.formulas[row - 1]?.[c - 1]) !== formulaKey(cell.formula)) continue;
    const v = computed.get(rowId!)?.[col as keyof Counts | 'directCollectiveRate' | 'directIndividualRate'];
    g.values[row - 1]![c - 1] = v === undefined ? '' : v;
  }
}

/**
 * Excel's recalculation of a register-mode workbook: each count cell that still holds
 * the register formula shows what the register gives (`tallyFromRegister`, the formulas'
 * twin), then the sums and rates follow (recalculateTally).
 */
export function recalculateRegister(catalogue: Catalogue, grids: { sheets: Record<string, MutableGrid> }): void {
  const g = grids.sheets[TALLY_SHEET_NAME];
  if (!g) return;
  const register = grids.sheets[REGISTER_SHEET_NAME];
  if (register) {
    // By the headers, each line on its row as made: the named ranges follow inserted and deleted rows and columns.
    const layout = locateRegisterLayout(register.values);
    const lines = standardRows(readRegisterLines(register.values, undefined, layout), layout);
    const t = tallyFromRegister(catalogue, lines, REGISTER_LAST_ROW);
    for (const row of catalogue.rows) {
      if (!isInputRow(row)) continue;
      const r = tallyRowOf(catalogue, row.id);
      for (const col of COUNT_COLUMNS) {
        const c = TALLY_COLUMNS[col];
        if (columnAllowed(row, col) && isRegisterFormula(g.formulas[r - 1]?.[c - 1])) {
          g.values[r - 1]![c - 1] = t[row.id]?.[col] ?? 0;
        }
      }
    }
  }
  recalculateTally(catalogue, g);
}
