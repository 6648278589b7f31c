/**
 * `tdkt aggregate` of three units that keep award registers: the cluster workbook holds
 * their lines one after another (column "Đơn vị" says whose), and its tally — following
 * that register — equals the sum of the units' tallies.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CATALOGUE as cat, REGISTER_SHEET_NAME, validateWorkbook } from '../../src/core';
import { addTallies, computeTally } from '../../src/core/tally';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { tdkt } from '../helpers/cli';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { bacSonRegisterJson } from '../helpers/register';
import { editFile, tempDir } from '../xlsx/files';

describe('tdkt aggregate of units with registers', () => {
  it('concatenates the registers (with "Đơn vị") and its tally is the sum of the units’ tallies', async () => {
    const dir = tempDir('tdkt-agg-reg-');
    const names = ['xã Hữu Vĩnh', 'xã Vũ Lăng', 'thị trấn Bắc Sơn'];
    const files: string[] = [];
    for (const [i, unitName] of names.entries()) {
      const json = bacSonRegisterJson();
      // A different register in each unit: the third unit drops its last line (12 cá nhân).
      const register = i === 2 ? json.register!.slice(0, -1) : json.register!;
      const data = path.join(dir, `u${i}.json`);
      fs.writeFileSync(data, JSON.stringify({ ...json, register, info: { ...json.info, unitName } }));
      const file = path.join(dir, `u${i}.xlsx`);
      expect((await tdkt('create', file, '--data', data)).code).toBe(0);
      files.push(file);
    }
    const out = path.join(dir, 'cum.xlsx');
    const r = await tdkt('aggregate', '-o', out, ...files);
    expect([r.code, r.err.split('\n').filter((l) => !l.startsWith('['))]).toEqual([0, []]);

    await editFile(out, {}); // as Excel shows it once calculated
    const read = await readWorkbookFile(out);
    const inputs = readWorkbookInputs(cat, read.grids).inputs;
    expect(inputs.tallySource).toBe('register');
    expect(inputs.register).toHaveLength(11 + 11 + 10);
    expect([...new Set(inputs.register!.map((l) => l.unit))]).toEqual(names);

    const units = await Promise.all(
      files.map(async (f) => readWorkbookInputs(cat, (await readWorkbookFile(f)).grids).inputs.tally),
    );
    expect(computeTally(cat, inputs.tally)).toEqual(computeTally(cat, addTallies(units)));
    const result = validateWorkbook(cat, read.grids);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The cluster's register shows the unit column, read back from the file.
    const g = read.grids.sheets[REGISTER_SHEET_NAME]!;
    expect(g.values[5]![12]).toBe('xã Hữu Vĩnh');
  }, 120000);
});
