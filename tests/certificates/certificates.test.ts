/**
 * issue 21.4: the Giấy khen in the core — the layout as data (the shipped file, a province's
 * file, the workbook's sheet "Mẫu in giấy khen") with one Vietnamese message per bad entry,
 * the Số vào sổ proposed after the register's largest, the pages of a decision (one per
 * awardee; a reprint of the clerk's selected rows), and the sheet kept by create and repair.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildWorkbookPlan, inputsFromJson, REGISTER_SHEET_NAME, type WorkbookInputsJson } from '../../src/core';
import { findCatalogue } from '../../src/core/catalogue';
import {
  bookNumberPattern,
  CERTIFICATE_FIELDS,
  DEFAULT_CERTIFICATE_LAYOUT,
  layoutFromSheet,
  layoutToObject,
  parseLayoutFile,
  proposeBookNumbers,
} from '../../src/core/certificates';
import { documentFromWorkbook, documentKind, documentSource } from '../../src/core/documents';
import { CERTIFICATE_LAYOUT_SHEET_NAME, fieldRow, LAYOUT_COLS } from '../../src/core/layout/certificateLayout';
import { deleteGridRow, planToGrids, setGridCell, type MutableGrid } from '../../src/core/planToGrids';
import type { RegisterLine } from '../../src/core/register';
import { planRepair } from '../../src/core/workbook/repair';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { sheetPlan } from '../../src/core/workbook/plan';
import { a1 } from '../../src/core/a1';
import { validateWorkbook } from '../../src/core/validation/validate';

const cat = findCatalogue('tong-hop-khen-thuong/2025')!;
const json = (): WorkbookInputsJson =>
  JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../examples/dong-tam-2025/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
/** The example with the Số vào sổ of `decision` not typed yet (the example types them all), for the proposals. */
const unnumbered = (decision = '417/QĐ-UBND'): WorkbookInputsJson => {
  const j = json();
  for (const l of j.register as Record<string, unknown>[]) if (l.decision === decision) delete l.bookNumber;
  return j;
};
const grids = (j: WorkbookInputsJson = json()) =>
  planToGrids(buildWorkbookPlan(cat, inputsFromJson(cat, j))) as { sheets: Record<string, MutableGrid> };
const cell = (id: (typeof CERTIFICATE_FIELDS)[number], p: keyof typeof LAYOUT_COLS) => a1(fieldRow(id), LAYOUT_COLS[p]);

