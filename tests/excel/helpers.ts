import {
  a1,
  CATALOGUE_SHEET_NAME,
  catalogueKey,
  DEFAULT_CATALOGUE,
  detectCatalogue,
  INFO_SHEET_NAME,
  parseA1,
  REGISTER_SHEET_NAME,
  TALLY_SHEET_NAME,
  buildWorkbookPlan,
  type Catalogue,
  type WorkbookGrids,
} from '../../src/core';
import { sheetPlan } from '../../src/core/workbook/plan';
import { type MutableGrid } from '../../src/core/planToGrids';
import { FakeWorkbook, type FakeSheet } from '../fakes/excel';
import { recalculateRegister, recalculateTally } from '../helpers/recalc';

/** Excel's recalculation of the tally sheet (the workbook's own form), for fakes whose formula cells should show results. */
export function recalcTally(wb: FakeWorkbook): void {
  const s = wb.sheet(TALLY_SHEET_NAME);
  if (!s) return;
  const catalogue = fakeCatalogue(wb);
  const g = s.read(sheetPlan(planOf(catalogue), 'tally').readExtent) as MutableGrid;
  recalculateTally(catalogue, g);
  g.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const cell = s.cell(a1(r + 1, c + 1));
      if (cell && typeof cell.formula === 'string' && cell.formula.startsWith('=')) cell.value = v;
    }),
  );
}

/**
 * The form the fake workbook was made with, as the add-in reads it (`detectCatalogue`: the
 * marker on "Thông tin chung", a province's catalogue carried on its hidden sheet); the
 * default form for a tally without a marker.
 */
export function fakeCatalogue(wb: FakeWorkbook): Catalogue {
  const sheets: Record<string, { values: unknown[][]; formulas: unknown[][] }> = {};
  for (const name of [INFO_SHEET_NAME, CATALOGUE_SHEET_NAME]) {
    const s = wb.sheet(name);
    if (!s || s.cells.size === 0) continue;
    let rows = 1;
    let cols = 1;
    for (const address of s.cells.keys()) {
      const { row, col } = parseA1(address);
      rows = Math.max(rows, row);
      cols = Math.max(cols, col);
    }
    sheets[name] = s.read(`A1:${a1(rows, cols)}`);
  }
  return detectCatalogue({ sheets } as WorkbookGrids).catalogue ?? DEFAULT_CATALOGUE;
}

/** Plans by form key, built once each (the extents recalculation reads). */
const plans = new Map<string, ReturnType<typeof buildWorkbookPlan>>();
function planOf(c: Catalogue) {
  const key = catalogueKey(c);
  let p = plans.get(key);
  if (!p) plans.set(key, (p = buildWorkbookPlan(c)));
  return p;
}

/**
 * Excel's recalculation of a register-mode workbook in the fake, for the form the workbook
 * holds (2024, 2025 or a province's catalogue): the tally's count cells that hold the register
 * formulas show what the register gives, then the sums and rates follow.
 */
export function recalcRegisterWorkbook(wb: FakeWorkbook): void {
  const register = wb.sheet(REGISTER_SHEET_NAME);
  if (register) recalcRegisterNumbers(register);
  const tally = wb.sheet(TALLY_SHEET_NAME);
  if (!tally) return;
  const catalogue = fakeCatalogue(wb);
  const plan = planOf(catalogue);
  const sheets: Record<string, MutableGrid> = {
    [TALLY_SHEET_NAME]: tally.read(sheetPlan(plan, 'tally').readExtent) as MutableGrid,
  };
  if (register) sheets[REGISTER_SHEET_NAME] = register.read(sheetPlan(plan, 'register').readExtent) as MutableGrid;
  recalculateRegister(catalogue, { sheets });
  const g = sheets[TALLY_SHEET_NAME]!;
  g.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const cell = tally.cell(a1(r + 1, c + 1));
      if (cell && typeof cell.formula === 'string' && cell.formula.startsWith('=')) cell.value = v;
    }),
  );
}

