/**
 * The register's entry help through the Excel host, over the fake: what lands in which
 * cell, that nothing typed is overwritten, that the round trips stay constant whatever the
 * number of lines, and that the tally follows (the fake recalculates as Excel would).
 */
import {
  a1,
  buildWorkbookPlan,
  catalogueKey,
  columnLetter,
  parseA1,
  computedGrandTotal,
  DEFAULT_CATALOGUE,
  entryChoices,
  parsePastedNames,
  REGISTER_SHEET_NAME,
  TALLY_SHEET_NAME,
  type DecisionFields,
} from '../../src/core';
import { awardKey } from '../../src/core/register';
import { REGISTER_CAPACITY, registerNumberFormula } from '../../src/core/layout/register';
import { bacSonRegisterInputs } from '../helpers/register';
import { tongHopKhenThuong2025 } from '../../src/core/catalogue';
import { createExcelHost } from '../../src/hosts/excel';
import { FakeWorkbook, type FakeCell, type FakeSheet } from '../fakes/excel';
import { TEXT } from '../../src/core/text/vi';
import { recalcRegisterWorkbook } from './helpers';

const choices = entryChoices(DEFAULT_CATALOGUE);
const giayKhen = choices.awards.find((a) => a.label.startsWith('Giấy khen') && a.label.includes('cơ sở'))!;

async function newWorkbook(form?: string) {
  const wb = new FakeWorkbook(['Sheet1']);
  wb.calculate = recalcRegisterWorkbook; // Excel recalculates the register's SUMIFS after each change
  const host = createExcelHost(wb.run);
  await host.workbook!.create(form ? { form } : undefined);
  wb.syncCount = 0;
  return { wb, entry: host.registerEntry!, workbook: host.workbook! };
}

const names = (n: number) =>
  parsePastedNames(Array.from({ length: n }, (_, i) => `${i + 1}.\tNguyễn Văn Số ${i + 1}`).join('\r\n')).names;

const decision: DecisionFields = {
  decision: '12/2025', // Excel would read this as a date if written as is
  date: 45000,
  authority: 'UBND thị trấn Bắc Sơn',
  award: giayKhen.label,
  subject: 'Cá nhân',
};

describe('choices', () => {
  it("a new workbook: its form's awards, in 3 round trips (list, used ranges, read)", async () => {
    const { wb, entry } = await newWorkbook();
    expect(await entry.choices()).toEqual(choices);
    expect(wb.syncCount).toBe(3);
  });

  it('a 2025 workbook: the three-level form’s awards (no cấp huyện)', async () => {
    const { entry } = await newWorkbook(catalogueKey(tongHopKhenThuong2025));
    const got = await entry.choices();
    expect(got).toEqual(entryChoices(tongHopKhenThuong2025));
    expect(got!.awards.some((a) => a.label.includes('huyện'))).toBe(false);
  });

  it('a workbook without the register sheet: none (the pane shows no entry help)', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    expect(await createExcelHost(wb.run).registerEntry!.choices()).toBeUndefined();
  });
});