describe('issue 21.4: the layout as data', () => {
  it('the shipped layout is A4 landscape with every field on the blank, and a file of the same shape reads back equal', () => {
    const l = DEFAULT_CERTIFICATE_LAYOUT;
    expect(l.page).toEqual({ width: 297, height: 210 });
    expect(l.offset).toEqual({ x: 0, y: 0 });
    for (const f of CERTIFICATE_FIELDS) {
      const b = l.fields[f];
      expect(b.x + b.width).toBeLessThanOrEqual(297);
      expect(b.y + b.height).toBeLessThanOrEqual(210);
    }
    const again = parseLayoutFile(JSON.stringify(layoutToObject(l)), 'tinh.json');
    expect(again).toEqual({ layout: l, problems: [] });
  });

  it('a province file: what it gives replaces the default, what it leaves out stays, "12,5" reads as 12.5', () => {
    const r = parseLayoutFile(
      JSON.stringify({
        page: { width: 280, height: 200 },
        offset: { x: '-1,5', y: 2 },
        fields: { name: { y: '90,5', size: 24, align: 'Trái', bold: 'Không' }, confers: { print: false } },
      }),
      'tinh.json',
    );
    expect(r.problems).toEqual([]);
    expect(r.layout.page).toEqual({ width: 280, height: 200 });
    expect(r.layout.offset).toEqual({ x: -1.5, y: 2 });
    expect(r.layout.fields.name).toEqual({
      ...DEFAULT_CERTIFICATE_LAYOUT.fields.name,
      y: 90.5,
      size: 24,
      align: 'left',
      bold: false,
    });
    expect(r.layout.fields.confers.print).toBe(false);
    expect(r.layout.fields.award).toEqual(DEFAULT_CERTIFICATE_LAYOUT.fields.award);
  });

  it('one clear Vietnamese message per bad entry of a file, naming the entry', () => {
    const r = parseLayoutFile(
      JSON.stringify({
        paper: 'A4',
        offset: { x: 'abc' },
        fields: {
          name: { x: 'mười', size: 200, align: 'giữa trang', bold: 'có lẽ', colour: 'đỏ' },
          signerName: { x: 250, width: 80 },
          stamp: { x: 1 },
        },
      }),
      'tinh.json',
    );
    const m = r.problems.map((p) => p.message);
    expect(m).toEqual([
      expect.stringMatching(/^Tệp mẫu in “tinh\.json”: mục “paper” không có trong mẫu/),
      expect.stringMatching(/trường “name”: thuộc tính “colour” không có/),
      expect.stringMatching(/trường “stamp” không có trong mẫu in giấy khen/),
      'Tệp mẫu in “tinh.json”, offset.x: “abc” không phải số. Hãy ghi một số từ -50 đến 50.',
      'Tệp mẫu in “tinh.json”, trường “name” (Họ tên (có Ông/Bà), tên tập thể), x: “mười” không phải số. Hãy ghi một số từ 0 đến 296.',
      expect.stringMatching(/trường “name” .*, size: 200 nằm ngoài khoảng 5–96/),
      expect.stringMatching(
        /trường “name” .*, align: “giữa trang” không phải cách căn lề\. Hãy chọn Trái, Giữa hoặc Phải\./,
      ),
      expect.stringMatching(/trường “name” .*, bold: “có lẽ” không phải Có\/Không/),
      expect.stringMatching(
        /trường “signerName” .*, width: ô in “Họ tên người ký” kết thúc ở 330 mm, ra ngoài khổ phôi \(297 mm\)/,
      ),
    ]);
    expect(parseLayoutFile('{ page: 297 ', 'x.json').problems).toEqual([
      { message: expect.stringMatching(/^Tệp mẫu in “x\.json” không đọc được dạng JSON/) },
    ]);
  });
});

describe('issue 21.4: Số vào sổ proposals', () => {
  const line = (bookNumber?: unknown): RegisterLine => ({ bookNumber }) as RegisterLine;
  it('the next numbers after the largest in the register, in its pattern; a typed number is never replaced', () => {
    const register = [line('98/GK'), line('125/GK'), line(7), line('')];
    const picked = [line(), line('12/GK'), line(null), line('  ')];
    const p = proposeBookNumbers([...register, ...picked], picked);
    expect([...p.values()]).toEqual(['126/GK', '127/GK', '128/GK']);
    expect(p.has(picked[1]!)).toBe(false);
  });
  it('prefix, zero padding and a year after the number are kept; none in the register starts at 1', () => {
    expect(bookNumberPattern('GK-0099/2025')).toEqual({ prefix: 'GK-', value: 99, digits: 4, suffix: '/2025' });
    const a = line();
    expect([...proposeBookNumbers([line('GK-0099/2025'), a], [a]).values()]).toEqual(['GK-0100/2025']);
    const b = line();
    expect([...proposeBookNumbers([b], [b]).values()]).toEqual(['1']);
  });
});

