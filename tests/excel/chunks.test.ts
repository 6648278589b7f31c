/**
 * Writes and reads in parts under Excel's request/response limit (src/hosts/excel/chunks.ts),
 * over the fake: the count of syncs grows with the register's lines (one per part), never with
 * the cells, and stays what it was while everything fits one request. Sizes themselves are
 * measured over the real runtime (tests/realRuntime/scale.test.ts).
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE, inputsFromJson, REGISTER_SHEET_NAME } from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { REGISTER_CAPACITY } from '../../src/core/layout/register';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { READ_BUDGET, readInBands, sheetParts, WRITE_BUDGET } from '../../src/hosts/excel/chunks';
import { fakeFromGrids, FakeWorkbook } from '../fakes/excel';
import { BAC_SON_REGISTER, bacSonRegisterJson } from '../helpers/register';
import { fakeGrids } from './helpers';

/** The plans this file builds, by size: the register at capacity is asked for three times (read only). */
const plans = new Map<string, ReturnType<typeof buildPlan>>();
function plan(n: number, long = false) {
  const key = `${n} ${long}`;
  if (!plans.has(key)) plans.set(key, buildPlan(n, long));
  return plans.get(key)!;
}
function buildPlan(n: number, long: boolean) {
  const register = Array.from({ length: n }, (_, i) => {
    const l = BAC_SON_REGISTER[i % BAC_SON_REGISTER.length]!;
    return {
      ...l,
      number: i + 1,
      name: `${String(l.name ?? 'Nguyễn Văn An')} ${i + 1}`,
      note: long ? 'x'.repeat(200) : '',
    };
  });
  return buildWorkbookPlan(DEFAULT_CATALOGUE, inputsFromJson(DEFAULT_CATALOGUE, { ...bacSonRegisterJson(), register }));
}
const registerOf = (p: ReturnType<typeof plan>) => p.sheets.find((s) => s.name === REGISTER_SHEET_NAME)!;

describe('sheetParts', () => {
  it('a small sheet is one part, the whole sheet', () => {
    const p = plan(10);
    expect(sheetParts(registerOf(p), p.styles)).toEqual([
      expect.objectContaining({ band: { r1: 1, r2: Infinity, first: true, last: true } }),
    ]);
  });

  it('a large register: bands of rows, each under the budget, covering every row once, in order', () => {
    const p = plan(REGISTER_CAPACITY, true);
    const parts = sheetParts(registerOf(p), p.styles);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.bytes).toBeLessThanOrEqual(WRITE_BUDGET);
    expect(parts[0]!.band.r1).toBe(1);
    expect(parts[parts.length - 1]!.band.r2).toBe(Infinity);
    parts.slice(1).forEach((part, i) => expect(part.band.r1).toBe(parts[i]!.band.r2 + 1));
    expect(parts.map((x) => [x.band.first, x.band.last])).toEqual(
      parts.map((_, i) => [i === 0, i === parts.length - 1]),
    );
  });

  it('the number of parts grows with the lines', () => {
    const count = (n: number) => {
      const p = plan(n, true);
      return sheetParts(registerOf(p), p.styles).length;
    };
    expect(count(1000)).toBeLessThan(count(REGISTER_CAPACITY));
  });
});

describe('repair of a large register over the fake', () => {
  it('keeps every line, written in parts: one sync per part, no sync per cell', async () => {
    const p = plan(REGISTER_CAPACITY, true);
    const parts = sheetParts(registerOf(p), p.styles).length;
    const wb = fakeFromGrids(planToGrids(p), ['Sheet1']);
    const extent = { [REGISTER_SHEET_NAME]: registerOf(p).readExtent };
    const beforeGrid = fakeGrids(wb, extent).sheets[REGISTER_SHEET_NAME]!;
    const before = beforeGrid.values;
    expect(before[REGISTER_CAPACITY + 4]![8]).toMatch(/ \d+$/); // the last line's name
    expect(await createExcelWorkbookHost(wb.run).repair()).toMatchObject({ kind: 'repaired' });
    // Every line as it was (the titles above are formulas the fake does not calculate, and so is
    // each line's STT, issue 22: its formula is compared instead of its value).
    const after = fakeGrids(wb, extent).sheets[REGISTER_SHEET_NAME]!;
    const noStt = (rows: readonly (readonly unknown[])[]) => rows.slice(5).map((l) => l.slice(1));
    expect(noStt(after.values)).toEqual(noStt(before));
    expect(after.formulas!.slice(5).map((l) => l[0])).toEqual(beforeGrid.formulas!.slice(5).map((l) => l[0]));
    // list, used ranges, the reads (bands), then the writes: one per part at most, the other
    // sheets sharing the first.
    const reads = wb.syncCount - parts - 2;
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(Math.ceil((REGISTER_CAPACITY * 16 * 3 * 64) / READ_BUDGET) + 1);
  });
});

describe('readInBands', () => {
  it('one sync for what fits, the rows in order; more syncs only for more rows', async () => {
    const wb = new FakeWorkbook(['S']);
    const s = wb.sheet('S')!;
    for (let r = 1; r <= 3000; r++) s.ensure(`A${r}`).value = r;
    const read = (rows: number) =>
      wb.run(async (ctx) => {
        wb.syncCount = 0;
        const sheet = ctx.workbook.worksheets.getItem('S');
        const g = await readInBands(ctx, [{ name: 'S', sheet, rows, cols: 2 }], ['values', 'formulas']);
        return { values: g.get('S')!.values, syncs: wb.syncCount };
      });
    const small = await read(100);
    expect(small.syncs).toBe(1);
    const large = await read(3000);
    expect(large.values.map((l) => l[0])).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
    expect(large.syncs).toBeGreaterThanOrEqual(1);
    // A band of 2 columns × 64 bytes × 2 properties: 3,000 rows fit 2 MB, one sync.
    expect(large.syncs).toBe(1);
  });
});
