/**
 * A catalogue file (or the copy a workbook carries) is data from outside: its ids key the
 * tally and the maps built from it, its labels become SUMIFS criteria and formulas. These
 * tests pin what the checker, the schema and the maps do with hostile or careless files.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import {
  addTallies,
  buildWorkbookPlan,
  checkCatalogue,
  computeTally,
  detectCatalogue,
  findCatalogue,
  grandTotal,
  inputsFromJson,
  isBuiltInCatalogue,
  planToGrids,
  readWorkbookInputs,
  registerCountFormula,
  tallyFromRegister,
  tongHopKhenThuong2025 as cat,
  validateWorkbook,
  type Catalogue,
  type CatalogueRow,
  type WorkbookInputsJson,
} from '../../src/core';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schemas/catalogue.schema.json'), 'utf8'));
// ajv is in node_modules through the build tools (draft-07); tests only, not shipped.
const schemaValid = new Ajv({ allErrors: true }).compile(schema);

type JsonCatalogue = { rows: Record<string, unknown>[]; levels: Record<string, unknown>[] } & Record<string, unknown>;
/** The built-in 2025 form as a province's file (its own key, so the checker takes it). */
const base = (): JsonCatalogue => ({ ...JSON.parse(JSON.stringify(cat)), version: '2025-thu' });
const rowAt = (j: JsonCatalogue, id: string) => j.rows.find((r) => r.id === id)!;
const idx = (id: string) => cat.rows.findIndex((r) => r.id === id) + 1;

/** Object.prototype as it was before a test: nothing may be added to it. */
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const PROTO_BEFORE = protoKeys();
afterEach(() => {
  expect(protoKeys()).toEqual(PROTO_BEFORE);
  expect(({} as Record<string, unknown>).collective).toBeUndefined();
});

/** The 2025 form with two award rows renamed, as if no checker had seen it (a Catalogue object). */
function withIds(ids: Record<string, string>): Catalogue {
  const rename = (id: string | undefined) => (id === undefined ? undefined : (ids[id] ?? id));
  return {
    ...cat,
    version: '2025-ids',
    rows: cat.rows.map(
      (r) => ({ ...r, id: rename(r.id)!, ...(r.parent ? { parent: rename(r.parent) } : {}) }) as CatalogueRow,
    ),
  };
}

describe('issue 24.8: prototype pollution through catalogue row ids', () => {
  it('issue 24.8: a catalogue row id "__proto__" is refused by the checker and the schema, naming the row', () => {
    const j = base();
    rowAt(j, 'III.5').id = '__proto__';
    const { catalogue, problems } = checkCatalogue(j);
    expect(catalogue).toBeUndefined();
    expect(problems).toEqual([
      `Dòng thứ ${idx('III.5')} (“rows”, mã “__proto__”, “Thôn, tổ dân phố văn hóa”): mã “__proto__” không hợp lệ: chỉ dùng chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới, bắt đầu bằng chữ hoặc số, tối đa 64 ký tự (ví dụ “III.7”).`,
    ]);
    expect(schemaValid(j)).toBe(false);
  });

  it.each(['__proto__', 'con structor', '', 'a'.repeat(65), '.III', 'III\n'])(
    'issue 24.8: the id %j is refused by both',
    (id) => {
      const j = base();
      rowAt(j, 'III.6').id = id;
      expect(checkCatalogue(j).catalogue).toBeUndefined();
      expect(schemaValid(j)).toBe(false);
    },
  );

  it('issue 24.8: a level id "__proto__" is refused by both', () => {
    const j = base();
    j.levels[2]!.id = '__proto__';
    for (const r of j.rows) if (r.level === 'III') r.level = '__proto__';
    rowAt(j, 'III').id = '__proto__';
    expect(checkCatalogue(j).problems.some((p) => p.includes('mã “__proto__” không hợp lệ'))).toBe(true);
    expect(schemaValid(j)).toBe(false);
  });

  it('issue 24.8: ids that pass the pattern but name Object members ("constructor", "toString") work like any id', () => {
    const j = base();
    rowAt(j, 'III.5').id = 'constructor';
    rowAt(j, 'III.6').id = 'toString';
    const { catalogue, problems } = checkCatalogue(j);
    expect(problems).toEqual([]);
    const c = catalogue!;
    const data = JSON.parse(
      '{ "info": { "period": "Năm", "year": 2025 }, "tally": { "constructor": { "collective": 4 }, "toString": { "household": 7 } } }',
    ) as WorkbookInputsJson;
    const inputs = inputsFromJson(c, data);
    expect(Object.getPrototypeOf(inputs.tally)).toBeNull();
    expect(inputs.tally.constructor).toEqual({ collective: 4 });
    const total = grandTotal(c, computeTally(c, inputs.tally));
    expect([total.collective, total.household]).toEqual([4, 7]);
    // Read back from the sheet, validated, added up: the counts stay theirs.
    const grids = planToGrids(buildWorkbookPlan(c, inputs));
    expect(readWorkbookInputs(c, grids).inputs.tally.constructor).toEqual({ collective: 4 });
    const v = validateWorkbook(c, grids);
    expect(v.errors).toBe(0);
    expect(grandTotal(c, v.computed!).collective).toBe(4);
    expect(addTallies([inputs.tally, inputs.tally]).toString).toEqual({ household: 14 });
  });

  it('issue 24.8: a catalogue that slipped past the checker with "__proto__" ids writes nothing to Object.prototype and keeps its counts', () => {
    const c = withIds({ 'III.5': '__proto__', 'III.6': 'constructor' });
    // JSON.parse makes "__proto__" an own key, as a data file read from disk has it.
    const data = JSON.parse(
      '{ "tally": { "__proto__": { "collective": 3 }, "constructor": { "household": 2 } } }',
    ) as WorkbookInputsJson;
    const inputs = inputsFromJson(c, data);
    expect(Object.keys(inputs.tally).sort()).toEqual(['__proto__', 'constructor']);
    const total = grandTotal(c, computeTally(c, inputs.tally));
    expect([total.collective, total.household]).toEqual([3, 2]);
    const grids = planToGrids(buildWorkbookPlan(c, inputs));
    const read = readWorkbookInputs(c, grids).inputs.tally;
    expect(Object.keys(read).sort()).toEqual(['__proto__', 'constructor']);
    const v = validateWorkbook(c, grids);
    expect([grandTotal(c, v.computed!).collective, grandTotal(c, v.computed!).household]).toEqual([3, 2]);
    // The register's twin of the SUMIFS formulas too.
    const fromLines = tallyFromRegister(c, [
      { award: 'Thôn, tổ dân phố văn hóa (cấp xã)', subject: 'Tập thể', quantity: 5 },
    ]);
    expect(Object.getOwnPropertyDescriptor(fromLines, '__proto__')?.value).toMatchObject({ collective: 5 });
  });

  it('issue 24.8: a workbook carrying a catalogue with a "__proto__" row is said broken, not taken', () => {
    const c = withIds({ 'III.5': '__proto__' });
    const grids = planToGrids(buildWorkbookPlan(c));
    const found = detectCatalogue(grids);
    expect(found.catalogue).toBeUndefined();
    expect(found.problems!.join('\n')).toContain('mã “__proto__” không hợp lệ');
  });

  it('issue 24.8: a marker naming an Object member is no built-in form', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(findCatalogue(key)).toBeUndefined();
    }
    expect(isBuiltInCatalogue({ formId: 'constructor', version: '' } as Catalogue)).toBe(false);
  });
});

