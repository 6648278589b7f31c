/**
 * `tdkt create` chooses the form (by --form, by period, by a catalogue file), and a
 * workbook made from a province's catalogue file validates, repairs, reports and
 * aggregates with no file beside it: the catalogue travels on a very hidden sheet.
 */
import * as fs from 'fs';
import * as path from 'path';
import { REGISTER_SHEET_NAME, CATALOGUE_SHEET_NAME, parseCatalogue, TALLY_SHEET_NAME } from '../../src/core';
import { awardKey } from '../../src/core/register';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { tallyRowOf } from '../../src/core/layout/tally';
import { tongHopKhenThuong2024, tongHopKhenThuong2025 } from '../../src/core/catalogue';
import { UNITS_SHEET_NAME } from '../../src/core/layout/units';
import { tdkt } from '../helpers/cli';
import { renderReportText, reportFromWorkbook } from '../../src/core/report';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { editFile, openXlsx, tempDir } from '../xlsx/files';

const dir = tempDir('tdkt-forms-');
const at = (name: string) => path.join(dir, name);
const CUSTOM = path.join(__dirname, '../../examples/catalogues/lang-son-2025.json');
const custom = parseCatalogue(fs.readFileSync(CUSTOM, 'utf8')).catalogue!;
const STACK = /^\s+at .+:\d+/m;

describe('tdkt create: which form', () => {
  it('--form tong-hop-khen-thuong/2025 makes the three-level tally', async () => {
    const r = await tdkt('create', at('f2025.xlsx'), '--form', 'tong-hop-khen-thuong/2025');
    expect(r.code).toBe(0);
    expect(r.out).toContain('tong-hop-khen-thuong/2025');
    const read = await readWorkbookFile(at('f2025.xlsx'));
    expect(read.catalogue).toBe(tongHopKhenThuong2025);
    const tally = read.grids.sheets[TALLY_SHEET_NAME]!;
    expect(tally.values[tallyRowOf(tongHopKhenThuong2025, 'TOTAL') - 1]![1]).toBe('TỔNG CỘNG (I + II + III)');
    // A built-in form needs no carried catalogue.
    expect(read.sheetNames).not.toContain(CATALOGUE_SHEET_NAME);
  });

  it.each([
    [['--period', '6-thang', '--year', '2025'], '2024', '6 tháng đầu năm'],
    [['--period', 'nam', '--year', '2025'], '2025', 'Năm'],
    [['--period', '6 tháng đầu năm', '--year', '2026'], '2025', '6 tháng đầu năm'],
    [['--year', '2024'], '2024', 'Năm'],
  ])('by period %j → %s, the period written in Thông tin chung', async (opts, version, period) => {
    const file = at(`p-${opts.join('-').replace(/\s/g, '')}.xlsx`);
    expect((await tdkt('create', file, ...opts)).code).toBe(0);
    const read = await readWorkbookFile(file);
    expect(read.catalogue.version).toBe(version);
    expect(readWorkbookInputs(read.catalogue, read.grids).inputs.info.period).toBe(period);
  });

  it('with nothing said, the form in force today', async () => {
    expect((await tdkt('create', at('today.xlsx'))).code).toBe(0);
    const v = (await readWorkbookFile(at('today.xlsx'))).catalogue.version;
    const d = new Date();
    expect(v).toBe(d.getFullYear() > 2025 || (d.getFullYear() === 2025 && d.getMonth() >= 6) ? '2025' : '2024');
  });

  it('a data file naming the 2024 form keeps it (the Bắc Sơn example)', async () => {
    const data = path.join(__dirname, '../../examples/bac-son-2024/data.json');
    expect((await tdkt('create', at('bs.xlsx'), '--data', data)).code).toBe(0);
    expect((await readWorkbookFile(at('bs.xlsx'))).catalogue).toBe(tongHopKhenThuong2024);
  });

  it('a data file without "form" gets the form of its period, and is told when its rows are the other form’s', async () => {
    const data = at('no-form.json');
    fs.writeFileSync(
      data,
      JSON.stringify({ info: { period: 'Năm', year: 2025 }, tally: { 'III.6': { household: 9 } } }),
    );
    expect((await tdkt('create', at('nf.xlsx'), '--data', data)).code).toBe(0);
    expect((await readWorkbookFile(at('nf.xlsx'))).catalogue).toBe(tongHopKhenThuong2025);
    fs.writeFileSync(
      data,
      JSON.stringify({ info: { period: 'Năm', year: 2025 }, tally: { 'IV.2': { individual: 1 } } }),
    );
    const r = await tdkt('create', at('nf2.xlsx'), '--data', data);
    expect(r.code).toBe(2);
    expect(r.err).toContain('dòng “IV.2” của “tally” không có trong biểu mẫu tong-hop-khen-thuong/2025');
    expect(fs.existsSync(at('nf2.xlsx'))).toBe(false);
  });

  it('refuses an unknown --form, a bad --period, and --form with --catalogue (exit 2, one message)', async () => {
    const a = await tdkt('create', at('x1.xlsx'), '--form', 'tong-hop-khen-thuong/2030');
    expect([a.code, a.err]).toEqual([
      2,
      expect.stringContaining('tong-hop-khen-thuong/2024, tong-hop-khen-thuong/2025'),
    ]);
    const b = await tdkt('create', at('x2.xlsx'), '--period', 'quý 3');
    expect([b.code, b.err]).toEqual([2, expect.stringContaining('--period 6-thang')]);
    const c = await tdkt('create', at('x3.xlsx'), '--form', '2025', '--catalogue', CUSTOM);
    expect(c.code).toBe(2);
    expect(fs.existsSync(at('x1.xlsx')) || fs.existsSync(at('x2.xlsx')) || fs.existsSync(at('x3.xlsx'))).toBe(false);
  });
});

