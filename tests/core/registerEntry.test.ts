/**
 * Entry help of the award register (issue 10, item 6): a pasted list of names, the pane's
 * choices, the decision check, and the plans that fill selected lines and append new ones
 * without overwriting anything the clerk typed.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  checkDecision,
  DEFAULT_CATALOGUE,
  entryChoices,
  grandTotal,
  inputsFromJson,
  parseA1,
  parseDecisionDate,
  parsePastedNames,
  planAppend,
  planFill,
  REGISTER_FIRST_ROW,
  REGISTER_LAST_ROW,
  REGISTER_SHEET_NAME,
  selectedLines,
  validateWorkbook,
  type CellValue,
} from '../../src/core';
import { computeTally } from '../../src/core/tally';
import { DECISION_COLUMNS, type RegisterBlock } from '../../src/core/registerEntry';
import { locateRegisterLayout } from '../../src/core/layout/registerHeaders';
import { REGISTER_COLUMN_ORDER } from '../../src/core/register';
import { TEXT } from '../../src/core/text/vi';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { tallyFromRegister } from '../../src/core/register';
import { planToGrids, type MutableGrid } from '../../src/core/planToGrids';
import {
  isRegisterNumberFormula,
  REGISTER_COLUMNS,
  REGISTER_LIST_COLS,
  registerNumberFormula,
} from '../../src/core/layout/register';
import { bacSonRegisterInputs } from '../helpers/register';
import { sheetPlan } from '../../src/core/workbook/plan';
import { tongHopKhenThuong2025 } from '../../src/core/catalogue';
import { ENTRY_TEXT } from '../../src/core/text/registerEntry';

const FIXTURES = path.join(__dirname, '../fixtures/register-entry');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** A register block of `rows` lines from row 6, each line given as column → value. */
function block(
  lines: Record<number, Partial<Record<keyof typeof REGISTER_COLUMNS, unknown>>>,
  rows = 20,
): RegisterBlock {
  const values = Array.from({ length: rows }, () => Array.from({ length: 13 }, () => '' as unknown));
  for (const [row, line] of Object.entries(lines)) {
    for (const [col, v] of Object.entries(line)) {
      values[Number(row) - REGISTER_FIRST_ROW]![REGISTER_COLUMNS[col as keyof typeof REGISTER_COLUMNS] - 1] = v;
    }
  }
  return { firstRow: REGISTER_FIRST_ROW, values, formulas: values };
}

/** Apply a planned write (null = leave the cell; a formula uncalculated, as a file not yet opened has it) to a grid anchored at A1. */
function apply(
  grid: MutableGrid,
  range: string,
  values: readonly (readonly (CellValue | { formula: string } | null)[])[],
): void {
  const [a] = range.split(':');
  const { row, col } = parseA1(a!);
  values.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v === null) return;
      const formula = typeof v === 'object';
      grid.values[row - 1 + i]![col - 1 + j] = formula ? '' : v;
      grid.formulas[row - 1 + i]![col - 1 + j] = formula ? v.formula : v;
    }),
  );
}

