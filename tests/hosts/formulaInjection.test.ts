/**
 * Formula injection through repair, on the real hosts: texts that start with "=", "+", "-"
 * or "@" typed (as text) in the unit's name and the other fields of Thông tin chung, Phụ lục
 * I, the narrative, the register and a count cell come out of `tdkt repair` (exceljs) and of
 * the add-in's repair (the Excel JavaScript API, over the fake) as the same texts, never as
 * formulas; a formula the clerk typed stays a formula.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  parseA1,
  REGISTER_SHEET_NAME,
  type WorkbookPlan,
} from '../../src/core';
import { isFormulaAt } from '../../src/core/sheetGrid';
import { planToGrids, setGridCell, type MutableGrid } from '../../src/core/planToGrids';
import { runCli } from '../../src/cli/main';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { createWorkbookFile } from '../../src/hosts/xlsx';
import { FakeWorkbook, fakeFromGrids } from '../fakes/excel';
import { paperFormInputs } from '../helpers/paperForm';
import { INJECTIONS } from '../helpers/injections';
import { editFile, openXlsx, tempDir } from '../xlsx/files';

const dir = tempDir('tdkt-inject-');
const plan: WorkbookPlan = buildWorkbookPlan(cat, paperFormInputs());
const cellOf = (key: string) => {
  for (const s of plan.sheets) for (const c of s.cells) if (c.key === key) return { sheet: s.name, address: c.address };
  throw new Error(key);
};

/** Where a clerk types text, one payload each (every payload in every kind of place). */
const SLOTS: { sheet: string; address: string; text: string }[] = [];
INJECTIONS.forEach((text, i) => {
  const info = ['parentBody', 'recipients', 'unitName', 'place', 'addressee', 'signingBody', 'signerName'][i]!;
  for (const key of [
    `info:${info}`,
    `documents:${i + 1}:summary`,
    `narrative:${['situation.overview', 'situation.organisation', 'leadership.awareness', 'leadership.documents', 'movements.organisation', 'movements.political', 'policy'][i]}`,
    `tally:${['I.1', 'I.2', 'II.1', 'II.2', 'III.1', 'III.2', 'IV.1'][i]}:individual`,
  ]) {
    SLOTS.push({ ...cellOf(key), text });
  }
  SLOTS.push({ sheet: REGISTER_SHEET_NAME, address: `I${6 + i}`, text });
});
/** A formula the clerk typed in a count cell. */
const FORMULA = { ...cellOf('tally:IV.2:individual'), formula: '=2+3' };

describe('issue 24.9: formula-injection texts through repair on the real hosts', () => {
  it('issue 24.9: tdkt repair (exceljs) keeps every text that starts with "=", "+", "-" or "@" as text, and the clerk’s formula as a formula', async () => {
    const file = path.join(dir, 'inject.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    await editFile(
      file,
      { [FORMULA.sheet]: { [FORMULA.address]: FORMULA.formula } },
      {
        mutate: (wb) => {
          // Strings written as exceljs strings: shared-string texts in the file, as Excel stores '=1+1.
          for (const s of SLOTS) wb.getWorksheet(s.sheet)!.getCell(s.address).value = s.text;
          for (let i = 0; i < INJECTIONS.length; i++) {
            const ws = wb.getWorksheet(REGISTER_SHEET_NAME)!;
            ws.getCell(`E${6 + i}`).value = 'Giấy khen (cấp cơ sở)';
            ws.getCell(`G${6 + i}`).value = 'Cá nhân';
          }
        },
      },
    );
    const r = await runCli(['repair', file], { out: () => {}, err: () => {} });
    expect(r).toBe(0);
    const wb = await openXlsx(file);
    const wrong: string[] = [];
    for (const s of SLOTS) {
      const cell = wb.getWorksheet(s.sheet)!.getCell(s.address);
      if (cell.type !== ExcelJS.ValueType.String || cell.value !== s.text)
        wrong.push(`${s.sheet}!${s.address}: ${JSON.stringify(cell.value)}`);
    }
    expect(wrong).toEqual([]);
    expect(wb.getWorksheet(FORMULA.sheet)!.getCell(FORMULA.address).formula).toBe('2+3');
  });

  it('issue 24.9: the add-in’s repair (Excel JavaScript API) writes every such text as text (a leading apostrophe, as typing it does), the clerk’s formula as a formula', async () => {
    const grids = planToGrids(plan) as { sheets: Record<string, MutableGrid> };
    for (const s of SLOTS) {
      // A text cell: Range.values and Range.formulas both give the text.
      const g = grids.sheets[s.sheet]!;
      setGridCell(g, s.address, 'x');
      const { row, col } = parseA1(s.address);
      g.values[row - 1]![col - 1] = s.text;
      g.formulas[row - 1]![col - 1] = s.text;
    }
    for (let i = 0; i < INJECTIONS.length; i++) {
      setGridCell(grids.sheets[REGISTER_SHEET_NAME]!, `E${6 + i}`, 'Giấy khen (cấp cơ sở)');
      setGridCell(grids.sheets[REGISTER_SHEET_NAME]!, `G${6 + i}`, 'Cá nhân');
    }
    setGridCell(grids.sheets[FORMULA.sheet]!, FORMULA.address, FORMULA.formula);
    const wb: FakeWorkbook = fakeFromGrids(grids);
    const result = await createExcelWorkbookHost(wb.run).repair();
    expect(result.kind).toBe('repaired');
    const wrong: string[] = [];
    for (const s of SLOTS) {
      const c = wb.sheet(s.sheet)!.cell(s.address)!;
      // The fake reads a string written through `formulas` as Excel reads typed input: "=…",
      // "+…", "-…" a formula, "'…" the text after the apostrophe.
      const g = { values: [[c.value]], formulas: [[c.formula]] };
      if (isFormulaAt(g, 1, 1) || c.value !== s.text) wrong.push(`${s.sheet}!${s.address}: ${String(c.formula)}`);
    }
    expect(wrong).toEqual([]);
    expect(wb.sheet(FORMULA.sheet)!.cell(FORMULA.address)!.formula).toBe('=2+3');
  });
});
