/**
 * One plan, two renderers: a workbook made by `tdkt create` (exceljs, written to a real
 * .xlsx and read back) and one made by the add-in (Excel JS API, through the fake) hold
 * the same cells, merges, names, protection and locked/unlocked cells. Files made by
 * either are interchangeable — for both built-in forms and a province's catalogue file
 * (whose very hidden catalogue sheet both make alike).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  buildWorkbookPlan,
  catalogueKey,
  CATALOGUE_SHEET_NAME,
  detectCatalogue,
  parseCatalogue,
  type Catalogue,
} from '../../src/core';
import { tongHopKhenThuong2024, tongHopKhenThuong2025 } from '../../src/core/catalogue';
import { runCli } from '../../src/cli/main';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { renderSheet as renderExcelSheet } from '../../src/hosts/excel/render';
import { renderWorkbook } from '../../src/hosts/xlsx/render';
import { createWorkbookFile, readGrids } from '../../src/hosts/xlsx';
import { FakeWorkbook } from '../fakes/excel';
import { paperFormInputs } from '../helpers/paperForm';
import { fakeFormats, fakeRules, planFormats, planRules, xlsxFormats, xlsxRules } from './rulesReadBack';

const CUSTOM_FILE = path.join(__dirname, '../../examples/catalogues/lang-son-2025.json');
const custom = parseCatalogue(fs.readFileSync(CUSTOM_FILE, 'utf8')).catalogue!;

/** The form, the `tdkt create` options that make it, and what the add-in's create is given. */
const FORMS: readonly [string, Catalogue, string[], { form?: string; catalogue?: Catalogue }][] = [
  ['tong-hop-khen-thuong/2024', tongHopKhenThuong2024, ['--form', 'tong-hop-khen-thuong/2024'], {}],
  [
    'tong-hop-khen-thuong/2025',
    tongHopKhenThuong2025,
    ['--form', 'tong-hop-khen-thuong/2025'],
    { form: 'tong-hop-khen-thuong/2025' },
  ],
  ['a catalogue file (2025-lang-son)', custom, ['--catalogue', CUSTOM_FILE], { catalogue: custom }],
];

/**
 * Number values JSON would blur (NaN, ±Infinity and null all print "null", -0 prints "0"),
 * and undefined, tagged so that they differ from anything else.
 */
const exact = (_key: string, v: unknown) =>
  v === undefined
    ? '#undefined'
    : typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))
      ? `#${Object.is(v, -0) ? '-0' : v}`
      : v;

/**
 * expect(actual).toEqual(expected) for long lists (the register's per-cell rules: 180,000 at
 * its capacity, where toEqual took several times as long as building them; docs/QUALITY.md):
 * their exact JSON is compared first, and toEqual, with its readable diff, runs only when they
 * differ. Equal JSON (same keys in the same order, the tagged values above) means toEqual
 * passes too.
 */
function expectSameList<T>(actual: readonly T[], expected: readonly T[]): void {
  expect(actual.length).toBe(expected.length);
  if (JSON.stringify(actual, exact) !== JSON.stringify(expected, exact)) expect(actual).toEqual(expected);
}