describe('tdkt validate on the 2025 form', () => {
  it('flags a Gia đình count on a row without one and SL above its count (errors), a yearly title in a six-month tally (warning)', async () => {
    const c = tongHopKhenThuong2025;
    const file = at('v2025.xlsx');
    // A hand-typed tally (counts from --data): in register mode a number typed over a count's
    // formula is that cell's one finding (issue 23.4), so these checks are of typed counts.
    const data = at('v2025.json');
    fs.writeFileSync(
      data,
      JSON.stringify({ tally: { 'III.1': { individual: 12 }, 'III.4': { individual: 3, directIndividual: 5 } } }),
    );
    const created = await tdkt(
      'create',
      file,
      '--form',
      '2025',
      '--period',
      '6-thang',
      '--year',
      '2026',
      '--data',
      data,
    );
    expect(created.code).toBe(0);
    const r = (id: string) => tallyRowOf(c, id);
    await editFile(file, { [TALLY_SHEET_NAME]: { [`E${r('III.2')}`]: 1 } }, { catalogue: c });
    const out = await tdkt('validate', file, '--json');
    expect(out.code).toBe(1);
    const found = JSON.parse(out.out).findings.map((f: { rule: string; severity: string; cell: string }) => [
      f.rule,
      f.severity,
      f.cell,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['subject-not-allowed', 'error', `E${r('III.2')}`],
        ['direct-exceeds-count', 'error', `H${r('III.4')}`],
        ['yearly-title-half-year', 'warning', `D${r('III.1')}`],
      ]),
    );
  });
});

