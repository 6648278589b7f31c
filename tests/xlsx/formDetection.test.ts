/**
 * A workbook's form when its marker cannot say: found from the tally's own labels, then
 * the report period, or refused with the reason — never the 2024 default for a 2025
 * workbook (repair would rebuild it as the 2024 form and its counts would go).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  catalogueKey,
  CATALOGUE_SHEET_NAME,
  CATALOGUES,
  DEFAULT_CATALOGUE,
  detectCatalogue,
  INFO_SHEET_NAME,
  parseCatalogue,
  TALLY_SHEET_NAME,
  validateWorkbook,
} from '../../src/core';
import { INFO_MARKER_ROW, INFO_VALUE_COL } from '../../src/core/layout/info';
import { planToGrids, type MutableGrid } from '../../src/core/planToGrids';
import { TALLY_COLUMNS } from '../../src/core/layout/tally';
import { readWorkbookFile, repairWorkbookFile, XlsxFileError } from '../../src/hosts/xlsx';
import { EXAMPLES } from '../../scripts/make-example';
import { paperFormInputs } from '../helpers/paperForm';
import { editFile, tempDir } from './files';

const Y2024 = CATALOGUES['tong-hop-khen-thuong/2024']!;
const Y2025 = CATALOGUES['tong-hop-khen-thuong/2025']!;
const DONG_TAM = EXAMPLES[1]!.xlsx;
const MARKER = `B${INFO_MARKER_ROW}`;

function copy(file: string): string {
  const to = path.join(tempDir('tdkt-form-'), path.basename(file));
  fs.copyFileSync(file, to);
  return to;
}

const totals = (r: ReturnType<typeof validateWorkbook>) => {
  const t = r.computed!.get('TOTAL')!;
  return [t.collective, t.individual, t.household];
};

describe('issue 24.1: a cleared form marker does not switch the form', () => {
  it('issue 24.1: Đồng Tâm (2025) with “Mã biểu mẫu” emptied is read and repaired as the 2025 form, its totals kept', async () => {
    const original = await readWorkbookFile(DONG_TAM);
    const before = totals(validateWorkbook(original.catalogue, original.grids));
    expect(before).toEqual([56, 119, 2328]);
    const file = copy(DONG_TAM);
    await editFile(file, { [INFO_SHEET_NAME]: { [MARKER]: null } }, { recalc: false });

    const read = await readWorkbookFile(file);
    expect(read.catalogue).toBe(Y2025);
    expect(read.unknownForm).toBe(false);
    expect(totals(validateWorkbook(read.catalogue, read.grids))).toEqual(before);

    await repairWorkbookFile(file);
    const repaired = await readWorkbookFile(file);
    expect(repaired.formKey).toBe(catalogueKey(Y2025));
    const after = validateWorkbook(repaired.catalogue, repaired.grids);
    expect(totals(after)).toEqual(before);
    expect(after.errors).toBe(0);
  }, 60000);

  it('issue 24.1: Đồng Tâm with “Thông tin chung” deleted is still the 2025 form (the tally’s labels say so)', async () => {
    const file = copy(DONG_TAM);
    await editFile(
      file,
      {},
      { recalc: false, mutate: (wb) => wb.removeWorksheet(wb.getWorksheet(INFO_SHEET_NAME)!.id) },
    );
    const read = await readWorkbookFile(file);
    expect(read.catalogue).toBe(Y2025);
    expect(detectCatalogue(read.grids).basis).toBe('labels');
  }, 60000);

  it('issue 24.1: the form from the sheets’ labels, then the period; refused (with the reason) when neither tells', () => {
    const grids = (c = Y2025) => planToGrids(buildWorkbookPlan(c, { ...paperFormInputs(), tally: {} }));
    const clear = (g: { sheets: Record<string, MutableGrid> }) =>
      (g.sheets[INFO_SHEET_NAME]!.values[INFO_MARKER_ROW - 1]![INFO_VALUE_COL - 1] = '');
    // The labels: each form's own.
    for (const c of [Y2024, Y2025]) {
      const g = grids(c);
      clear(g);
      expect(detectCatalogue(g)).toMatchObject({ catalogue: c, basis: 'labels' });
    }
    // No labels left (the column cleared): the period decides — “Năm 2025” is the 2025 form, “6 tháng đầu năm 2025” the 2024 one.
    const blank = (g: { sheets: Record<string, MutableGrid> }) =>
      g.sheets[TALLY_SHEET_NAME]!.values.forEach((line) => {
        line[TALLY_COLUMNS.label - 1] = '';
        line[TALLY_COLUMNS.number - 1] = '';
      });
    const info = (g: { sheets: Record<string, MutableGrid> }, period: string, year: number | string) => {
      const v = g.sheets[INFO_SHEET_NAME]!.values;
      const row = (label: string) => v.findIndex((l) => l[0] === label);
      v[row('Kỳ báo cáo')]![1] = period;
      v[row('Năm')]![1] = year;
    };
    const g = grids();
    clear(g);
    blank(g);
    info(g, 'Năm', 2025);
    expect(detectCatalogue(g)).toMatchObject({ catalogue: Y2025, basis: 'period' });
    info(g, '6 tháng đầu năm', 2025);
    expect(detectCatalogue(g)).toMatchObject({ catalogue: Y2024, basis: 'period' });
    info(g, '', '');
    const refused = detectCatalogue(g);
    expect(refused.catalogue).toBeUndefined();
    expect(refused.problems).toEqual([expect.stringContaining(`${INFO_SHEET_NAME}!${MARKER}`)]);
  });

  it('issue 24.1: no marker and nothing to tell the form: repair refuses and says why, the file untouched', async () => {
    const file = copy(DONG_TAM);
    await editFile(
      file,
      { [INFO_SHEET_NAME]: { [MARKER]: null, B8: null, B9: null } },
      {
        recalc: false,
        mutate: (wb) =>
          wb.getWorksheet(TALLY_SHEET_NAME)!.eachRow((row) => {
            row.getCell(TALLY_COLUMNS.number).value = null;
            row.getCell(TALLY_COLUMNS.label).value = null;
          }),
      },
    );
    const read = await readWorkbookFile(file);
    expect(read.unknownForm).toBe(true);
    expect(read.formProblems?.[0]).toMatch(/Không xác định được biểu mẫu/);
    const bytes = fs.readFileSync(file);
    const error = await repairWorkbookFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxFileError);
    expect((error as XlsxFileError).problem).toBe('form-unknown');
    expect((error as Error).message).toMatch(/Kỳ báo cáo/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  }, 60000);

  it('issue 24.1: a cut-short carried catalogue: checked with the form its labels show, never repaired as the 2024 form', async () => {
    const json = fs.readFileSync(path.join(__dirname, '../../examples/catalogues/lang-son-2025.json'), 'utf8');
    const province = parseCatalogue(json, { builtInKeys: Object.keys(CATALOGUES) }).catalogue!;
    const file = path.join(tempDir('tdkt-form-'), 'lang-son.xlsx');
    const { createWorkbookFile } = await import('../../src/hosts/xlsx');
    await createWorkbookFile(file, { ...paperFormInputs(), tally: {} }, { catalogue: province });
    // The hidden sheet's JSON cut in half (a copy stopped short, a cell edited).
    await editFile(
      file,
      {},
      {
        recalc: false,
        mutate: (wb) => {
          const c = wb.getWorksheet(CATALOGUE_SHEET_NAME)!.getCell('B3');
          c.value = String(c.value).slice(0, 2000);
        },
      },
    );
    const read = await readWorkbookFile(file);
    expect(read.unknownForm).toBe(true);
    expect(read.catalogue).not.toBe(DEFAULT_CATALOGUE);
    expect(read.catalogue).toBe(Y2025);
    const error = await repairWorkbookFile(file).catch((e: unknown) => e);
    expect((error as XlsxFileError).problem).toBe('form-unknown');
  }, 60000);
});
