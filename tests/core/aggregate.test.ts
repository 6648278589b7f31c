/** The aggregate's refusals and sum, shared by `tdkt aggregate` and the pane (src/core/aggregate.ts). */
import {
  aggregatePlan,
  aggregateRefusal,
  checkUnits,
  DEFAULT_CATALOGUE as cat,
  validateWorkbook,
  TALLY_SHEET_NAME,
  grandTotal,
  unitStandings,
  type UnitRead,
} from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { UNITS_SHEET_NAME } from '../../src/core/layout/units';
import { computeTally, type Tally } from '../../src/core/tally';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { TYPED_NOTE } from '../../src/core/register';

function unit(file: string, name: string, tally: Tally, over: Partial<UnitRead> = {}, errors = 0): UnitRead {
  const zero = { collective: 0, individual: 0, household: 0, directCollective: 0, directIndividual: 0 };
  return {
    file,
    catalogue: cat,
    formKey: 'tong-hop-khen-thuong/2024',
    period: '6 tháng đầu năm',
    year: '2024',
    tally,
    errorFindings: [],
    unit: { name, file, period: '6 tháng đầu năm', year: 2024, totals: zero, errors, warnings: 0 },
    ...over,
  };
}

describe('aggregate refusals', () => {
  it('finds the same unit under names that differ only in case, spacing and Unicode form (NFD vs NFC)', () => {
    const nfd = 'Xã  Hòa   Bình'.normalize('NFD');
    const units = [unit('a.xlsx', 'xã Hòa Bình', {}), unit('b.xlsx', nfd, {}), unit('c.xlsx', 'xã Hòa An', {})];
    const check = checkUnits(units);
    expect(check.duplicates).toEqual([{ name: 'xã Hòa Bình', files: ['a.xlsx', 'b.xlsx'] }]);
    const refusal = aggregateRefusal(check)!;
    expect(refusal.kind).toBe('duplicate');
    expect(refusal.message).toContain('a.xlsx, b.xlsx');
    expect(aggregateRefusal(check, { allowDuplicates: true })).toBeUndefined();
  });

  it('units without a name are never taken for duplicates', () => {
    expect(checkUnits([unit('a.xlsx', '', {}), unit('b.xlsx', ' ', {})]).duplicates).toEqual([]);
  });

  it('mixed periods are refused and can be overridden; mixed forms never', () => {
    const period = checkUnits([unit('a.xlsx', 'A', {}), unit('b.xlsx', 'B', {}, { period: 'Năm' })]);
    expect(period.mixed?.property).toBe('period');
    expect(aggregateRefusal(period)!.message).toContain('b.xlsx: Năm');
    expect(aggregateRefusal(period, { allowMixedPeriods: true })).toBeUndefined();
    const form = checkUnits([unit('a.xlsx', 'A', {}), unit('b.xlsx', 'B', {}, { formKey: 'khac/2030' })]);
    expect(form.mixed?.property).toBe('form');
    expect(aggregateRefusal(form, { allowMixedPeriods: true, allowErrors: true, allowDuplicates: true })?.kind).toBe(
      'mixed',
    );
  });

  it('units with errors are refused unless allowed; the order is mixed, duplicates, errors', () => {
    const units = [unit('a.xlsx', 'A', {}), unit('b.xlsx', 'A', {}, {}, 2)];
    const check = checkUnits(units);
    expect(check.withErrors.map((u) => u.file)).toEqual(['b.xlsx']);
    expect(aggregateRefusal(check)?.kind).toBe('duplicate');
    expect(aggregateRefusal(check, { allowDuplicates: true })?.kind).toBe('errors');
    expect(aggregateRefusal(check, { allowDuplicates: true, allowErrors: true })).toBeUndefined();
  });
});

describe('aggregatePlan', () => {
  it('sums the tallies (by hand: III.1 7 + 11) and adds the units sheet', () => {
    const plan = aggregatePlan([
      unit('a.xlsx', 'A', { 'III.1': { individual: 7 } }),
      unit('b.xlsx', 'B', { 'III.1': { individual: 11 }, 'II.4': { collective: 1 } }),
    ]);
    // The cluster's tally follows the units' register lines (every count cell a formula: 0 where none).
    const t = validateWorkbook(cat, planToGrids(plan)).tally!;
    const nonZero = Object.fromEntries(
      Object.entries(t)
        .map(([id, c]) => [id, Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0))] as const)
        .filter(([, c]) => Object.keys(c).length > 0),
    );
    expect(nonZero).toEqual({
      'III.1': { individual: 18 },
      'II.4': { collective: 1 },
    });
    expect(plan.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([TALLY_SHEET_NAME, UNITS_SHEET_NAME]));
  });

  it('concatenates the units’ register lines with the unit’s name; units without a register give one “nhập tay” line per count', () => {
    const lines = [
      { award: 'Giấy khen (cấp cơ sở)', subject: 'Tập thể', name: 'Chi bộ 1', decision: '45/QĐ-UBND', row: 6 },
      { award: 'Giấy khen (cấp cơ sở)', subject: 'Cá nhân', quantity: 12, decision: '45/QĐ-UBND', row: 7 },
    ];
    const plan = aggregatePlan([
      unit(
        'a.xlsx',
        'xã A',
        { 'IV.2': { collective: 1, individual: 12 } },
        { register: lines.map((l) => ({ ...l, unit: 'xã A' })) },
      ),
      unit('b.xlsx', 'xã B', { 'III.1': { individual: 11 }, 'IV.2': { collective: 2 } }),
    ]);
    const read = readWorkbookInputs(cat, planToGrids(plan)).inputs;
    expect(read.tallySource).toBe('register');
    expect(read.register!.map((l) => [l.unit, l.name ?? l.note, l.quantity ?? 1])).toEqual([
      ['xã A', 'Chi bộ 1', 1],
      ['xã A', undefined, 12],
      ['xã B', TYPED_NOTE, 11],
      ['xã B', TYPED_NOTE, 2],
    ]);
    const total = grandTotal(cat, computeTally(cat, read.tally));
    expect([total.collective, total.individual]).toEqual([3, 23]);
  });
});

describe('unitStandings', () => {
  it('marks the units that differ from most, share a name, or have errors', () => {
    const units = [
      unit('a.xlsx', 'A', {}),
      unit('b.xlsx', 'B', {}, {}, 3),
      unit('c.xlsx', 'a', {}),
      unit('d.xlsx', 'D', {}, { year: '2023' }),
      unit('e.xlsx', 'E', {}, { formKey: 'khac/2030' }),
    ];
    expect(unitStandings(units)).toEqual([['duplicate'], ['errors'], ['duplicate'], ['otherPeriod'], ['otherForm']]);
  });
});