describe('parsePastedNames', () => {
  it('a table copied from a decision annex in Word: the heading row skipped, STT dropped, the rest is "Chức vụ, đơn vị"', () => {
    const r = parsePastedNames(fixture('annex-table.txt'));
    expect(r.names).toEqual([
      { name: 'Nguyễn Văn An', position: 'Trưởng thôn Bắc Sơn 1', line: 2 },
      { name: 'Trần Thị Bình', position: 'Chi hội trưởng Chi hội Phụ nữ thôn Bắc Sơn 2', line: 3 },
      { name: 'Lê Văn Cường', line: 4 },
      { name: 'Phạm Thị Dung', position: 'Công chức Văn phòng – Thống kê', line: 5 },
    ]);
    expect(r.skipped).toEqual([{ line: 1, text: 'TT Họ và tên Chức vụ, đơn vị', reason: 'header' }]);
  });

  it("Word's automatic numbering (number, tab, text), a no-break space, trailing ';' and '.', an empty line", () => {
    const r = parsePastedNames(fixture('annex-numbered.txt'));
    expect(r.names.map((n) => n.name)).toEqual(['Hoàng Văn Em', 'Đỗ Thị Giang', 'Vũ Văn Hải']);
    expect(r.names.map((n) => n.line)).toEqual([1, 2, 4]);
    expect(r.skipped).toEqual([]);
  });

  it("Word's Symbol-font bullet (U+F0B7) and a typed '- ' are not part of the name", () => {
    const r = parsePastedNames(fixture('annex-bullets.txt'));
    expect(r.names.map((n) => n.name)).toEqual([
      'Chi bộ khối phố 1',
      'Ban công tác Mặt trận thôn Tân Lập',
      'Hội Cựu chiến binh xã',
    ]);
  });

  it('typed lists: "1. ", "2) ", "a) ", "• "; a decomposed name comes out NFC; zero-width characters go', () => {
    const decomposed = 'Nguyễn Văn Tú'.normalize('NFD');
    const r = parsePastedNames(`1. Lò Văn Sáng\n2) Hà Thị Thu\na) Chi đoàn thôn 3\n• ${decomposed}\u200B`);
    expect(r.names.map((n) => n.name)).toEqual(['Lò Văn Sáng', 'Hà Thị Thu', 'Chi đoàn thôn 3', 'Nguyễn Văn Tú']);
    expect(r.names[3]!.name).toBe('Nguyễn Văn Tú'.normalize('NFC'));
  });

  it('a line with only a number has no name; a paragraph is not a name; both are said, not dropped silently', () => {
    const long = 'Đã có thành tích xuất sắc '.repeat(12);
    const r = parsePastedNames(`5.\n${long}\nTòng Văn Ưng`);
    expect(r.names.map((n) => n.name)).toEqual(['Tòng Văn Ưng']);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'noName'],
      [2, 'tooLong'],
    ]);
  });

  it('nothing pasted: no names, nothing skipped', () => {
    expect(parsePastedNames(' \r\n\t\n')).toEqual({ names: [], skipped: [] });
  });
});

describe('entryChoices', () => {
  it.each([DEFAULT_CATALOGUE, tongHopKhenThuong2025])(
    "%# the pane offers exactly the register sheet's own dropdown of awards",
    (catalogue) => {
      const plan = buildWorkbookPlan(catalogue);
      const listed = sheetPlan(plan, 'register')
        .cells.filter((c) => c.col === REGISTER_LIST_COLS.award && c.row >= REGISTER_FIRST_ROW)
        .map((c) => c.value);
      expect(entryChoices(catalogue).awards.map((a) => a.label)).toEqual(listed);
    },
  );

  it('an award carries its own Loại and the subjects it may be given to (Chiến sĩ thi đua cơ sở: cá nhân only)', () => {
    const c = entryChoices(tongHopKhenThuong2025);
    const csdt = c.awards.find((a) => a.label.startsWith('Chiến sĩ thi đua cơ sở'))!;
    expect(csdt.subjects).toEqual(['Cá nhân']);
    const gk = c.awards.find((a) => a.label === 'Giấy khen của Chủ tịch UBND xã (cấp xã)')!;
    expect(gk.subjects).toEqual(['Tập thể', 'Cá nhân', 'Gia đình']);
    expect(gk.kinds.length).toBeGreaterThan(0);
    expect(c.subjects).toEqual(['Tập thể', 'Cá nhân', 'Gia đình']);
  });
});

describe('checkDecision', () => {
  const choices = entryChoices(tongHopKhenThuong2025);
  const csdt = choices.awards.find((a) => a.label.startsWith('Chiến sĩ thi đua cơ sở'))!.label;

  it('a Gia đình for Chiến sĩ thi đua cơ sở is refused before anything is written', () => {
    expect(checkDecision(choices, { award: csdt, subject: 'Gia đình' })).toBe(
      ENTRY_TEXT.subjectNotAllowed('Chiến sĩ thi đua cơ sở (cấp xã)', 'Gia đình', ['Cá nhân']),
    );
  });

  it('a Loại of another award, a Loại without an award, an unknown label, nothing at all: one sentence each', () => {
    const gk = choices.awards.find((a) => a.label === 'Giấy khen của Chủ tịch UBND xã (cấp xã)')!;
    expect(checkDecision(choices, { award: csdt, kind: gk.kinds[0] })).toMatch(/không chia theo loại|không có loại/);
    expect(checkDecision(choices, { kind: gk.kinds[0] })).toBe(ENTRY_TEXT.kindWithoutAward);
    expect(checkDecision(choices, { award: 'Giấy khen (cấp huyện)' })).toBe(
      ENTRY_TEXT.unknownAward('Giấy khen (cấp huyện)'),
    );
    expect(checkDecision(choices, { decision: '  ' })).toBe(ENTRY_TEXT.nothingToFill);
  });

  it('labels match case-insensitively, as the SUMIFS do; a decision number alone is fine', () => {
    expect(
      checkDecision(choices, { award: 'giấy khen của chủ tịch ubnd xã (cấp xã)', subject: 'cá nhân' }),
    ).toBeUndefined();
    expect(checkDecision(choices, { decision: '45/QĐ-UBND' })).toBeUndefined();
  });
});

