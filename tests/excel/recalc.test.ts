/**
 * The fake's recalculation (what Excel does after each change) follows the form the workbook
 * holds: the browser harness and the pane's tests run on the 2025 form, the form in force,
 * so its register formulas and totals must move as in Excel, not as the 2024 form's would.
 */
import {
  a1,
  buildWorkbookPlan,
  REGISTER_FIRST_ROW,
  REGISTER_SHEET_NAME,
  TALLY_SHEET_NAME,
  type Catalogue,
} from '../../src/core';
import { awardKey, subjectLabel } from '../../src/core/register';
import { planToGrids } from '../../src/core/planToGrids';
import { REGISTER_COLUMNS } from '../../src/core/layout/register';
import { TALLY_COLUMNS, tallyRowOf } from '../../src/core/layout/tally';
import { tongHopKhenThuong2024, tongHopKhenThuong2025 } from '../../src/core/catalogue';
import { fakeFromGrids, parseTyped } from '../fakes/excel';
import { fakeCatalogue, recalcRegisterWorkbook } from './helpers';

function workbookOf(cat: Catalogue) {
  const wb = fakeFromGrids(planToGrids(buildWorkbookPlan(cat)));
  wb.calculate = recalcRegisterWorkbook;
  return wb;
}

function typeLine(cat: Catalogue, wb: ReturnType<typeof workbookOf>, rowId: string, quantity: number) {
  const row = cat.rows.find((r) => r.id === rowId)!;
  const line = {
    award: awardKey(cat, row),
    subject: subjectLabel('individual'),
    quantity: String(quantity),
  } as const;
  const sheet = wb.sheet(REGISTER_SHEET_NAME)!;
  for (const [col, v] of Object.entries(line)) {
    const c = sheet.ensure(a1(REGISTER_FIRST_ROW, REGISTER_COLUMNS[col as keyof typeof line]));
    const t = parseTyped(v);
    c.value = t.value;
    c.formula = t.formula;
  }
  wb.calculate?.(wb);
}

describe('the Excel fake recalculates the form the workbook holds', () => {
  it.each([
    ['2025', tongHopKhenThuong2025],
    ['2024', tongHopKhenThuong2024],
  ])('issue 23.5: the %s form: a register line moves its tally row and TỔNG CỘNG', (_name, cat) => {
    const wb = workbookOf(cat);
    expect(fakeCatalogue(wb)).toBe(cat);
    typeLine(cat, wb, 'III.1', 7);
    const tally = wb.sheet(TALLY_SHEET_NAME)!;
    const col = TALLY_COLUMNS.individual;
    expect(tally.cell(a1(tallyRowOf(cat, 'III.1'), col))?.value).toBe(7);
    expect(tally.cell(a1(tallyRowOf(cat, 'TOTAL'), col))?.value).toBe(7);
  });
});
