/**
 * The three-level form in force since 01/7/2025 (no cấp huyện), the choice of form by
 * period, and the checks a catalogue file goes through (JSON Schema + the rules a schema
 * cannot say).
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import {
  buildWorkbookPlan,
  CATALOGUE_TEXT,
  catalogueForPeriod,
  catalogueKey,
  CATALOGUES,
  checkCatalogue,
  grandTotal,
  inputsFromJson,
  parseCatalogue,
  validateWorkbook,
  type Catalogue,
} from '../../src/core';
import { computeTally } from '../../src/core/tally';
import { membersOfLevel, tongHopKhenThuong2024, tongHopKhenThuong2025 as cat } from '../../src/core/catalogue';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { sheetPlan } from '../../src/core/workbook/plan';
import { tallyRowOf } from '../../src/core/layout/tally';
import { REGISTER_SHEET_NAME } from '../../src/core/layout/register';
import { awardKey } from '../../src/core/register';
import { emptyInputs } from '../../src/core/workbook/inputs';
import { toExcelSerial } from '../../src/core/format/vietnamese';
import { TALLY_SHEET_NAME } from '../../src/core/layout/tally';
import { recalculateRegister } from '../helpers/recalc';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schemas/catalogue.schema.json'), 'utf8'));
const customFile = path.join(__dirname, '../../examples/catalogues/lang-son-2025.json');
// ajv is in node_modules through the build tools (draft-07); tests only, not shipped.
const ajv = new Ajv({ allErrors: true });
const schemaValid = ajv.compile(schema);
const asJson = (c: Catalogue): unknown => JSON.parse(JSON.stringify(c));

describe('catalogue tong-hop-khen-thuong/2025', () => {
  it('is registered and has three levels: Nhà nước, bộ/ngành/tỉnh, xã', () => {
    expect(CATALOGUES['tong-hop-khen-thuong/2025']).toBe(cat);
    expect(cat.rows.filter((r) => r.kind === 'level').map((r) => r.label)).toEqual([
      'Khen thưởng cấp Nhà nước',
      'Khen thưởng cấp bộ, ngành, tỉnh',
      'Khen thưởng cấp xã',
    ]);
    expect(cat.rows.at(-1)!.label).toBe('TỔNG CỘNG (I + II + III)');
  });

  it('never mentions cấp huyện, nor does any text of the workbook made from it', () => {
    expect(JSON.stringify(cat)).not.toMatch(/huyện/i);
    const texts = buildWorkbookPlan(cat).sheets.flatMap((s) =>
      s.cells.flatMap((c) => [c.value, c.formula]).filter((t): t is string => typeof t === 'string'),
    );
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => /huyện/i.test(t))).toEqual([]);
  });

  it('keeps level I of the 2024 form, without Kỷ niệm chương (moved to II)', () => {
    const l1 = (c: Catalogue) => membersOfLevel(c, 'I').map((r) => r.label);
    expect(l1(cat)).toEqual(l1(tongHopKhenThuong2024).filter((l) => !l.startsWith('Kỷ niệm chương')));
    expect(membersOfLevel(cat, 'II').map((r) => r.label)).toContain(
      'Bằng khen, Kỷ niệm chương của bộ, ngành, đoàn thể Trung ương',
    );
  });

  it('lists the commune awards with their subjects (Giấy khen to tập thể, cá nhân, hộ gia đình)', () => {
    const rows = membersOfLevel(cat, 'III').map((r) => [r.label, r.subjects.join(',')]);
    expect(rows).toEqual([
      ['Lao động tiên tiến', 'individual'],
      ['Chiến sĩ thi đua cơ sở', 'individual'],
      ['Tập thể lao động tiên tiến', 'collective'],
      ['Giấy khen của Chủ tịch UBND xã', 'collective,individual,household'],
      ['Thôn, tổ dân phố văn hóa', 'collective'],
      ['Gia đình văn hóa', 'household'],
    ]);
  });

  it('marks the four yearly titles', () => {
    expect(cat.rows.filter((r) => r.yearly).map((r) => r.label)).toEqual([
      'Danh hiệu Tập thể lao động xuất sắc, Đơn vị quyết thắng',
      'Lao động tiên tiến',
      'Chiến sĩ thi đua cơ sở',
      'Tập thể lao động tiên tiến',
    ]);
  });

  it('says who the leaders are under the new structure in its notes', () => {
    expect(cat.notes.join('\n')).toContain('Trưởng phòng, Phó Trưởng phòng thuộc UBND xã');
    expect(cat.notes.join('\n')).toContain('UBND xã, phường, đặc khu');
  });

  it('TỔNG CỘNG = I + II + III; rates from tập thể and cá nhân only', () => {
    const plan = buildWorkbookPlan(cat, { info: {}, documents: [], tally: {} });
    const total = tallyRowOf(cat, 'TOTAL');
    const f = sheetPlan(plan, 'tally').cells.find((c) => c.address === `E${total}`)!.formula;
    expect(f).toBe(`=SUM(E${tallyRowOf(cat, 'I')},E${tallyRowOf(cat, 'II')},E${tallyRowOf(cat, 'III')})`);
    const t = grandTotal(
      cat,
      computeTally(cat, {
        'III.4': { collective: 2, individual: 10, household: 30, directIndividual: 4 },
        'III.6': { household: 100 },
      }),
    );
    expect([t.individual, t.household, t.directIndividualRate]).toEqual([10, 130, 40]);
  });
});

describe('the form by period', () => {
  it.each([
    ['halfYear', 2024, '2024'],
    ['year', 2024, '2024'],
    ['halfYear', 2025, '2024'],
    ['year', 2025, '2025'],
    ['halfYear', 2026, '2025'],
    ['year', 2030, '2025'],
  ] as const)('%s %i → %s', (kind, year, version) => {
    expect(catalogueForPeriod({ kind, year }).version).toBe(version);
  });
});

describe('validating a 2025 workbook', () => {
  const build = (period: string, tally: Record<string, Record<string, number>>) =>
    planToGrids(buildWorkbookPlan(cat, inputsFromJson(cat, { info: { period, year: 2026 }, tally })));

  it('flags a Gia đình count on a row that has none', () => {
    const grids = build('Năm', { 'III.2': { individual: 3 } });
    setGridCell(grids.sheets['Biểu tổng hợp']!, `E${tallyRowOf(cat, 'III.2')}`, 2);
    const r = validateWorkbook(cat, grids);
    expect(r.findings.map((f) => [f.rule, f.address, f.level])).toContainEqual([
      'subject-not-allowed',
      `E${tallyRowOf(cat, 'III.2')}`,
      'III',
    ]);
  });

  it('flags SL lao động trực tiếp above its count', () => {
    const r = validateWorkbook(cat, build('Năm', { 'III.4': { individual: 3, directIndividual: 5 } }));
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.address])).toEqual([
      ['direct-exceeds-count', `H${tallyRowOf(cat, 'III.4')}`],
    ]);
  });

  it('warns (not errs) about a yearly title in a six-month tally, once per row', () => {
    const tally = { 'III.1': { individual: 18 }, 'III.3': { collective: 2 }, 'III.4': { individual: 4 } };
    const half = validateWorkbook(cat, build('6 tháng đầu năm', tally));
    expect(half.errors).toBe(0);
    const yearly = half.findings.filter((f) => f.rule === 'yearly-title-half-year');
    expect(yearly.map((f) => [f.severity, f.address])).toEqual([
      ['warning', `D${tallyRowOf(cat, 'III.1')}`],
      ['warning', `C${tallyRowOf(cat, 'III.3')}`],
    ]);
    expect(yearly[0]!.message).toContain('“Lao động tiên tiến” là danh hiệu xét tặng hằng năm');
    const annual = validateWorkbook(cat, build('Năm', tally));
    expect(annual.findings.filter((f) => f.rule === 'yearly-title-half-year')).toEqual([]);
  });

  describe('issue 23.4: in register mode the yearly-title warning points at the register lines behind the count', () => {
    const d = { decision: '12/QĐ-UBND', date: toExcelSerial({ year: 2026, month: 3, day: 2 }), authority: 'UBND xã' };
    const ltt = awardKey(
      cat,
      cat.rows.find((r) => r.id === 'III.1')!,
    );
    const giayKhen = awardKey(
      cat,
      cat.rows.find((r) => r.id === 'III.4')!,
    );
    const registerGrids = () => {
      const g = planToGrids(
        buildWorkbookPlan(cat, {
          ...emptyInputs(),
          info: { period: '6 tháng đầu năm', year: 2026 },
          register: [
            { ...d, award: ltt, subject: 'Cá nhân', name: 'Nông Văn A' },
            { ...d, award: giayKhen, kind: 'Khen chuyên đề', subject: 'Cá nhân', name: 'Hoàng Thị B' },
            { ...d, award: ltt, subject: 'Cá nhân', quantity: 3 },
          ],
        }),
      );
      recalculateRegister(cat, g);
      return g;
    };

    it('one warning at the first line of the title (not at the tally’s formula cell), naming every line', () => {
      const yearly = validateWorkbook(cat, registerGrids()).findings.filter((f) => f.rule === 'yearly-title-half-year');
      expect(yearly.map((f) => [f.sheet, f.address, f.level])).toEqual([[REGISTER_SHEET_NAME, 'E6', 'III']]);
      expect(yearly[0]!.message).toContain('(các dòng 6, 8)');
      expect(yearly[0]!.message).toContain('“Lao động tiên tiến” là danh hiệu xét tặng hằng năm');
    });

    it('a number typed over the title’s formula gives that one finding, no yearly warning on the same cell', () => {
      const g = registerGrids();
      setGridCell(g.sheets[TALLY_SHEET_NAME]!, `D${tallyRowOf(cat, 'III.1')}`, 9);
      recalculateRegister(cat, g);
      const here = validateWorkbook(cat, g).findings.filter(
        (f) => f.sheet === TALLY_SHEET_NAME && f.address === `D${tallyRowOf(cat, 'III.1')}`,
      );
      expect(here.map((f) => f.rule)).toEqual(['count-typed-over-register']);
    });
  });

  it('leaves the 2024 form without the yearly warning (nothing of it changes)', () => {
    const g = planToGrids(
      buildWorkbookPlan(
        tongHopKhenThuong2024,
        inputsFromJson(tongHopKhenThuong2024, {
          info: { period: '6 tháng đầu năm', year: 2024 },
          tally: { 'III.1': { individual: 18 } },
        }),
      ),
    );
    expect(validateWorkbook(tongHopKhenThuong2024, g).findings.map((f) => f.rule)).not.toContain(
      'yearly-title-half-year',
    );
  });
});

describe('catalogue files: the JSON Schema and the checker', () => {
  it.each([tongHopKhenThuong2024, cat])('built-in $version passes both', (c) => {
    expect(schemaValid(asJson(c)) ? [] : schemaValid.errors).toEqual([]);
    expect(checkCatalogue(asJson(c)).problems).toEqual([]);
    expect(checkCatalogue(asJson(c)).catalogue).toEqual(c);
  });

  it('the custom fixture (two extra rows, one renamed) passes both', () => {
    const text = fs.readFileSync(customFile, 'utf8');
    expect(schemaValid(JSON.parse(text)) ? [] : schemaValid.errors).toEqual([]);
    const { catalogue, problems } = parseCatalogue(text, { builtInKeys: Object.keys(CATALOGUES) });
    expect(problems).toEqual([]);
    expect(catalogueKey(catalogue!)).toBe('tong-hop-khen-thuong/2025-lang-son');
    expect(catalogue!.rows).toHaveLength(cat.rows.length + 2);
    // Exactly what a province's variant of the fixture changes: two extra rows, one renamed.
    const builtIn = new Map(cat.rows.map((r) => [r.id, r.label]));
    expect(catalogue!.rows.filter((r) => !builtIn.has(r.id)).map((r) => r.label)).toEqual([
      'Bằng khen của Ban Thường vụ Tỉnh ủy',
      'Giấy khen của Ban Chấp hành Đảng bộ xã',
    ]);
    expect(
      catalogue!.rows.filter((r) => builtIn.has(r.id) && builtIn.get(r.id) !== r.label).map((r) => r.label),
    ).toEqual(['Thôn, bản, tổ dân phố văn hóa']);
  });

  const base = () => JSON.parse(JSON.stringify(cat)) as { rows: Record<string, unknown>[] } & Record<string, unknown>;
  const at = (j: ReturnType<typeof base>, id: string) => j.rows.find((r) => r.id === id)!;
  const idx = (id: string) => cat.rows.findIndex((r) => r.id === id) + 1;

  const cases: [string, (j: ReturnType<typeof base>) => void, string, boolean][] = [
    [
      'an unknown subject',
      (j) => (at(j, 'III.4').subjects = ['collective', 'hogiadinh']),
      `Dòng thứ ${idx('III.4')} (“rows”, mã “III.4”, “Giấy khen của Chủ tịch UBND xã”): đối tượng “hogiadinh” không có`,
      true,
    ],
    [
      'a duplicate id',
      (j) => (at(j, 'III.5').id = 'III.4'),
      `Dòng thứ ${idx('III.5')} (“rows”, mã “III.4”, “Thôn, tổ dân phố văn hóa”): mã “III.4” bị trùng với dòng thứ ${idx('III.4')}`,
      false,
    ],
    [
      'a breakdown whose parent is missing',
      (j) => (at(j, 'III.4.dotXuat').parent = 'III.9'),
      `Dòng thứ ${idx('III.4.dotXuat')} (“rows”, mã “III.4.dotXuat”, “Khen đột xuất”): dòng “Trong đó” có “parent” = “III.9” nhưng không có`,
      false,
    ],
    [
      'a group inside a group',
      (j) => (at(j, 'I.5').parent = 'I.4a'),
      `Dòng thứ ${idx('I.5')} (“rows”, mã “I.5”, “Huân, Huy chương kháng chiến chống Mỹ”): nhóm (kind “group”) không được nằm trong nhóm khác`,
      true,
    ],
    [
      'a row with no subjects',
      (j) => (at(j, 'III.6').subjects = []),
      `Dòng thứ ${idx('III.6')} (“rows”, mã “III.6”, “Gia đình văn hóa”): không có đối tượng nào`,
      true,
    ],
  ];
  it.each(cases)('refuses %s, naming the row', (_what, mutate, message, schemaCatches) => {
    const j = base();
    mutate(j);
    const { catalogue, problems } = checkCatalogue(j);
    expect(catalogue).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
    expect(schemaValid(j)).toBe(!schemaCatches);
  });

  it('refuses a file that takes a built-in key, and text that is not JSON', () => {
    expect(checkCatalogue(asJson(cat), { builtInKeys: Object.keys(CATALOGUES) }).problems[0]).toContain(
      'là biểu mẫu có sẵn của chương trình',
    );
    expect(parseCatalogue('{ "formId": ').problems[0]).toMatch(/^Biểu mẫu: không phải JSON hợp lệ/);
  });
});

describe('the catalogue texts', () => {
  // Kept out of tests/text/words.test.ts: they name JSON fields ("rows", "kind"), which that
  // scan would take for English words. The same typography rules, here.
  const texts = Object.entries(CATALOGUE_TEXT).map(([k, v]) =>
    typeof v === 'function' ? [k, (v as (...a: unknown[]) => string)('X', 2, 'Y')] : [k, v],
  );
  it.each(texts)('%s: curly quotes, NFC', (_k, t) => {
    expect(t).not.toContain('"');
    expect(t).toBe(t!.normalize('NFC'));
  });
});