describe('parseDecisionDate', () => {
  it('dd/mm/yyyy as clerks write it (and ISO) → the Excel serial; 31/02 is not a date', () => {
    expect(parseDecisionDate('05/01/2025')).toBe(45662);
    expect(parseDecisionDate(' 5/1/2025 ')).toBe(45662);
    expect(parseDecisionDate('2025-01-05')).toBe(45662);
    expect(parseDecisionDate('31/02/2025')).toBeUndefined();
    expect(parseDecisionDate('tháng 1')).toBeUndefined();
  });
});

describe('selectedLines', () => {
  it('clips a selection to the register lines (a whole column I:I, the header, past the last line)', () => {
    expect(selectedLines(1, 1048576)).toEqual({ first: REGISTER_FIRST_ROW, last: REGISTER_LAST_ROW });
    expect(selectedLines(1, 5)).toBeUndefined();
    expect(selectedLines(5, 3)).toEqual({ first: 6, last: 7 });
    expect(selectedLines(REGISTER_LAST_ROW + 1, 2)).toBeUndefined();
  });
});

describe('planFill', () => {
  const fields = { decision: '45/QĐ-UBND', date: 45662, award: 'Giấy khen của Chủ tịch UBND xã (cấp xã)' };

  it('fills the empty cells of the lines in use; keeps (and names) a cell holding something else; leaves empty lines empty', () => {
    const b = block({
      6: { name: 'Nguyễn Văn An' },
      // 7: empty
      8: { name: 'Trần Thị Bình', decision: '12/QĐ-UBND' },
      9: { name: 'Lê Văn Cường', decision: '45/qđ-ubnd', date: '05/01/2025' },
      10: { number: 5 }, // an STT typed in advance is not a line
    });
    const p = planFill(b, { first: 6, last: 10 }, fields);
    expect(p.range).toBe('B6:G9');
    expect(p.values).toEqual([
      ['45/QĐ-UBND', 45662, null, 'Giấy khen của Chủ tịch UBND xã (cấp xã)', null, null],
      [null, null, null, null, null, null],
      [null, 45662, null, 'Giấy khen của Chủ tịch UBND xã (cấp xã)', null, null],
      [null, null, null, 'Giấy khen của Chủ tịch UBND xã (cấp xã)', null, null],
    ]);
    expect(p.kept).toEqual([{ address: 'B8', existing: '12/QĐ-UBND' }]);
    expect(p.emptyLines).toBe(2);
    expect(p.filledLines).toBe(3);
    expect(p.filledCells).toBe(6); // B6 C6 E6, C8 E8, E9
  });

  it('a formula in a cell is something: kept, shown as its formula', () => {
    const b = block({ 6: { name: 'X' } });
    const formulas = b.values.map((r) => [...r]);
    formulas[0]![REGISTER_COLUMNS.authority - 1] = '=Thông_tin!B3';
    const p = planFill({ ...b, formulas }, { first: 6, last: 6 }, { authority: 'UBND xã' });
    expect(p.range).toBeUndefined();
    expect(p.kept).toEqual([{ address: 'D6', existing: '=Thông_tin!B3' }]);
  });

  it('random registers: a planned value never lands on a cell that held anything, nor on an empty line', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let t = 0; t < 200; t++) {
      const lines: Record<number, Record<string, unknown>> = {};
      for (let r = 6; r < 30; r++) {
        if (rnd() < 0.3) continue;
        const line: Record<string, unknown> = {};
        for (const c of Object.keys(REGISTER_COLUMNS)) if (rnd() < 0.25) line[c] = rnd() < 0.5 ? 'x' : 3;
        lines[r] = line;
      }
      const b = block(lines, 30);
      const p = planFill(b, { first: 6, last: 29 }, { decision: 'D', date: 45000, authority: 'A', subject: 'Cá nhân' });
      if (!p.range) continue;
      const top = parseA1(p.range.split(':')[0]!).row;
      p.values.forEach((line, i) =>
        line.forEach((v, j) => {
          if (v === null) return;
          const row = top + i;
          const col = REGISTER_COLUMNS[DECISION_COLUMNS[j]!];
          expect(b.values[row - 6]![col - 1]).toBe('');
          expect(b.values[row - 6]!.some((x, k) => k > 0 && x !== '')).toBe(true);
        }),
      );
    }
  });
});

