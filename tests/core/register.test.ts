/**
 * The award register: its sheet in the plan, the tally's SUMIFS formulas and their core
 * twin, read-back and repair, and the switch of a hand-typed workbook to the register.
 */
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  grandTotal,
  planRepair,
  planSwitchToRegister,
  REGISTER_FIRST_ROW,
  REGISTER_LAST_ROW,
  REGISTER_SHEET_NAME,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type WorkbookGrids,
} from '../../src/core';
import { awardKey, registerAwards, registerFromTally, tallyFromRegister, TYPED_NOTE } from '../../src/core/register';
import { columnAllowed, computeTally, COUNT_COLUMNS, isInputRow, type Counts, type Tally } from '../../src/core/tally';
import { planToGrids } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { REGISTER_CAPACITY } from '../../src/core/layout/register';
import { sheetPlan } from '../../src/core/workbook/plan';
import { tallyRowOf } from '../../src/core/layout/tally';
import { paperFormInputs } from '../helpers/paperForm';
import { bacSonRegisterInputs } from '../helpers/register';

/** Every allowed input cell of a tally, 0 where nothing was given. */
function full(t: Tally): Record<string, Partial<Counts>> {
  const out: Record<string, Partial<Counts>> = {};
  for (const row of cat.rows) {
    if (!isInputRow(row)) continue;
    for (const col of COUNT_COLUMNS) if (columnAllowed(row, col)) (out[row.id] ??= {})[col] = t[row.id]?.[col] ?? 0;
  }
  return out;
}

describe('the register sheet in a new workbook', () => {
  const plan = buildWorkbookPlan(cat);
  const reg = sheetPlan(plan, 'register');
  const tally = sheetPlan(plan, 'tally');

  it('comes right after the tally, header on row 5, frozen, protected, landscape A4 over columns A:M', () => {
    expect(plan.sheets.map((s) => s.name).indexOf(REGISTER_SHEET_NAME)).toBe(
      plan.sheets.map((s) => s.name).indexOf(TALLY_SHEET_NAME) + 1,
    );
    const header = reg.cells.filter((c) => c.row === 5 && c.col <= 13).map((c) => c.value);
    expect(header).toEqual([
      'STT',
      'Số quyết định',
      'Ngày quyết định',
      'Cấp / cơ quan quyết định',
      'Danh hiệu, hình thức khen thưởng',
      'Loại (chuyên đề, đột xuất, thường xuyên…)',
      'Đối tượng',
      'Số lượng',
      'Tên tập thể, cá nhân, hộ gia đình',
      'Chức vụ, đơn vị',
      'Lao động trực tiếp (x)',
      'Ghi chú',
      'Đơn vị (khi tổng hợp)',
    ]);
    expect(reg.freeze).toEqual({ rows: 5, columns: 0 });
    expect(reg.protect).toBe(true);
    expect(reg.print).toMatchObject({ orientation: 'landscape', paper: 'A4', printArea: 'A:M', titleRows: '5:5' });
  });

  it(`has room for ${REGISTER_CAPACITY} lines: unlocked areas and validation over whole columns, no per-line cells`, () => {
    expect(REGISTER_LAST_ROW - REGISTER_FIRST_ROW + 1).toBe(5000);
    expect(reg.areas).toHaveLength(13);
    for (const a of reg.areas!) {
      expect(a.range).toMatch(new RegExp(`^[A-M]${REGISTER_FIRST_ROW}:[A-M]${REGISTER_LAST_ROW}$`));
      expect(plan.styles[a.style]!.locked).toBe(false);
    }
    // A blank register plans its headers and dropdown lists only.
    expect(reg.cells.length).toBeLessThan(80);
    const rules = Object.fromEntries(reg.validations.map((v) => [v.ranges.join(), v.rule]));
    expect(rules['C6:C5005']).toMatchObject({ type: 'date' });
    expect(rules['E6:E5005']).toEqual({ type: 'listRange', source: `$O$6:$O$${5 + registerAwards(cat).length}` });
    expect(rules['F6:F5005']).toMatchObject({ type: 'listRange' });
    expect(rules['G6:G5005']).toEqual({ type: 'list', items: ['Tập thể', 'Cá nhân', 'Gia đình'] });
    expect(rules['H6:H5005']).toEqual({ type: 'wholeNumber', min: 1 });
    expect(rules['K6:K5005']).toEqual({ type: 'list', items: ['x'] });
  });

  it('lists every award once with its level, so repeated labels are told apart', () => {
    const keys = registerAwards(cat).map((a) => awardKey(cat, a));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['Giấy khen (cấp huyện)', 'Giấy khen (cấp cơ sở)']));
    const listed = reg.cells.filter((c) => c.col === 15 && c.row >= REGISTER_FIRST_ROW).map((c) => c.value);
    expect(listed).toEqual(keys);
  });

  it('names the register columns the tally formulas use', () => {
    const names = Object.fromEntries(plan.names.filter((n) => n.sheet === 'register').map((n) => [n.name, n.address]));
    expect(names).toEqual({
      TDKT_DS_DanhHieu: 'E6:E5005',
      TDKT_DS_Loai: 'F6:F5005',
      TDKT_DS_DoiTuong: 'G6:G5005',
      TDKT_DS_SoLuong: 'H6:H5005',
      TDKT_DS_LaoDongTrucTiep: 'K6:K5005',
    });
  });

  it('makes every tally count cell a SUMIFS + COUNTIFS over the register (an empty quantity counts 1)', () => {
    const r = tallyRowOf(cat, 'IV.2.thuongXuyen');
    const cell = (col: string) => tally.cells.find((c) => c.address === `${col}${r}`)!;
    expect(cell('D').formula).toBe(
      '=SUMIFS(TDKT_DS_SoLuong,TDKT_DS_DanhHieu,"Giấy khen (cấp cơ sở)",TDKT_DS_Loai,"Khen thường xuyên",TDKT_DS_DoiTuong,"Cá nhân")' +
        '+COUNTIFS(TDKT_DS_DanhHieu,"Giấy khen (cấp cơ sở)",TDKT_DS_Loai,"Khen thường xuyên",TDKT_DS_DoiTuong,"Cá nhân",TDKT_DS_SoLuong,"")',
    );
    expect(cell('H').formula).toContain('TDKT_DS_LaoDongTrucTiep,"x"');
    expect(cell('D').role).toBe('computed');
    // No input cell is left in the tally: the clerk types in the register.
    expect(tally.cells.filter((c) => c.role === 'input')).toEqual([]);
    expect(tally.validations).toEqual([]);
    // The sums above them are the same formulas as in a hand-typed tally.
    const typed = sheetPlan(buildWorkbookPlan(cat, paperFormInputs()), 'tally');
    const sums = (s: typeof tally) =>
      s.cells.filter((c) => c.formula?.startsWith('=SUM(') || c.formula?.startsWith('=IF(')).map((c) => c.formula);
    expect(sums(tally)).toEqual(sums(typed));
  });
});

