/**
 * The pane's aggregate written through the Excel host (src/hosts/excel/aggregate.ts), over
 * the fake: the CLI's plan (core aggregatePlan) as new sheets, in two syncs whatever the
 * number of units; nothing written when one of its sheets or names is already there; a
 * summed register too large for one request is written in parts, the progress told after
 * each part's sync.
 */
import {
  aggregatePlan,
  DEFAULT_CATALOGUE as cat,
  inputsFromJson,
  REGISTER_SHEET_NAME,
  TALLY_SHEET_NAME,
  type UnitRead,
} from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { tallyRowOf } from '../../src/core/layout/tally';
import { UNITS_SHEET_NAME } from '../../src/core/layout/units';
import { type Tally } from '../../src/core/tally';
import { createExcelAggregateWriter } from '../../src/hosts/excel';
import { DATE_FORMAT } from '../../src/core/layout/styles';
import { FakeWorkbook, fakeFromGrids } from '../fakes/excel';
import { BAC_SON_REGISTER } from '../helpers/register';
import { cellEdges, recalcRegisterWorkbook } from './helpers';
import { columnLetter } from '../../src/core/a1';
import { REGISTER_COLUMNS } from '../../src/core/layout/register';
import { REGISTER_COLUMN_ORDER } from '../../src/core/register';

/** `n` register lines of unit `i` (the Bắc Sơn ones, each with its own name). */
function registerOf(i: number, n: number): UnitRead['register'] {
  const register = Array.from({ length: n }, (_, k) => {
    const l = BAC_SON_REGISTER[k % BAC_SON_REGISTER.length]!;
    return { ...l, number: k + 1, name: `${String(l.name ?? 'Nguyễn Văn An')} ${i}.${k + 1}`, unit: `Đơn vị ${i}` };
  });
  return inputsFromJson(cat, { register }).register;
}

function unit(i: number, tally: Tally): UnitRead {
  const zero = { collective: 0, individual: 0, household: 0, directCollective: 0, directIndividual: 0 };
  const name = `Đơn vị ${i}`;
  return {
    file: `u${i}.xlsx`,
    catalogue: cat,
    formKey: 'tong-hop-khen-thuong/2024',
    period: '6 tháng đầu năm',
    year: '2024',
    tally,
    errorFindings: [],
    unit: { name, file: `u${i}.xlsx`, period: '6 tháng đầu năm', year: 2024, totals: zero, errors: 0, warnings: 0 },
  };
}