describe.each(FORMS)('tdkt create and the add-in make the same workbook: %s', (_name, cat, cliOptions, paneOptions) => {
  const plan = buildWorkbookPlan(cat);
  let file: ExcelJS.Workbook;
  let fake: FakeWorkbook;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-parity-'));
    const p = path.join(dir, 'created.xlsx');
    expect(await runCli(['create', p, ...cliOptions], { out: () => undefined, err: () => undefined })).toBe(0);
    file = new ExcelJS.Workbook();
    await file.xlsx.readFile(p);
    fake = new FakeWorkbook([]);
    await createExcelWorkbookHost(fake.run).create(paneOptions);
  });

  it('is the form asked for, known again from the workbook alone', () => {
    expect(catalogueKey(detectCatalogue(readGrids(file, plan)).catalogue!)).toBe(catalogueKey(cat));
    const carried = cat === custom;
    expect(fake.sheet(CATALOGUE_SHEET_NAME)?.visibility).toBe(carried ? 'VeryHidden' : undefined);
    expect(file.getWorksheet(CATALOGUE_SHEET_NAME)?.state).toBe(carried ? 'veryHidden' : undefined);
  });

  it('has the same sheets in the same order', () => {
    expect(fake.sheets.map((s) => s.name)).toEqual(file.worksheets.map((w) => w.name));
  });

  it.each(plan.sheets.map((s) => [s.name, s] as const))('%s: same formulas and constants, cell for cell', (name, s) => {
    const fromFile = readGrids(file, plan).sheets[name]!;
    const fromFake = fake.sheet(name)!.read(s.readExtent);
    const rows = fromFake.formulas.length;
    const cols = fromFake.formulas[0]!.length;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const a = fromFile.formulas?.[r]?.[c] ?? '';
        const b = fromFake.formulas[r]![c] ?? '';
        if (a !== b)
          throw new Error(`${name} row ${r + 1} col ${c + 1}: file ${JSON.stringify(a)} ≠ add-in ${JSON.stringify(b)}`);
      }
    }
    expect(fromFile.formulas?.length).toBeGreaterThanOrEqual(rows);
  });

  it.each(plan.sheets.map((s) => [s.name, s] as const))('%s: same merges, protection and unlocked cells', (name, s) => {
    const ws = file.getWorksheet(name)!;
    const fileMerges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).length;
    expect(fake.sheet(name)!.merges).toHaveLength(s.merges.length);
    expect(fileMerges).toBe(s.merges.length);
    expect(Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet)).toBe(
      fake.sheet(name)!.protection.protected,
    );
    for (const c of s.cells) {
      const fileLocked = ws.getCell(c.address).protection?.locked !== false;
      expect([c.address, fileLocked]).toEqual([c.address, fake.sheet(name)!.cell(c.address)!.locked]);
    }
  });

  it('defines the same TDKT_* names, pointing at the same cells', () => {
    const fakeNames = Object.fromEntries(
      [...fake.names.entries()].map(([k, v]) => [k, v.replace(/[$']/g, '').replace(/^=/, '')]),
    );
    const fileNames: Record<string, string> = {};
    for (const n of plan.names) {
      const ranges = file.definedNames.getRanges(n.name).ranges;
      fileNames[n.name] = (ranges[0] ?? '').replace(/[$']/g, '');
    }
    expect(fakeNames).toEqual(fileNames);
  });
});

it('a filled file and the filled plan read back to the same inputs', async () => {
  const cat = tongHopKhenThuong2024;
  const plan = buildWorkbookPlan(cat);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-parity-'));
  const p = path.join(dir, 'filled.xlsx');
  await createWorkbookFile(p, paperFormInputs());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p);
  const { readWorkbookInputs } = await import('../../src/core/workbook/read');
  expect(readWorkbookInputs(cat, readGrids(wb, plan)).inputs.tally).toEqual(paperFormInputs().tally);
});

/**
 * Data validation and conditional formats, read back. Regression: the .xlsx date rule of
 * "Ngày báo cáo" was written as day numbers where exceljs expects Dates, so the file said
 * "between 01/01/1970 00:00:36 and 00:01:13" and Excel refused every real date.
 */
describe.each(FORMS)(
  'every data-validation rule and conditional format, read back, equals the plan: %s',
  (_name, cat, cliOptions, paneOptions) => {
    const plan = buildWorkbookPlan(cat);
    let file: ExcelJS.Workbook;
    let fake: FakeWorkbook;

    beforeAll(async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-parity-rules-'));
      const p = path.join(dir, 'created.xlsx');
      expect(await runCli(['create', p, ...cliOptions], { out: () => undefined, err: () => undefined })).toBe(0);
      file = new ExcelJS.Workbook();
      await file.xlsx.readFile(p);
      fake = new FakeWorkbook([]);
      await createExcelWorkbookHost(fake.run).create(paneOptions);
    });

    it('the plan has rules to compare (a date rule among them)', () => {
      const all = plan.sheets.flatMap((s) => s.validations);
      expect(all.some((v) => v.rule.type === 'date')).toBe(true);
      expect(plan.sheets.flatMap((s) => s.conditionalFormats).length).toBeGreaterThan(0);
    });

    it.each(plan.sheets.map((s) => [s.name, s] as const))('%s: data validation from the .xlsx', (name, s) => {
      expectSameList(xlsxRules(file.getWorksheet(name)!), planRules(s));
    });

    it.each(plan.sheets.map((s) => [s.name, s] as const))('%s: data validation from the add-in', (name, s) => {
      expectSameList(fakeRules(fake.sheet(name)!), planRules(s));
    });

    it.each(plan.sheets.map((s) => [s.name, s] as const))('%s: conditional formats from the .xlsx', (name, s) => {
      expect(xlsxFormats(file.getWorksheet(name)!)).toEqual(planFormats(s));
    });

    it.each(plan.sheets.map((s) => [s.name, s] as const))('%s: conditional formats from the add-in', (name, s) => {
      expect(fakeFormats(fake.sheet(name)!)).toEqual(planFormats(s));
    });

    it('the report date accepts the dates of the plan, from 01/01/2000 to 31/12/2100, in the .xlsx', () => {
      const date = xlsxRules(file.getWorksheet(plan.sheets.find((s) => s.key === 'info')!.name)!).find(
        (r) => r.type === 'date',
      );
      expect(date?.bounds).toEqual(['2000-01-01', '2100-12-31']);
    });
  },
);

/** Print setup read back (issue 14, item 6): black and white, and the plan's manual page breaks. */
describe('the print setup, from the .xlsx and from the add-in, equals the plan', () => {
  const plan = buildWorkbookPlan(tongHopKhenThuong2024);
  const tally = plan.sheets.find((s) => s.key === 'tally')!;
  const withBreaks = { ...tally, print: { ...tally.print, rowBreaks: [32, 48] } };

  it('the plan prints every sheet black and white', () => {
    expect(plan.sheets.every((s) => s.print.blackAndWhite)).toBe(true);
  });

  it('.xlsx: blackAndWhite and a break before each planned row', async () => {
    const wb = await renderWorkbook(ExcelJS, { ...plan, sheets: [withBreaks] });
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    // <brk id="31"/> is a break after row 31, i.e. before row 32.
    expect([...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1)).toEqual([32, 48]);
    expect(xml).toMatch(/<pageSetup[^>]*blackAndWhite="1"/);
  });

  it('add-in: pageLayout.blackAndWhite and horizontalPageBreaks.add before each planned row', async () => {
    const wb = new FakeWorkbook([]);
    await wb.run(async (ctx) => {
      renderExcelSheet(ctx.workbook.worksheets.add(tally.name), withBreaks, plan.styles);
      await ctx.sync();
    });
    expect(wb.sheet(tally.name)!.rowBreaks).toEqual([32, 48]);
    expect(wb.sheet(tally.name)!.pageLayout.blackAndWhite).toBe(true);
  });
});
