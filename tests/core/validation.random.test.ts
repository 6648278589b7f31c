/**
 * Validation is total: arbitrary grids (random values of every type, ragged rows, missing
 * sheets, holes) never make it throw, and every finding points at a real cell of a real
 * sheet. Seeded, so a failure is reproducible: TDKT_FUZZ_SEED, TDKT_FUZZ_CASES. CI runs 500
 * grids (each kind of damage above comes up dozens of times: a sheet gone 5 %, a row cut
 * 10 %, a row undefined 5 %, no formulas 10 % per sheet); `npm run fuzz` runs thousands.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE as cat, parseA1, validateWorkbook } from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { paperFormInputs } from '../helpers/paperForm';
import { seededRandom as rng } from '../helpers/random';
import { CERTIFICATE_LAYOUT_SHEET_NAME } from '../../src/core/layout/certificateLayout';

const SAMPLES: unknown[] = [
  '',
  null,
  undefined,
  0,
  1,
  5,
  -3,
  2.5,
  1e308,
  NaN,
  Infinity,
  true,
  false,
  '05',
  'năm',
  ' 7 ',
  '#REF!',
  '#DIV/0!',
  '=SUM(A1)',
  {},
  [],
  'Khen thưởng cấp tỉnh',
  'TỔNG CỘNG (I + II + III + IV)',
];

const SEED = Number(process.env.TDKT_FUZZ_SEED ?? 20241126);
const CASES = Number(process.env.TDKT_FUZZ_CASES ?? 500);

describe('validation never throws and every finding names a real cell', () => {
  const base = planToGrids(buildWorkbookPlan(cat, paperFormInputs()));
  // Each case copies only the lines it edits (the register's 30,000 lines are shared): the
  // base's lines are frozen, so validation changing a line it was given would throw here.
  for (const g of Object.values(base.sheets)) {
    for (const lines of [g.values, g.formulas]) lines.forEach((l) => Object.freeze(l));
  }
  it(`${CASES} random grids (seed ${SEED})`, () => {
    const rand = rng(SEED);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    for (let n = 0; n < CASES; n++) {
      const sheets: Record<string, { values: unknown[][]; formulas: unknown[][] }> = {};
      for (const [name, g] of Object.entries(base.sheets)) {
        if (rand() < 0.05) continue; // sheet gone
        const values: unknown[][] = g.values.slice();
        const formulas: unknown[][] = g.formulas.slice();
        const copied = new Map<unknown[][], Set<number>>([
          [values, new Set()],
          [formulas, new Set()],
        ]);
        /** Line r of `lines`, a copy of its own (made on first write). */
        const own = (lines: unknown[][], r: number): unknown[] => {
          const done = copied.get(lines)!;
          if (!done.has(r)) {
            lines[r] = [...(lines[r] ?? [])];
            done.add(r);
          }
          return lines[r]!;
        };
        const edits = Math.floor(rand() * 40);
        for (let e = 0; e < edits; e++) {
          const r = Math.floor(rand() * (values.length + 5));
          const c = Math.floor(rand() * 12);
          const v = pick(SAMPLES);
          own(values, r)[c] = v;
          own(formulas, r)[c] = rand() < 0.5 ? v : pick(SAMPLES);
        }
        if (rand() < 0.1) values.splice(Math.floor(rand() * values.length), 1);
        if (rand() < 0.05) (values as unknown[])[Math.floor(rand() * values.length)] = undefined;
        sheets[name] = { values, formulas: rand() < 0.1 ? (undefined as unknown as unknown[][]) : formulas };
      }
      const result = validateWorkbook(cat, { sheets });
      for (const f of result.findings) {
        expect(Object.keys(base.sheets)).toContain(f.sheet);
        const { row, col } = parseA1(f.address);
        expect([row, col]).toEqual([f.row, f.col]);
        expect(row).toBeGreaterThanOrEqual(1);
        expect(col).toBeGreaterThanOrEqual(1);
        // "Mẫu in giấy khen" has its "In" column in J (issue 21.4); the other sheets' findings stop at I.
        expect(col).toBeLessThanOrEqual(f.sheet === CERTIFICATE_LAYOUT_SHEET_NAME ? 10 : 9);
        expect(f.message).toContain(
          f.sheet === 'Biểu tổng hợp' && f.rule !== 'sheet-missing' && f.rule !== 'tally-empty' ? f.address : '',
        );
      }
    }
  });
});
