import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  INFO_SHEET_NAME,
  planRepair,
  validateWorkbook,
} from '../../src/core';
import { INFO_FIELDS, infoRow } from '../../src/core/layout/info';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { sheetPlan } from '../../src/core/workbook/plan';
import { paperFormInputs } from '../helpers/paperForm';

const yearLabel = INFO_FIELDS.find((f) => f.key === 'year')!.label;

describe('issue 25.4: a label of Thông tin chung found twice', () => {
  // The clerk copied the "Năm báo cáo" row below the table and typed another year beside it.
  const grids = () => {
    const g = planToGrids(buildWorkbookPlan(cat, paperFormInputs()));
    const info = g.sheets[INFO_SHEET_NAME]!;
    setGridCell(info, 'A40', yearLabel);
    setGridCell(info, 'B40', 1999);
    return g;
  };
  const standard = `B${infoRow('year')}`;

  it('reading takes the first, as repair does', () => {
    const { inputs, consumed } = readWorkbookInputs(cat, grids());
    expect(inputs.info.year).toBe(paperFormInputs().info.year);
    expect(consumed.get(INFO_SHEET_NAME)).toContain(standard);
    expect(consumed.get(INFO_SHEET_NAME)).not.toContain('B40');
  });

  it('repair keeps the first in place and the second aside, logged', () => {
    const repair = planRepair(cat, grids());
    const cell = sheetPlan(repair.plan, 'info').cells.find((c) => c.key === 'info:year')!;
    expect(cell).toMatchObject({ value: paperFormInputs().info.year, source: { address: standard } });
    expect(repair.displaced).toEqual(
      expect.arrayContaining([expect.objectContaining({ sheet: INFO_SHEET_NAME, address: 'B40', content: 1999 })]),
    );
    const flagged = validateWorkbook(cat, planToGrids(repair.plan)).findings.filter(
      (f) => f.rule === 'value-displaced',
    );
    expect(flagged.map((f) => f.message).join('\n')).toContain(`${INFO_SHEET_NAME}!B40`);
  });

  it('validate names the cell it read (the first), not the standard row, when the row moved', () => {
    const g = grids();
    const info = g.sheets[INFO_SHEET_NAME]!;
    // The field's own row emptied, its label and a bad value typed lower down, then copied once more.
    setGridCell(info, `A${infoRow('year')}`, '');
    setGridCell(info, standard, '');
    setGridCell(info, 'A28', yearLabel);
    setGridCell(info, 'B28', 'hai nghìn');
    const { info: read } = readWorkbookInputs(cat, g).inputs;
    expect(read.year).toBe('hai nghìn');
    const finding = validateWorkbook(cat, g).findings.find(
      (f) => f.sheet === INFO_SHEET_NAME && f.rule === 'info-invalid',
    );
    expect(finding?.address).toBe('B28');
  });
});
