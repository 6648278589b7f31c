import { a1, DEFAULT_CATALOGUE, REGISTER_SHEET_NAME, TALLY_SHEET_NAME, buildWorkbookPlan } from '../../src/core';
import { sheetPlan } from '../../src/core/workbook/plan';
import { type MutableGrid } from '../../src/core/planToGrids';
import { FakeWorkbook } from '../fakes/excel';
import { recalculateRegister, recalculateTally } from '../helpers/recalc';

/** Excel's recalculation of the tally sheet, for fakes whose formula cells should show results. */
export function recalcTally(wb: FakeWorkbook): void {
  const s = wb.sheet(TALLY_SHEET_NAME);
  if (!s) return;
  const extent = sheetPlan((defaultPlan ??= buildWorkbookPlan(DEFAULT_CATALOGUE)), 'tally').readExtent;
  const g = s.read(extent) as MutableGrid;
  recalculateTally(DEFAULT_CATALOGUE, g);
  g.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const cell = s.cell(a1(r + 1, c + 1));
      if (cell && typeof cell.formula === 'string' && cell.formula.startsWith('=')) cell.value = v;
    }),
  );
}

/** The default form's plan (the extents recalculation reads), built once. */
let defaultPlan: ReturnType<typeof buildWorkbookPlan> | undefined;

/**
 * Excel's recalculation of a register-mode workbook in the fake: the tally's count cells that
 * hold the register formulas show what the register gives, then the sums and rates follow.
 */
export function recalcRegisterWorkbook(wb: FakeWorkbook): void {
  const tally = wb.sheet(TALLY_SHEET_NAME);
  if (!tally) return;
  const plan = (defaultPlan ??= buildWorkbookPlan(DEFAULT_CATALOGUE));
  const sheets: Record<string, MutableGrid> = {
    [TALLY_SHEET_NAME]: tally.read(sheetPlan(plan, 'tally').readExtent) as MutableGrid,
  };
  const register = wb.sheet(REGISTER_SHEET_NAME);
  if (register) sheets[REGISTER_SHEET_NAME] = register.read(sheetPlan(plan, 'register').readExtent) as MutableGrid;
  recalculateRegister(DEFAULT_CATALOGUE, { sheets });
  const g = sheets[TALLY_SHEET_NAME]!;
  g.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const cell = tally.cell(a1(r + 1, c + 1));
      if (cell && typeof cell.formula === 'string' && cell.formula.startsWith('=')) cell.value = v;
    }),
  );
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
