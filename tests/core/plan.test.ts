import { buildWorkbookPlan, DEFAULT_CATALOGUE as cat, TALLY_SHEET_NAME } from '../../src/core';
import { addressesOf } from '../../src/core/sheetGrid';
import { sheetPlan } from '../../src/core/workbook/plan';
import { tallyRowOf } from '../../src/core/layout/tally';
import { paperFormInputs } from '../helpers/paperForm';

const plan = buildWorkbookPlan(cat, paperFormInputs());
const tally = sheetPlan(plan, 'tally');
const cell = (addr: string) => tally.cells.find((c) => c.address === addr);

describe('workbook plan', () => {
  it('has the info, tally and Phụ lục I sheets and the form marker', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      'Thông tin chung',
      TALLY_SHEET_NAME,
      'Danh sách khen thưởng',
      'Phụ lục I',
      'Nội dung báo cáo',
      'Số liệu báo cáo', // issue 22: the short facts the report drafts from
      'Mẫu in giấy khen', // issue 21.4: where the Giấy khen's fields print on the blank
    ]);
    expect(plan.names.map((n) => n.name)).toContain('TDKT_Form');
    const marker = sheetPlan(plan, 'info').cells.find((c) => c.role === 'marker');
    expect(marker?.value).toBe('tong-hop-khen-thuong/2024');
  });

  it('lays the catalogue rows from row 8, TỔNG CỘNG on row 54', () => {
    expect(tallyRowOf(cat, 'I')).toBe(8);
    expect(cell('B54')?.value).toBe('TỔNG CỘNG (I + II + III + IV)');
  });

  it('writes level, group and total formulas from the catalogue, adding only applicable (not grey) cells', () => {
    expect(cell('C19')?.formula).toBe('=SUM(C20)'); // Huy chương kháng chiến has no Tập thể (C21 grey)
    expect(cell('D19')?.formula).toBe('=SUM(D20,D21)');
    expect(cell('C8')?.formula).toBe('=SUM(C9,C12,C19,C23,C27)');
    expect(cell('D8')?.formula).toBe('=SUM(D9,D12,D15,D16,D17,D18,D19,D22,D23,D30,D31)');
    expect(cell('D54')?.formula).toBe('=SUM(D8,D32,D40,D48)');
    expect(cell('I44')?.formula).toBe('=IF(D44=0,"",ROUND(H44/D44*100,2))');
  });

  it('carries the core results as cached values: 05, 34, 0 and 11.76', () => {
    expect([cell('C54')?.cached, cell('D54')?.cached, cell('E54')?.cached]).toEqual([5, 34, 0]);
    expect(cell('I54')?.cached).toBe(11.76);
    expect(cell('I44')?.cached).toBe(100);
    expect(cell('G8')?.cached).toBe('');
  });

  it('greys the columns a row cannot have and leaves the rest for input', () => {
    expect(cell('C41')?.role).toBe('unavailable'); // Lao động tiên tiến: no Tập thể
    expect(cell('G41')?.role).toBe('unavailable');
    expect(cell('D41')).toMatchObject({ role: 'input', value: 18 });
    expect(cell('E27')?.role).toBe('unavailable'); // Cờ thi đua CP: no Gia đình
  });

  it('merges the two-level header like the paper form', () => {
    expect(tally.merges).toEqual(expect.arrayContaining(['A5:A7', 'B5:B7', 'C5:E5', 'F5:I5', 'F6:G6', 'H6:I6']));
  });

  it('validates input cells as whole numbers ≥ 0 and lights up mistakes', () => {
    expect(tally.validations[0]!.rule).toEqual({ type: 'wholeNumber', min: 0 });
    const cells = tally.validations[0]!.ranges.flatMap(addressesOf);
    expect(cells).toContain('D41');
    expect(cells).not.toContain('C41');
    expect(cells).not.toContain('D54');
    const reasons = new Set(tally.conditionalFormats.map((c) => c.reason));
    expect(reasons).toEqual(
      new Set(['unavailable-filled', 'direct-exceeds-count', 'breakdown-exceeds', 'input-not-count', 'formula-lost']),
    );
    expect(tally.conditionalFormats).toContainEqual(
      expect.objectContaining({ range: 'C44:F47', formula: '=SUM(C$45:C$47)>C$44' }),
    );
  });

  it('prints A4 landscape one page wide, header rows repeated, panes frozen', () => {
    expect(tally.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: 1, titleRows: '5:7' });
    expect(tally.freeze).toEqual({ rows: 7, columns: 2 });
  });

  it('fills the title lines from Thông tin chung by formula, with the same text cached', () => {
    expect(cell('A2')?.formula).toContain('TDKT_Period');
    expect(cell('A2')?.cached).toBe('6 THÁNG ĐẦU NĂM 2024');
    expect(cell('A3')?.cached).toBe(
      '(Kèm theo Báo cáo số …/BC-HĐTĐKT ngày 18 tháng 6 năm 2024 của Hội đồng thi đua – khen thưởng thị trấn Bắc Sơn)',
    );
  });

  it('uses only NFC text', () => {
    for (const s of plan.sheets)
      for (const c of s.cells) if (typeof c.value === 'string') expect(c.value).toBe(c.value.normalize('NFC'));
  });
});
