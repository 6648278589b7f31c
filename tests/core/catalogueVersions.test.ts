/**
 * A later form is new data, not new code: a three-level catalogue (no cấp huyện, as after
 * the 2025 reform) built from the 2024 rows lays out, sums, validates and repairs with the
 * same functions.
 */
import { buildWorkbookPlan, grandTotal, planRepair, validateWorkbook, type Catalogue } from '../../src/core';
import { computeTally } from '../../src/core/tally';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { sheetPlan } from '../../src/core/workbook/plan';
import { tallyRowOf } from '../../src/core/layout/tally';
import { tongHopKhenThuong2024 } from '../../src/core/catalogue';

const threeLevels: Catalogue = {
  ...tongHopKhenThuong2024,
  version: 'test-3-cap',
  levels: tongHopKhenThuong2024.levels.filter((l) => l.id !== 'III'),
  rows: tongHopKhenThuong2024.rows
    .filter((r) => r.level !== 'III')
    .map((r) => (r.kind === 'total' ? { ...r, label: 'TỔNG CỘNG (I + II + IV)', aliases: [] } : r)),
};

describe('a catalogue without the district level', () => {
  const tally = {
    'IV.1': { individual: 9 },
    'IV.2': { collective: 2, individual: 3, directIndividual: 3 },
    'II.1': { collective: 1 },
  };
  const plan = buildWorkbookPlan(threeLevels, { info: {}, documents: [], tally });
  const sheet = sheetPlan(plan, 'tally');
  const cell = (addr: string) => sheet.cells.find((c) => c.address === addr);
  const totalRow = tallyRowOf(threeLevels, 'TOTAL');

  it('lays out its own rows: TỔNG CỘNG sums three level rows', () => {
    expect(totalRow).toBe(8 + threeLevels.rows.length - 1);
    expect(cell(`D${totalRow}`)?.formula).toBe(
      `=SUM(D${tallyRowOf(threeLevels, 'I')},D${tallyRowOf(threeLevels, 'II')},D${tallyRowOf(threeLevels, 'IV')})`,
    );
    expect(cell(`D${totalRow}`)?.cached).toBe(12);
    expect(grandTotal(threeLevels, computeTally(threeLevels, tally)).directIndividualRate).toBe(25);
  });

  it('marks the workbook with its own version', () => {
    expect(sheetPlan(plan, 'info').cells.find((c) => c.role === 'marker')?.value).toBe(
      'tong-hop-khen-thuong/test-3-cap',
    );
  });

  it('validates clean, finds a mistake by its own rows, and summarises its three levels', () => {
    const grids = planToGrids(plan);
    const clean = validateWorkbook(threeLevels, grids);
    expect(clean.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(clean.byLevel.map((l) => l.name)).toEqual(['Cấp Nhà nước', 'Cấp tỉnh', 'Cấp cơ sở', 'Chung']);
    setGridCell(grids.sheets['Biểu tổng hợp']!, `C${tallyRowOf(threeLevels, 'IV.1')}`, 1);
    const bad = validateWorkbook(threeLevels, grids);
    expect(bad.findings.map((f) => [f.rule, f.level])).toContainEqual(['subject-not-allowed', 'IV']);
  });

  it('repairs and reads back its inputs', () => {
    const grids = planToGrids(plan);
    setGridCell(grids.sheets['Biểu tổng hợp']!, `D${totalRow}`, 99);
    const repaired = planToGrids(planRepair(threeLevels, grids).plan);
    expect(readWorkbookInputs(threeLevels, repaired).inputs.tally).toEqual(tally);
  });
});
