/**
 * A catalogue file (or the copy a workbook carries) is data from outside: its ids key the
 * tally and the maps built from it, its labels become SUMIFS criteria and formulas. These
 * tests pin what the checker, the schema and the maps do with hostile or careless files.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import {
  buildWorkbookPlan,
  checkCatalogue,
  detectCatalogue,
  emptyInputs,
  findCatalogue,
  grandTotal,
  inputsFromJson,
  REGISTER_FIRST_ROW,
  validateWorkbook,
  type Catalogue,
  type WorkbookInputsJson,
  type WorkbookPlan,
} from '../../src/core';
import { addTallies, computeTally } from '../../src/core/tally';
import { awardKey, kindLabel, tallyFromRegister, type RegisterLine } from '../../src/core/register';
import {
  CATALOGUE_LIMITS,
  isBuiltInCatalogue,
  LABEL_PATTERN,
  rowById,
  TEXT_PATTERN,
  tongHopKhenThuong2025 as cat,
  type CatalogueRow,
} from '../../src/core/catalogue';
import { planToGrids } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { registerCountFormula } from '../../src/core/layout/tally';

import { largestCatalogue, type JsonCatalogue } from '../helpers/catalogues';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schemas/catalogue.schema.json'), 'utf8'));
// ajv is in node_modules through the build tools (draft-07); tests only, not shipped.
const schemaValid = new Ajv({ allErrors: true }).compile(schema);

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

// ── issue 24.11 ──────────────────────────────────────────────────────────────

/**
 * What Excel's "Excel specifications and limits" page gives for formulas: "Length of
 * formula contents: 8,192 characters", "Nested levels of functions: 64", "Arguments in a
 * function: 255" (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
const EXCEL_LIMITS = { formulaChars: 8192, nesting: 64, arguments: 255 } as const;

/** A formula's deepest nesting of parentheses and most arguments of one call (string literals skipped). */
function formulaShape(f: string): { depth: number; args: number } {
  let depth = 0;
  let maxDepth = 0;
  let maxArgs = 0;
  const commas: number[] = [];
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch === '"') {
      // A literal ends at a quote not doubled.
      for (i++; i < f.length; i++) if (f[i] === '"' && f[++i] !== '"') break;
      i--;
      continue;
    }
    if (ch === '(') {
      depth++;
      maxDepth = Math.max(maxDepth, depth);
      commas.push(0);
    } else if (ch === ')') {
      const n = commas.pop()!;
      maxArgs = Math.max(maxArgs, f[i - 1] === '(' ? 0 : n + 1);
      depth--;
    } else if (ch === ',' && commas.length) commas[commas.length - 1]!++;
  }
  expect(depth).toBe(0);
  return { depth: maxDepth, args: maxArgs };
}

/** Every formula a plan holds: cells, conditional formats, validation sources. */
function planFormulas(plan: WorkbookPlan): string[] {
  const out: string[] = [];
  for (const s of plan.sheets) {
    for (const c of s.cells) if (c.formula !== undefined) out.push(c.formula);
    for (const cf of s.conditionalFormats) out.push(cf.formula);
    for (const v of s.validations) if (v.rule.type === 'listRange') out.push(v.rule.source);
  }
  return out;
}