describe('createExcelAggregateWriter', () => {
  it('writes the plan as new sheets beside the clerk’s, in 2 syncs for 3 units and for 200', async () => {
    for (const n of [3, 200]) {
      const wb = new FakeWorkbook(['Sheet1']);
      // The cluster's tally follows its register (the units' counts as "nhập tay" lines): Excel computes it.
      wb.calculate = recalcRegisterWorkbook;
      wb.sheet('Sheet1')!.ensure('A1').value = 'của cán bộ';
      const units = Array.from({ length: n }, (_, i) => unit(i + 1, { 'III.1': { individual: i + 1 } }));
      const r = await createExcelAggregateWriter(wb.run)(units);
      expect(r).toEqual({
        kind: 'written',
        sheets: aggregatePlan(units).sheets.map((s) => s.name),
        printSetup: true,
      });
      expect(wb.syncCount).toBe(2);
      expect(wb.sheet('Sheet1')!.cell('A1')?.value).toBe('của cán bộ');
      expect(wb.sheet(TALLY_SHEET_NAME)!.cell(`D${tallyRowOf(cat, 'III.1')}`)?.value).toBe((n * (n + 1)) / 2);
      expect(wb.sheet(UNITS_SHEET_NAME)!.cell(`B${3 + n}`)?.value).toBe(`Đơn vị ${n}`);
    }
  });

  it('writes nothing when the workbook already has one of the sheets (the clerk’s own form)', async () => {
    const wb = fakeFromGrids(planToGrids(aggregatePlan([unit(1, {})])));
    const before = JSON.stringify(wb.sheets.map((s) => [s.name, s.cell(`D${tallyRowOf(cat, 'III.1')}`)?.value]));
    const r = await createExcelAggregateWriter(wb.run)([unit(2, { 'III.1': { individual: 9 } })]);
    expect(r.kind).toBe('occupied');
    expect(r.sheets).toEqual(expect.arrayContaining([TALLY_SHEET_NAME, UNITS_SHEET_NAME]));
    expect(JSON.stringify(wb.sheets.map((s) => [s.name, s.cell(`D${tallyRowOf(cat, 'III.1')}`)?.value]))).toBe(before);
    expect(wb.syncCount).toBe(1);
  });

  it('refuses on an Excel without ExcelApi 1.8, with the clerk’s message, before any call', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    const write = createExcelAggregateWriter(wb.run, { isSetSupported: (_n, v) => Number(v) < 1.8 });
    await expect(write([unit(1, {})])).rejects.toThrow(/Excel/);
    expect(wb.syncCount).toBe(0);
  });

  it('issue 25.2: a summed register too large for one request goes in parts, the progress told after each part’s sync', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    const units = Array.from({ length: 4 }, (_, i) => ({ ...unit(i + 1, {}), register: registerOf(i + 1, 300) }));
    const seen: { written: number; total: number; syncs: number }[] = [];
    const r = await createExcelAggregateWriter(wb.run)(units, (p) => seen.push({ ...p, syncs: wb.syncCount }));
    expect(r.kind).toBe('written');
    const total = seen[0]!.total;
    // More than one write request, each told once it has been sent (the list of sheets is sync 1).
    expect(total).toBeGreaterThan(1);
    expect(seen).toEqual(Array.from({ length: total + 1 }, (_, k) => ({ written: k, total, syncs: k + 1 })));
    expect(wb.syncCount).toBe(total + 1);
    // Every line written, in order.
    const reg = wb.sheet(REGISTER_SHEET_NAME)!;
    const names = units.flatMap((u) => u.register!.map((l) => l.name));
    expect(names).toHaveLength(1200);
    const wanted = new Set(names);
    const written = reg
      .read('A1:Z1300')
      .values.flat()
      .filter((v) => wanted.has(v as string));
    expect(written).toEqual(names);
  });

  it('a summed register’s filled lines have the formats create gives a line: borders on every cell, the date format', async () => {
    const lineFormats = (wb: FakeWorkbook, row: number) => {
      const reg = wb.sheet(REGISTER_SHEET_NAME)!;
      return REGISTER_COLUMN_ORDER.map((c) => {
        const address = `${columnLetter(REGISTER_COLUMNS[c])}${row}`;
        return {
          column: c,
          edges: cellEdges(reg, address),
          numberFormat: reg.cell(address)?.numberFormat ?? 'General',
        };
      });
    };
    // What create gives a filled line: borders all round on every column, the date column's date format.
    const expected = REGISTER_COLUMN_ORDER.map((c) => ({
      column: c,
      edges: [true, true, true, true],
      numberFormat: c === 'date' ? DATE_FORMAT : 'General',
    }));
    // A summed register in one request (3 units) and in parts (4 × 300 lines).
    for (const units of [
      [1, 2, 3].map((i) => ({ ...unit(i, {}), register: registerOf(i, 2) })),
      [1, 2, 3, 4].map((i) => ({ ...unit(i, {}), register: registerOf(i, 300) })),
    ]) {
      const wb = new FakeWorkbook(['Sheet1']);
      expect((await createExcelAggregateWriter(wb.run)(units)).kind).toBe('written');
      const n = units.reduce((k, u) => k + u.register!.length, 0);
      for (const row of [6, 7, 5 + n]) expect(lineFormats(wb, row)).toEqual(expected);
    }
  });
});
