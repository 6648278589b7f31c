/**
 * The award register: its sheet in the plan, the tally's SUMIFS formulas and their core
 * twin, read-back and repair, and the switch of a hand-typed workbook to the register.
 */
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  grandTotal,
  parseA1,
  planRepair,
  planSwitchToRegister,
  REGISTER_FIRST_ROW,
  REGISTER_LAST_ROW,
  REGISTER_SHEET_NAME,
  switchSummary,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type WorkbookGrids,
} from '../../src/core';
import { awardKey, registerAwards, registerFromTally, tallyFromRegister, TYPED_NOTE } from '../../src/core/register';
import { columnAllowed, computeTally, COUNT_COLUMNS, isInputRow, type Counts, type Tally } from '../../src/core/tally';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { REGISTER_CAPACITY } from '../../src/core/layout/register';
import { sheetPlan } from '../../src/core/workbook/plan';
import { tallyRowOf, TALLY_COLUMNS } from '../../src/core/layout/tally';
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

  it('comes right after the tally, header on row 5, frozen, protected, landscape A4 over its lines (A1:L to the capacity)', () => {
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
    expect(reg.print).toMatchObject({
      orientation: 'landscape',
      paper: 'A4',
      printArea: `A1:L${REGISTER_CAPACITY + 5}`,
      titleRows: '5:5',
    });
  });

  it(`has room for ${REGISTER_CAPACITY} lines: unlocked areas and validation over whole columns, no per-line cells`, () => {
    expect(REGISTER_LAST_ROW - REGISTER_FIRST_ROW + 1).toBe(REGISTER_CAPACITY);
    // A:M the list (M: "Đơn vị" of an aggregate), N:R what the documents need (issue 21.1; R the money).
    expect(reg.areas).toHaveLength(18);
    for (const a of reg.areas!) {
      expect(a.range).toMatch(new RegExp(`^[A-R]${REGISTER_FIRST_ROW}:[A-R]${REGISTER_LAST_ROW}$`));
      expect(plan.styles[a.style]!.locked).toBe(false);
    }
    // A blank register plans its headers and dropdown lists only.
    expect(reg.cells.length).toBeLessThan(80);
    const rules = Object.fromEntries(reg.validations.map((v) => [v.ranges.join(), v.rule]));
    expect(rules[`C6:C${REGISTER_LAST_ROW}`]).toMatchObject({ type: 'date' });
    expect(rules[`E6:E${REGISTER_LAST_ROW}`]).toEqual({
      type: 'listRange',
      source: `$T$6:$T$${5 + registerAwards(cat).length}`,
    });
    expect(rules[`F6:F${REGISTER_LAST_ROW}`]).toMatchObject({ type: 'listRange' });
    expect(rules[`G6:G${REGISTER_LAST_ROW}`]).toEqual({ type: 'list', items: ['Tập thể', 'Cá nhân', 'Gia đình'] });
    expect(rules[`H6:H${REGISTER_LAST_ROW}`]).toEqual({ type: 'wholeNumber', min: 1 });
    expect(rules[`K6:K${REGISTER_LAST_ROW}`]).toEqual({ type: 'list', items: ['x'] });
    // issue 21.1: "Ngày tờ trình" is a date like "Ngày quyết định".
    expect(rules[`P6:P${REGISTER_LAST_ROW}`]).toMatchObject({ type: 'date' });
  });

  it('lists every award once with its level, so repeated labels are told apart', () => {
    const keys = registerAwards(cat).map((a) => awardKey(cat, a));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['Giấy khen (cấp huyện)', 'Giấy khen (cấp cơ sở)']));
    const listed = reg.cells.filter((c) => c.col === 20 && c.row >= REGISTER_FIRST_ROW).map((c) => c.value);
    expect(listed).toEqual(keys);
  });

  it('names the register columns the tally formulas use', () => {
    const names = Object.fromEntries(plan.names.filter((n) => n.sheet === 'register').map((n) => [n.name, n.address]));
    expect(names).toEqual({
      TDKT_DS_DanhHieu: `E6:E${REGISTER_LAST_ROW}`,
      TDKT_DS_Loai: `F6:F${REGISTER_LAST_ROW}`,
      TDKT_DS_DoiTuong: `G6:G${REGISTER_LAST_ROW}`,
      TDKT_DS_SoLuong: `H6:H${REGISTER_LAST_ROW}`,
      TDKT_DS_LaoDongTrucTiep: `K6:K${REGISTER_LAST_ROW}`,
      // issue 21.1: the proposals (a Tờ trình, no Số QĐ) are left out by these two.
      TDKT_DS_SoQD: `B6:B${REGISTER_LAST_ROW}`,
      TDKT_DS_ToTrinh: `O6:O${REGISTER_LAST_ROW}`,
    });
  });

  it('makes every tally count cell a SUMIFS + COUNTIFS over the register (an empty quantity counts 1), less the proposals (issue 21.1)', () => {
    const r = tallyRowOf(cat, 'IV.2.thuongXuyen');
    const cell = (col: string) => tally.cells.find((c) => c.address === `${col}${r}`)!;
    const c = 'TDKT_DS_DanhHieu,"Giấy khen (cấp cơ sở)",TDKT_DS_Loai,"Khen thường xuyên",TDKT_DS_DoiTuong,"Cá nhân"';
    const p = `${c},TDKT_DS_ToTrinh,"<>",TDKT_DS_SoQD,""`;
    expect(cell('D').formula).toBe(
      `=SUMIFS(TDKT_DS_SoLuong,${c})+COUNTIFS(${c},TDKT_DS_SoLuong,"")` +
        `-SUMIFS(TDKT_DS_SoLuong,${p})-COUNTIFS(${p},TDKT_DS_SoLuong,"")`,
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
    // The STT is the form's formula now (issue 22), not an input read back.
    expect(read.register).toEqual(register.map(({ number: _stt, ...line }) => line));
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

describe('issue 24.6: the switch to the register changes nothing it cannot carry, and says what is so', () => {
  const typed = paperFormInputs();
  const cellOf = (rowId: string, col: keyof typeof TALLY_COLUMNS) =>
    `${String.fromCharCode(64 + TALLY_COLUMNS[col])}${tallyRowOf(cat, rowId)}`;
  /** The Bắc Sơn workbook with some count cells typed over (as the clerk typed them). */
  function typedWith(cells: Record<string, unknown>): WorkbookGrids {
    const grids = planToGrids(buildWorkbookPlan(cat, typed));
    for (const [address, v] of Object.entries(cells)) setGridCell(grids.sheets[TALLY_SHEET_NAME]!, address, v);
    return grids;
  }
  const planCell = (sw: ReturnType<typeof planSwitchToRegister>, address: string) =>
    sheetPlan(sw.plan, 'tally').cells.find((c) => c.address === address)!;

  it('issue 24.6: a typed "1.000" stays in its cell as typed (no line of 1, nothing lost), named as not switched', () => {
    const at = cellOf('III.1', 'individual');
    const sw = planSwitchToRegister(cat, typedWith({ [at]: '1.000' }));
    expect(planCell(sw, at)).toMatchObject({ role: 'input', value: '1.000' });
    expect(sw.displaced).toEqual([]);
    const after = readWorkbookInputs(cat, planToGrids(sw.plan)).inputs;
    expect(after.tallySource).toBe('register');
    expect(after.register!.filter((l) => String(l.award).startsWith('Lao động tiên tiến (cấp huyện)'))).toEqual([]);
    expect(sw.kept).toEqual([
      expect.objectContaining({
        rowId: 'III.1',
        column: 'individual',
        address: at,
        content: '1.000',
        reason: 'not-a-count',
      }),
    ]);
    // The sheet's SUM took the text as nothing before, and takes it as nothing after.
    expect([sw.before!.individual, sw.after!.individual, sw.unchanged]).toEqual([16, 16, true]);
    const summary = switchSummary(sw);
    expect(summary[0]).toBe(
      'TỔNG CỘNG trước và sau khi chuyển như nhau: 5 tập thể, 16 cá nhân, 0 gia đình; lao động trực tiếp: 0 tập thể, 4 cá nhân.',
    );
    expect(summary[2]).toContain(`${at} (“Lao động tiên tiến”, Cá nhân): “1.000” — không phải một số nguyên`);
    // Validate names the cell until the clerk enters its lines.
    const v = validateWorkbook(cat, planToGrids(sw.plan));
    expect(v.findings.filter((f) => f.severity === 'error').map((f) => f.address)).toEqual([at]);
  });

  it('issue 24.6: direct-labour counts above their count are not lowered (39 stays 39): those cells stay typed, the rest switch', () => {
    const direct = cellOf('IV.2', 'directIndividual');
    const before = typedWith({ [direct]: 39 });
    const sw = planSwitchToRegister(cat, before);
    expect(planCell(sw, direct)).toMatchObject({ role: 'input', value: 39 });
    // The award's count itself becomes lines (its formula gives 12, as typed).
    expect(planCell(sw, cellOf('IV.2', 'individual')).formula).toContain('SUMIFS');
    const grids = planToGrids(sw.plan);
    const inputs = readWorkbookInputs(cat, grids).inputs;
    expect(inputs.tally['IV.2']?.individual).toBe(12);
    expect(sw.kept.map((k) => [k.address, k.reason, k.content, k.fromLines])).toEqual([
      [direct, 'inexact', 39, 12],
      [cellOf('IV.2.thuongXuyen', 'directIndividual'), 'inexact', '', 12],
    ]);
    expect([sw.before!.directIndividual, sw.after!.directIndividual, sw.unchanged]).toEqual([43, 43, true]);
  });

  it('issue 24.6: a breakdown direct count above its own count (5 over 1) is not lowered either', () => {
    const cells = {
      [cellOf('III.4.thuongXuyen', 'individual')]: 1,
      [cellOf('III.4.thuongXuyen', 'directIndividual')]: 5,
    };
    const sw = planSwitchToRegister(cat, typedWith(cells));
    expect(planCell(sw, cellOf('III.4.thuongXuyen', 'directIndividual'))).toMatchObject({ role: 'input', value: 5 });
    expect(sw.unchanged).toBe(true);
    expect(sw.before).toEqual(sw.after);
  });

  it('issue 24.6: lines already in the register change TỔNG CỘNG, and the summary says so (never "unchanged")', () => {
    const g = planToGrids(
      buildWorkbookPlan(cat, {
        ...typed,
        register: [{ award: 'Giấy khen (cấp cơ sở)', subject: 'Cá nhân', name: 'Nông Văn A', row: 6 }],
      }),
    );
    const sw = planSwitchToRegister(cat, g);
    expect([sw.before!.individual, sw.after!.individual, sw.unchanged]).toEqual([34, 35, false]);
    expect(switchSummary(sw)[0]).toBe(
      'TỔNG CỘNG đã thay đổi — trước: 5 tập thể, 34 cá nhân, 0 gia đình; lao động trực tiếp: 0 tập thể, 4 cá nhân; sau: 5 tập thể, 35 cá nhân, 0 gia đình; lao động trực tiếp: 0 tập thể, 4 cá nhân. Hãy kiểm tra lại (các dòng đã có sẵn trong danh sách nay cũng được tính; nội dung chuyển sang bản cũ không còn được tính).',
    );
  });

  it('issue 24.6: random typed tallies, clean or not: every count cell shows after the switch what it showed before', () => {
    let seed = 11;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const odd: unknown[] = ['1.000', '18 người', 2.5, -2, '05', true, 0];
    for (let k = 0; k < 25; k++) {
      const cells: Record<string, unknown> = {};
      for (const row of cat.rows) {
        if (!isInputRow(row) || rnd(3) === 0) continue;
        for (const col of COUNT_COLUMNS) {
          if (!columnAllowed(row, col) || !rnd(2)) continue;
          cells[cellOf(row.id, col)] = rnd(8) === 0 ? odd[rnd(odd.length)] : rnd(30);
        }
      }
      const grids = typedWith(cells);
      const old = grids.sheets[TALLY_SHEET_NAME]!;
      const sw = planSwitchToRegister(cat, grids);
      const after = planToGrids(sw.plan);
      const fromLines = tallyFromRegister(cat, readWorkbookInputs(cat, after).inputs.register!);
      for (const row of cat.rows) {
        if (!isInputRow(row)) continue;
        for (const col of COUNT_COLUMNS) {
          if (!columnAllowed(row, col)) continue;
          const address = cellOf(row.id, col);
          const { row: r, col: c } = parseA1(address);
          const was = old.values[r - 1]![c - 1];
          const cell = planCell(sw, address);
          // Either the typed content itself, or a formula whose lines give exactly the clean count typed.
          const now = cell.formula !== undefined ? fromLines[row.id]![col]! : cell.value;
          const same =
            cell.formula !== undefined
              ? typeof was === 'number'
                ? now === was
                : (was === '' || was === undefined) && now === 0
              : now === was || ((was === '' || was === undefined) && (now === null || now === ''));
          if (!same) throw new Error(`case ${k}: ${address} was ${String(was)}, now ${String(now)}`);
        }
      }
      expect(sw.unchanged).toBe(true);
      expect(sw.after).toEqual(sw.before);
      expect(sw.displaced.filter((d) => d.sheet === TALLY_SHEET_NAME)).toEqual([]);
    }
  });
});
