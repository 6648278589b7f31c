/**
 * The register read by its headers: a column or row inserted or deleted (as Excel and
 * LibreOffice do it: the named ranges the tally sums follow the cells, so the workbook's
 * totals stay right) changes neither what validate counts nor where repair writes a value.
 */
import {
  a1,
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  planRepair,
  REGISTER_SHEET_NAME,
  validateWorkbook,
  type ValidationResult,
  type WorkbookGrids,
} from '../../src/core';
import { planToGrids, setGridCell, type MutableGrid } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { REGISTER_COLUMNS } from '../../src/core/layout/register';
import { type RegisterColumn } from '../../src/core/register';
import { recalculateRegister } from '../helpers/recalc';
import { bacSonRegisterInputs } from '../helpers/register';
import { deleteColumn, deleteRow, insertColumn, insertRow } from '../helpers/sheetOps';

function filled(): { sheets: Record<string, MutableGrid> } {
  const grids = planToGrids(buildWorkbookPlan(cat, bacSonRegisterInputs()));
  recalculateRegister(cat, grids);
  return grids;
}

const key = (f: { rule: string; sheet: string; address: string }) => `${f.rule} ${f.sheet}!${f.address}`;

/** Findings of `after` that `before` does not have, with register addresses moved back by `map`. */
function newFindings(before: ValidationResult, after: ValidationResult): string[] {
  const had = new Set(before.findings.map((f) => `${f.rule} ${f.sheet}`));
  return after.findings.filter((f) => !had.has(`${f.rule} ${f.sheet}`)).map(key);
}

/** Every typed line cell of the register as made → its value. */
function lineCells(grids: WorkbookGrids): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const plan = buildWorkbookPlan(cat, readWorkbookInputs(cat, grids).inputs);
  for (const c of plan.sheets.find((s) => s.key === 'register')!.cells)
    if (c.role === 'input') out.set(c.address, c.value);
  return out;
}

/** Repair: each line value planned at its standard address, read from `from(address)`, nothing kept aside but `aside`. */
function expectRepairedInPlace(
  grids: WorkbookGrids,
  original: Map<string, unknown>,
  from: (row: number, col: number) => string,
  aside: string[] = [],
): void {
  const repair = planRepair(cat, grids);
  const sheet = repair.plan.sheets.find((s) => s.key === 'register')!;
  const planned = new Map(sheet.cells.filter((c) => c.role === 'input').map((c) => [c.address, c]));
  expect(planned.size).toBe(original.size);
  for (const [address, value] of original) {
    const c = planned.get(address);
    expect({ address, value: c?.value, source: c?.source?.address }).toEqual({
      address,
      value,
      source: from(c!.row, c!.col),
    });
  }
  expect(repair.displaced.map((d) => `${d.sheet}!${d.address} ${String(d.content)}`)).toEqual(aside);
}