describe('planAppend', () => {
  const names = parsePastedNames('Nguyễn Văn An\nTrần Thị Bình\tTrưởng thôn').names;

  it('below the last line in use (a gap between lines is the clerk’s), the STT formula, Số lượng 1, the decision on each line', () => {
    const b = block({ 6: { number: 1, name: 'A' }, 9: { number: 4, name: 'B' } });
    const p = planAppend(b, names, { decision: '45/QĐ-UBND', date: 45662, subject: 'Cá nhân' });
    expect(p).toEqual({
      kind: 'append',
      range: 'A10:J11',
      firstRow: 10,
      lastRow: 11,
      values: [
        [
          { formula: registerNumberFormula(10) },
          '45/QĐ-UBND',
          45662,
          null,
          null,
          null,
          'Cá nhân',
          1,
          'Nguyễn Văn An',
          null,
        ],
        [
          { formula: registerNumberFormula(11) },
          '45/QĐ-UBND',
          45662,
          null,
          null,
          null,
          'Cá nhân',
          1,
          'Trần Thị Bình',
          'Trưởng thôn',
        ],
      ],
    });
  });

  it('entry help numbers a new line by the STT formula create and repair put on each filled line, not a typed number', () => {
    const p = planAppend(block({}), names, {});
    if (p.kind !== 'append') throw new Error(p.kind);
    // The one formula (layout/register.ts), the very text create writes on a filled line.
    const made = buildWorkbookPlan(DEFAULT_CATALOGUE, bacSonRegisterInputs())
      .sheets.find((s) => s.key === 'register')!
      .cells.find((c) => c.row === REGISTER_FIRST_ROW && c.col === REGISTER_COLUMNS.number)!;
    expect(p.values[0]![0]).toEqual({ formula: made.formula });
    expect(p.values.map((v) => v[0])).toEqual([
      { formula: registerNumberFormula(6) },
      { formula: registerNumberFormula(7) },
    ]);
  });

  it('an STT the clerk typed in advance is kept (a number or anything else); the other new lines get the formula', () => {
    const b = block({ 6: { number: 1, name: 'A' }, 7: { number: 10 }, 8: { number: 'x' } });
    const p = planAppend(b, [...names, ...names], {});
    expect(p.kind === 'append' && p.values.map((v) => v[0])).toEqual([
      null,
      null,
      { formula: registerNumberFormula(9) },
      { formula: registerNumberFormula(10) },
    ]);
  });

  it('the columns written are A–J, in sheet order (one contiguous range)', () => {
    const p = planAppend(block({}), names, {});
    expect(p.kind === 'append' && p.range).toBe('A6:J7');
    expect(REGISTER_COLUMNS.position - REGISTER_COLUMNS.number).toBe(9);
  });

  it('no room: says how many lines are left, writes nothing', () => {
    const b = block({ [REGISTER_LAST_ROW - 1]: { name: 'Z' } }, REGISTER_LAST_ROW - REGISTER_FIRST_ROW + 1);
    expect(planAppend(b, names.concat(names), {})).toEqual({ kind: 'full', free: 1, asked: 4 });
    expect(planAppend(b, [], {})).toEqual({ kind: 'nothing' });
  });
});