describe('issue 21.4: the certificates of a decision', () => {
  it('one page per awardee, each field from the register and the workbook; proposals name the Số vào sổ cell', () => {
    const g = grids(unnumbered());
    const r = documentFromWorkbook(g, 'certificates', '417/QĐ-UBND');
    if (r.status !== 'ok') throw new Error(JSON.stringify(r.findings));
    const d = r.document;
    const source = documentSource(g);
    if ('notOurs' in source) throw new Error('not ours');
    const lines = source.register.filter((l) => l.decision === '417/QĐ-UBND');
    expect(d.pages).toHaveLength(lines.length);
    const first = Object.fromEntries(d.pages[0]!.placed.map((p) => [p.field, p.lines.join('\n')]));
    expect(first.conferrer).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM');
    expect(first.name).toBe(String(lines[0]!.name));
    expect(first.decision).toMatch(/^Số 417\/QĐ-UBND ngày \d\d\/\d\d\/2025$/);
    expect(first.placeDate).toMatch(/^Đồng Tâm, ngày/);
    // 416/QĐ-UBND keeps its typed 01/2025–09/2025: the next free number, in their pattern, is 10/2025.
    expect(first.bookNumber).toBe('Số vào sổ: 10/2025');
    expect(d.proposals[0]).toEqual({ address: `Q${lines[0]!.row}`, name: String(lines[0]!.name), number: '10/2025' });
    // Every box as the layout says (no offset).
    for (const p of d.pages[0]!.placed) {
      const f = DEFAULT_CERTIFICATE_LAYOUT.fields[p.field];
      expect(p.box).toEqual({ x: f.x, y: f.y, width: f.width, height: f.height });
    }
  });

  it('a person gets "Ông/Bà" (the register has no sex column) unless typed with Ông or Bà', () => {
    const j = json();
    const reg = j.register as Record<string, unknown>[];
    // 416/QĐ-UBND: Chiến sĩ thi đua cơ sở for persons (a title: "CÔNG NHẬN DANH HIỆU").
    const person = reg.find((l) => l.decision === '416/QĐ-UBND')!;
    const r1 = documentFromWorkbook(grids(j), 'certificates', String(person.decision));
    if (r1.status !== 'ok') throw new Error(JSON.stringify(r1.findings));
    const names = r1.document.pages.map((p) => p.placed.find((x) => x.field === 'name')!.lines.join(' '));
    expect(names).toContain(`Ông/Bà ${String(person.name)}`);
    const texts = (f: string) => r1.document.pages[0]!.placed.find((x) => x.field === f)!.lines.join(' ');
    expect([texts('confers'), texts('award')]).toEqual(['CÔNG NHẬN DANH HIỆU', 'CHIẾN SĨ THI ĐUA CƠ SỞ']);
    person.name = `Bà ${String(person.name)}`;
    const r2 = documentFromWorkbook(grids(j), 'certificates', String(person.decision));
    if (r2.status !== 'ok') throw new Error('not ok');
    const again = r2.document.pages.map((p) => p.placed.find((x) => x.field === 'name')!.lines.join(' '));
    expect(again).toContain(String(person.name));
    expect(again.some((n) => n.startsWith('Ông/Bà Bà'))).toBe(false);
  });

  it('only: the rows the clerk selected (a reprint); none of them of that decision is said, not drafted empty', () => {
    const g = grids(unnumbered());
    const source = documentSource(g);
    if ('notOurs' in source) throw new Error('not ours');
    const rows = source.register.filter((l) => l.decision === '417/QĐ-UBND').map((l) => l.row!);
    const r = documentFromWorkbook(g, 'certificates', '417/QĐ-UBND', { only: new Set([rows[1]!]) });
    if (r.status !== 'ok') throw new Error('not ok');
    expect(r.document.pages.map((p) => p.sheetRow)).toEqual([rows[1]]);
    // Its proposal still follows the whole register's numbers (416/QĐ-UBND's 01/2025–09/2025 typed: 10/2025).
    expect(r.document.proposals.map((p) => p.number)).toEqual(['10/2025']);
    const none = documentFromWorkbook(g, 'certificates', '417/QĐ-UBND', { only: new Set([2]) });
    expect(none.status).toBe('unknown-number');
    expect(none.findings[0]!.message).toMatch(/Các dòng đang chọn không có dòng nào của quyết định “417\/QĐ-UBND”/);
  });

  it('the Giấy khen are offered for the commune’s own decisions, as the decision is (not the Prime Minister’s 1875/QĐ-TTg)', () => {
    const source = documentSource(grids());
    if ('notOurs' in source) throw new Error('not ours');
    const offered = documentKind('certificates').numbers(source);
    expect(offered).toEqual(documentKind('decision').numbers(source));
    expect(offered).toEqual(expect.arrayContaining(['416/QĐ-UBND', '417/QĐ-UBND']));
    expect(offered).not.toContain('1875/QĐ-TTg');
  });

  it('the example types every Số vào sổ of 417/QĐ-UBND: each printed as typed, nothing proposed', () => {
    const g = grids();
    const source = documentSource(g);
    if ('notOurs' in source) throw new Error('not ours');
    const typed = source.register.filter((l) => l.decision === '417/QĐ-UBND').map((l) => String(l.bookNumber));
    const r = documentFromWorkbook(g, 'certificates', '417/QĐ-UBND');
    if (r.status !== 'ok') throw new Error('not ok');
    const printed = r.document.pages.map((p) => p.placed.find((x) => x.field === 'bookNumber')!.lines.join(''));
    expect(printed).toEqual(typed.map((n) => `Số vào sổ: ${n}`));
    expect(r.document.proposals).toEqual([]);
  });

  it('a typed Số vào sổ is printed as typed, and the next free ones follow the largest', () => {
    const g = grids(unnumbered());
    const source = documentSource(g);
    if ('notOurs' in source) throw new Error('not ours');
    const rows = source.register.filter((l) => l.decision === '417/QĐ-UBND').map((l) => l.row!);
    setGridCell(g.sheets[REGISTER_SHEET_NAME]!, `Q${rows[0]}`, '125/GK');
    const r = documentFromWorkbook(g, 'certificates', '417/QĐ-UBND');
    if (r.status !== 'ok') throw new Error('not ok');
    const book = (i: number) => r.document.pages[i]!.placed.find((p) => p.field === 'bookNumber')!.lines.join('');
    expect(book(0)).toBe('Số vào sổ: 125/GK');
    expect(book(1)).toBe('Số vào sổ: 126/GK');
    expect(r.document.proposals.map((p) => p.address)).not.toContain(`Q${rows[0]}`);
  });
});