describe('tdkt validate names the form', () => {
  it('by what the clerk knows it as (the catalogue’s description, the period it is in force), not its key', async () => {
    for (const c of [tongHopKhenThuong2024, tongHopKhenThuong2025]) {
      const file = at(`named-${c.version}.xlsx`);
      expect((await tdkt('create', file, '--form', `tong-hop-khen-thuong/${c.version}`)).code).toBe(0);
      const first = (await tdkt('validate', file)).out.split('\n')[0]!;
      expect(first).toContain(c.description!);
      expect(first).not.toContain('tong-hop-khen-thuong/');
    }
    expect((await tdkt('validate', at('named-2025.xlsx'))).out.split('\n')[0]).toContain('từ 6 tháng cuối năm 2025');
    // --json keeps the key: it is for programs.
    expect(JSON.parse((await tdkt('validate', at('named-2025.xlsx'), '--json')).out).form).toBe(
      'tong-hop-khen-thuong/2025',
    );
  });

  it('by its key when its catalogue has no description', async () => {
    const json = JSON.parse(fs.readFileSync(CUSTOM, 'utf8'));
    delete json.description;
    fs.writeFileSync(at('undescribed.json'), JSON.stringify(json));
    expect((await tdkt('create', at('undescribed.xlsx'), '--catalogue', at('undescribed.json'))).code).toBe(0);
    const first = (await tdkt('validate', at('undescribed.xlsx'))).out.split('\n')[0]!;
    expect(first).toContain('tong-hop-khen-thuong/2025-lang-son');
  });
});