describe('the tally follows what the entry help writes', () => {
  it('2025 form: three pasted names, then the decision filled for them → Giấy khen xã, cá nhân 3, no finding', () => {
    const catalogue = tongHopKhenThuong2025;
    const plan = buildWorkbookPlan(
      catalogue,
      inputsFromJson(catalogue, { info: { unitName: 'xã Đồng Tâm', period: 'Năm', year: 2025 }, register: [] }),
    );
    const grids = planToGrids(plan);
    const reg = grids.sheets[REGISTER_SHEET_NAME]!;
    const read = (): RegisterBlock => ({
      firstRow: REGISTER_FIRST_ROW,
      values: reg.values.slice(REGISTER_FIRST_ROW - 1),
      formulas: reg.formulas.slice(REGISTER_FIRST_ROW - 1),
    });
    const pasted = parsePastedNames(fixture('annex-numbered.txt')).names;
    const appended = planAppend(read(), pasted, { subject: 'Cá nhân' });
    if (appended.kind !== 'append') throw new Error(appended.kind);
    apply(reg, appended.range, appended.values);
    const filled = planFill(
      read(),
      { first: appended.firstRow, last: appended.lastRow },
      {
        decision: '45/QĐ-UBND',
        date: parseDecisionDate('05/03/2025')!,
        authority: 'UBND xã Đồng Tâm',
        award: 'Giấy khen của Chủ tịch UBND xã (cấp xã)',
        kind: entryChoices(catalogue)
          .awards.find((a) => a.label === 'Giấy khen của Chủ tịch UBND xã (cấp xã)')!
          .kinds.at(-1)!,
      },
    );
    apply(reg, filled.range!, filled.values);

    // The sheet's SUMIFS are what Excel recalculates; their core twin reads the same lines.
    const lines = readWorkbookInputs(catalogue, grids).inputs.register ?? [];
    const tally = tallyFromRegister(catalogue, lines);
    const award = catalogue.rows.find(
      (x) => x.kind === 'award' && x.label.startsWith('Giấy khen') && x.level === 'III',
    )!;
    expect(tally[award.id]?.individual).toBe(3);
    expect(grandTotal(catalogue, computeTally(catalogue, tally)).individual).toBe(3);
    const r = validateWorkbook(catalogue, grids);
    expect(r.findings.filter((f) => f.sheet === REGISTER_SHEET_NAME)).toEqual([]);
  });
});

describe('issue 24: entry help by the register’s header labels', () => {
  // The register's top rows after a clerk inserted a row above the header (header on row 6)
  // and a column of their own before "Danh hiệu, hình thức" (now F).
  const order = REGISTER_COLUMN_ORDER.map((c) => TEXT.register.headers[c]);
  const header = [...order.slice(0, 4), 'Ghi chép của tôi', ...order.slice(4)];
  const top: unknown[][] = [[TEXT.register.title], [], [], [], [], header];
  const layout = locateRegisterLayout(top);

  it('planAppend: lines start under the moved header, each value under its header, null in the inserted column', () => {
    const lines = [['', '', '', '', 'ghi chú riêng']]; // row 7: only the clerk's own column
    const plan = planAppend({ firstRow: 7, values: lines, layout }, [{ name: 'Lò Văn Pá', line: 1 }], {
      decision: '9/QĐ-UBND',
      award: 'Giấy khen',
    });
    expect(plan).toMatchObject({ kind: 'append', range: 'A7:K7', firstRow: 7, lastRow: 7 });
    if (plan.kind !== 'append') throw new Error(plan.kind);
    const values = plan.values[0]!;
    // STT: the formula of its row under the moved header (row 7 is line 1), its line's columns counted.
    expect(values[0]).toEqual({ formula: '=IF(COUNTA(B7:S7)=0,"",ROW()-6)' });
    expect(values[0]).toEqual({ formula: registerNumberFormula(7, layout) });
    // Repair knows it for the form's own (restored without a word, never kept aside as the clerk's).
    expect(isRegisterNumberFormula((values[0] as { formula: string }).formula)).toBe(true);
    expect(values[1]).toBe('9/QĐ-UBND');
    expect(values[4]).toBeNull(); // the clerk's column (E), left as it is
    expect(values[5]).toBe('Giấy khen'); // "Danh hiệu, hình thức", now F
    expect(values[8]).toBe(1); // Số lượng, now I
    expect(values[9]).toBe('Lò Văn Pá'); // Họ và tên, now J
  });

  it('selectedLines: the lines start under the header as found (row 7 here)', () => {
    expect(selectedLines(6, 1, layout)).toBeUndefined();
    expect(selectedLines(6, 3, layout)).toEqual({ first: 7, last: 8 });
  });
});