describe('addNames', () => {
  it('writes one line per name from row 6 (STT, decision, Số lượng 1, name), selects them, in 4 round trips (list, used rows, read, write)', async () => {
    const { wb, entry } = await newWorkbook();
    const r = await entry.addNames(names(3), decision);
    expect(r).toEqual({ kind: 'added', count: 3, firstRow: 6, lastRow: 8 });
    expect(wb.syncCount).toBe(4);
    const g = wb.sheet(REGISTER_SHEET_NAME)!.read('A6:J9');
    expect(g.values[0]).toEqual([
      1,
      '12/2025', // stays text: written as typed text ('12/2025), not the date Dec 2025
      45000,
      'UBND thị trấn Bắc Sơn',
      giayKhen.label,
      '',
      'Cá nhân',
      1,
      'Nguyễn Văn Số 1',
      '',
    ]);
    expect(g.values[2]![0]).toBe(3);
    expect(g.values[3]).toEqual(Array(10).fill(''));
    expect(wb.selection).toEqual({ sheet: REGISTER_SHEET_NAME, address: 'A6:J8' });
    // The lines fit their wrapped text, on the protected sheet (it allows formatting rows).
    expect(wb.sheet(REGISTER_SHEET_NAME)!.autofitRows).toEqual(['A6:J8']);
    expect(wb.activeSheet).toBe(REGISTER_SHEET_NAME);
  });

  it('entry help writes the STT formula of create and repair (registerNumberFormula) on each new line, not a number; still 4 round trips', async () => {
    const { wb, entry } = await newWorkbook();
    expect(await entry.addNames(names(3), decision)).toMatchObject({ kind: 'added', firstRow: 6, lastRow: 8 });
    expect(wb.syncCount).toBe(4);
    const reg = wb.sheet(REGISTER_SHEET_NAME)!;
    // A string starting with "=" written to Range.values is a formula ("If the returned value
    // starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as
    // a formula", @types/office-js Range.values): the fake stores it as one.
    expect(reg.read('A6:A8').formulas).toEqual([6, 7, 8].map((r) => [registerNumberFormula(r)]));
    expect(reg.read('A6:A8').values).toEqual([[1], [2], [3]]);
    // The same text create writes on a filled line.
    const made = buildWorkbookPlan(DEFAULT_CATALOGUE, bacSonRegisterInputs())
      .sheets.find((x) => x.key === 'register')!
      .cells.find((c) => c.address === 'A6')!;
    expect(reg.cell('A6')!.formula).toBe(made.formula);
  });

  it('the register sheet stays protected: the lines are unlocked input cells, so Excel takes the write', async () => {
    const { wb, entry } = await newWorkbook();
    expect(wb.sheet(REGISTER_SHEET_NAME)!.protection.protected).toBe(true);
    await expect(entry.addNames(names(2), decision)).resolves.toMatchObject({ kind: 'added' });
  });

  it('the tally follows: the award’s cá nhân cell and TỔNG CỘNG show the new lines after validate', async () => {
    const { entry, workbook } = await newWorkbook();
    await entry.addNames(names(4), decision);
    const result = await workbook.validate();
    const row = DEFAULT_CATALOGUE.rows.find((x) => awardKey(DEFAULT_CATALOGUE, x) === giayKhen.label)!;
    expect(result.tally?.[row.id]?.individual).toBe(4);
    expect(computedGrandTotal(result.computed!)?.individual).toBe(4);
    expect(result.findings.filter((f) => f.sheet === REGISTER_SHEET_NAME)).toEqual([]);
  });

  it('goes below the last line in use, a second paste after the first; 3,000 names cost the same 4 round trips', async () => {
    const { wb, entry } = await newWorkbook();
    await entry.addNames(names(2), {});
    wb.syncCount = 0;
    const r = await entry.addNames(names(3000), decision);
    expect(r).toEqual({ kind: 'added', count: 3000, firstRow: 8, lastRow: 3007 });
    expect(wb.syncCount).toBe(4); // list, used rows, the 2 lines in use, the write (one request: it fits)
    expect(wb.sheet(REGISTER_SHEET_NAME)!.read('A3007:A3007').values).toEqual([[3002]]);
  });

  it('no room for the list: nothing written, the room left said', async () => {
    const { wb, entry } = await newWorkbook();
    // The register filled to 10 lines short of its capacity (names as the parser gives them).
    await entry.addNames(
      Array.from({ length: REGISTER_CAPACITY - 10 }, (_, i) => ({ name: `Nguyễn Văn Số ${i + 1}`, line: i + 1 })),
      {},
    );
    const changes = wb.changes;
    expect(await entry.addNames(names(20), decision)).toEqual({ kind: 'full', free: 10, asked: 20 });
    expect(wb.changes).toBe(changes);
  });

  it('a workbook without the register: said, nothing written', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    expect(await createExcelHost(wb.run).registerEntry!.addNames(names(1), decision)).toEqual({
      kind: 'no-register',
    });
    expect(wb.changes).toBe(0);
  });
});