describe('issue 24.11: catalogue files are trusted only within limits a real form never reaches', () => {
  it('issue 24.11: the schema says the same text rules as the checker (one pattern each)', () => {
    expect(schema.definitions.label.pattern).toBe(LABEL_PATTERN.source);
    expect(schema.definitions.text.pattern).toBe(TEXT_PATTERN.source);
    expect(schema.properties.rows.maxItems).toBe(CATALOGUE_LIMITS.rows);
    expect(schema.properties.levels.maxItems).toBe(CATALOGUE_LIMITS.levels);
    expect(schema.definitions.label.maxLength).toBe(CATALOGUE_LIMITS.label);
  });

  it('issue 24.11: 10,000 rows are refused in one sentence (nothing else read)', () => {
    const j = base();
    const award = rowAt(j, 'III.6');
    for (let k = 0; j.rows.length < 10_000; k++) j.rows.splice(j.rows.length - 1, 0, { ...award, id: `III.x${k}` });
    expect(checkCatalogue(j).problems).toEqual([
      'Biểu mẫu: “rows” có 10000 mục; tối đa 200 (một biểu mẫu thật không cần nhiều hơn).',
    ]);
    expect(schemaValid(j)).toBe(false);
  });

  const hostile: [string, (j: JsonCatalogue) => void, string][] = [
    [
      'a label starting with "="',
      (j) => (rowAt(j, 'III.6').label = '=Gia đình văn hóa'),
      '“label” không được bắt đầu bằng “=”',
    ],
    [
      'a label starting with "+"',
      (j) => (rowAt(j, 'III.6').label = '+Gia đình'),
      '“label” không được bắt đầu bằng “+”',
    ],
    ['a label starting with "-"', (j) => (rowAt(j, 'III.6').label = '-1+2'), '“label” không được bắt đầu bằng “-”'],
    ['a label starting with "@"', (j) => (rowAt(j, 'III.6').label = '@SUM(1)'), '“label” không được bắt đầu bằng “@”'],
    ['a label starting with "<"', (j) => (rowAt(j, 'III.6').label = '<>x'), '“label” không được bắt đầu bằng “<”'],
    ['a label starting with a space', (j) => (rowAt(j, 'III.6').label = ' =1'), 'không được bắt đầu bằng khoảng trắng'],
    [
      'a 9,000-character label',
      (j) => (rowAt(j, 'III.6').label = 'G'.repeat(9000)),
      '“label” dài 9000 ký tự; tối đa 200.',
    ],
    [
      'a control character in a label',
      (j) => (rowAt(j, 'III.6').label = 'Gia đình\u0007 văn hóa'),
      '“label” có ký tự điều khiển',
    ],
    ['a line break in a label', (j) => (rowAt(j, 'III.6').label = 'Gia đình\nvăn hóa'), '“label” có ký tự điều khiển'],
    [
      'a zero-width space in a label',
      (j) => (rowAt(j, 'III.6').label = 'Gia đình\u200B văn hóa'),
      '“label” có ký tự điều khiển',
    ],
    [
      'a direction override in an alias',
      (j) => (rowAt(j, 'III.6').aliases = ['Gia \u202Eđình']),
      '“aliases” có ký tự điều khiển',
    ],
    [
      'a Loại starting with "="',
      (j) => (rowAt(j, 'III.4.dotXuat').label = 'Trong đó: =1+1'),
      '“label” không được bắt đầu bằng “=”',
    ],
    [
      'a short name starting with "="',
      (j) => (j.levels[2]!.shortName = '=xã'),
      '“shortName” không được bắt đầu bằng “=”',
    ],
    [
      'a 41-character short name',
      (j) => (j.levels[2]!.shortName = 'x'.repeat(41)),
      '“shortName” dài 41 ký tự; tối đa 40.',
    ],
    [
      'a title starting with "="',
      (j) => (j.title = '=HYPERLINK("http://x","y")'),
      '“title” không được bắt đầu bằng “=”',
    ],
    [
      'a control character in a note',
      (j) => ((j.notes as string[])[1] = 'Ghi\u0000chú'),
      '“notes[2]” có ký tự điều khiển',
    ],
    ['21 notes', (j) => (j.notes = Array.from({ length: 21 }, () => 'x')), '“notes” có 21 mục; tối đa 20'],
    [
      '11 aliases',
      (j) => (rowAt(j, 'III.6').aliases = Array.from({ length: 11 }, (_, k) => `x${k}`)),
      '“aliases” có 11 mục; tối đa 10',
    ],
    [
      '11 levels',
      (j) =>
        j.levels.push(...Array.from({ length: 8 }, (_, k) => ({ id: `L${k}`, label: `L${k}`, shortName: `l${k}` }))),
      '“levels” có 11 mục; tối đa 10',
    ],
    ['a 65-character version', (j) => (j.version = 'v'.repeat(65)), '“version” dài 65 ký tự; tối đa 64.'],
  ];
  it.each(hostile)('issue 24.11: refuses %s, in the checker and the schema', (_what, mutate, message) => {
    const j = base();
    mutate(j);
    const { catalogue, problems } = checkCatalogue(j);
    expect(catalogue).toBeUndefined();
    expect(problems.join('\n')).toContain(message);
    expect(schemaValid(j)).toBe(false);
  });

  it('issue 24.11: a lone surrogate (invalid text, only in the checker: a schema pattern cannot see it) is refused', () => {
    const j = base();
    rowAt(j, 'III.6').label = 'Gia đình \uD800';
    expect(checkCatalogue(j).problems.join('\n')).toContain('“label” có ký tự điều khiển');
  });

  it('issue 24.11: labels may still hold what real forms print ("+" notes, "-" numbers, quotes and parentheses inside)', () => {
    const j = base();
    rowAt(j, 'III.6').label = 'Gia đình “văn hóa” (tiêu biểu) - 5 năm';
    expect(checkCatalogue(j).problems).toEqual([]);
    expect(schemaValid(j)).toBe(true);
  });

  it('issue 24.11: the largest allowed catalogue keeps every formula within Excel’s limits, and its new workbook passes its own validate', () => {
    const json = largestCatalogue();
    expect(json.rows).toHaveLength(CATALOGUE_LIMITS.rows);
    expect(json.levels).toHaveLength(CATALOGUE_LIMITS.levels);
    const { catalogue, problems } = checkCatalogue(json);
    expect(problems).toEqual([]);
    expect(schemaValid(json) ? [] : schemaValid.errors).toEqual([]);
    const c = catalogue!;
    const lines: RegisterLine[] = [
      { award: awardKey(c, rowById(c, 'I.0')!), subject: 'Cá nhân', quantity: 3, direct: 'x' },
      { award: awardKey(c, rowById(c, 'I.b')!), kind: kindLabel(rowById(c, 'I.b.8')!), subject: 'Tập thể' },
      { award: awardKey(c, rowById(c, 'I.g.19')!), subject: 'Gia đình', quantity: 2 },
      { award: awardKey(c, rowById(c, 'X.1')!), subject: 'Cá nhân' },
    ].map((l, i) => ({ ...l, row: REGISTER_FIRST_ROW + i }));
    const plans = [
      buildWorkbookPlan(c, { ...emptyInputs(), register: lines }),
      buildWorkbookPlan(c, { info: {}, documents: [], tally: { 'I.0': { individual: 3 } }, tallySource: 'typed' }),
    ];
    let longest = 0;
    for (const plan of plans) {
      for (const f of planFormulas(plan)) {
        longest = Math.max(longest, f.length);
        expect(f.length).toBeLessThanOrEqual(EXCEL_LIMITS.formulaChars);
        const shape = formulaShape(f);
        expect(shape.depth).toBeLessThanOrEqual(EXCEL_LIMITS.nesting);
        expect(shape.args).toBeLessThanOrEqual(EXCEL_LIMITS.arguments);
      }
    }
    // The labels did reach the formulas (two criteria, quotes doubled, twice over).
    expect(longest).toBeGreaterThan(1500);
    const grids = planToGrids(plans[0]!);
    const found = detectCatalogue(grids);
    expect(found.catalogue).toEqual(c);
    const v = validateWorkbook(c, grids);
    expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const total = grandTotal(c, v.computed!);
    expect([total.collective, total.individual, total.household, total.directIndividual]).toEqual([1, 4, 2, 3]);
  });
});
