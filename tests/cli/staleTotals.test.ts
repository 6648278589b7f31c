/**
 * issue 23.4: `tdkt validate` on a file saved without recalculation (Excel's cached results
 * stale or absent): TỔNG CỘNG as the inputs give it, never the cached values, and one
 * "chưa tính lại" warning for the whole tally, not one per computed cell.
 */
import * as path from 'path';
import { DEFAULT_CATALOGUE as cat, REGISTER_SHEET_NAME, TALLY_SHEET_NAME } from '../../src/core';
import { toExcelSerial } from '../../src/core/format/vietnamese';
import { tallyRowOf } from '../../src/core/layout/tally';
import { tdkt } from '../helpers/cli';
import { editFile, tempDir } from '../xlsx/files';

const dir = tempDir('tdkt-stale-');
const EXAMPLE_DATA = path.join(__dirname, '../../examples/bac-son-2024/data.json');

describe('issue 23.4: the command line’s totals follow the inputs', () => {
  it('register mode, lines typed and the file not recalculated: TỔNG CỘNG from the lines, one warning', async () => {
    const file = path.join(dir, 'register.xlsx');
    expect((await tdkt('create', file, '--form', 'tong-hop-khen-thuong/2024')).code).toBe(0);
    const line = (row: number, award: string, quantity: number) => ({
      [`B${row}`]: `${row}/QĐ-UBND`,
      [`C${row}`]: toExcelSerial({ year: 2024, month: 1, day: 15 }),
      [`E${row}`]: award,
      [`G${row}`]: 'Cá nhân',
      [`H${row}`]: quantity,
    });
    await editFile(
      file,
      {
        [REGISTER_SHEET_NAME]: {
          ...line(6, 'Lao động tiên tiến (cấp huyện)', 18),
          ...line(7, 'Giấy khen (cấp cơ sở)', 5),
        },
      },
      { recalc: false },
    );
    const text = await tdkt('validate', file);
    expect(text.out).toContain('Cá nhân: 23');
    expect(text.out.split('\n').filter((l) => l.includes('F9'))).toHaveLength(1);
    const json = JSON.parse((await tdkt('validate', file, '--json')).out);
    expect(json.computed.total).toMatchObject({ individual: 23 });
    expect(json.findings.filter((f: { rule: string }) => f.rule === 'computed-value-stale')).toHaveLength(1);
  });

  it('typed counts changed without recalculation: the sums from the counts, one warning naming how many wait', async () => {
    const file = path.join(dir, 'typed.xlsx');
    expect((await tdkt('create', file, '--data', EXAMPLE_DATA)).code).toBe(0);
    await editFile(file, { [TALLY_SHEET_NAME]: { [`D${tallyRowOf(cat, 'III.1')}`]: 20 } }, { recalc: false });
    const json = JSON.parse((await tdkt('validate', file, '--json')).out);
    // The example's 34 individuals, with Lao động tiên tiến 18 → 20.
    expect(json.computed.total).toMatchObject({ individual: 36 });
    const stale = json.findings.filter((f: { rule: string }) => f.rule === 'computed-value-stale');
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/ô tính tự động khác cũng chưa được tính lại/);
  });
});