describe('fillSelection', () => {
  it('fills the selected lines’ empty cells, keeps what was typed, leaves empty lines alone: 3 round trips', async () => {
    const { wb, entry } = await newWorkbook();
    await entry.addNames(names(3), {});
    const reg = wb.sheet(REGISTER_SHEET_NAME)!;
    reg.ensure('B7').value = '99/QĐ-UBND'; // typed by the clerk before
    reg.ensure('B7').formula = '99/QĐ-UBND';
    wb.selection = { sheet: REGISTER_SHEET_NAME, address: 'I6:I12' }; // three lines and four empty ones
    wb.syncCount = 0;
    const r = await entry.fillSelection(decision);
    expect(r).toEqual({
      kind: 'filled',
      filledCells: 14,
      filledLines: 3,
      emptyLines: 4,
      kept: [{ address: 'B7', existing: '99/QĐ-UBND' }],
    });
    expect(wb.syncCount).toBe(3);
    expect(reg.autofitRows.at(-1)).toBe('B6:G8');
    const g = reg.read('B6:G9').values;
    expect(g[0]).toEqual(['12/2025', 45000, 'UBND thị trấn Bắc Sơn', giayKhen.label, '', 'Cá nhân']);
    expect(g[1]![0]).toBe('99/QĐ-UBND');
    expect(g[3]).toEqual(Array(6).fill(''));
  });

  it('a whole column selected (I:I) over 3,000 lines: 4 round trips (the selection and where the lines end, its 3,000 lines read in 2 bands, the write)', async () => {
    const { wb, entry } = await newWorkbook();
    await entry.addNames(names(3000), {});
    wb.selection = { sheet: REGISTER_SHEET_NAME, address: 'I:I' };
    wb.syncCount = 0;
    const r = await entry.fillSelection({ decision: '45/QĐ-UBND' });
    expect(r).toMatchObject({ kind: 'filled', filledCells: 3000, filledLines: 3000 });
    // The first band is sized on a cautious guess of what a cell costs, the next on what it cost.
    expect(wb.syncCount).toBe(4);
    expect(wb.sheet(REGISTER_SHEET_NAME)!.read('B3005:B3005').values).toEqual([['45/QĐ-UBND']]);
  });

  it.each([
    ['the tally sheet', { sheet: TALLY_SHEET_NAME, address: 'D9' }, 'not-register'],
    ['the register’s header', { sheet: REGISTER_SHEET_NAME, address: 'A1:M5' }, 'not-lines'],
    ['lines with nothing in them', { sheet: REGISTER_SHEET_NAME, address: 'B20:B30' }, 'empty-selection'],
    // getSelectedRange throws InvalidSelection for several areas (@types/office-js; office-js-docs-pr#2477).
    ['two areas (Ctrl+click)', { sheet: REGISTER_SHEET_NAME, address: 'I6', areas: ['I6', 'I8'] }, 'not-one-range'],
  ] as const)('a selection on %s: said, nothing written', async (_what, selection, kind) => {
    const { wb, entry } = await newWorkbook();
    await entry.addNames(names(2), {});
    const changes = wb.changes;
    wb.selection = selection;
    expect(await entry.fillSelection(decision)).toEqual(kind === 'not-lines' ? { kind, firstRow: 6 } : { kind });
    expect(wb.changes).toBe(changes);
  });

  it('a selection above the lines of a register whose header was moved down: the lines’ actual first row said (7)', async () => {
    const { wb, entry } = await newWorkbook();
    const reg = wb.sheet(REGISTER_SHEET_NAME)!;
    insertRow(reg, 3); // the clerk's own row above the header: the header on row 6, the lines from row 7
    expect(reg.read('A6:B6').values[0]).toEqual([TEXT.register.headers.number, TEXT.register.headers.decision]);
    wb.selection = { sheet: REGISTER_SHEET_NAME, address: 'A6:M6' };
    const changes = wb.changes;
    expect(await entry.fillSelection(decision)).toEqual({ kind: 'not-lines', firstRow: 7 });
    expect(wb.changes).toBe(changes);
  });
});

/** A row inserted at `row` as Excel does it: the cells and formatted areas at or below it move down one. */
function insertRow(sheet: FakeSheet, row: number): void {
  const moved = new Map<string, FakeCell>();
  for (const [address, cell] of sheet.cells) {
    const { row: r, col } = parseA1(address);
    moved.set(r >= row ? a1(r + 1, col) : address, cell);
  }
  sheet.cells = moved;
  sheet.areas = sheet.areas.map((a) => ({
    cell: a.cell,
    box: { ...a.box, r1: a.box.r1 >= row ? a.box.r1 + 1 : a.box.r1, r2: a.box.r2 >= row ? a.box.r2 + 1 : a.box.r2 },
  }));
}

/**
 * A column inserted in the register as Excel does it (unprotect, Home → Insert → Insert Sheet
 * Columns, protect again): every cell from `col` rightwards moves one column right with its
 * value and format (Range.insert, Excel.InsertShiftDirection.right, @types/office-js), and the
 * new column takes the format of the column on its left — Excel's default "Format Same As
 * Left" (the Insert Options button, support.microsoft.com "Insert or delete rows and
 * columns"): inserted inside the lines, it is unlocked like them. Names and formulas that
 * refer to moved cells follow in Excel; the entry help reads neither.
 */
