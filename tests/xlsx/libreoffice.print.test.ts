/**
 * The printed sheets, as LibreOffice lays them out (.xlsx → PDF → text): the tally prints
 * like the paper form (zero counts blank, no last page of only the repeated header and the
 * notes) and the register prints as a list (the lines and their header, never the dropdown
 * lists beside them).
 */
import { REGISTER_CAPACITY } from '../../src/core/layout/register';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  buildWorkbookPlan,
  findCatalogue,
  inputsFromJson,
  type CellStyle,
  type WorkbookInputsJson,
} from '../../src/core';
import { printScale } from '../../src/core/layout/print';
import { sheetPlan } from '../../src/core/workbook/plan';
import { STYLES } from '../../src/core/layout/styles';
import { createWorkbookFile } from '../../src/hosts/xlsx';
import { ROOT } from '../report/helpers';
import { tempDir } from './files';
import { convert, pdftotext, pdfText, soffice } from './libreoffice';

const maybe = soffice && pdftotext ? describe : describe.skip;
if ((!soffice || !pdftotext) && process.env.CI) {
  it('LibreOffice and pdftotext are installed in CI (.ci/apt-packages)', () => {
    throw new Error('soffice or pdftotext not found in CI');
  });
}

/** Đồng Tâm (năm 2025): a register-mode workbook, every tally count a formula. */
async function dongTamPdf(dir: string): Promise<string[]> {
  const cat = findCatalogue('tong-hop-khen-thuong/2025')!;
  const json = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'examples/dong-tam-2025/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
  const file = path.join(dir, 'dong-tam.xlsx');
  await createWorkbookFile(file, inputsFromJson(cat, json), { catalogue: cat });
  return pdfText(convert(file, 'pdf', dir))
    .normalize('NFC')
    .split('\f');
}

maybe('issue 22: the printed sheets (LibreOffice, PDF)', () => {
  let pages: string[] = [];
  beforeAll(async () => {
    pages = await dongTamPdf(tempDir('tdkt-print-'));
  }, 120_000);

  const tallyPages = () =>
    pages.filter((p) => p.includes('Danh hiệu thi đua và hình thức khen thưởng') && !p.includes('DANH SÁCH'));

  it('issue 22.12: the tally prints zero counts blank (152 cells printed "00" in register mode)', () => {
    expect(tallyPages().length).toBeGreaterThan(1);
    const zeros = tallyPages()
      .join('\n')
      .split('\n')
      .filter((l) => /(^|\s)00(\s|$)/u.test(l));
    expect(zeros).toEqual([]);
  });

  it('issue 22.13: the tally’s last page holds table rows with TỔNG CỘNG and the notes, not only the header and the notes', () => {
    const last = tallyPages()[tallyPages().length - 1]!;
    expect(last).toContain('Ghi chú:');
    expect(last).toContain('TỔNG CỘNG');
    const rows = last.split('\n').filter((l) => /^\s*(?:[IVX]+|\d+|-)\s{2,}\S/u.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    // Every note is on that page: none was left alone on a page of its own.
    const notePages = tallyPages().filter((p) => p.includes('Tỷ lệ lao động trực tiếp ='));
    expect(notePages).toEqual([last]);
  });
});

describe('issue 22: the register prints as a list', () => {
  const cat = findCatalogue('tong-hop-khen-thuong/2025')!;
  const json = () =>
    JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/dong-tam-2025/data.json'), 'utf8')) as WorkbookInputsJson;
  const reg = sheetPlan(buildWorkbookPlan(cat, inputsFromJson(cat, json())), 'register');

  it('issue 22.14: at least 9 pt on landscape A4 (13 columns squeezed to about 5.5–7 pt before)', () => {
    expect(reg.print.orientation).toBe('landscape');
    const printed = reg.columnWidths.slice(0, 12); // A:L, the print area of a unit's register
    const fonts = reg.cells.filter((c) => c.row > 5).map((c) => STYLES[c.style as keyof typeof STYLES].font.size);
    expect(Math.min(...fonts) * printScale(reg.print, printed)).toBeGreaterThanOrEqual(9);
  });

  it('issue 22.15: the print area is rows, stops before the dropdown lists, and survives an exceljs save (was "$ANaN:$MNaN")', async () => {
    expect(reg.print.printArea).toBe(`A1:L${REGISTER_CAPACITY + 5}`);
    const dir = tempDir('tdkt-print-area-');
    const file = path.join(dir, 'a.xlsx');
    await createWorkbookFile(file, inputsFromJson(cat, json()), { catalogue: cat });
    // Read and write back with exceljs, as repair does.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const again = path.join(dir, 'b.xlsx');
    await wb.xlsx.writeFile(again);
    const workbookXml = async (f: string) =>
      (await JSZip.loadAsync(fs.readFileSync(f))).file('xl/workbook.xml')!.async('string');
    // Ours: absolute. After exceljs's own read and write: "$A1:$L5005" (rows relative to A1, the
    // same rows), never NaN.
    expect(await workbookXml(file)).toContain(`Danh sách khen thưởng&apos;!$A$1:$L$${REGISTER_CAPACITY + 5}<`);
    const back = await workbookXml(again);
    expect(back).toMatch(new RegExp(`Danh sách khen thưởng&apos;!\\$A\\$?1:\\$L\\$?${REGISTER_CAPACITY + 5}<`, 'u'));
    expect(back).not.toContain('NaN');
  });

  it('issue 22.16: filled lines have borders; blank lines none (their pages print nothing)', () => {
    const line = reg.cells.filter((c) => c.row === 6);
    expect(line.length).toBeGreaterThan(3);
    expect(line.every((c) => (STYLES[c.style as keyof typeof STYLES] as CellStyle).border === true)).toBe(true);
    // The line's borders run across every column (A:R, the documents' columns N:R too: issue 21.1; R the money).
    expect(reg.areas!.filter((a) => /^A6:R\d+$/u.test(a.range)).map((a) => a.style)).toEqual(['registerTextLine']);
    for (const a of reg.areas!.filter((x) => new RegExp(`^[A-R]6:[A-R]${REGISTER_CAPACITY + 5}$`, 'u').test(x.range)))
      expect(STYLES[a.style as keyof typeof STYLES]).not.toHaveProperty('border');
  });
});

maybe('issue 22: the register on paper (LibreOffice, PDF)', () => {
  let pages: string[] = [];
  beforeAll(async () => {
    pages = (await dongTamPdf(tempDir('tdkt-print-reg-'))).filter(
      (p) => p.includes('STT') && p.includes('Chức vụ, đơn vị'),
    );
  }, 120_000);

  it('issue 22.17: the lines print with their header repeated on every page, never the dropdown lists', () => {
    expect(pages.length).toBeGreaterThan(1);
    // The award list beside the lines (O:P) is not printed: its heading is nowhere.
    expect(pages.join('\n')).not.toContain('Danh sách chọn');
    // Nor the documents' columns (issue 21.1: the list stays at 9 pt or more).
    expect(pages.join('\n')).not.toContain('Số tờ trình đề nghị');
    expect(pages.join('\n')).not.toContain('đã có thành tích');
    expect(pages.join('\n')).toContain('Phạm Thị Hằng');
    // The last line (59) is printed, on a page with the header repeated.
    const last = pages[pages.length - 1]!;
    expect(last).toMatch(/^\s*59\s+10\/12\/2025\s+Gia đình văn hóa/mu);
    expect(last).toContain('Chức vụ, đơn vị');
  });
});