describe('tallyFromRegister (the twin of the SUMIFS formulas)', () => {
  it('gives the paper form’s numbers from the Bắc Sơn register', () => {
    const inputs = bacSonRegisterInputs();
    expect(inputs.tallySource).toBe('register');
    expect(full(tallyFromRegister(cat, inputs.register!))).toEqual(full(paperFormInputs().tally));
    const total = grandTotal(cat, computeTally(cat, tallyFromRegister(cat, inputs.register!)));
    expect([total.collective, total.individual, total.directIndividualRate]).toEqual([5, 34, 11.76]);
  });

  it('matches like SUMIFS: whole cell, case-insensitive, untrimmed; text and 0 quantities add nothing', () => {
    const award = 'Giấy khen (cấp cơ sở)';
    const t = tallyFromRegister(cat, [
      { award: award.toUpperCase(), subject: 'cá nhân', direct: 'X' },
      { award: `${award} `, subject: 'Cá nhân' },
      { award, subject: 'Cá nhân', quantity: '5' },
      { award, subject: 'Cá nhân', quantity: 0 },
      { award, subject: 'Cá nhân', quantity: 2.5, kind: 'khen chuyên đề' },
      { award, subject: 'Gia đình', direct: 'x' },
    ]);
    expect(t['IV.2']).toEqual({
      collective: 0,
      individual: 3.5,
      household: 1,
      directCollective: 0,
      directIndividual: 1,
    });
    expect(t['IV.2.chuyenDe']).toMatchObject({ individual: 2.5 });
  });
});

describe('read-back and repair of a register workbook', () => {
  const inputs = bacSonRegisterInputs();
  // A blank line between two lines stays blank: nothing moves.
  const register = inputs.register!.map((l, i) => ({ ...l, row: REGISTER_FIRST_ROW + (i < 3 ? i : i + 1) }));
  const grids = planToGrids(buildWorkbookPlan(cat, { ...inputs, register })) as WorkbookGrids;

  it('reads the lines back where they stand, in register mode, with the tally they give', () => {
    const read = readWorkbookInputs(cat, grids).inputs;
    expect(read.tallySource).toBe('register');
    expect(read.register).toEqual(register);
    expect(full(read.tally)).toEqual(full(paperFormInputs().tally));
  });

  it('repair of an intact register workbook changes nothing and displaces nothing', () => {
    const repair = planRepair(cat, grids);
    expect(repair.displaced).toEqual([]);
    expect(planToGrids(repair.plan)).toEqual(grids);
  });

  it('a number typed over a register formula is kept aside by repair, not taken for a typed tally', () => {
    const g = planToGrids(buildWorkbookPlan(cat, inputs));
    const r = tallyRowOf(cat, 'IV.2');
    g.sheets[TALLY_SHEET_NAME]!.formulas[r - 1]![3] = 99;
    g.sheets[TALLY_SHEET_NAME]!.values[r - 1]![3] = 99;
    const repair = planRepair(cat, g);
    expect(repair.displaced).toEqual([
      { sheet: TALLY_SHEET_NAME, address: `D${r}`, content: 99, reason: 'over-formula' },
    ]);
    expect(readWorkbookInputs(cat, g).inputs.tallySource).toBe('register');
  });

  it('validation of the intact register workbook finds only the missing info warnings, none on the register', () => {
    const findings = validateWorkbook(cat, grids).findings;
    expect(findings.filter((f) => f.sheet === REGISTER_SHEET_NAME || f.sheet === TALLY_SHEET_NAME)).toEqual([]);
  });
});

