/**
 * The printed workbook (issue 14, item 6), from the plan every host renders: zeros left
 * blank, black and white, a level heading never alone at a page foot, "(Kèm theo …)" in
 * sentence case, no empty band before the last note, narrative rows tall enough.
 * tests/xlsx/libreoffice.sheet.test.ts looks at LibreOffice's printed pages;
 * tests/hosts/parity.test.ts reads the print setup back from the .xlsx and the fake.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE as cat } from '../../src/core';
import { attachmentLine } from '../../src/core/layout/info';
import { levelRows } from '../../src/core/catalogue';
import { pageBreaksBefore, printableHeight, printScale } from '../../src/core/layout/print';
import { sheetPlan } from '../../src/core/workbook/plan';
import { STYLES } from '../../src/core/layout/styles';
import { tallyRowOf } from '../../src/core/layout/tally';
import { buildNarrativeSheet, textHeight } from '../../src/core/layout/narrative';
import { paperFormInputs } from '../helpers/paperForm';

const plan = buildWorkbookPlan(cat, paperFormInputs());
const tally = sheetPlan(plan, 'tally');

/** Lay rows on pages like a printer: auto breaks where a row no longer fits, and the manual ones. */
function paginate(heights: number[], page: number, repeat: number, breaks: readonly number[]): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  let room = page;
  heights.forEach((h, i) => {
    const row = i + 1;
    if ((used + h > room || breaks.includes(row)) && used > 0) {
      pages.push([]);
      used = 0;
      room = page - repeat;
    }
    pages[pages.length - 1]!.push(row);
    used += h;
  });
  return pages;
}

describe('the printed tally', () => {
  it('regression: level and total cells printed "00" and rates "0.00" where nothing was awarded; zeros are blank', () => {
    for (const style of ['countComputed', 'rateComputed', 'rateComputedBold'] as const) {
      const sections = (STYLES[style].numberFormat ?? '').split(';');
      expect({ style, zero: sections[2] }).toEqual({ style, zero: '' });
    }
  });

  it('regression: the screen tints were printed; every sheet prints black and white', () => {
    for (const s of plan.sheets)
      expect({ sheet: s.name, bw: s.print.blackAndWhite }).toEqual({ sheet: s.name, bw: true });
  });

  it('regression: "Khen thưởng cấp tỉnh" stood alone at the foot of a page; no level heading (nor "Ghi chú:") ends a page', () => {
    const last = Math.max(...tally.cells.map((c) => c.row));
    const heights = Array.from({ length: last }, (_, i) => tally.rowHeights[i + 1] ?? 15);
    expect(Object.keys(tally.rowHeights)).toHaveLength(last); // every printed row has its height
    const repeat = heights[4]! + heights[5]! + heights[6]!;
    const keep = new Set([...levelRows(cat).map((l) => tallyRowOf(cat, l.id)), tallyRowOf(cat, 'TOTAL') + 2]);
    // Excel's page and narrower or wider renderings of it: the breaks must hold on each.
    for (const factor of [1, 0.97, 1.1, 1.3]) {
      const page = (printableHeight(tally.print) / printScale(tally.print, tally.columnWidths)) * factor;
      const breaks = pageBreaksBefore(heights, 1, page / factor, repeat, keep);
      for (const p of paginate(heights, page, repeat, factor === 1 ? (tally.print.rowBreaks ?? []) : breaks)) {
        expect({ factor, last: p[p.length - 1], keep: keep.has(p[p.length - 1]!) }).toMatchObject({ keep: false });
      }
    }
  });

  it('issue 22.13: a run of keep-with-next rows (TỔNG CỘNG, "Ghi chú:", the notes) moves to the next page whole', () => {
    // Pages of 6 rows (125 pt, 95 % used): rows 4–7 are one block (3 keep rows and the row after):
    // it starts page 2 whole (a break before 5 kept each pair but split the block).
    expect(pageBreaksBefore([20, 20, 20, 20, 20, 20, 20, 20], 1, 125, 0, new Set([4, 5, 6]))).toEqual([4]);
    // A block taller than a page cannot be kept: no break for it.
    expect(pageBreaksBefore([20, 20, 20, 20, 20, 20, 20, 20], 1, 100, 0, new Set([2, 3, 4, 5, 6, 7]))).toEqual([]);
    // The tally plan keeps the table's last two rows with the notes.
    const total = tallyRowOf(cat, 'TOTAL');
    const heights = Array.from({ length: total + 1 + cat.notes.length }, (_, i) => tally.rowHeights[i + 1] ?? 15);
    for (const scale of [1, 0.9]) {
      const keep = new Set<number>();
      for (let r = total - 1; r < total + 1 + cat.notes.length; r++) keep.add(r);
      const breaks = pageBreaksBefore(heights, 1, 481.52 / scale, 76, keep);
      const pages = paginate(heights, (481.52 / scale) * 0.95, 76, breaks);
      const last = pages[pages.length - 1]!;
      expect({ scale, startsAtOrBefore: last[0]! <= total - 1 }).toEqual({ scale, startsAtOrBefore: true });
    }
  });

  it('breaks pages before a heading that would end a page, and nowhere else', () => {
    // Pages of 5 rows (100 pt, 95 % used): row 5 is a heading → it starts page 2.
    expect(pageBreaksBefore([20, 20, 20, 20, 20, 20, 20, 20], 1, 100, 0, new Set([4]))).toEqual([4]);
    expect(pageBreaksBefore([20, 20, 20, 20, 20, 20, 20, 20], 1, 100, 0, new Set([2]))).toEqual([]);
  });

  it('regression: "(Kèm theo … của HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ TRẤN BẮC SƠN)"; now sentence case', () => {
    const line = attachmentLine(paperFormInputs().info);
    expect(line).toContain('của Hội đồng thi đua – khen thưởng thị trấn Bắc Sơn)');
    expect(attachmentLine({ ...paperFormInputs().info, issuingBody: 'Hội đồng Thi đua – Khen thưởng' })).toContain(
      'của Hội đồng Thi đua – Khen thưởng)',
    );
  });

  it('regression: a one-line note was given two lines (an empty band before the last note)', () => {
    const last = tallyRowOf(cat, 'TOTAL');
    cat.notes.forEach((note, i) => {
      const h = tally.rowHeights[last + 2 + i]!;
      if (note.length <= 145) expect({ note: note.slice(0, 20), h }).toEqual({ note: note.slice(0, 20), h: 17 });
      else expect(h).toBeGreaterThanOrEqual(32);
    });
  });
});

describe('the printed "Nội dung báo cáo"', () => {
  it('regression: every section row was 90 pt whatever its text; a long text gets the lines it needs', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Đoạn ${i + 1}: ${'nội dung báo cáo '.repeat(8)}`).join('\n');
    const sheet = buildNarrativeSheet({ sections: { 'situation.overview': long }, models: [] });
    const cell = sheet.cells.find((c) => c.key === 'narrative:situation.overview')!;
    // Column C is 90 characters wide; Times New Roman 12 sets about 80 of them per line.
    const lines = long.split('\n').reduce((n, p) => n + Math.ceil(p.length / 90), 0);
    expect(sheet.rowHeights[cell.row]).toBeGreaterThanOrEqual(lines * 15);
    expect(textHeight('', 80, 15)).toBe(0);
  });
});
