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

/** The text of every paragraph, runs joined (what a reader sees; a line break reads as a space). */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/(<w:br\/>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => (t[1] ? ' ' : '') + t[2]).join(''),
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
    expect(sections).toHaveLength(3);
    expect(sections[0]).toContain(`<w:pgSz w:w="${mmToTwips(210)}" w:h="${mmToTwips(297)}" w:orient="portrait"/>`);
    expect(sections[1]).toContain(`<w:pgSz w:w="${mmToTwips(210)}" w:h="${mmToTwips(297)}" w:orient="portrait"/>`);
    expect(sections[2]).toContain(`<w:pgSz w:w="${mmToTwips(297)}" w:h="${mmToTwips(210)}" w:orient="landscape"/>`);
    for (const s of sections)
      expect(s).toMatch(
        new RegExp(
          `<w:pgMar w:top="${mmToTwips(20)}" w:right="${mmToTwips(15)}" w:bottom="${mmToTwips(20)}" w:left="${mmToTwips(30)}"`,
        ),
      );
  });

  it('numbers pages at the top from page 2; each appendix numbered on its own from 1 (Nghị định 30/2020)', () => {
    const [body, ...appendices] = [...p.document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(body).toContain('<w:titlePg/>');
    expect(body).toContain('w:type="first"');
    expect(body).not.toMatch(/<w:pgNumType w:start/);
    for (const a of appendices) {
      expect(a).toContain('<w:titlePg/>');
      expect(a).toMatch(/<w:pgNumType w:start="1"/);
    }
    expect(p.headers.filter((h) => h.includes('PAGE'))).toHaveLength(3);
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
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 03 tập thể và 12 cá nhân.',
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

  it('tags every run Vietnamese (w:lang vi-VN) so Word proofs it as Vietnamese', () => {
    const runs = [...p.document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!);
    expect(runs.length).toBeGreaterThan(100);
    expect(runs.filter((r) => !r.includes('<w:lang w:val="vi-VN"/>'))).toEqual([]);
    expect(p.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="vi-VN"\/>/);
  });

  it("uses real heading styles for the outline (Word's navigation pane), black Times New Roman", () => {
    const styled = (id: string) =>
      [...p.document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)]
        .map((m) => m[0])
        .filter((x) => x.includes(`<w:pStyle w:val="${id}"/>`))
        .map((x) => paragraphTexts(x)[0]!);
    expect(styled('Heading1')).toEqual([
      'KẾT QUẢ TỔ CHỨC TRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA, CÔNG TÁC KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2024',
      'PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG 6 THÁNG CUỐI NĂM 2024',
      'Phụ lục I',
      'Phụ lục II',
    ]);
    expect(styled('Heading2')).toContain('I. ĐẶC ĐIỂM TÌNH HÌNH');
    expect(styled('Heading3')).toContain('4. Công tác khen thưởng');
    expect(styled('Heading4')[0]).toBe('3.1. Thuận lợi');
    const h1 = p.styles.match(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/)![0];
    expect(h1).toContain('w:ascii="Times New Roman"');
    expect(h1).toContain('<w:color w:val="000000"/>');
    expect(h1).toContain('<w:keepNext/>');
  });

  it('keeps a heading with its first paragraph, an award with its "Trong đó" rows and TỔNG CỘNG with the row above', () => {
    const paras = [...p.document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)].map((m) => m[0]);
    const heading = paras.find((x) => paragraphTexts(x)[0] === '3. Nguyên nhân')!;
    expect(heading).toContain('<w:keepNext/>');
    const tally = [...p.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).pop()!;
    const rows = [...tally.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const rowOf = (label: string) => rows.find((r) => paragraphTexts(r).includes(label))!;
    const kept = (r: string) =>
      paragraphTexts(r).length > 0 && !/<w:p>(?:(?!<w:keepNext\/>)(?!<\/w:p>)[\s\S])*<\/w:p>/.test(r);
    expect(kept(rowOf('Huân chương Lao động'))).toBe(true); // its "Trong đó" follows
    expect(kept(rowOf('Bằng khen của Chủ tịch UBND tỉnh'))).toBe(true);
    const i = rows.findIndex((r) => paragraphTexts(r).includes('TỔNG CỘNG (I + II + III + IV)'));
    expect(kept(rows[i - 1]!)).toBe(true); // never a page holding only TỔNG CỘNG
    expect(kept(rowOf('Kỷ niệm chương bộ, ngành'))).toBe(false); // the next row is a level: may break
  });

  it('takes every cell width from the column grid (header rows under vertical merges line up)', () => {
    const tables = [...p.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    for (const t of tables) {
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const total = grid.reduce((a, x) => a + x, 0);
      for (const row of t.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)) {
        // Widths of the cells a row writes, plus those of the positions merged from above.
        const cells = [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
        const sum = cells
          .map((c) => Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(c)?.[1] ?? /<w:tcW w:w="(\d+)"/.exec(c)?.[1]))
          .reduce((a, x) => a + x, 0);
        expect(sum).toBeLessThanOrEqual(total);
      }
      // The tally's third header row (SL % SL %) sits under columns 6–9 of the grid.
      if (t.includes('Danh hiệu thi đua và hình thức khen thưởng')) {
        const third = [...t.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)][2]![0];
        const widths = [...third.matchAll(/<w:tcW [^>]*w:w="(\d+)"/g)].map((m) => Number(m[1]));
        expect(widths.slice(-4)).toEqual(grid.slice(-4));
      }
    }
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
