/** "Biểu tổng hợp": the tally, one row per catalogue row, its counts typed or summed from the register. */
import { a1 } from '../../a1';
import type { Catalogue } from '../../catalogue';
import { REGISTER_NAMES, REGISTER_SHEET_NAME } from '../../layout/register';
import { buildTallySheet, RATE_COLUMNS, TALLY_COLUMNS, TALLY_SHEET_NAME } from '../../layout/tally';
import type { TallySource } from '../../register';
import type { SheetGrid, WorkbookGrids } from '../../sheetGrid';
import { classifyCount, formulaAt, valueAt } from '../../sheetGrid';
import type { Counts, Tally } from '../../tally';
import { COUNT_COLUMNS, columnAllowed, isInputRow, rateAllowed } from '../../tally';
import { dict } from '../../dict';
import { alignTallyRows } from '../align';
import { effectiveTally } from '../inputs';
import { columnKeys, keepCell, share, type SheetDefinition } from '../sheetDefinition';

/** Does this formula read the register (a register-mode count cell)? */
export function isRegisterFormula(f: unknown): boolean {
  return typeof f === 'string' && f.toUpperCase().includes(REGISTER_NAMES.quantity!.toUpperCase());
}

/**
 * Register mode: the workbook has the register sheet and its tally's count cells hold the
 * register formulas (any one of them is enough: a count typed over one of them is then
 * kept aside by repair, not taken for a hand-typed tally).
 */
export function tallySourceOf(catalogue: Catalogue, grids: WorkbookGrids): TallySource {
  const g = grids.sheets[TALLY_SHEET_NAME];
  if (!g || !grids.sheets[REGISTER_SHEET_NAME]) return 'typed';
  const rows = alignTallyRows(catalogue, g);
  for (const row of catalogue.rows) {
    const r = rows.get(row.id);
    if (r === undefined || !isInputRow(row)) continue;
    for (const col of COUNT_COLUMNS) {
      if (columnAllowed(row, col) && isRegisterFormula(formulaAt(g, r, TALLY_COLUMNS[col]))) return 'register';
    }
  }
  return 'typed';
}

function readTally(catalogue: Catalogue, g: SheetGrid | undefined, used: Set<string>): Tally {
  const out = dict<Partial<Counts>>();
  if (!g) return out;
  const rows = alignTallyRows(catalogue, g);
  for (const row of catalogue.rows) {
    const r = rows.get(row.id);
    if (r === undefined || !isInputRow(row)) continue;
    for (const col of COUNT_COLUMNS) {
      if (!columnAllowed(row, col)) continue;
      const c = classifyCount(valueAt(g, r, TALLY_COLUMNS[col]));
      // Only clean numbers become inputs; anything else stays "displaced" so the
      // host keeps a copy of the old sheet instead of dropping what was typed.
      if (c.kind === 'count') {
        (out[row.id] ??= {})[col] = c.value;
        used.add(a1(r, TALLY_COLUMNS[col]));
      } else if (c.kind === 'numericText' && Number.isInteger(c.value) && c.value >= 0) {
        (out[row.id] ??= {})[col] = c.value;
        used.add(a1(r, TALLY_COLUMNS[col]));
      }
    }
  }
  return out;
}

export const TALLY_SHEET: SheetDefinition = {
  key: 'tally',
  name: TALLY_SHEET_NAME,
  marksOurs: true,
  whenMissing: 'sheet-missing',
  adoptable: true,
  build: (catalogue, inputs) =>
    buildTallySheet(
      catalogue,
      effectiveTally(catalogue, inputs),
      inputs.info,
      inputs.tallySource ?? 'typed',
      inputs.typedCounts,
    ),
  read(catalogue, grids, used) {
    const tallySource = tallySourceOf(catalogue, grids);
    // Register mode: the counts are the register's (`effectiveTally`; the cells' formulas are
    // the layout's, not inputs; anything typed over them is not consumed, so repair keeps it aside).
    const tally = tallySource === 'register' ? {} : readTally(catalogue, grids.sheets[TALLY_SHEET_NAME], used);
    return { tally, tallySource };
  },
  resemblance: (catalogue, g) =>
    share(
      catalogue.rows.map((r) => r.label),
      columnKeys(g, TALLY_COLUMNS.label, 400),
    ),
  // By its aligned row: a moved row keeps its counts, a count in a grey cell stays in it.
  keep(catalogue, tally, put, { alignment }) {
    for (const row of catalogue.rows) {
      const r = alignment.rows.get(row.id);
      if (r === undefined || !isInputRow(row)) continue;
      for (const col of COUNT_COLUMNS) put(`tally:${row.id}:${col}`, keepCell(tally, r, TALLY_COLUMNS[col]));
      for (const rate of RATE_COLUMNS) {
        if (!rateAllowed(row, rate)) put(`tally:${row.id}:${rate}`, keepCell(tally, r, TALLY_COLUMNS[rate]));
      }
    }
  },
};
