/**
 * issue 21.1: the register's fields for the documents — Thành tích, Số tờ trình / Ngày tờ
 * trình, Số vào sổ — and the proposal lines (a Tờ trình, no Số QĐ yet) that the tally does not
 * count and the report names as proposed. A workbook made before these columns keeps every
 * line through repair and gains them.
 */
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  planRepair,
  REGISTER_SHEET_NAME,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type WorkbookGrids,
} from '../../src/core';
import { planToGrids, setGridCell, type MutableGrid } from '../../src/core/planToGrids';
import { DOCUMENT_COLUMNS, REGISTER_COLUMN_ORDER, tallyFromRegister, type RegisterLine } from '../../src/core/register';
import { REGISTER_COLUMNS } from '../../src/core/layout/register';
import {
  legacyRegisterCountFormula,
  registerCountFormula,
  tallyRowOf,
  TALLY_COLUMNS,
} from '../../src/core/layout/tally';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { documentTexts, reportFromWorkbook } from '../../src/core/report';
import { TEXT } from '../../src/core/text/vi';
import { bacSonRegisterInputs } from '../helpers/register';
import { recalculateRegister } from '../helpers/recalc';

const inputs = bacSonRegisterInputs();

/**
 * The workbook as TĐKT made it before issue 21: the register's columns A:M (STT … Đơn vị),
 * the dropdown lists at O:P, and the tally's SUMIFS + COUNTIFS without the proposals' terms.
 */
function madeBefore(lines: readonly RegisterLine[] = inputs.register!): WorkbookGrids {
  const grids = planToGrids(buildWorkbookPlan(cat, { ...inputs, register: lines })) as {
    sheets: Record<string, MutableGrid>;
  };
  const reg = grids.sheets[REGISTER_SHEET_NAME]!;
  const first = REGISTER_COLUMNS[DOCUMENT_COLUMNS[0]!] - 1;
  const cut = (rows: unknown[][]) => rows.forEach((r) => r.splice(first, DOCUMENT_COLUMNS.length));
  cut(reg.values);
  cut(reg.formulas);
  const tally = grids.sheets[TALLY_SHEET_NAME]!;
  for (const row of cat.rows) {
    if (row.kind !== 'award' && row.kind !== 'breakdown') continue;
    const r = tallyRowOf(cat, row.id);
    for (const col of ['collective', 'individual', 'household', 'directCollective', 'directIndividual'] as const) {
      const c = TALLY_COLUMNS[col] - 1;
      if (tally.formulas[r - 1]?.[c] === registerCountFormula(cat, row, col))
        tally.formulas[r - 1]![c] = legacyRegisterCountFormula(cat, row, col);
    }
  }
  return grids;
}

describe('issue 21.1: the register gains Thành tích, Tờ trình (số / ngày) and Số vào sổ', () => {
  it('issue 21.1: a new register has the four columns after “Đơn vị (khi tổng hợp)”, outside the print area', () => {
    expect(REGISTER_COLUMN_ORDER.slice(-6)).toEqual([
      'unit',
      'achievement',
      'proposal',
      'proposalDate',
      'bookNumber',
      'money',
    ]);
    const reg = buildWorkbookPlan(cat).sheets.find((s) => s.key === 'register')!;
    const header = reg.cells.filter((c) => c.row === 5 && c.col >= 14 && c.col <= 17).map((c) => c.value);
    expect(header).toEqual([
      'Thành tích (ghi vào quyết định, giấy khen)',
      'Số tờ trình đề nghị',
      'Ngày tờ trình',
      'Số vào sổ',
    ]);
    expect(reg.print.printArea).toMatch(/^A1:L\d+$/u);
  });

  it('issue 21.1: a workbook made before the change reads, validates with one finding naming the new columns, and its tally formulas are still ours', () => {
    const old = madeBefore();
    const read = readWorkbookInputs(cat, old).inputs;
    expect(read.tallySource).toBe('register');
    // STT is the sheet's own formula (numbered on each filled line), not the clerk's input.
    const typed = ({ row: _row, number: _number, ...l }: RegisterLine) => l;
    expect(read.register!.map(typed)).toEqual(inputs.register!.map(typed));
    const findings = validateWorkbook(cat, old).findings.filter(
      (f) => f.sheet === REGISTER_SHEET_NAME || f.sheet === TALLY_SHEET_NAME,
    );
    expect(findings.map((f) => `${f.rule} ${f.address}`)).toEqual(['register-columns-new N5']);
    expect(findings[0]!.message).toContain('“Thành tích (ghi vào quyết định, giấy khen)”, “Số tờ trình đề nghị”');
  });

  it('issue 21.1: a workbook made before the change repairs with every line and typed cell kept and the new columns added', () => {
    // A line typed with what the clerk typed: a text date, a number in Ghi chú, a count in words.
    const lines: RegisterLine[] = [
      ...inputs.register!,
      {
        decision: '9/QĐ-UBND',
        date: '12/6/2024',
        award: 'Giấy khen (cấp cơ sở)',
        subject: 'Cá nhân',
        quantity: 'hai',
        note: 7,
      },
    ];
    const old = madeBefore(lines);
    const repair = planRepair(cat, old);
    expect(repair.displaced).toEqual([]);
    const fixed = planToGrids(repair.plan);
    const reg = fixed.sheets[REGISTER_SHEET_NAME]!;
    for (const c of DOCUMENT_COLUMNS) expect(reg.values[4]![REGISTER_COLUMNS[c] - 1]).toBe(TEXT.register.headers[c]);
    const back = readWorkbookInputs(cat, fixed).inputs.register!;
    const before = readWorkbookInputs(cat, old).inputs.register!;
    expect(back).toEqual(before);
    expect(back).toHaveLength(lines.length);
    // The tally now leaves proposals out, and nothing is left to say about the register's layout.
    const r = tallyRowOf(cat, 'IV.2');
    expect(fixed.sheets[TALLY_SHEET_NAME]!.formulas[r - 1]![TALLY_COLUMNS.individual - 1]).toBe(
      registerCountFormula(
        cat,
        cat.rows.find((x) => x.id === 'IV.2')!,
        'individual',
      ),
    );
    expect(
      validateWorkbook(cat, fixed).findings.filter(
        (f) => f.rule.startsWith('register-columns') || f.rule === 'register-layout-moved',
      ),
    ).toEqual([]);
  });
});