describe('the register by its headers', () => {
  const baseline = () => validateWorkbook(cat, filled());

  it('issue 24.2: a column inserted in the register (with a header of its own) is one finding; lines are read and repaired under their headers', () => {
    const grids = filled();
    const original = lineCells(grids);
    const g = grids.sheets[REGISTER_SHEET_NAME]!;
    insertColumn(g, 3); // before "Ngày quyết định"
    setGridCell(g, 'C5', 'Ghi chú riêng');
    setGridCell(g, 'C7', 'gọi điện trước');
    const before = baseline();
    const after = validateWorkbook(cat, grids);
    expect(newFindings(before, after)).toEqual([`register-header-unknown ${REGISTER_SHEET_NAME}!C5`]);
    expect(after.tally).toEqual(before.tally);
    expect(after.errors).toBe(before.errors);
    // Each value back under its own header (read from one column to the right from C on); the inserted column aside.
    expectRepairedInPlace(grids, original, (r, c) => a1(r, c >= 3 ? c + 1 : c), [
      `${REGISTER_SHEET_NAME}!C5 Ghi chú riêng`,
      `${REGISTER_SHEET_NAME}!C7 gọi điện trước`,
    ]);
  });

  it('issue 24.2: an empty column inserted in the register: no false error, one warning, repair closes it up', () => {
    const grids = filled();
    const original = lineCells(grids);
    insertColumn(grids.sheets[REGISTER_SHEET_NAME]!, 1);
    const after = validateWorkbook(cat, grids);
    expect(newFindings(baseline(), after)).toEqual([`register-layout-moved ${REGISTER_SHEET_NAME}!F5`]);
    expect(after.tally).toEqual(baseline().tally);
    expectRepairedInPlace(grids, original, (r, c) => a1(r, c + 1));
  });

  it.each<RegisterColumn>(['position', 'note', 'decision'])(
    'issue 24.2: the column “%s” deleted from the register is one finding, not one per line; the rest stays under its headers',
    (column) => {
      const grids = filled();
      const col = REGISTER_COLUMNS[column];
      const original = lineCells(grids);
      for (const a of [...original.keys()])
        if (a.replace(/\d+/g, '') === a1(1, col).replace(/\d+/g, '')) original.delete(a);
      deleteColumn(grids.sheets[REGISTER_SHEET_NAME]!, col);
      const after = validateWorkbook(cat, grids);
      expect(newFindings(baseline(), after)).toEqual([`register-header-missing ${REGISTER_SHEET_NAME}!${a1(5, col)}`]);
      expect(after.tally).toEqual(baseline().tally);
      expectRepairedInPlace(grids, original, (r, c) => a1(r, c > col ? c - 1 : c));
    },
  );

  it.each([1, 2, 3, 4])(
    'issue 24.5: row %i deleted above the register header is noticed by validate, and repair keeps every line (line 1 too)',
    (row) => {
      const grids = filled();
      const original = lineCells(grids);
      deleteRow(grids.sheets[REGISTER_SHEET_NAME]!, row);
      const after = validateWorkbook(cat, grids);
      expect(newFindings(baseline(), after)).toEqual([`register-layout-moved ${REGISTER_SHEET_NAME}!E4`]);
      expect(after.tally).toEqual(baseline().tally);
      expectRepairedInPlace(grids, original, (r, c) => a1(r - 1, c));
    },
  );

  it('issue 24.5: the header row itself deleted: line 1 (now in its place) is still read, as the named ranges count it; repair puts the header back', () => {
    const grids = filled();
    const original = lineCells(grids);
    deleteRow(grids.sheets[REGISTER_SHEET_NAME]!, 5);
    const after = validateWorkbook(cat, grids);
    expect(newFindings(baseline(), after)).toEqual([`register-header-row-missing ${REGISTER_SHEET_NAME}!E5`]);
    expect(after.tally).toEqual(baseline().tally);
    expectRepairedInPlace(grids, original, (r, c) => a1(r - 1, c));
  });

  it('issue 24.5: a row inserted above the register header: lines read from their rows, repaired back one row up', () => {
    const grids = filled();
    const original = lineCells(grids);
    insertRow(grids.sheets[REGISTER_SHEET_NAME]!, 3);
    const after = validateWorkbook(cat, grids);
    expect(newFindings(baseline(), after)).toEqual([`register-layout-moved ${REGISTER_SHEET_NAME}!E6`]);
    expect(after.tally).toEqual(baseline().tally);
    expectRepairedInPlace(grids, original, (r, c) => a1(r + 1, c));
  });

  it('a register finding names the cell where the value is, after a column and a row were inserted', () => {
    const grids = filled();
    const g = grids.sheets[REGISTER_SHEET_NAME]!;
    setGridCell(g, 'G6', 'Tập thể ');
    insertColumn(g, 2);
    insertRow(g, 1);
    const f = validateWorkbook(cat, grids).findings.find((x) => x.rule === 'register-subject-unknown');
    expect(f?.address).toBe('H7');
  });
});

describe('a renamed register', () => {
  it.each(['Danh sách khen thưởng (2)', 'DS khen thuong', 'Sheet5'])(
    'issue 24.3: a register renamed “%s” is adopted by repair (lines kept, tally not 0) and named by validate',
    (name) => {
      const grids = filled();
      const original = lineCells(grids);
      const before = validateWorkbook(cat, filled());
      grids.sheets[name] = grids.sheets[REGISTER_SHEET_NAME]!;
      delete grids.sheets[REGISTER_SHEET_NAME];

      const found = validateWorkbook(cat, grids);
      expect(found.findings.filter((f) => f.rule === 'sheet-renamed').map((f) => f.message)).toEqual([
        expect.stringContaining(`“${name}”`),
      ]);
      expect(found.tallySource).toBe('register');
      expect(found.tally).toEqual(before.tally);

      const repair = planRepair(cat, grids);
      expect(repair.renamed.get(REGISTER_SHEET_NAME)).toBe(name);
      expectRepairedInPlace(grids, original, (r, c) => a1(r, c));
      const repaired = planToGrids(repair.plan);
      recalculateRegister(cat, repaired);
      const after = validateWorkbook(cat, repaired);
      expect(after.tally).toEqual(before.tally);
      expect(after.findings.map(key)).toEqual(before.findings.map(key));
    },
  );
});
