/**
 * The tally follows the register in a real spreadsheet engine: LibreOffice opens a created
 * workbook whose register holds the Bắc Sơn lines (plus lines that exercise the formulas:
 * an empty quantity counting 1, a "Trong đó" kind, direct-labour marks, a line of another
 * award's subject that must not count) and whose cached results are poisoned, recalculates
 * every formula (SUMIFS + COUNTIFS over the TDKT_DS_* names), and every count cell, sum,
 * TỔNG CỘNG and rate equals the core's tallyFromRegister → computeTally.
 */
import * as path from 'path';
import {
  buildWorkbookPlan,
  computeTally,
  DEFAULT_CATALOGUE as cat,
  REGISTER_SHEET_NAME,
  sheetPlan,
  tallyFromRegister,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type WorkbookInputs,
} from '../../src/core';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { bacSonRegisterInputs } from '../helpers/register';
import { findSoffice, roundTripThroughLibreOffice } from '../helpers/libreoffice';
import { editFile, tempDir } from './files';

const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;
if (!soffice && !process.env.CI) console.warn('libreoffice.register.test.ts skipped: soffice is not installed.');
if (!soffice && process.env.CI) {
  it('LibreOffice is installed in CI (.ci/apt-packages: libreoffice-calc)', () => {
    throw new Error('soffice not found in CI');
  });
}

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
    ],
  };
}

maybe('LibreOffice recalculates a register workbook to the core’s numbers', () => {
  it('register lines in → tally cells and TỔNG CỘNG out, equal to tallyFromRegister + computeTally', async () => {
    const dir = tempDir('tdkt-lo-reg-');
    const file = path.join(dir, 'register.xlsx');
    const given = inputs();
    await createWorkbookFile(file, given);
    await editFile(
      file,
      {},
      {
        recalc: false,
        mutate: (wb) =>
          wb.getWorksheet(TALLY_SHEET_NAME)!.eachRow((row) =>
            row.eachCell((cell) => {
              if (cell.formula) cell.value = { formula: cell.formula, result: 999 };
            }),
          ),
      },
    );
    const converted = roundTripThroughLibreOffice(soffice!, file, dir);
    const read = await readWorkbookFile(converted);
    const g = read.grids.sheets[TALLY_SHEET_NAME]!;
    const computed = computeTally(cat, tallyFromRegister(cat, given.register!));
    const plan = sheetPlan(buildWorkbookPlan(cat, given), 'tally');
    let checked = 0;
    for (const cell of plan.cells) {
      if (cell.role !== 'computed' || !cell.key?.startsWith('tally:')) continue;
      const [, rowId, col] = cell.key.split(':') as [string, string, string];
      const expected = (computed.get(rowId) as unknown as Record<string, number | undefined>)[col];
      const shown = g.values[cell.row - 1]![cell.col - 1];
      expect({ cell: cell.address, shown }).toEqual({ cell: cell.address, shown: expected ?? '' });
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
    const total = computed.get('TOTAL')!;
    expect([total.collective, total.individual, total.household]).toEqual([14, 39, 1]);
    // The file LibreOffice wrote reads back in register mode and validates without errors.
    expect(read.grids.sheets[REGISTER_SHEET_NAME]).toBeDefined();
    const errors = validateWorkbook(cat, read.grids).findings.filter(
      (f) => f.sheet === TALLY_SHEET_NAME && f.severity === 'error',
    );
    expect(errors).toEqual([]);
  }, 120000);
});