describe('issue 21.1: a proposal line (Tờ trình, no Số QĐ) is not counted', () => {
  const proposal: RegisterLine = {
    award: 'Bằng khen của Chủ tịch UBND tỉnh (cấp tỉnh)',
    subject: 'Tập thể',
    name: 'Trường Tiểu học thị trấn',
    proposal: '07/TTr-UBND',
    proposalDate: 45444,
  };

  it('issue 21.1: the twin leaves the proposal out, and counts it once the decision number is typed', () => {
    const base = tallyFromRegister(cat, inputs.register!);
    expect(tallyFromRegister(cat, [...inputs.register!, proposal])).toEqual(base);
    const awarded = tallyFromRegister(cat, [
      ...inputs.register!,
      { ...proposal, decision: '1300/QĐ-UBND', date: 45460 },
    ]);
    expect(awarded['II.4']!.collective).toBe(base['II.4']!.collective! + 1);
  });

  it('issue 21.1: validation asks nothing of the decision of a proposal, and the report says it is proposed', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, { ...inputs, register: [...inputs.register!, proposal] }));
    recalculateRegister(cat, grids);
    const findings = validateWorkbook(cat, grids).findings.filter(
      (f) => f.sheet === REGISTER_SHEET_NAME || f.sheet === TALLY_SHEET_NAME,
    );
    expect(findings).toEqual([]);
    const texts = documentTexts(reportFromWorkbook(grids).document!);
    expect(texts).toContain(
      'Đề nghị cấp trên khen thưởng 01 tập thể (Bằng khen của Chủ tịch UBND tỉnh: 01 tập thể), chưa có quyết định.',
    );
    // Not among the awarded: 4.3 keeps the tally's numbers.
    expect(texts.join('\n')).not.toMatch(/Trường Tiểu học thị trấn[^\n]*1234\/QĐ/u);
  });
});

describe('issue 21.1: validation of the new fields — one finding per bad cell, naming it', () => {
  function findingsWith(edits: Record<string, unknown>) {
    const grids = planToGrids(buildWorkbookPlan(cat, inputs));
    const reg = grids.sheets[REGISTER_SHEET_NAME]!;
    for (const [address, v] of Object.entries(edits)) setGridCell(reg, address, v);
    recalculateRegister(cat, grids);
    return validateWorkbook(cat, grids)
      .findings.filter((f) => f.sheet === REGISTER_SHEET_NAME)
      .map((f) => `${f.rule} ${f.address}`);
  }

  it('issue 21.1: a Tờ trình number without its date, a date without its number', () => {
    expect(findingsWith({ O6: '07/TTr-UBND', P7: 45300 })).toEqual([
      'register-proposal-missing P6',
      'register-proposal-missing O7',
    ]);
  });

  it('issue 21.1: a Tờ trình date that is no date, or later than the decision', () => {
    // Line 6 (row 6) has the decision of 10/05/2024 (45422).
    expect(findingsWith({ O6: '07/TTr-UBND', P6: 'mười tháng sáu', O7: '08/TTr-UBND', P7: 45500 })).toEqual([
      'register-proposal-date-invalid P6',
      'register-proposal-after-decision P7',
    ]);
  });

  it('issue 21.1: the same Số vào sổ on two lines is one finding, on the second', () => {
    expect(findingsWith({ Q6: 'GK-15', Q8: 'gk-15 ', Q9: 'GK-16' })).toEqual(['register-book-number-duplicate Q8']);
  });
});