describe('a catalogue file', () => {
  it('with errors is refused, naming the rows (exit 2, no workbook)', async () => {
    const json = JSON.parse(fs.readFileSync(CUSTOM, 'utf8'));
    json.rows.find((r: { id: string }) => r.id === 'III.7').subjects = ['tapthe'];
    json.rows.find((r: { id: string }) => r.id === 'II.7').id = 'II.6';
    fs.writeFileSync(at('bad-form.json'), JSON.stringify(json));
    const r = await tdkt('create', at('bad.xlsx'), '--catalogue', at('bad-form.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('có 2 lỗi');
    expect(r.err).toContain('mã “II.6” bị trùng');
    expect(r.err).toContain('“Giấy khen của Ban Chấp hành Đảng bộ xã”): đối tượng “tapthe” không có');
    expect(r.err).not.toMatch(STACK);
    expect(fs.existsSync(at('bad.xlsx'))).toBe(false);
  });

  it('taking a built-in key is refused', async () => {
    fs.writeFileSync(at('builtin.json'), JSON.stringify(tongHopKhenThuong2025));
    const r = await tdkt('create', at('builtin.xlsx'), '--catalogue', at('builtin.json'));
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('là biểu mẫu có sẵn')]);
  });

  describe('makes a workbook that carries it', () => {
    const unit = (n: string) => at(`ls-${n}.xlsx`);
    const row = (id: string) => tallyRowOf(custom, id);

    beforeAll(async () => {
      for (const [n, name, extra] of [
        ['a', 'xã Hữu Lũng', 3],
        ['b', 'phường Tam Thanh', 5],
      ] as const) {
        expect((await tdkt('create', unit(n), '--catalogue', CUSTOM, '--period', 'nam', '--year', '2025')).code).toBe(
          0,
        );
        await editFile(
          unit(n),
          {
            'Thông tin chung': { B6: name },
            // A new workbook's tally follows the register: one line per award.
            [REGISTER_SHEET_NAME]: Object.fromEntries(
              (
                [
                  ['III.1', 'Cá nhân', 10],
                  ['III.5', 'Tập thể', 2], // the renamed row
                  ['III.7', 'Tập thể', extra], // an extra row
                  ['II.7', 'Cá nhân', 1], // the other extra row
                ] as const
              ).flatMap(([id, subject, n], i) => [
                [
                  `E${6 + i}`,
                  awardKey(
                    custom,
                    custom.rows.find((x) => x.id === id)!,
                  ),
                ],
                [`G${6 + i}`, subject],
                [`H${6 + i}`, n],
              ]),
            ),
          },
          { catalogue: custom },
        );
      }
    });

    it('on a very hidden sheet', async () => {
      const wb = await openXlsx(unit('a'));
      expect(wb.getWorksheet(CATALOGUE_SHEET_NAME)!.state).toBe('veryHidden');
      const read = await readWorkbookFile(unit('a'));
      expect(read.catalogue).toEqual(custom);
      expect(read.unknownForm).toBe(false);
    });

    it('validates by its own rows', async () => {
      const r = await tdkt('validate', unit('a'), '--json');
      const json = JSON.parse(r.out);
      expect(r.code).toBe(0);
      const total = json.computed.total;
      expect([total.collective, total.individual]).toEqual([5, 11]);
      expect(json.computed.rows.map((x: { label: string }) => x.label)).toContain('TỔNG CỘNG (I + II + III)');
    });

    it('repairs, keeping every input and the carried catalogue', async () => {
      await editFile(unit('b'), { [TALLY_SHEET_NAME]: { [`C${row('TOTAL')}`]: 99 } }, { recalc: false });
      const r = await tdkt('repair', unit('b'));
      expect(r.code).toBe(0);
      const read = await readWorkbookFile(unit('b'));
      expect(read.catalogue).toEqual(custom);
      const tally = readWorkbookInputs(custom, read.grids).inputs.tally;
      expect(tally).toMatchObject({
        'III.1': { individual: 10 },
        'III.5': { collective: 2 },
        'III.7': { collective: 5 },
        'II.7': { individual: 1 },
      });
      expect((await openXlsx(unit('b'))).getWorksheet(CATALOGUE_SHEET_NAME)!.state).toBe('veryHidden');
    });

    it('reports, naming its own rows', async () => {
      const r = await tdkt('report', unit('a'), '-o', at('ls-a.docx'));
      expect(r.code).toBe(0);
      expect(fs.statSync(at('ls-a.docx')).size).toBeGreaterThan(1000);
      const text = renderReportText(reportFromWorkbook((await readWorkbookFile(unit('a'))).grids).document!);
      expect(text).toContain('danh hiệu “Lao động tiên tiến” cho 10 cá nhân');
      expect(text).toContain('danh hiệu “Thôn, bản, tổ dân phố văn hóa” cho 02 tập thể');
      expect(text).toContain('Giấy khen của Ban Chấp hành Đảng bộ xã cho 03 tập thể');
      expect(text).not.toMatch(/cấp huyện/i);
    });

    it('aggregates, and the cluster workbook carries the catalogue too', async () => {
      const r = await tdkt('aggregate', '-o', at('ls-cum.xlsx'), unit('a'), unit('b'));
      expect([r.code, r.err.split('\n').filter((l) => !l.startsWith('['))]).toEqual([0, []]);
      const read = await readWorkbookFile(at('ls-cum.xlsx'));
      expect(read.catalogue).toEqual(custom);
      expect(read.sheetNames).toContain(UNITS_SHEET_NAME);
      // The cluster's tally follows the units' register lines (every count cell a formula, 0 where none).
      expect(readWorkbookInputs(custom, read.grids).inputs.tally['III.7']).toMatchObject({ collective: 8 });
    });

    it('a damaged carried catalogue is said so, naming the problem (and not taken)', async () => {
      const broken = at('ls-broken.xlsx');
      fs.copyFileSync(unit('a'), broken);
      await editFile(
        broken,
        { [CATALOGUE_SHEET_NAME]: { B3: '{"formId": "tong-hop-khen-thuong"' } },
        { recalc: false },
      );
      const r = await tdkt('validate', broken);
      expect(r.err).toContain(
        'Sổ tính ghi mã biểu mẫu “tong-hop-khen-thuong/2025-lang-son” nhưng trang ẩn mang biểu mẫu bị hỏng',
      );
      expect(r.err).toContain('không phải JSON hợp lệ');
      expect(r.err).not.toMatch(STACK);
      expect(r.code).toBe(1);
    });

    it('aggregate refuses mixed forms, saying which file is which', async () => {
      expect((await tdkt('create', at('y2025.xlsx'), '--form', '2025', '--period', 'nam', '--year', '2025')).code).toBe(
        0,
      );
      const r = await tdkt('aggregate', '-o', at('mixed.xlsx'), unit('a'), at('y2025.xlsx'));
      expect(r.code).toBe(2);
      expect(r.err).toContain('biểu mẫu');
      expect(r.err).toContain(`ls-a.xlsx: tong-hop-khen-thuong/2025-lang-son`);
      expect(r.err).toContain(`y2025.xlsx: tong-hop-khen-thuong/2025`);
    });
  });
});