describe('switching a hand-typed workbook to the register', () => {
  const typed = paperFormInputs();
  const grids = planToGrids(buildWorkbookPlan(cat, typed)) as WorkbookGrids;

  it('a hand-typed workbook reads as typed; an old one without the register sheet too', () => {
    expect(readWorkbookInputs(cat, grids).inputs.tallySource).toBe('typed');
    const { [REGISTER_SHEET_NAME]: _gone, ...old } = grids.sheets;
    expect(readWorkbookInputs(cat, { sheets: old }).inputs.tallySource).toBe('typed');
    // Repairing the old workbook adds the register and keeps the typed counts.
    const repaired = planRepair(cat, { sheets: old });
    expect(repaired.plan.sheets.map((s) => s.name)).toContain(REGISTER_SHEET_NAME);
    expect(readWorkbookInputs(cat, planToGrids(repaired.plan)).inputs.tallySource).toBe('typed');
  });

  it('Bắc Sơn: TỔNG CỘNG 05 / 34 and the rate 11,76 % unchanged; each count a line marked "nhập tay"', () => {
    const before = computeTally(cat, typed.tally);
    const sw = planSwitchToRegister(cat, grids);
    expect(sw.already).toBe(false);
    expect(sw.displaced).toEqual([]);
    const after = readWorkbookInputs(cat, planToGrids(sw.plan)).inputs;
    expect(after.tallySource).toBe('register');
    expect(after.register!.every((l) => l.note === TYPED_NOTE)).toBe(true);
    expect(sw.added).toBe(after.register!.length);
    const total = grandTotal(cat, computeTally(cat, after.tally));
    expect([total.collective, total.individual, total.directIndividual, total.directIndividualRate]).toEqual([
      5, 34, 4, 11.76,
    ]);
    // Every row, every column: the same numbers as before the switch.
    expect(computeTally(cat, after.tally)).toEqual(new Map([...before].map(([k, v]) => [k, v])));
    // The plan's cached results are those numbers too (what the file shows before Excel recalculates).
    const totalRow = tallyRowOf(cat, 'TOTAL');
    const cached = sheetPlan(sw.plan, 'tally').cells.find((c) => c.address === `I${totalRow}`);
    expect(cached?.cached).toBe(11.76);
    // Switching again does nothing more.
    const again = planSwitchToRegister(cat, planToGrids(sw.plan));
    expect([again.already, again.added]).toEqual([true, 0]);
  });

  it('keeps lines already typed in the register and adds the counts after them', () => {
    const g = planToGrids(
      buildWorkbookPlan(cat, {
        ...typed,
        register: [{ award: 'Giấy khen (cấp cơ sở)', subject: 'Cá nhân', name: 'Nông Văn A', row: 7 }],
      }),
    );
    const sw = planSwitchToRegister(cat, g);
    expect(sw.existing).toBe(1);
    const lines = readWorkbookInputs(cat, planToGrids(sw.plan)).inputs.register!;
    expect(lines[0]).toMatchObject({ name: 'Nông Văn A', row: 7 });
    expect(lines[1]!.row).toBe(8);
  });

  it('random typed tallies survive the switch: every award row and the totals keep their numbers', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 200; k++) {
      const t: Record<string, Partial<Counts>> = {};
      for (const row of cat.rows) {
        if (!isInputRow(row) || rnd(3) === 0) continue;
        for (const col of COUNT_COLUMNS) if (columnAllowed(row, col) && rnd(2)) (t[row.id] ??= {})[col] = rnd(30);
      }
      const before = computeTally(cat, t);
      const after = computeTally(cat, tallyFromRegister(cat, registerFromTally(cat, t)));
      for (const row of cat.rows) {
        if (row.kind === 'breakdown') continue;
        // Where the typed tally was consistent (breakdowns within the award, SL within the count).
        const b = before.get(row.id)!;
        const consistent =
          b.directCollective <= b.collective &&
          b.directIndividual <= b.individual &&
          cat.rows
            .filter((x) => x.parent === row.id && x.kind === 'breakdown')
            .every((x) => COUNT_COLUMNS.every((c) => (before.get(x.id)![c] ?? 0) <= b[c]));
        if (row.kind === 'award' && consistent) expect([row.id, after.get(row.id)]).toEqual([row.id, b]);
      }
    }
  });
});
