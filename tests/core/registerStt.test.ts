/**
 * Issue 22: the register's STT is numbered by formula on each filled line. The formula is the
 * form's, never the clerk's input; repair restores it and keeps (aside, logged) a different
 * number typed over it; a line of the capacity's last row is numbered like the first.
 *
 * Why only on filled lines, not on every line of the capacity: a formula that shows "" is still
 * content, and LibreOffice then prints every page of the print area. Measured with LibreOffice
 * 7 (soffice --convert-to pdf) on an exceljs file with IF(B6="","",ROW()-5) in A6:A30005 and
 * five filled lines: 667 pages.
 */
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE,
  planRepair,
  REGISTER_FIRST_ROW,
  REGISTER_SHEET_NAME,
  type WorkbookGrids,
} from '../../src/core';
import {
  isRegisterNumberFormula,
  REGISTER_HEADER_ROW,
  REGISTER_LAST_ROW,
  registerNumberFormula,
} from '../../src/core/layout/register';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { bacSonRegisterInputs } from '../helpers/register';

const cat = DEFAULT_CATALOGUE;
const inputs = bacSonRegisterInputs();
const plan = buildWorkbookPlan(cat, inputs);
const register = plan.sheets.find((s) => s.key === 'register')!;

describe('issue 22: the register STT numbered by formula', () => {
  it('each filled line has the STT formula (its own row, cached row − 5), none on blank lines', () => {
    const stt = register.cells.filter((c) => c.col === 1 && c.row >= REGISTER_FIRST_ROW);
    expect(stt).toHaveLength(inputs.register!.length);
    stt.forEach((c, i) => {
      expect(c.role).toBe('computed');
      expect(c.formula).toBe(registerNumberFormula(REGISTER_FIRST_ROW + i));
      expect(c.cached).toBe(i + 1);
    });
    expect(registerNumberFormula(6)).toMatch(/^=IF\(COUNTA\(B6:[A-Z]+6\)=0,"",ROW\(\)-5\)$/);
    expect(REGISTER_HEADER_ROW).toBe(5);
  });

  it('works at the capacity: a line on the last row is numbered 30000 by a formula of its own row only', () => {
    const last = buildWorkbookPlan(cat, { ...inputs, register: [{ ...inputs.register![0]!, row: REGISTER_LAST_ROW }] })
      .sheets.find((s) => s.key === 'register')!
      .cells.find((c) => c.col === 1 && c.row === REGISTER_LAST_ROW)!;
    expect(last.cached).toBe(30000);
    expect(last.formula).toBe(registerNumberFormula(REGISTER_LAST_ROW));
    expect(last.formula!.length).toBeLessThan(45);
  });

  it('the STT formula is not read as the clerk’s input, and no line by itself', () => {
    const g = planToGrids(plan) as WorkbookGrids;
    const read = readWorkbookInputs(cat, g).inputs.register!;
    expect(read).toHaveLength(inputs.register!.length);
    expect(read.every((l) => l.number === undefined)).toBe(true);
    expect(isRegisterNumberFormula(g.sheets[REGISTER_SHEET_NAME]!.formulas![REGISTER_FIRST_ROW - 1]![0])).toBe(true);
  });

  it('repair of an intact register restores nothing and displaces nothing; a line emptied since drops its STT quietly', () => {
    const g = planToGrids(plan);
    expect(planRepair(cat, g).displaced).toEqual([]);
    // The clerk clears the second line's cells (its STT formula stays, showing "").
    const row = REGISTER_FIRST_ROW + 1;
    for (let c = 2; c <= 13; c++)
      setGridCell(g.sheets[REGISTER_SHEET_NAME]!, `${String.fromCharCode(64 + c)}${row}`, '');
    g.sheets[REGISTER_SHEET_NAME]!.values[row - 1]![0] = '';
    expect(planRepair(cat, g).displaced).toEqual([]);
  });

  it('a hand-numbered register (no formula, the numbers the formula gives) is repaired to formulas, nothing set aside', () => {
    const g = planToGrids(plan);
    const sheet = g.sheets[REGISTER_SHEET_NAME]!;
    for (let i = 0; i < inputs.register!.length; i++) setGridCell(sheet, `A${REGISTER_FIRST_ROW + i}`, i + 1);
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([]);
    const out = repair.plan.sheets.find((s) => s.key === 'register')!;
    expect(out.cells.find((c) => c.address === `A${REGISTER_FIRST_ROW}`)?.formula).toBe(
      registerNumberFormula(REGISTER_FIRST_ROW),
    );
  });

  it('a different number typed over the STT formula is kept aside and logged (over-formula), the formula restored', () => {
    const g = planToGrids(plan);
    const address = `A${REGISTER_FIRST_ROW + 2}`;
    setGridCell(g.sheets[REGISTER_SHEET_NAME]!, address, 12);
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([{ sheet: REGISTER_SHEET_NAME, address, content: 12, reason: 'over-formula' }]);
    expect(repair.logEntries).toHaveLength(1);
    const out = repair.plan.sheets.find((s) => s.key === 'register')!;
    expect(out.cells.find((c) => c.address === address)?.formula).toBe(registerNumberFormula(REGISTER_FIRST_ROW + 2));
  });
});
