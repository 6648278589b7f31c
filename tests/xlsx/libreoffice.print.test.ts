/**
 * The printed sheets, as LibreOffice lays them out (.xlsx → PDF → text): the tally prints
 * like the paper form (zero counts blank, no last page of only the repeated header and the
 * notes) and the register prints as a list (the lines and their header, never the dropdown
 * lists beside them).
 */
import * as fs from 'fs';
import * as path from 'path';
import { findCatalogue, inputsFromJson, type WorkbookInputsJson } from '../../src/core';
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
