/**
 * The report's pages as a records office reads them: the signature phrase whole, Nơi nhận
 * opening with "Như trên" under a Kính gửi, Phụ lục II's cells blank where the paper is
 * blank and its rates written one way, headings and notes kept with what they head — in
 * the model, and on the pages LibreOffice lays out from the .docx (PDF → text).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CATALOGUE as cat } from '../../src/core';
import { buildReport, type Paragraph, type ReportDocument, type Table } from '../../src/core/report';
import { measureTextMm } from '../../src/core/report/measure';
import { renderReportDocx } from '../../src/hosts/docx/render';
import { describeWithSoffice } from '../helpers/libreoffice';
import { bacSonRegisterInputs } from '../helpers/register';
import { bacSonInputs, withInfo } from './helpers';

const text = (p: Paragraph) => p.runs.map((r) => r.text).join('');
const cellText = (c: Table['rows'][number]['cells'][number]) =>
  c.blocks.map((b) => (b.kind === 'paragraph' ? text(b) : '')).join('');

function tables(doc: ReportDocument, role: Table['role']): Table[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b): b is Table => b.kind === 'table' && b.role === role));
}

describe('issue 22: the report pages', () => {
  const doc = buildReport(cat, bacSonInputs()).document;

  it('issue 22.7: the signature keeps "TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG" on one line (it broke as "… KHEN / THƯỞNG")', () => {
    const sig = tables(doc, 'signature')[0]!;
    const block = sig.rows[0]!.cells[1]!.blocks[0] as Paragraph;
    expect(block.runs.map((r) => r.text)).toEqual(['TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG']);
    const run = block.runs[0]!;
    // It fits its column (less Word's cell margins, 3,8 mm) at its own size.
    expect(measureTextMm(run.text, run.size!, true)).toBeLessThan(sig.columnsMm[1]! - 3.8);
    expect(run.size).toBeGreaterThanOrEqual(13);
  });

  it('issue 22.8: Nơi nhận starts "- Như trên;" when Kính gửi names the addressee, not otherwise', () => {
    const lines = (d: ReportDocument) =>
      (tables(d, 'signature')[0]!.rows[0]!.cells[0]!.blocks as Paragraph[]).map(text);
    expect(lines(doc).slice(0, 2)).toEqual(['Nơi nhận:', '- Như trên;']);
    expect(lines(buildReport(cat, withInfo({ addressee: null })).document)).not.toContain('- Như trên;');
  });

  it('issue 22.9: Phụ lục II leaves a cell blank where the paper does (no "00 | 0") and writes rates with two decimals', () => {
    const t = tables(doc, 'appendix2')[0]!;
    const body = t.rows.filter((r) => !r.header).map((r) => r.cells.map(cellText));
    const numbers = body.flatMap((r) => r.slice(2));
    expect(numbers.filter((v) => v === '00' || v === '0')).toEqual([]);
    const rates = body.flatMap((r) => [r[6]!, r[8]!]).filter(Boolean);
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.filter((v) => !/^\d{1,3},\d{2}$/u.test(v))).toEqual([]);
    // Giấy khen cấp huyện, khen thường xuyên: 02 of 02 individuals direct → "100,00".
    expect(rates).toContain('100,00');
  });

  it('issue 22.10: "Ghi chú:" stays with its notes and with the table’s last row (TỔNG CỘNG)', () => {
    const section = doc.sections.find((s) => s.blocks.some((b) => b.kind === 'table' && b.role === 'appendix2'))!;
    const t = tables(doc, 'appendix2')[0]!;
    expect(t.rows[t.rows.length - 1]!.keepWithNext).toBe(true);
    const notes = section.blocks.filter((b): b is Paragraph => b.kind === 'paragraph' && b.role === 'note');
    expect(notes.length).toBe(cat.notes.length);
    expect(notes.slice(0, -1).every((p) => p.keepWithNext)).toBe(true);
  });

  it('issue 22.11: in Phụ lục III a level’s and an award’s heading row stays with its first line', () => {
    const d = buildReport(cat, { ...bacSonRegisterInputs() }).document;
    const t = tables(d, 'appendix1').find((x) => x.rows[0]!.cells.length === 5)!;
    const headings = t.rows.filter((r) => !r.header && r.cells.length === 1);
    expect(headings.length).toBeGreaterThan(3);
    expect(headings.every((r) => r.keepWithNext)).toBe(true);
  });
});

const { maybe } = describeWithSoffice('tests/report/pages.test.ts');

maybe('issue 22: the report pages as LibreOffice lays them out (.docx → PDF)', () => {
  let pages: string[] = [];
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-pages-'));
    try {
      const file = path.join(dir, 'bao-cao.docx');
      fs.writeFileSync(file, await renderReportDocx(buildReport(cat, bacSonInputs()).document));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file,
        ],
        { stdio: 'pipe', timeout: 90_000 },
      );
      pages = execFileSync('pdftotext', ['-layout', path.join(dir, 'bao-cao.pdf'), '-'])
        .toString('utf8')
        .normalize('NFC')
        .split('\f');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('issue 22.7: the signature phrase is printed on one line', () => {
    expect(pages.join('\n')).toMatch(/TM\. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG\s*\n/u);
  });

  it('issue 22.9: Phụ lục II takes two landscape pages, neither a half-empty first page nor a last page of a few rows', () => {
    const first = pages.findIndex((p) => /^\s*Phụ lục II\s*$/mu.test(p));
    const last = pages.findIndex((p) => p.includes('TỔNG CỘNG (I + II + III + IV)'));
    expect(first).toBeGreaterThan(0);
    expect(last - first).toBe(1);
    // Table rows: lines that start with a row number or a "Trong đó" dash.
    const rows = (p: string) => p.split('\n').filter((l) => /^\s*(?:[IVX]+|\d+|-)\s{2,}\S/u.test(l)).length;
    expect(rows(pages[first]!)).toBeGreaterThanOrEqual(12);
    expect(rows(pages[last]!)).toBeGreaterThanOrEqual(12);
    // "Ghi chú:" is on the page of TỔNG CỘNG.
    expect(pages[last]).toContain('Ghi chú:');
  });
});
