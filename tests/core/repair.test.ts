import {
  backupSheetName,
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  planRepair,
  planToGrids,
  readWorkbookInputs,
  setGridCell,
  sheetPlan,
  TALLY_SHEET_NAME,
  validateWorkbook,
} from '../../src/core';
import { paperFormInputs } from '../helpers/paperForm';

const fresh = () => planToGrids(buildWorkbookPlan(cat, paperFormInputs()));

describe('reading inputs back', () => {
  it('round-trips the paper form: inputs → plan → grids → inputs', () => {
    const { inputs } = readWorkbookInputs(cat, fresh());
    expect(inputs.tally).toEqual(paperFormInputs().tally);
    expect(inputs.info).toEqual(paperFormInputs().info);
    expect(inputs.documents).toEqual(paperFormInputs().documents);
  });

  it('finds rows that moved (a row inserted above them)', () => {
    const g = fresh();
    const t = g.sheets[TALLY_SHEET_NAME]!;
    t.values.splice(20, 0, Array(9).fill(''));
    t.formulas.splice(20, 0, Array(9).fill(''));
    expect(readWorkbookInputs(cat, g).inputs.tally).toEqual(paperFormInputs().tally);
  });
});

describe('planRepair', () => {
  it('restores overwritten formulas and labels and keeps every input', () => {
    const g = fresh();
    const t = g.sheets[TALLY_SHEET_NAME]!;
    setGridCell(t, 'D54', 34); // total overwritten by hand
    setGridCell(t, 'B41', 'Lao động xuất sắc'); // label changed
    const before = validateWorkbook(cat, g);
    expect(before.errors).toBeGreaterThan(0);
    const repair = planRepair(cat, g);
    const after = validateWorkbook(cat, planToGrids(repair.plan));
    expect(after.findings).toEqual([]);
    // The 34 typed over a formula and the changed label are kept in a backup sheet.
    expect(repair.displaced).toEqual(
      expect.arrayContaining([
        { sheet: TALLY_SHEET_NAME, address: 'D54', content: 34 },
        { sheet: TALLY_SHEET_NAME, address: 'B41', content: 'Lao động xuất sắc' },
      ]),
    );
    expect(repair.backupSheets).toEqual([TALLY_SHEET_NAME]);
  });

  it('needs no backup when only formats were lost', () => {
    expect(planRepair(cat, fresh()).displaced).toEqual([]);
  });

  it('keeps a count typed as text by backing the sheet up', () => {
    const g = fresh();
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'E53', 'hai');
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([{ sheet: TALLY_SHEET_NAME, address: 'E53', content: 'hai' }]);
  });

  it('keeps "05" typed as text as the count 5', () => {
    const g = fresh();
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'D49', '05');
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([]);
    expect(sheetPlan(repair.plan, 'tally').cells.find((c) => c.address === 'D49')?.value).toBe(5);
  });

  it('recreates a missing sheet without touching the others', () => {
    const g = fresh();
    delete g.sheets[TALLY_SHEET_NAME];
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([]);
    expect(readWorkbookInputs(cat, planToGrids(repair.plan)).inputs.info).toEqual(paperFormInputs().info);
  });
});

describe('backupSheetName', () => {
  it('fits Excel’s 31 characters and avoids taken names', () => {
    expect(backupSheetName(TALLY_SHEET_NAME, [])).toBe('Biểu tổng hợp (bản cũ)');
    expect(backupSheetName(TALLY_SHEET_NAME, ['Biểu tổng hợp (bản cũ)'])).toBe('Biểu tổng hợp (bản cũ 2)');
    expect(backupSheetName('x'.repeat(40), []).length).toBeLessThanOrEqual(31);
  });
});

describe('regression: a mistyped label that recurs later on the form', () => {
  // "Lao động tiên tiến" stands in level III and level IV. A greedy label search took
  // level IV's row for III.1 once III.1 was mistyped, and level III's counts were not carried.
  it('keeps level III counts and pairs the relabelled row by position', () => {
    const g = fresh();
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'B41', 'Lao động tiên tiếng');
    const { inputs } = readWorkbookInputs(cat, g);
    expect(inputs.tally).toEqual(paperFormInputs().tally);
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([{ sheet: TALLY_SHEET_NAME, address: 'B41', content: 'Lao động tiên tiếng' }]);
  });

  it('a deleted row loses only that row; the rows after it keep their counts', () => {
    const g = fresh();
    const t = g.sheets[TALLY_SHEET_NAME]!;
    t.values.splice(41, 1); // delete row 42 (Chiến sĩ thi đua cơ sở, empty)
    t.formulas.splice(41, 1);
    expect(readWorkbookInputs(cat, g).inputs.tally).toEqual(paperFormInputs().tally);
  });
});
