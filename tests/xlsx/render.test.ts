/** The renderer writes everything the plan holds, and the reader reads it back as Excel would. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  REGISTER_SHEET_NAME,
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  INFO_SHEET_NAME,
  TALLY_SHEET_NAME,
} from '../../src/core';
import { FORM_MARKER_NAME } from '../../src/core/layout/info';
import { planToGrids } from '../../src/core/planToGrids';
import { sheetPlan } from '../../src/core/workbook/plan';
import { STYLES } from '../../src/core/layout/styles';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { paperFormInputs } from '../helpers/paperForm';
import { openXlsx, tempDir, trimGrids } from './files';

describe('plan → .xlsx → grids', () => {
  const dir = tempDir();

  it.each([
    ['blank', undefined],
    ['filled with the paper form', paperFormInputs()],
  ])('a %s workbook reads back exactly as the in-memory renderer shows it', async (_n, inputs) => {
    const file = path.join(dir, `${_n.replace(/\s/g, '-')}.xlsx`);
    const plan = await createWorkbookFile(file, inputs);
    const read = await readWorkbookFile(file);
    expect(Object.keys(read.grids.sheets)).toEqual(plan.sheets.map((s) => s.name));
    expect(trimGrids(read.grids)).toEqual(trimGrids(planToGrids(plan)));
  });
});

describe('the rendered file holds the whole plan', () => {
  let wb: ExcelJS.Workbook;
  const plan = buildWorkbookPlan(cat, paperFormInputs());
  const tallyPlan = sheetPlan(plan, 'tally');
  const totalId = cat.rows.find((r) => r.kind === 'total')!.id;
  beforeAll(async () => {
    const file = path.join(tempDir(), 'full.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    wb = await openXlsx(file);
  });
  const tally = () => wb.getWorksheet(TALLY_SHEET_NAME)!;

  it('regression (register made every file 170 KB): the register’s empty lines are column styles, unlocked, not 65,000 styled cells', async () => {
    const register = wb.getWorksheet(REGISTER_SHEET_NAME)!;
    const areas = sheetPlan(plan, 'register').areas ?? [];
    expect(areas.length).toBeGreaterThan(0);
    for (const area of areas) {
      const col = register.getColumn(area.range.replace(/\d.*$/, ''));
      expect(col.style.protection?.locked).toBe(plan.styles[area.style]!.locked);
    }
    // No empty styled cells written down the register: the last line holds nothing.
    expect(register.rowCount).toBeLessThan(100);
    const file = path.join(tempDir(), 'blank.xlsx');
    await createWorkbookFile(file);
    expect(fs.statSync(file).size).toBeLessThan(60_000);
  });

  it('writes formulas with the core’s cached results', () => {
    const total = tallyPlan.cells.find((c) => c.key === `tally:${totalId}:individual`)!;
    const cell = tally().getCell(total.address);
    expect(`=${cell.formula}`).toBe(total.formula);
    expect(cell.result).toBe(34);
  });

  it('styles cells as the plan says: font, fill, number format, lock, border, alignment', () => {
    for (const c of tallyPlan.cells.filter((x) => x.role === 'input').slice(0, 5)) {
      const cell = tally().getCell(c.address);
      expect(cell.font.name).toBe('Times New Roman');
      expect(cell.numFmt).toBe('00;-00;;@');
      expect(cell.protection.locked).toBe(false);
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } });
      expect(cell.border.top?.style).toBe('thin');
      expect(cell.alignment.horizontal).toBe('center');
    }
    const rate = tallyPlan.cells.find((c) => c.key === `tally:${totalId}:directIndividualRate`)!;
    expect(tally().getCell(rate.address).numFmt).toBe('0.00;-0.00;;@');
    expect(tally().getCell(rate.address).protection?.locked).not.toBe(false); // locked is Excel's default
    const title = tally().getCell('A1');
    expect(title.font.bold).toBe(true);
    expect(title.font.size).toBe(STYLES.title.font.size);
    expect(title.alignment.wrapText).toBe(true);
    const date = wb
      .getWorksheet(INFO_SHEET_NAME)!
      .getCell(sheetPlan(plan, 'info').cells.find((c) => c.key === 'info:reportDate')!.address);
    expect(date.numFmt).toBe('dd/mm/yyyy');
  });

  it('merges, widths, heights, frozen panes', () => {
    for (const m of tallyPlan.merges) expect(tally().getCell(m.split(':')[0]!).isMerged).toBe(true);
    expect(tally().getColumn(2).width).toBe(tallyPlan.columnWidths[1]);
    expect(tally().getRow(5).height).toBe(tallyPlan.rowHeights[5]);
    expect(tally().views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 7 });
  });

  it('print setup: A4 landscape, one page wide, title rows, margins, centred', () => {
    const p = tally().pageSetup;
    expect(p).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(p.printTitlesRow).toBe('5:7');
    expect(p.horizontalCentered).toBe(true);
    expect(p.margins).toMatchObject(tallyPlan.print.margins);
  });

  it('protects sheets without a password, allowing selection and row/column formatting', () => {
    const prot = (tally() as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    // In OOXML a present select*Cells attribute forbids selecting; absent = allowed.
    expect(prot).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(prot.selectLockedCells).not.toBe(false);
    expect(prot.selectUnlockedCells).not.toBe(false);
    expect(prot.hashValue).toBeUndefined();
  });

  it('data validation on count cells: whole number ≥ 0 with the Vietnamese message', () => {
    const input = tallyPlan.cells.find((c) => c.role === 'input')!;
    const dv = tally().getCell(input.address).dataValidation;
    expect(dv).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', showErrorMessage: true });
    expect(dv.error).toBe(tallyPlan.validations[0]!.errorMessage);
    const period = sheetPlan(plan, 'info').cells.find((c) => c.key === 'info:period')!;
    const list = wb.getWorksheet(INFO_SHEET_NAME)!.getCell(period.address).dataValidation;
    expect(list.type).toBe('list');
    expect(list.formulae[0]).toBe('"6 tháng đầu năm,Năm"');
  });

  it('conditional formats: expression rules without "=", with the plan’s colours', () => {
    const cfs = (tally() as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(cfs).toHaveLength(tallyPlan.conditionalFormats.length);
    const first = tallyPlan.conditionalFormats[0]!;
    const rule = cfs[0]!.rules[0] as ExcelJS.ExpressionRuleType;
    expect(cfs[0]!.ref).toBe(first.range);
    expect(rule.formulae![0]).toBe(first.formula.slice(1));
    expect(rule.style?.fill).toMatchObject({ bgColor: { argb: `FF${first.fill.slice(1)}` } });
  });

  it('defined names point at absolute cells of the info sheet (TDKT_Form at the marker) and the register columns', () => {
    for (const n of plan.names) {
      const ranges = wb.definedNames.getRanges(n.name).ranges;
      const sheet = n.sheet === 'register' ? REGISTER_SHEET_NAME : INFO_SHEET_NAME;
      const absolute = n.address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      expect(ranges).toEqual([`'${sheet}'!${absolute}`]);
    }
    expect(wb.definedNames.getRanges(FORM_MARKER_NAME).ranges).toHaveLength(1);
  });
});
