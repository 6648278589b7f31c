/** The `tdkt` command through real files: exit codes, messages, and what it writes. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  DEFAULT_CATALOGUE as cat,
  grandTotal,
  parseA1,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type WorkbookInputsJson,
} from '../../src/core';
import { COUNT_COLUMNS } from '../../src/core/tally';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { tallyRowOf } from '../../src/core/layout/tally';
import { TYPED_NOTE } from '../../src/core/register';
import { UNITS_SHEET_NAME } from '../../src/core/layout/units';
import { tdkt } from '../helpers/cli';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { paperFormJson } from '../helpers/paperForm';
import { editFile, tempDir } from '../xlsx/files';

const EXAMPLE = path.join(__dirname, '../../examples/bac-son-2024/bac-son-6-thang-2024.xlsx');

const dir = tempDir('tdkt-cli-');
const at = (name: string) => path.join(dir, name);

/** Stack traces look like "    at fn (file:line)". */
const STACK = /^\s+at .+:\d+/m;

describe('tdkt create', () => {
  it('creates the standard workbook, filled from --data', async () => {
    const data = at('data.json');
    fs.writeFileSync(data, JSON.stringify(paperFormJson()));
    const r = await tdkt('create', at('new.xlsx'), '--data', data);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã tạo');
    const read = await readWorkbookFile(at('new.xlsx'));
    expect(readWorkbookInputs(cat, read.grids).inputs.tally).toEqual(paperFormJson().tally);
  });

  it('refuses to overwrite an existing file (exit 2), unless --force', async () => {
    const file = at('exists.xlsx');
    fs.writeFileSync(file, 'the clerk’s own file');
    const r = await tdkt('create', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('đã có');
    expect(r.err).toContain('--force');
    expect(fs.readFileSync(file, 'utf8')).toBe('the clerk’s own file');
    expect((await tdkt('create', file, '--force')).code).toBe(0);
    expect((await readWorkbookFile(file)).sheetNames).toContain(TALLY_SHEET_NAME);
  });

  it('a broken data file is one clear line (exit 2)', async () => {
    fs.writeFileSync(at('bad.json'), '{ "tally": { "X.9": { "collective": 1 } } }');
    const r = await tdkt('create', at('from-bad.xlsx'), '--data', at('bad.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.json');
    expect(r.err).not.toMatch(STACK);
    expect(fs.existsSync(at('from-bad.xlsx'))).toBe(false);
  });
});

describe('tdkt validate', () => {
  it('the bundled example: exit 0, readable Vietnamese with the totals', async () => {
    const r = await tdkt('validate', EXAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Không có lỗi.');
    expect(r.out).toContain('Cấp tỉnh: không có lỗi');
    expect(r.out).toContain('Cá nhân: 34');
    expect(r.out).toContain('11,76 %');
  });

  it('--json: findings with rule, severity, level, sheet, cell, messages; summary; computed totals', async () => {
    const file = at('errors.xlsx');
    await tdkt('create', file, '--data', path.join(__dirname, '../../examples/bac-son-2024/data.json'));
    const addr = `D${tallyRowOf(cat, 'III.1')}`;
    await editFile(file, { [TALLY_SHEET_NAME]: { [addr]: '18 ' } });
    const r = await tdkt('validate', file, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.findings[0]).toMatchObject({
      rule: 'count-text-number',
      severity: 'error',
      level: 'III',
      sheet: TALLY_SHEET_NAME,
      cell: addr,
    });
    expect(json.findings[0].message).toMatch(/Ô D\d+/);
    expect(typeof json.findings[0].messageEn).toBe('string');
    expect(json.byLevel.find((l: { level: string }) => l.level === 'III')).toMatchObject({ errors: 1 });
    // the text count is not a number, so it is not added: 34 - 18
    expect(json.computed.total).toMatchObject({ individual: 16, directIndividual: 4, directIndividualRate: 25 });
    expect(json.computed.rows.map((x: { kind: string }) => x.kind)).toContain('level');
  });

  it('errors in the data: exit 1, each finding under its level with sheet and cell', async () => {
    const file = at('errors2.xlsx');
    await tdkt('create', file, '--data', path.join(__dirname, '../../examples/bac-son-2024/data.json'));
    const r0 = tallyRowOf(cat, 'IV.2');
    await editFile(file, { [TALLY_SHEET_NAME]: { [`H${r0}`]: 20 } });
    const r = await tdkt('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Cấp cơ sở: 1 lỗi');
    expect(r.out).toContain(`[LỖI] ${TALLY_SHEET_NAME}!H${r0}`);
  });

  describe('unusable files: exit 2 with one line naming the file, never a stack trace', () => {
    const cases: [string, () => string, RegExp][] = [
      ['missing', () => at('nope.xlsx'), /Không tìm thấy/],
      ['empty', () => (fs.writeFileSync(at('empty.xlsx'), ''), at('empty.xlsx')), /rỗng/],
      ['not a zip', () => (fs.writeFileSync(at('t.xlsx'), 'a,b,c\n1,2,3\n'), at('t.xlsx')), /không phải bảng tính/],
      [
        'truncated',
        () => {
          const b = fs.readFileSync(EXAMPLE);
          fs.writeFileSync(at('cut.xlsx'), b.subarray(0, b.length - 200));
          return at('cut.xlsx');
        },
        /hỏng/,
      ],
    ];
    it.each(cases)('%s', async (_n, make, words) => {
      const file = make();
      const r = await tdkt('validate', file);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(words);
      expect(r.err).toContain(file);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(STACK);
      expect(r.out).toBe('');
    });
  });

  it('wrong usage: exit 2', async () => {
    expect((await tdkt('validate')).code).toBe(2);
    expect((await tdkt('frobnicate')).err).toContain('Không có lệnh');
    expect((await tdkt('validate', EXAMPLE, '--colour')).err).toContain('--colour');
  });
});

describe('tdkt repair', () => {
  it('restores a total typed over its formula, keeps inputs, writes -o', async () => {
    const file = at('to-repair.xlsx');
    await tdkt('create', file, '--data', path.join(__dirname, '../../examples/bac-son-2024/data.json'));
    const total = tallyRowOf(cat, cat.rows.find((x) => x.kind === 'total')!.id);
    await editFile(file, { [TALLY_SHEET_NAME]: { [`D${total}`]: 40 } });
    expect((await tdkt('validate', file)).code).toBe(1);
    const before = fs.readFileSync(file);
    const r = await tdkt('repair', file, '-o', at('repaired.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('bản cũ');
    expect(fs.readFileSync(file).equals(before)).toBe(true); // the source is only read
    expect((await tdkt('validate', at('repaired.xlsx'))).code).toBe(0);
  });
});

describe('tdkt aggregate', () => {
  const json = paperFormJson();
  const unit = (name: string, tally: WorkbookInputsJson['tally'], info: Record<string, string | number> = {}) => ({
    ...json,
    documents: [],
    info: { ...json.info, unitName: name, ...info },
    tally,
  });
  const units = [
    unit('xã A', { 'III.1': { individual: 7 }, 'IV.2': { collective: 2, individual: 5, directIndividual: 3 } }),
    unit('xã B', { 'III.1': { individual: 11 }, 'II.4': { collective: 1 }, 'II.4.chuyenDe': { collective: 1 } }),
    unit('thị trấn C', { 'IV.2': { collective: 1, individual: 4, directIndividual: 4, directCollective: 1 } }),
  ];
  const files = units.map((u, i) => {
    const f = at(`unit-${i}.json`);
    fs.writeFileSync(f, JSON.stringify(u));
    return f;
  });

  it('writes the sum of three units, counted by hand, and the units sheet', async () => {
    const xlsx = [];
    for (const [i, f] of files.entries()) {
      const x = at(`unit-${i}.xlsx`);
      expect((await tdkt('create', x, '--data', f)).code).toBe(0);
      xlsx.push(x);
    }
    const r = await tdkt('aggregate', '-o', at('cluster.xlsx'), ...xlsx);
    expect(r.err).toContain('[3/3]');
    expect(r.code).toBe(0);
    const read = await readWorkbookFile(at('cluster.xlsx'));
    const result = validateWorkbook(cat, read.grids);
    // By hand: III.1 7+11, IV.2 2+1 TT, 5+4 CN, 3+4 SL CN, 0+1 SL TT; II.4 1.
    // (The cluster's tally follows the units' register lines: every count cell a formula, 0 where none.)
    expect(result.tally).toMatchObject({
      'III.1': { individual: 18 },
      'IV.2': { collective: 3, individual: 9, directIndividual: 7, directCollective: 1 },
      'II.4': { collective: 1 },
      'II.4.chuyenDe': { collective: 1 },
    });
    expect(grandTotal(cat, result.computed!)).toMatchObject({
      collective: 4,
      individual: 27,
      household: 0,
      directCollective: 1,
      directIndividual: 7,
      directCollectiveRate: 25,
      directIndividualRate: 25.93,
    });
    expect(result.findings.filter((f) => f.sheet === TALLY_SHEET_NAME && f.severity === 'error')).toEqual([]);
    const list = read.grids.sheets[UNITS_SHEET_NAME]!;
    const names = list.values.map((l) => l[1]);
    expect(names).toEqual(expect.arrayContaining(['xã A', 'xã B', 'thị trấn C']));
    const sumRow = list.values.find((l) => l[0] === 'Cộng')!;
    expect(sumRow.slice(5, 5 + COUNT_COLUMNS.length)).toEqual([4, 27, 0, 1, 7]);
    // sources only read
    for (const x of xlsx) expect(validateWorkbook(cat, (await readWorkbookFile(x)).grids).tally).toBeDefined();
  });

  it('refuses units with errors, naming them and their first findings; --allow-errors adds the clean counts', async () => {
    const ok = at('unit-ok.xlsx');
    const bad = at('unit-bad.xlsx');
    await tdkt('create', ok, '--data', files[0]!);
    await tdkt('create', bad, '--data', files[1]!);
    await editFile(bad, { [TALLY_SHEET_NAME]: { [`D${tallyRowOf(cat, 'III.1')}`]: 'mười một' } });
    const r = await tdkt('aggregate', '-o', at('c2.xlsx'), ok, bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('unit-bad.xlsx (xã B): 1 lỗi');
    expect(r.err).toContain('mười một');
    expect(fs.existsSync(at('c2.xlsx'))).toBe(false);
    const r2 = await tdkt('aggregate', '-o', at('c2.xlsx'), ok, bad, '--allow-errors');
    expect(r2.code).toBe(0);
    const t = validateWorkbook(cat, (await readWorkbookFile(at('c2.xlsx'))).grids).tally!;
    expect(t['III.1']).toMatchObject({ individual: 7 });
  });

  it('refuses mixed periods and years (exit 2)', async () => {
    const year = at('unit-year.json');
    fs.writeFileSync(year, JSON.stringify(unit('xã D', { 'III.1': { individual: 1 } }, { period: 'Năm' })));
    await tdkt('create', at('unit-year.xlsx'), '--data', year);
    await tdkt('create', at('unit-a.xlsx'), '--data', files[0]!);
    const r = await tdkt('aggregate', '-o', at('c3.xlsx'), at('unit-a.xlsx'), at('unit-year.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('kỳ báo cáo');
    expect(r.err).toContain('unit-year.xlsx: Năm');
    const y2023 = at('unit-2023.json');
    fs.writeFileSync(y2023, JSON.stringify(unit('xã E', { 'III.1': { individual: 1 } }, { year: 2023 })));
    await tdkt('create', at('unit-2023.xlsx'), '--data', y2023);
    const r2 = await tdkt('aggregate', '-o', at('c4.xlsx'), at('unit-a.xlsx'), at('unit-2023.xlsx'));
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('năm');
  });

  it('refuses the same unit twice under two file names (double counting); --allow-duplicates overrides', async () => {
    await tdkt('create', at('unit-dup1.xlsx'), '--data', files[0]!);
    await tdkt('create', at('unit-dup2.xlsx'), '--data', files[0]!);
    const r = await tdkt('aggregate', '-o', at('c6.xlsx'), at('unit-dup1.xlsx'), at('unit-dup2.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Đơn vị “xã A” có trong nhiều tệp (unit-dup1.xlsx, unit-dup2.xlsx)');
    expect(fs.existsSync(at('c6.xlsx'))).toBe(false);
    const r2 = await tdkt(
      'aggregate',
      '-o',
      at('c6.xlsx'),
      at('unit-dup1.xlsx'),
      at('unit-dup2.xlsx'),
      '--allow-duplicates',
    );
    expect(r2.code).toBe(0);
  });

  it('will not write over one of its inputs, and reports unusable unit files (exit 2)', async () => {
    await tdkt('create', at('unit-z.xlsx'), '--data', files[0]!);
    expect((await tdkt('aggregate', '-o', at('unit-z.xlsx'), at('unit-z.xlsx'))).code).toBe(2);
    const r = await tdkt('aggregate', '-o', at('c5.xlsx'), at('unit-z.xlsx'), at('missing.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('missing.xlsx');
  });
});

describe('bin/tdkt.js', () => {
  it('runs as a process: exit code and output of validate on the example', () => {
    const bin = path.join(__dirname, '../../bin/tdkt.js');
    // The compiled CLI, as installed (bin/tdkt.js runs the sources instead when build/cli is older).
    const p = spawnSync(process.execPath, [bin, 'validate', EXAMPLE], { encoding: 'utf8' });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
    expect(p.stdout).toContain('Không có lỗi.');
    const missing = spawnSync(process.execPath, [bin, 'validate', at('none.xlsx')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Không tìm thấy');
    expect(missing.stderr).not.toMatch(STACK);
  });
});

describe('tdkt aggregate output', () => {
  it('refuses to overwrite an existing output before reading any unit (exit 2)', async () => {
    const out = at('cluster-exists.xlsx');
    fs.writeFileSync(out, 'keep me');
    const r = await tdkt('aggregate', '-o', out, EXAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).toContain('đã có');
    expect(r.err).not.toContain('[1/1]');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
  });
});

describe('CLI output says what happened, in the words of the command line (issue 14)', () => {
  const bacSon = path.join(__dirname, '../../examples/bac-son-2024/data.json');

  it('regression: a changed structure printed "Cấp …: không có lỗi" for levels never checked, and named the pane’s button', async () => {
    const file = at('structure.xlsx');
    await tdkt('create', file, '--data', bacSon);
    await editFile(file, { [TALLY_SHEET_NAME]: { [`B${tallyRowOf(cat, 'II.1')}`]: 'Dòng đã đổi tên' } });
    const r = await tdkt('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/Cấp [^:\n]+: không có lỗi/);
    expect(r.out).toMatch(/Cấp tỉnh: chưa kiểm tra/);
    expect(r.out).toContain('tdkt repair');
    expect(r.out).not.toContain('Sửa biểu mẫu');
  });

  it('regression: aggregate listed 3 of a unit’s errors with no word of the others', async () => {
    const ok = at('more-ok.xlsx');
    const bad = at('more-bad.xlsx');
    await tdkt('create', ok, '--data', bacSon);
    await tdkt('create', bad, '--data', bacSon);
    const rows = ['I.1', 'I.2', 'II.1', 'III.1', 'III.2'].map((id) => tallyRowOf(cat, id));
    await editFile(bad, { [TALLY_SHEET_NAME]: Object.fromEntries(rows.map((r) => [`D${r}`, 'nhiều'])) });
    const r = await tdkt('aggregate', '-o', at('more.xlsx'), ok, bad, '--allow-duplicates');
    expect(r.code).toBe(1);
    expect(r.err).toContain('5 lỗi');
    expect(r.err).toContain('và 2 lỗi khác');
  });

  it('regression: repair printed a displaced 2.5 the English way; numbers are printed 2,5 everywhere', async () => {
    const file = at('displaced.xlsx');
    await tdkt('create', file, '--data', bacSon);
    const total = tallyRowOf(cat, cat.rows.find((x) => x.kind === 'total')!.id);
    await editFile(file, { [TALLY_SHEET_NAME]: { [`D${total}`]: 2.5 } });
    const r = await tdkt('repair', file, '-o', at('displaced-fixed.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('2,5');
    expect(r.out).not.toMatch(/\d\.\d/);
  });
});

describe('tdkt register (switch a hand-typed workbook to the award register)', () => {
  it('the Bắc Sơn example: every count becomes a "nhập tay" line; TỔNG CỘNG 05 / 34 and 11,76 % unchanged', async () => {
    const out = at('register-switch.xlsx');
    const before = await readWorkbookFile(EXAMPLE);
    expect(readWorkbookInputs(cat, before.grids).inputs.tallySource).toBe('typed');
    const r = await tdkt('register', EXAMPLE, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã chuyển');
    expect(r.out).toContain('nhập tay');
    // The file as Excel would show it after recalculating (the formulas' twin).
    await editFile(out, {});
    const read = await readWorkbookFile(out);
    const inputs = readWorkbookInputs(cat, read.grids).inputs;
    expect(inputs.tallySource).toBe('register');
    expect(inputs.register!.length).toBeGreaterThan(0);
    expect(inputs.register!.every((l) => l.note === TYPED_NOTE)).toBe(true);
    const result = validateWorkbook(cat, read.grids);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const total = grandTotal(cat, result.computed!);
    expect([total.collective, total.individual, total.directIndividualRate]).toEqual([5, 34, 11.76]);
    const before5 = grandTotal(cat, validateWorkbook(cat, before.grids).computed!);
    expect(total).toEqual(before5);
    // Again: nothing more to switch.
    const again = await tdkt('register', out);
    expect(again.code).toBe(0);
    expect(again.out).toContain('không cần chuyển');
    expect(readWorkbookInputs(cat, (await readWorkbookFile(out)).grids).inputs.register).toHaveLength(
      inputs.register!.length,
    );
  });

  it('issue 24.6: a typed "1.000" and a direct-labour count above its count stay in their cells; exit 1; TỔNG CỘNG said as computed', async () => {
    const file = at('register-odd.xlsx');
    fs.copyFileSync(EXAMPLE, file);
    const text = `D${tallyRowOf(cat, 'III.1')}`;
    const direct = `H${tallyRowOf(cat, 'IV.2')}`;
    await editFile(
      file,
      { [TALLY_SHEET_NAME]: { [direct]: 39 } },
      {
        mutate: (wb) => {
          // Typed as text, as a clerk's "1.000" in a text-formatted cell is stored.
          wb.getWorksheet(TALLY_SHEET_NAME)!.getCell(text).value = '1.000';
        },
      },
    );
    const r = await tdkt('register', file);
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('giữ nguyên số liệu');
    expect(r.out).toContain(
      'TỔNG CỘNG trước và sau khi chuyển như nhau: 5 tập thể, 16 cá nhân, 0 gia đình; lao động trực tiếp: 0 tập thể, 43 cá nhân.',
    );
    expect(r.out).toContain(`${text} (“Lao động tiên tiến”, Cá nhân): “1.000” — không phải một số nguyên`);
    expect(r.out).toContain(
      `${direct} (“Giấy khen”, SL cá nhân lao động trực tiếp): “39” — các dòng “nhập tay” chỉ cho được 12`,
    );
    const read = await readWorkbookFile(file);
    const g = read.grids.sheets[TALLY_SHEET_NAME]!;
    const value = (address: string) => {
      const { row, col } = parseA1(address);
      return [g.values[row - 1]![col - 1], g.formulas![row - 1]![col - 1]];
    };
    expect(value(text)).toEqual(['1.000', '1.000']);
    expect(value(direct)).toEqual([39, 39]);
    const inputs = readWorkbookInputs(cat, read.grids).inputs;
    expect(inputs.tallySource).toBe('register');
    expect(inputs.register!.some((l) => String(l.award).startsWith('Lao động tiên tiến (cấp huyện)'))).toBe(false);
    // Validate names both cells.
    const v = await tdkt('validate', file);
    expect(v.code).toBe(1);
    expect(v.out).toContain(text);
    expect(v.out).toContain(direct);
  });

  it('wrong usage is one line, exit 2', async () => {
    const r = await tdkt('register');
    expect(r.code).toBe(2);
    expect(r.err).toContain('register');
    expect(r.err).not.toMatch(STACK);
  });
});