describe('issue 21.4: the sheet "Mẫu in giấy khen"', () => {
  it('a new workbook has it with the shipped layout: read back, it is the default exactly', () => {
    const g = grids();
    expect(g.sheets[CERTIFICATE_LAYOUT_SHEET_NAME]).toBeDefined();
    const read = readWorkbookInputs(cat, g).inputs.certificateLayout;
    expect(layoutFromSheet(read)).toEqual({ layout: DEFAULT_CERTIFICATE_LAYOUT, problems: [] });
  });

  it('the clerk’s values are read (offset, a field moved), and a bad number is one finding naming its cell', () => {
    const g = grids();
    const s = g.sheets[CERTIFICATE_LAYOUT_SHEET_NAME]!;
    setGridCell(s, 'B6', 2.5); // offset x
    setGridCell(s, 'B7', '-1,5'); // offset y, typed as text with a comma
    setGridCell(s, cell('name', 'y'), 92);
    setGridCell(s, cell('position', 'size'), 'mười bốn');
    const read = readWorkbookInputs(cat, g).inputs.certificateLayout;
    const r = layoutFromSheet(read);
    expect(r.layout.offset).toEqual({ x: 2.5, y: -1.5 });
    expect(r.layout.fields.name.y).toBe(92);
    expect(r.problems).toEqual([
      {
        address: cell('position', 'size'),
        message: `Ô ${cell('position', 'size')} trang “Mẫu in giấy khen” (Chức vụ, đơn vị, Cỡ chữ (pt)): “mười bốn” không phải số. Hãy ghi một số từ 5 đến 96.`,
      },
    ]);
    // Printing stops on it: exit 1's status, the finding naming the sheet and the cell.
    const built = documentFromWorkbook(g, 'certificates', '417/QĐ-UBND');
    expect(built.status).toBe('unusable-lines');
    expect(built.findings).toEqual([
      expect.objectContaining({
        code: 'layout-invalid',
        sheet: CERTIFICATE_LAYOUT_SHEET_NAME,
        address: cell('position', 'size'),
      }),
    ]);
    // The boxes move by the offset.
    setGridCell(s, cell('position', 'size'), 14);
    const ok = documentFromWorkbook(g, 'certificates', '417/QĐ-UBND');
    if (ok.status !== 'ok') throw new Error('not ok');
    const name = ok.document.pages[0]!.placed.find((p) => p.field === 'name')!;
    expect([name.box.x, name.box.y]).toEqual([DEFAULT_CERTIFICATE_LAYOUT.fields.name.x + 2.5, 92 - 1.5]);
  });

  it('validate: a bad value of the sheet is one finding naming its cell (the message printing stops with)', () => {
    const g = grids();
    expect(validateWorkbook(cat, g).findings.filter((f) => f.rule === 'certificate-layout-invalid')).toEqual([]);
    const s = g.sheets[CERTIFICATE_LAYOUT_SHEET_NAME]!;
    setGridCell(s, cell('award', 'height'), 'cao');
    setGridCell(s, cell('signerName', 'x'), 250); // 250 + 115 mm wide: off the 297 mm blank
    const found = validateWorkbook(cat, g).findings.filter((f) => f.rule === 'certificate-layout-invalid');
    expect(found.map((f) => [f.sheet, f.address, f.message])).toEqual([
      [
        CERTIFICATE_LAYOUT_SHEET_NAME,
        cell('award', 'height'),
        expect.stringMatching(
          /^Ô [A-Z]+\d+ trang “Mẫu in giấy khen” \(Tên hình thức khen thưởng, Cao \(mm\)\): “cao” không phải số/,
        ),
      ],
      [
        CERTIFICATE_LAYOUT_SHEET_NAME,
        cell('signerName', 'width'),
        expect.stringMatching(/ô in “Họ tên người ký” kết thúc ở 365 mm, ra ngoài khổ phôi \(297 mm\)/),
      ],
    ]);
  });

  it('repair: an old workbook without the sheet gains it; a sheet with a row deleted keeps every typed value', () => {
    const g = grids();
    delete g.sheets[CERTIFICATE_LAYOUT_SHEET_NAME];
    const added = planRepair(cat, g).plan;
    expect(sheetPlan(added, 'certificateLayout')).toBeDefined();
    expect(layoutFromSheet(readWorkbookInputs(cat, planToGrids(added)).inputs.certificateLayout).layout).toEqual(
      DEFAULT_CERTIFICATE_LAYOUT,
    );

    const h = grids();
    const s = h.sheets[CERTIFICATE_LAYOUT_SHEET_NAME]!;
    setGridCell(s, 'B6', 3);
    setGridCell(s, cell('signerName', 'x'), 150);
    setGridCell(s, cell('award', 'print'), 'Không');
    deleteGridRow(s, 3); // the blank row above the settings: everything below moves up one
    const repaired = planRepair(cat, h);
    const back = layoutFromSheet(readWorkbookInputs(cat, planToGrids(repaired.plan)).inputs.certificateLayout);
    expect(back.problems).toEqual([]);
    expect(back.layout.offset.x).toBe(3);
    expect(back.layout.fields.signerName.x).toBe(150);
    expect(back.layout.fields.award.print).toBe(false);
    // What moved up with the deleted row and is not an input (the sheet's own labels, rewritten in
    // place) goes to the backup sheet as repair does for every sheet; no typed value is among it.
    const fixed = new Set(
      sheetPlan(repaired.plan, 'certificateLayout')
        .cells.filter((c) => c.role !== 'input')
        .map((c) => c.value),
    );
    expect(repaired.displaced.filter((d) => !fixed.has(d.content))).toEqual([]);
  });
});