/** The register's STT formula as layout/register.ts writes it: the ranges it counts, the header row it subtracts. */
const STT_FORMULA = /^=IF\(COUNTA\(([A-Z0-9:,$]+)\)=0,"",ROW\(\)-(\d+)\)$/;

/**
 * Excel's result of each STT formula on the register (`registerNumberFormula`), so a test reads
 * what the clerk sees: "" while the line's cells are all empty, else ROW() − the header row.
 * COUNTA "counts cells containing any type of information, including error values and empty
 * text ("")" and skips empty cells (support.microsoft.com, "COUNTA function"): a cell holding a
 * constant or a formula counts, whatever it shows.
 */
export function recalcRegisterNumbers(sheet: FakeSheet): void {
  for (const [address, cell] of sheet.cells) {
    const m = typeof cell.formula === 'string' ? STT_FORMULA.exec(cell.formula.replace(/\s+/g, '')) : null;
    if (!m) continue;
    const row = parseA1(address).row;
    let filled = 0;
    for (const ref of m[1]!.replace(/\$/g, '').split(',')) {
      const [from, to = from] = ref.split(':');
      const a = parseA1(from!);
      const b = parseA1(to!);
      for (let r = a.row; r <= b.row; r++)
        for (let c = a.col; c <= b.col; c++) {
          const x = sheet.cell(a1(r, c));
          if (x && ((x.value !== '' && x.value !== null) || (x.formula !== '' && x.formula !== null))) filled++;
        }
    }
    cell.value = filled === 0 ? '' : row - Number(m[2]);
  }
}

/**
 * The edges of a cell the fake's border records draw (RangeBorderCollection.getItem: "EdgeTop"
 * … of the range, "InsideHorizontal"/"InsideVertical" between its cells, @types/office-js
 * Excel.BorderIndex): top, bottom, left, right, each drawn or not.
 */
export function cellEdges(sheet: FakeSheet, address: string): [boolean, boolean, boolean, boolean] {
  const { row, col } = parseA1(address);
  const drawn = { top: false, bottom: false, left: false, right: false };
  for (const b of sheet.borders) {
    if (b.style !== 'Continuous') continue;
    const [from, to = from] = b.range.split(':');
    const r1 = parseA1(from!);
    const r2 = parseA1(to!);
    if (row < r1.row || row > r2.row || col < r1.col || col > r2.col) continue;
    if ((b.edge === 'EdgeTop' && row === r1.row) || (b.edge === 'InsideHorizontal' && row > r1.row)) drawn.top = true;
    if ((b.edge === 'EdgeBottom' && row === r2.row) || (b.edge === 'InsideHorizontal' && row < r2.row))
      drawn.bottom = true;
    if ((b.edge === 'EdgeLeft' && col === r1.col) || (b.edge === 'InsideVertical' && col > r1.col)) drawn.left = true;
    if ((b.edge === 'EdgeRight' && col === r2.col) || (b.edge === 'InsideVertical' && col < r2.col)) drawn.right = true;
  }
  return [drawn.top, drawn.bottom, drawn.left, drawn.right];
}

/** Everything the fake holds for a sheet's extent, as grids. */
export function fakeGrids(wb: FakeWorkbook, extents: Record<string, string>) {
  const sheets: Record<string, { values: unknown[][]; formulas: unknown[][] }> = {};
  for (const [name, extent] of Object.entries(extents)) {
    const s = wb.sheet(name);
    if (s) sheets[name] = s.read(extent);
  }
  return { sheets };
}

/**
 * Run a suite in both null-chaining modes of the fake: what Excel does with a method called
 * on a null object (getItemOrNullObject(…).getRange(…)) is not documented, so the host must
 * not depend on it. "propagate" gives null objects again; "throw" fails the batch (ItemNotFound).
 */
export function inBothNullChainingModes(suite: (mode: 'propagate' | 'throw') => void): void {
  describe.each(['propagate', 'throw'] as const)('null chaining: %s', (mode) => {
    beforeAll(() => {
      FakeWorkbook.defaults = { nullChaining: mode };
    });
    afterAll(() => {
      FakeWorkbook.defaults = {};
    });
    suite(mode);
  });
}