describe('issue 24.7: a catalogue repeating an award label within a level', () => {
  it('issue 24.7: two rows of one level with one label are refused, naming both rows (the sheet would count a line in both)', () => {
    const j = base();
    rowAt(j, 'III.6').label = 'Thôn, tổ dân phố văn hóa';
    const { catalogue, problems } = checkCatalogue(j);
    expect(catalogue).toBeUndefined();
    expect(problems).toEqual([
      `Dòng thứ ${idx('III.6')} (“rows”, mã “III.6”, “Thôn, tổ dân phố văn hóa”): nhãn “Thôn, tổ dân phố văn hóa” trùng với dòng thứ ${idx('III.5')} cùng cấp; mỗi dòng trong một cấp cần một nhãn riêng (nếu không, biểu tổng hợp cộng mỗi dòng của danh sách khen thưởng vào cả hai).`,
    ]);
    // Why: both rows' register formulas would be the same SUMIFS, so one line counts twice.
    const twin: Catalogue = {
      ...cat,
      rows: cat.rows.map((r) => (r.id === 'III.6' ? { ...r, label: 'Thôn, tổ dân phố văn hóa' } : r)),
    };
    const row = (id: string) => twin.rows.find((r) => r.id === id)!;
    expect(registerCountFormula(twin, row('III.6'), 'collective')).toBe(
      registerCountFormula(twin, row('III.5'), 'collective'),
    );
  });

  it('issue 24.7: labels are compared as the sheet matches them: case, spacing and punctuation spacing do not make them differ', () => {
    const j = base();
    rowAt(j, 'III.6').label = 'THÔN,  tổ dân phố văn hóa ';
    expect(checkCatalogue(j).problems).toHaveLength(1);
  });

  it('issue 24.7: two "Trong đó" lines of one award with one Loại are refused; the same Loại under two awards is not', () => {
    const j = base();
    rowAt(j, 'III.4.dotXuat').label = 'Trong đó: Khen chuyên đề';
    const { problems } = checkCatalogue(j);
    expect(problems).toEqual([
      `Dòng thứ ${idx('III.4.dotXuat')} (“rows”, mã “III.4.dotXuat”, “Trong đó: Khen chuyên đề”): loại “Khen chuyên đề” trùng với dòng thứ ${idx('III.4.chuyenDe')} của cùng hình thức khen thưởng; mỗi dòng “Trong đó” cần một loại riêng.`,
    ]);
    // The built-in form repeats "Khen chuyên đề" under several awards and labels across levels.
    expect(checkCatalogue(base()).problems).toEqual([]);
  });

  it('issue 24.7: two levels with one short name are refused (the register would name their awards alike)', () => {
    const j = base();
    j.levels[2]!.shortName = 'Bộ, ngành, tỉnh';
    expect(checkCatalogue(j).problems).toEqual([
      'Cấp thứ 3 (“levels”, mã “III”): tên ngắn “Bộ, ngành, tỉnh” trùng với cấp “II”; danh sách khen thưởng phân biệt các cấp bằng tên ngắn (“Giấy khen (cấp xã)”), nên mỗi cấp cần một tên ngắn riêng.',
    ]);
  });
});
