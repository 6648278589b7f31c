import JSZip from 'jszip';
import { DEFAULT_CATALOGUE } from '../../src/core';
import { buildReport } from '../../src/core/report';
import { mmToTwips, renderReportDocx } from '../../src/hosts/docx/render';
import { bacSonInputs } from './helpers';

async function parts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async('string');
  const names = Object.keys(zip.files);
  const headers = await Promise.all(names.filter((n) => /^word\/header\d+\.xml$/.test(n)).map(read));
  return { names, document: await read('word/document.xml'), styles: await read('word/styles.xml'), headers };
}

/** The text of every paragraph, runs joined (what a reader sees). */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('report .docx (Bắc Sơn)', () => {
  let p: Awaited<ReturnType<typeof parts>>;
  let texts: string[];
  beforeAll(async () => {
    const bytes = await renderReportDocx(buildReport(DEFAULT_CATALOGUE, bacSonInputs()).document);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    p = await parts(bytes);
    texts = paragraphTexts(p.document).map(unescape);
  });

  it('is A4 with margins 20/20/30/15 mm, portrait then landscape', () => {
    const sections = [...p.document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain(`<w:pgSz w:w="${mmToTwips(210)}" w:h="${mmToTwips(297)}" w:orient="portrait"/>`);
    expect(sections[1]).toContain(`<w:pgSz w:w="${mmToTwips(297)}" w:h="${mmToTwips(210)}" w:orient="landscape"/>`);
    for (const s of sections)
      expect(s).toMatch(
        new RegExp(
          `<w:pgMar w:top="${mmToTwips(20)}" w:right="${mmToTwips(15)}" w:bottom="${mmToTwips(20)}" w:left="${mmToTwips(30)}"`,
        ),
      );
  });

  it('numbers pages at the top from page 2 (different first page)', () => {
    const [first, second] = [...p.document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(first).toContain('<w:titlePg/>');
    expect(first).toContain('w:type="first"');
    expect(second).not.toContain('<w:titlePg/>');
    expect(p.headers.filter((h) => h.includes('PAGE'))).toHaveLength(2);
    expect(p.headers.some((h) => h.includes('PAGE') && h.includes('w:val="center"'))).toBe(true);
  });

  it('sets Times New Roman 14 as the document default and justifies the body with a 1,27 cm indent', () => {
    expect(p.styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>/);
    const body = p.document.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*1\.628 hộ dân[\s\S]*?<\/w:p>/)![0];
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain(`w:firstLine="${mmToTwips(12.7)}"`);
    expect(body).toContain('w:after="120"');
  });

  it('carries the header texts and the drafted sentences', () => {
    for (const t of [
      'UBND THỊ TRẤN BẮC SƠN',
      'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ TRẤN BẮC SƠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bắc Sơn, ngày 18 tháng 6 năm 2024',
      'BÁO CÁO',
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn cho 03 tập thể và 12 cá nhân (khen thường xuyên: 03 tập thể, 12 cá nhân).',
      'Phụ lục II',
    ])
      expect(texts).toContain(t);
    expect(texts.some((t) => t.includes('đạt 11,76%'))).toBe(true);
  });

  it('draws the header table without borders and the short rules as bottom borders', () => {
    const firstTable = p.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)![0];
    expect(firstTable).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect((firstTable.match(/<w:pBdr><w:bottom w:val="single"/g) ?? []).length).toBe(2);
  });

  it('merges the tally header: gridSpan 3 and 4, vMerge over three rows', () => {
    const tables = [...p.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const tally = tables.find((t) => t.includes('Danh hiệu thi đua và hình thức khen thưởng'))!;
    expect(tally).toContain('<w:gridSpan w:val="3"/>');
    expect(tally).toContain('<w:gridSpan w:val="4"/>');
    expect((tally.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length).toBe(5);
    expect((tally.match(/<w:vMerge w:val="continue"\/>/g) ?? []).length).toBe(7);
    expect((tally.match(/<w:tblHeader\/>/g) ?? []).length).toBe(3);
  });
});