function insertColumn(sheet: FakeSheet, col: number): void {
  const moved = new Map<string, FakeCell>();
  for (const [address, cell] of sheet.cells) {
    const { row, col: c } = parseA1(address);
    moved.set(c >= col ? a1(row, c + 1) : address, cell);
    // The left neighbour's format, not its content.
    if (c === col - 1) moved.set(a1(row, col), { ...cell, value: '', formula: '' });
  }
  sheet.cells = moved;
  sheet.areas = sheet.areas.map((a) => ({
    cell: a.cell,
    box: { ...a.box, c1: a.box.c1 >= col ? a.box.c1 + 1 : a.box.c1, c2: a.box.c2 >= col - 1 ? a.box.c2 + 1 : a.box.c2 },
  }));
}

/** The sheet column of each header on the register's header row (row 5 as made). */
function headerColumns(sheet: FakeSheet): Map<string, number> {
  const row = sheet.read('A5:Z5').values[0]!;
  return new Map(row.map((v, i) => [String(v), i + 1] as const).filter(([v]) => v !== ''));
}

describe('issue 24: entry help writes each value under its header after a column is inserted', () => {
  const H = TEXT.register.headers;
  async function withInsertedColumn() {
    const made = await newWorkbook();
    const reg = made.wb.sheet(REGISTER_SHEET_NAME)!;
    // A column of the clerk's own between "Cấp / cơ quan quyết định" (D) and "Danh hiệu, hình thức" (E).
    insertColumn(reg, 5);
    reg.ensure('E5').value = 'Ghi chép của tôi';
    reg.ensure('E7').value = 'đã gọi điện';
    made.wb.syncCount = 0;
    return { ...made, reg };
  }
  const at = (reg: FakeSheet, header: string, row: number) =>
    reg.read(`${columnLetter(headerColumns(reg).get(header)!)}${row}`).values[0]![0];

  it('addNames: the decision, Số lượng and the name land under their own headers; the inserted column is left; 4 round trips', async () => {
    const { wb, entry, reg } = await withInsertedColumn();
    const r = await entry.addNames(names(2), decision);
    expect(r).toEqual({ kind: 'added', count: 2, firstRow: 6, lastRow: 7 });
    expect(wb.syncCount).toBe(4);
    expect(at(reg, H.number, 6)).toBe(1);
    expect(at(reg, H.decision, 6)).toBe('12/2025');
    expect(at(reg, H.date, 6)).toBe(45000);
    expect(at(reg, H.authority, 6)).toBe('UBND thị trấn Bắc Sơn');
    expect(at(reg, H.award, 7)).toBe(giayKhen.label);
    expect(at(reg, H.subject, 7)).toBe('Cá nhân');
    expect(at(reg, H.quantity, 7)).toBe(1);
    expect(at(reg, H.name, 7)).toBe('Nguyễn Văn Số 2');
    // The clerk's column: its header and its note as they were, nothing written in it.
    expect(reg.read('E5:E7').values).toEqual([['Ghi chép của tôi'], [''], ['đã gọi điện']]);
    expect(wb.selection).toEqual({ sheet: REGISTER_SHEET_NAME, address: 'A6:K7' });
  });

  it('fillSelection: the decision fills its own columns of the lines in use, not the inserted one; 3 round trips', async () => {
    const { wb, entry, reg } = await withInsertedColumn();
    await entry.addNames(names(3), {});
    wb.selection = { sheet: REGISTER_SHEET_NAME, address: 'J6:J8' };
    wb.syncCount = 0;
    const r = await entry.fillSelection({ award: giayKhen.label, subject: 'Cá nhân', authority: 'UBND huyện' });
    expect(r).toEqual({ kind: 'filled', filledCells: 9, filledLines: 3, emptyLines: 0, kept: [] });
    expect(wb.syncCount).toBe(3);
    for (const row of [6, 7, 8]) {
      expect(at(reg, H.award, row)).toBe(giayKhen.label);
      expect(at(reg, H.subject, row)).toBe('Cá nhân');
      expect(at(reg, H.authority, row)).toBe('UBND huyện');
    }
    expect(reg.read('E6:E8').values).toEqual([[''], ['đã gọi điện'], ['']]);
  });

  it('a lines’ column deleted (its header gone): said by name, nothing written', async () => {
    const { wb, entry } = await newWorkbook();
    const sheet = wb.sheet(REGISTER_SHEET_NAME)!;
    sheet.ensure('E5').value = ''; // "Danh hiệu, hình thức" typed over: no such header any more
    const changes = wb.changes;
    const r = await entry.addNames(names(2), decision);
    expect(r).toEqual({ kind: 'missing-columns', headers: [H.award] });
    expect(wb.changes).toBe(changes);
  });
});
