import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  planRepair,
  TALLY_SHEET_NAME,
  validateWorkbook,
} from '../../src/core';
import { backupSheetName } from '../../src/core/workbook/repair';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { sheetPlan } from '../../src/core/workbook/plan';
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
    // Only the two moved values are said (until the clerk clears them from the log).
    expect(after.findings.map((f) => [f.rule, f.address])).toEqual([
      ['value-displaced', 'B41'],
      ['value-displaced', 'D54'],
    ]);
    // The 34 typed over a formula and the changed label are kept in a backup sheet.
    expect(repair.displaced).toEqual(
      expect.arrayContaining([
        { sheet: TALLY_SHEET_NAME, address: 'D54', content: 34, reason: 'over-formula' },
        { sheet: TALLY_SHEET_NAME, address: 'B41', content: 'Lao động xuất sắc', reason: 'over-label' },
      ]),
    );
    expect(repair.backupSheets).toEqual([TALLY_SHEET_NAME]);
  });

  it('needs no backup when only formats were lost', () => {
    expect(planRepair(cat, fresh()).displaced).toEqual([]);
  });

  it('leaves a count typed as text in its cell, for validation to flag', () => {
    const g = fresh();
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'E53', 'hai');
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([]);
    expect(sheetPlan(repair.plan, 'tally').cells.find((c) => c.address === 'E53')?.value).toBe('hai');
  });

  it('leaves "05" typed as text as it is', () => {
    const g = fresh();
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'D49', '05');
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([]);
    expect(sheetPlan(repair.plan, 'tally').cells.find((c) => c.address === 'D49')?.value).toBe('05');
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
    expect(repair.displaced).toEqual([
      { sheet: TALLY_SHEET_NAME, address: 'B41', content: 'Lao động tiên tiếng', reason: 'over-label' },
    ]);
  });

  it('a deleted row loses only that row; the rows after it keep their counts', () => {
    const g = fresh();
    const t = g.sheets[TALLY_SHEET_NAME]!;
    t.values.splice(41, 1); // delete row 42 (Chiến sĩ thi đua cơ sở, empty)
    t.formulas.splice(41, 1);
    expect(readWorkbookInputs(cat, g).inputs.tally).toEqual(paperFormInputs().tally);
  });
});

describe('regression (issue 14 item 2): repair empties input cells', () => {
  const tallyCell = (plan: ReturnType<typeof planRepair>['plan'], address: string) =>
    sheetPlan(plan, 'tally').cells.find((c) => c.address === address)!;

  it('leaves “18 người”, 2.5, −2 and a count in a grey cell where they were, for validation to flag', () => {
    const g = fresh();
    const t = g.sheets[TALLY_SHEET_NAME]!;
    const grey = sheetPlan(buildWorkbookPlan(cat), 'tally').cells.find(
      (c) => c.role === 'unavailable' && c.col <= 5 && c.row > 8,
    )!;
    setGridCell(t, 'D45', '18 người');
    setGridCell(t, 'C44', 2.5);
    setGridCell(t, 'D49', -2);
    setGridCell(t, grey.address, 3);
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([]);
    expect(repair.backupSheets).toEqual([]);
    expect(tallyCell(repair.plan, 'D45')).toMatchObject({ role: 'input', value: '18 người' });
    expect(tallyCell(repair.plan, 'C44')).toMatchObject({ value: 2.5 });
    expect(tallyCell(repair.plan, 'D49')).toMatchObject({ value: -2 });
    expect(tallyCell(repair.plan, grey.address)).toMatchObject({ role: 'unavailable', value: 3 });
    const flagged = validateWorkbook(cat, planToGrids(repair.plan)).findings.map((f) => f.address);
    expect(flagged).toEqual(expect.arrayContaining(['D45', 'C44', 'D49', grey.address]));
  });

  it('moves only a number typed over a formula, and names it in a finding', () => {
    const g = fresh();
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'D54', 34);
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([
      { sheet: TALLY_SHEET_NAME, address: 'D54', content: 34, reason: 'over-formula' },
    ]);
    expect(repair.logEntries).toEqual([
      expect.objectContaining({ movedTo: 'Biểu tổng hợp (bản cũ)!D54', content: '34' }),
    ]);
    const messages = validateWorkbook(cat, planToGrids(repair.plan)).findings.map((f) => f.message);
    expect(messages).toContain('Đã chuyển “34” từ Biểu tổng hợp!D54 sang Biểu tổng hợp (bản cũ)!D54 — kiểm tra lại.');
  });

  it('keeps every line of Phụ lục I where it was (an empty line between entries stays empty)', () => {
    const g = fresh();
    const docs = g.sheets['Phụ lục I']!;
    setGridCell(docs, 'B20', 'Số 09/KH-UBND');
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([]);
    expect(sheetPlan(repair.plan, 'documents').cells.find((c) => c.address === 'B20')?.value).toBe('Số 09/KH-UBND');
  });
});

describe('repair names only what the clerk typed', () => {
  it('a row inserted inside the table moves labels and formulas with their rows: nothing is displaced', () => {
    const g = fresh();
    const t = g.sheets[TALLY_SHEET_NAME]!;
    // Excel shifts the rows below and adjusts their formulas' references; the form's text moves with them.
    t.values.splice(20, 0, Array(9).fill(''));
    t.formulas.splice(20, 0, Array(9).fill(''));
    for (let r = 21; r < t.formulas.length; r++) {
      t.formulas[r] = t.formulas[r]!.map((f) =>
        typeof f === 'string' && f.startsWith('=')
          ? f.replace(/([A-I])(\d+)/g, (_, c, n) => `${c}${+n >= 21 ? +n + 1 : n}`)
          : f,
      );
    }
    expect(planRepair(cat, g).displaced).toEqual([]);
  });
});
