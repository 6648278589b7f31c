/** Issue 15 items 1 and 4: our sheets are found by their content, not only by their name. */
import {
  AmbiguousSheetsError,
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  INFO_SHEET_NAME,
  planRepair,
  TALLY_SHEET_NAME,
  validateWorkbook,
} from '../../src/core';
import { DOCUMENTS_SHEET_NAME } from '../../src/core/layout/documents';
import { planToGrids, type MutableGrid } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { NARRATIVE_SHEET_NAME } from '../../src/core/layout/narrative';
import { reportFromWorkbook } from '../../src/core/report/build';
import { paperFormInputs } from '../helpers/paperForm';

const fresh = () => planToGrids(buildWorkbookPlan(cat, paperFormInputs()));

function rename(g: { sheets: Record<string, MutableGrid> }, from: string, to: string): void {
  g.sheets[to] = g.sheets[from]!;
  delete g.sheets[from];
}

describe('regression (issue 15 item 1): a renamed tally sheet gives an empty tally', () => {
  it.each(['Biểu tổng hợp ', 'Biểu tổng hợp (2)', 'Bieu tong hop', 'Sheet3'])(
    'repair adopts “%s” (its name restored, its counts kept) instead of adding an empty tally',
    (name) => {
      const g = fresh();
      rename(g, TALLY_SHEET_NAME, name);
      const repair = planRepair(cat, g);
      expect([...repair.renamed]).toEqual([[TALLY_SHEET_NAME, name]]);
      expect(repair.displaced).toEqual([]);
      expect(readWorkbookInputs(cat, planToGrids(repair.plan)).inputs.tally).toEqual(paperFormInputs().tally);
    },
  );

  it('validate names the renamed sheet as an error, not “sheet missing” nor a clean empty tally', () => {
    const g = fresh();
    rename(g, TALLY_SHEET_NAME, 'Sheet3');
    const r = validateWorkbook(cat, g);
    expect(r.findings.map((f) => f.rule)).toContain('sheet-renamed');
    expect(r.findings.find((f) => f.rule === 'sheet-renamed')!.message).toContain('“Sheet3”');
    expect(r.errors).toBeGreaterThan(0);
  });

  it('adopts a renamed “Thông tin chung” (the header data kept)', () => {
    const g = fresh();
    rename(g, INFO_SHEET_NAME, 'Thong tin chung');
    const repair = planRepair(cat, g);
    expect([...repair.renamed]).toEqual([[INFO_SHEET_NAME, 'Thong tin chung']]);
    expect(readWorkbookInputs(cat, planToGrids(repair.plan)).inputs.info).toEqual(paperFormInputs().info);
  });

  it('refuses to guess between two look-alikes, naming both', () => {
    const g = fresh();
    g.sheets['Biểu tổng hợp (2)'] = structuredClone(g.sheets[TALLY_SHEET_NAME]!);
    rename(g, TALLY_SHEET_NAME, 'Sheet3');
    let error: unknown;
    try {
      planRepair(cat, g);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AmbiguousSheetsError);
    expect((error as AmbiguousSheetsError).ambiguous).toEqual([
      { sheet: TALLY_SHEET_NAME, candidates: expect.arrayContaining(['Sheet3', 'Biểu tổng hợp (2)']) },
    ]);
  });

  it('an empty tally while a look-alike sheet holds numbers is an error, not a clean result', () => {
    const g = fresh();
    g.sheets['Biểu tổng hợp (2)'] = g.sheets[TALLY_SHEET_NAME]!;
    // An empty hand-typed tally (a new workbook's follows the register, whose emptiness is its own finding).
    g.sheets[TALLY_SHEET_NAME] = planToGrids(
      buildWorkbookPlan(cat, { info: {}, documents: [], tally: {}, tallySource: 'typed' }),
    ).sheets[TALLY_SHEET_NAME]!;
    const r = validateWorkbook(cat, g);
    expect(r.findings.map((f) => f.rule)).toContain('tally-empty-elsewhere');
    expect(r.findings.map((f) => f.rule)).not.toContain('tally-empty');
    expect(r.errors).toBeGreaterThan(0);
  });
});

describe('regression (issue 15 item 4): “Phụ lục I” or “Nội dung báo cáo” renamed or missing', () => {
  it('a renamed Phụ lục I is a validate finding, a report check, and adopted by repair', () => {
    const g = fresh();
    rename(g, DOCUMENTS_SHEET_NAME, 'PL1');
    expect(validateWorkbook(cat, g).findings.map((f) => [f.rule, f.sheet])).toContainEqual([
      'sheet-renamed',
      DOCUMENTS_SHEET_NAME,
    ]);
    expect(reportFromWorkbook(g).findings.map((f) => f.sheet)).toContain(DOCUMENTS_SHEET_NAME);
    const repair = planRepair(cat, g);
    expect([...repair.renamed]).toEqual([[DOCUMENTS_SHEET_NAME, 'PL1']]);
    expect(readWorkbookInputs(cat, planToGrids(repair.plan)).inputs.documents).toEqual(paperFormInputs().documents);
  });

  it('a deleted Nội dung báo cáo is a warning in validate and in the report’s checks', () => {
    const g = fresh();
    delete g.sheets[NARRATIVE_SHEET_NAME];
    const r = validateWorkbook(cat, g);
    expect(r.findings.map((f) => [f.rule, f.sheet])).toContainEqual(['companion-missing', NARRATIVE_SHEET_NAME]);
    const report = reportFromWorkbook(g);
    expect(report.findings.map((f) => [f.code, f.sheet])).toContainEqual(['workbook-check', NARRATIVE_SHEET_NAME]);
  });

  it('a renamed Nội dung báo cáo keeps its text through repair', () => {
    const g = fresh();
    rename(g, NARRATIVE_SHEET_NAME, 'Noi dung');
    const repair = planRepair(cat, g);
    expect([...repair.renamed]).toEqual([[NARRATIVE_SHEET_NAME, 'Noi dung']]);
    expect(readWorkbookInputs(cat, planToGrids(repair.plan)).inputs.narrative).toEqual(
      readWorkbookInputs(cat, fresh()).inputs.narrative,
    );
  });
});
