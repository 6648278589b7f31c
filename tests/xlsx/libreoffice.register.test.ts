/**
 * The tally follows the register in a real spreadsheet engine: LibreOffice opens a created
 * workbook whose register holds the Bắc Sơn lines (plus lines that exercise the formulas:
 * an empty quantity counting 1, a "Trong đó" kind, direct-labour marks, a line of another
 * award's subject that must not count, proposals that must not count either) and whose cached results are poisoned, recalculates
 * every formula (SUMIFS + COUNTIFS over the TDKT_DS_* names), and every count cell, sum,
 * TỔNG CỘNG and rate equals the core's tallyFromRegister → computeTally.
 */
import {
  DEFAULT_CATALOGUE as cat,
  REGISTER_SHEET_NAME,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type WorkbookInputs,
} from '../../src/core';
import { computeTally } from '../../src/core/tally';
import { tallyFromRegister } from '../../src/core/register';
import { bacSonRegisterInputs } from '../helpers/register';
import { describeWithSoffice, expectTallyCellsEqualCore, recalculatedByLibreOffice } from '../helpers/libreoffice';

const { soffice, maybe } = describeWithSoffice('libreoffice.register.test.ts');

function inputs(): WorkbookInputs {
  const base = bacSonRegisterInputs();
  return {
    ...base,
    register: [
      ...base.register!,
      // Bằng khen TTCP: 9 collectives (7 direct), one household; two individuals, one direct.
      { award: 'Bằng khen của Thủ tướng Chính phủ (cấp Nhà nước)', subject: 'Tập thể', quantity: 7, direct: 'x' },
      {
        award: 'Bằng khen của Thủ tướng Chính phủ (cấp Nhà nước)',
        kind: 'Khen đột xuất',
        subject: 'Tập thể',
        quantity: 2,
      },
      { award: 'Bằng khen của Thủ tướng Chính phủ (cấp Nhà nước)', subject: 'Gia đình', name: 'Hộ ông Hoàng Văn B' },
      {
        award: 'Bằng khen của Thủ tướng Chính phủ (cấp Nhà nước)',
        subject: 'Cá nhân',
        name: 'Nông Thị C',
        direct: 'x',
      },
      { award: 'Bằng khen của Thủ tướng Chính phủ (cấp Nhà nước)', subject: 'Cá nhân', name: 'Lý Văn D' },
      // Chiến sĩ thi đua cấp tỉnh is for individuals only: the household line is not counted.
      { award: 'Danh hiệu Chiến sĩ thi đua cấp tỉnh (cấp tỉnh)', subject: 'Cá nhân', quantity: 3, direct: 'x' },
      { award: 'Danh hiệu Chiến sĩ thi đua cấp tỉnh (cấp tỉnh)', subject: 'Gia đình', quantity: 5 },
      // issue 21.1: proposals (a Tờ trình, no Số QĐ yet) are not counted, with or without a quantity;
      // a line whose decision came (Tờ trình and Số QĐ) is (the Bằng khen TTCP's two individuals become three).
      {
        award: 'Bằng khen của Thủ tướng Chính phủ (cấp Nhà nước)',
        subject: 'Tập thể',
        quantity: 4,
        direct: 'x',
        proposal: '07/TTr-UBND',
        proposalDate: 45444,
      },
      {
        award: 'Bằng khen của Chủ tịch UBND tỉnh (cấp tỉnh)',
        subject: 'Cá nhân',
        name: 'Hà Văn E',
        proposal: '07/TTr-UBND',
        proposalDate: 45444,
      },
      {
        award: 'Bằng khen của Thủ tướng Chính phủ (cấp Nhà nước)',
        subject: 'Cá nhân',
        name: 'Đinh Thị G',
        decision: '99/QĐ-TTg',
        date: 45450,
        proposal: '03/TTr-UBND',
        proposalDate: 45400,
      },
    ],
  };
}

maybe('LibreOffice recalculates a register workbook to the core’s numbers', () => {
  it('register lines in → tally cells and TỔNG CỘNG out, equal to tallyFromRegister + computeTally', async () => {
    const given = inputs();
    const { read } = await recalculatedByLibreOffice(soffice!, given, {
      tempPrefix: 'tdkt-lo-reg-',
      fileName: 'register.xlsx',
      poisonSheet: TALLY_SHEET_NAME,
    });
    const g = read.grids.sheets[TALLY_SHEET_NAME]!;
    const computed = computeTally(cat, tallyFromRegister(cat, given.register!));
    const checked = expectTallyCellsEqualCore(cat, given, g, computed);
    expect(checked).toBeGreaterThan(200);
    const total = computed.get('TOTAL')!;
    expect([total.collective, total.individual, total.household]).toEqual([14, 40, 1]);
    // The file LibreOffice wrote reads back in register mode and validates without errors.
    expect(read.grids.sheets[REGISTER_SHEET_NAME]).toBeDefined();
    const errors = validateWorkbook(cat, read.grids).findings.filter(
      (f) => f.sheet === TALLY_SHEET_NAME && f.severity === 'error',
    );
    expect(errors).toEqual([]);
  }, 120000);
});
