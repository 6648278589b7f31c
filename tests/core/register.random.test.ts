/**
 * Random registers never crash validation: lines of random content (dropdown values,
 * near misses, numbers, text, booleans, error values, blanks) in random rows, in register
 * and hand-typed workbooks. Every finding names a cell, carries a known rule and level,
 * and the per-level summary adds up; the tally read equals the formulas' twin where no
 * register error says otherwise.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE as cat, REGISTER_SHEET_NAME, validateWorkbook } from '../../src/core';
import { awardKey, kindLabel, registerAwards, registerKinds } from '../../src/core/register';
import { planToGrids, setGridCell, type MutableGrid } from '../../src/core/planToGrids';
import { RULES } from '../../src/core/validation/rules';
import { recalculateRegister } from '../helpers/recalc';
import { bacSonRegisterInputs } from '../helpers/register';

let seed = 20240618;
function rnd(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;

const AWARDS = registerAwards(cat).map((a) => awardKey(cat, a));
const POOL: Record<string, readonly unknown[]> = {
  A: [1, 2, '', 'x'],
  B: ['45/QĐ-UBND', '', '  ', 'QĐ số 1', 7],
  C: [45330, 45000, 46000, '10/05/2024', '', true, '#VALUE!', -3],
  D: ['UBND thị trấn', '', 12],
  E: [...AWARDS, 'Giấy khen', 'giấy khen (cấp cơ sở)', '', 'Huân chương', 0, '#N/A', `${AWARDS[0]} `],
  F: [...registerKinds(cat), '', 'Khen niên hạn', 3, ...cat.rows.filter((r) => r.kind === 'breakdown').map(kindLabel)],
  G: ['Tập thể', 'Cá nhân', 'Gia đình', 'cá nhân', '', 'Hộ', 1],
  H: [1, 2, 18, '', 0, -1, 2.5, '3', 'mười', false, '#REF!'],
  I: ['Nguyễn Văn A', 'Chi bộ khối phố 1', '', 'nguyễn văn a', 5],
  J: ['Chủ tịch UBND', ''],
  K: ['x', 'X', '', 'có', ' x', 1],
  L: ['', 'nhập tay', 'ghi chú'],
};

function randomRegister(g: MutableGrid, lines: number): void {
  for (let i = 0; i < lines; i++) {
    const row = 6 + rnd(lines * 2) + (rnd(50) === 0 ? 5000 : 0);
    for (const [col, values] of Object.entries(POOL)) if (rnd(4)) setGridCell(g, `${col}${row}`, pick(values));
  }
}

describe('random registers never crash validation', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('register-mode workbook, run %i', (run) => {
    for (let k = 0; k < 15; k++) {
      const grids = planToGrids(buildWorkbookPlan(cat, run % 2 ? bacSonRegisterInputs() : undefined));
      randomRegister(grids.sheets[REGISTER_SHEET_NAME]!, 1 + rnd(60));
      recalculateRegister(cat, grids);
      const result = validateWorkbook(cat, grids);
      for (const f of result.findings) {
        expect(RULES[f.rule]).toBeDefined();
        expect(f.address).toMatch(/^[A-Z]+\d+$/);
        expect(f.message).toContain(f.address);
        expect([undefined, ...cat.levels.map((l) => l.id)]).toContain(f.level);
      }
      expect(result.byLevel.reduce((s, l) => s + l.errors + l.warnings, 0)).toBe(result.findings.length);
      // The tally the formulas show (recalculated) is never called stale or changed.
      expect(
        result.findings.filter(
          (f) =>
            f.rule === 'computed-value-stale' || f.rule === 'formula-changed' || f.rule === 'count-typed-over-register',
        ),
      ).toEqual([]);
    }
  });

  it('a hand-typed workbook with random register lines: one warning that they are not counted, never a crash', () => {
    for (let k = 0; k < 20; k++) {
      const grids = planToGrids(buildWorkbookPlan(cat, { ...bacSonRegisterInputs(), tallySource: 'typed', tally: {} }));
      randomRegister(grids.sheets[REGISTER_SHEET_NAME]!, 1 + rnd(30));
      const result = validateWorkbook(cat, grids);
      expect(result.findings.filter((f) => f.sheet === REGISTER_SHEET_NAME).map((f) => f.rule)).toEqual([
        'register-lines-ignored',
      ]);
    }
  });
});
