/** Issue 15 item 2: rows moved into another level are not filed under that level's look-alike rows. */
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  planRepair,
  TALLY_SHEET_NAME,
  validateWorkbook,
} from '../../src/core';
import { planToGrids, setGridCell, type MutableGrid } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { tallyRowOf } from '../../src/core/layout/tally';
import { paperFormInputs } from '../helpers/paperForm';

const row = (id: string) => tallyRowOf(cat, id);

/** Cut sheet rows [from, from+n) and insert them before row `before` (as numbered before the cut). */
function moveRows(g: MutableGrid, from: number, n: number, before: number): void {
  for (const m of [g.values, g.formulas]) {
    const block = m.splice(from - 1, n);
    const at = before > from ? before - 1 - n : before - 1;
    m.splice(at, 0, ...block);
  }
}

function filled() {
  const g = planToGrids(buildWorkbookPlan(cat, paperFormInputs()));
  const t = g.sheets[TALLY_SHEET_NAME]!;
  // Distinct counts on both levels' breakdowns, so any misfiling shows.
  setGridCell(t, `C${row('II.4.chuyenDe')}`, 2);
  setGridCell(t, `C${row('II.4.thuongXuyen')}`, 3);
  setGridCell(t, `C${row('III.4.chuyenDe')}`, 7);
  setGridCell(t, `C${row('III.4.dotXuat')}`, 8);
  setGridCell(t, `C${row('III.4.thuongXuyen')}`, 9);
  return g;
}

describe('regression (issue 15 item 2): rows moved into another level are matched to that level’s look-alike rows', () => {
  it.each([
    ['after level II’s own breakdown rows', row('III')],
    ['between level II’s award and its breakdown rows', row('II.4.chuyenDe')],
  ])('level III’s Giấy khen breakdown cut and inserted %s: nothing filed under level II’s award', (_, before) => {
    const g = filled();
    const t = g.sheets[TALLY_SHEET_NAME]!;
    moveRows(t, row('III.4.chuyenDe'), 3, before);
    const repair = planRepair(cat, g);
    const tally = readWorkbookInputs(cat, planToGrids(repair.plan)).inputs.tally;
    // Level II's breakdown never holds level III's counts.
    for (const id of ['II.4.chuyenDe', 'II.4.dotXuat', 'II.4.thuongXuyen']) {
      expect([id, [7, 8, 9]]).not.toEqual([id, expect.arrayContaining([tally[id]?.collective])]);
    }
    // Every moved count is kept: in its cell of the form, or moved and named.
    const ambiguous = repair.displaced.filter((d) => d.reason === 'ambiguous-row');
    expect(ambiguous.length).toBeGreaterThan(0);
    for (const v of [7, 8, 9]) {
      const placed = tally[['III.4.chuyenDe', 'III.4.dotXuat', 'III.4.thuongXuyen'][v - 7]!]?.collective === v;
      expect([v, placed || ambiguous.some((d) => d.content === v)]).toEqual([v, true]);
    }
    // Each such row is a finding naming both places.
    const findings = validateWorkbook(cat, planToGrids(repair.plan)).findings.filter(
      (f) => f.rule === 'value-displaced',
    );
    const named = findings.find((f) => f.message.includes('“7”'))!;
    expect(named.message).toMatch(/cấp tỉnh, dòng \d+ hoặc cấp huyện, dòng \d+/);
  });

  it('within one level too: a breakdown row never files under another award’s look-alike (fuzz seed 2421)', () => {
    const g = filled();
    const t = g.sheets[TALLY_SHEET_NAME]!;
    setGridCell(t, `D${row('I.7.chuyenDe')}`, 4);
    setGridCell(t, `D${row('I.8.chuyenDe')}`, 6);
    // I.7's last two breakdown rows and I.8's award row cut and inserted above I.7.
    moveRows(t, row('I.7.dotXuat'), 3, row('I.7'));
    const repair = planRepair(cat, g);
    const tally = readWorkbookInputs(cat, planToGrids(repair.plan)).inputs.tally;
    expect(tally['I.8.chuyenDe']?.individual).not.toBe(4);
    expect(tally['I.7.chuyenDe']?.individual).not.toBe(6);
    for (const v of [4, 6]) {
      const placed = [tally['I.7.chuyenDe']?.individual, tally['I.8.chuyenDe']?.individual].includes(v);
      expect([v, placed || repair.displaced.some((d) => d.content === v)]).toEqual([v, true]);
    }
  });

  it('a row whose label is another level’s alias is not filed there (fuzz seed 5619)', () => {
    const g = filled();
    const t = g.sheets[TALLY_SHEET_NAME]!;
    // Level III's “Khen chuyên đề” (7 tập thể) cut and inserted just above level I's “Trong đó: Khen chuyên đề”.
    moveRows(t, row('III.4.chuyenDe'), 1, row('I.8.chuyenDe'));
    const repair = planRepair(cat, g);
    const tally = readWorkbookInputs(cat, planToGrids(repair.plan)).inputs.tally;
    expect(tally['I.8.chuyenDe']?.collective).not.toBe(7);
    expect(tally['III.4.chuyenDe']?.collective === 7 || repair.displaced.some((d) => d.content === 7)).toBe(true);
  });

  it('a clean move inside one level still keeps its counts (no false alarm)', () => {
    const g = filled();
    const t = g.sheets[TALLY_SHEET_NAME]!;
    moveRows(t, row('III.2'), 1, row('III.1'));
    const repair = planRepair(cat, g);
    expect(repair.displaced.filter((d) => d.reason === 'ambiguous-row')).toEqual([]);
  });
});
