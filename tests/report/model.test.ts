import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CATALOGUE, inputsFromJson, buildWorkbookPlan } from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { computeTally } from '../../src/core/tally';
import {
  awardSentences,
  buildReport,
  reportFromWorkbook,
  documentTexts,
  paragraphText,
  renderReportHtml,
  type Paragraph,
  type ReportDocument,
  type Table,
} from '../../src/core/report';
import { OUTLINE } from '../../src/core/text/report';
import { bacSonInputs, withInfo } from './helpers';

const cat = DEFAULT_CATALOGUE;

function paragraphs(doc: ReportDocument): Paragraph[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b): b is Paragraph => b.kind === 'paragraph'));
}
function tables(doc: ReportDocument): Table[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b): b is Table => b.kind === 'table'));
}
const text = (p: Paragraph) => paragraphText(p);

describe('report model: Bắc Sơn', () => {
  const { document: doc, findings } = buildReport(cat, bacSonInputs());
  const texts = documentTexts(doc);

  it('has no findings: every header field is there', () => expect(findings).toEqual([]));

  it('has the two-column header with the national motto and the issuing body in capitals', () => {
    const header = tables(doc).find((t) => t.role === 'header')!;
    expect(header.borders).toBe(false);
    expect(header.rows[0]!.cells).toHaveLength(2);
    const [left, right] = header.rows[0]!.cells.map((c) => c.blocks);
    const body = left!.find((b) => b.kind === 'paragraph' && b.runs[0]!.bold) as Paragraph;
    expect(text(body)).toBe('HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ TRẤN BẮC SƠN');
    expect(left!.some((b) => b.kind === 'rule')).toBe(true);
    expect(right!.map((b) => (b.kind === 'paragraph' ? text(b) : 'rule'))).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'rule',
    ]);
    const date = header.rows[1]!.cells[1]!.blocks[0] as Paragraph;
    expect(text(date)).toBe('Bắc Sơn, ngày 18 tháng 6 năm 2024');
    expect(date.runs[0]!.italic).toBe(true);
  });

  it('leaves room for the number when none is taken yet', () => {
    expect(texts).toContain('Số:      /BC-HĐTĐKT');
  });

  it('titles the report by period', () => {
    expect(texts).toContain('BÁO CÁO');
    expect(texts).toContain(
      'Sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm 2024 và phương hướng nhiệm vụ 6 tháng cuối năm 2024',
    );
  });

  it('prints every heading of the outline, in order', () => {
    const headings = paragraphs(doc)
      .filter((p) => p.role.startsWith('heading-') && !p.role.startsWith('heading-part'))
      .map(text);
    expect(headings).toHaveLength(OUTLINE.length);
    OUTLINE.forEach((s, i) => expect(headings[i]!.startsWith(`${s.number} ${s.title}`)).toBe(true));
    expect(texts).toContain('Phần thứ nhất');
    expect(texts).toContain('Phần thứ hai');
    expect(texts).toContain('I. NHỮNG NHIỆM VỤ TRỌNG TÂM CÔNG TÁC THI ĐUA, KHEN THƯỞNG 6 THÁNG CUỐI NĂM 2024');
  });

  it('drafts the numbers: documents, direct-labour rate, awards by level', () => {
    expect(texts).toContain(
      'Trong 6 tháng đầu năm 2024, đã ban hành 06 văn bản chỉ đạo, triển khai công tác thi đua, khen thưởng (chi tiết tại Phụ lục I):',
    );
    expect(texts.some((t) => t.includes('đạt 11,76%'))).toBe(true);
    expect(texts).toContain(
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 03 tập thể và 12 cá nhân.',
    );
    expect(texts).toContain(
      '- Khen thưởng cấp tỉnh: tặng Bằng khen của Chủ tịch UBND tỉnh (khen chuyên đề) cho 01 tập thể.',
    );
    // Forms with no awards are not mentioned.
    expect(texts.some((t) => t.includes('Huân chương'))).toBe(true); // only in Phụ lục II
    expect(
      paragraphs(doc)
        .filter((p) => p.role === 'drafted')
        .some((p) => text(p).includes('Huân chương')),
    ).toBe(false);
  });

  it('keeps the clerk text and the điển hình tiên tiến', () => {
    expect(texts.some((t) => t.includes('1.628 hộ dân'))).toBe(true);
    expect(texts).toContain(
      '- Hộ bà Bé Thị Liên, khối phố Trần Đăng Ninh, thị trấn Bắc Sơn: Mô hình trồng cam đường canh.',
    );
  });

  it('puts a visible placeholder under a heading with no text', () => {
    const ps = paragraphs(doc);
    const i = ps.findIndex((p) => text(p) === '3. Nguyên nhân');
    expect(ps[i + 1]!.role).toBe('placeholder');
    expect(text(ps[i + 1]!)).toBe('[…]');
    expect(ps[i + 1]!.runs[0]!.highlight).toBe(true);
  });

  it('ends with the signature block and Nơi nhận in the official sizes', () => {
    const sig = tables(doc).find((t) => t.role === 'signature')!;
    const [left, right] = sig.rows[0]!.cells.map((c) => c.blocks as Paragraph[]);
    expect(left![0]!.runs[0]).toMatchObject({ text: 'Nơi nhận:', bold: true, italic: true, size: 12 });
    expect(left![left!.length - 1]!.runs[0]).toMatchObject({ text: '- Lưu: VT, HĐTĐKT.', size: 11 });
    expect(right!.map(text)).toEqual(['TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', 'CHỦ TỊCH', '', 'Nguyễn Hữu Đạt']);
  });

  it('adds Phụ lục I and the tally as Phụ lục II on a landscape section', () => {
    expect(doc.sections.map((s) => s.page.orientation)).toEqual(['portrait', 'portrait', 'landscape']);
    expect(doc.sections[0]!.titlePage).toBe(true);
    const p1 = tables(doc).find((t) => t.role === 'appendix1')!;
    expect(p1.rows[1]!.cells.map((c) => text(c.blocks[0] as Paragraph))).toEqual([
      '1',
      'Số 01/KH-UBND, ngày 10/01/2024 của UBND thị trấn',
      'Về công tác thi đua khen thưởng năm 2024',
      '',
    ]);
    const p2 = tables(doc).find((t) => t.role === 'appendix2')!;
    expect(p2.rows[0]!.cells.map((c) => [c.rowSpan ?? 1, c.colSpan ?? 1])).toEqual([
      [3, 1],
      [3, 1],
      [1, 3],
      [1, 4],
    ]);
    const row = (label: string) =>
      p2.rows
        .find((r) => text(r.cells[1]!.blocks[0] as Paragraph) === label)!
        .cells.map((c) => c.blocks[0] as Paragraph);
    const total = row('TỔNG CỘNG (I + II + III + IV)');
    // Zero is blank, as on the paper form (never "00 | 0"); rates with two decimals.
    expect(total.map(text)).toEqual(['', 'TỔNG CỘNG (I + II + III + IV)', '05', '34', '', '', '', '04', '11,76']);
    expect(total[2]!.runs[0]!.bold).toBe(true);
    expect(row('Khen thưởng cấp huyện').map(text).slice(2)).toEqual(['01', '22', '', '', '', '04', '18,18']);
    expect(row('Khen thưởng cấp huyện')[1]!.runs[0]!.bold).toBe(true);
  });
});

describe('report model: header data', () => {
  it('pads numbers below 10 and keeps larger ones', () => {
    expect(documentTexts(buildReport(cat, withInfo({ documentNumber: 5 })).document)).toContain('Số: 05/BC-HĐTĐKT');
    expect(documentTexts(buildReport(cat, withInfo({ documentNumber: 15 })).document)).toContain('Số: 15/BC-HĐTĐKT');
  });

  it('titles a year report "Tổng kết … năm N và phương hướng, nhiệm vụ năm N+1"', () => {
    const texts = documentTexts(buildReport(cat, withInfo({ period: 'Năm', year: 2024 })).document);
    expect(texts).toContain(
      'Tổng kết phong trào thi đua, công tác khen thưởng năm 2024 và phương hướng, nhiệm vụ năm 2025',
    );
    expect(texts).toContain('PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2025');
  });

  it.each([
    ['unitName', 'B6'],
    ['year', 'B9'],
    ['period', 'B8'],
  ])('missing %s → a finding naming Thông tin chung!%s, and still a document', (field, address) => {
    const r = buildReport(cat, withInfo({ [field]: null }));
    expect(r.document.sections.length).toBe(3);
    const f = r.findings.find((x) => x.field === field)!;
    expect(f).toMatchObject({ code: 'missing-field', sheet: 'Thông tin chung', address });
    expect(f.message).toContain(`ô ${address}`);
  });

  it('an unreadable year is reported as invalid, and the title shows "…"', () => {
    const r = buildReport(cat, withInfo({ year: 'hai nghìn' }));
    expect(r.findings.map((f) => [f.code, f.field])).toEqual([['invalid-field', 'year']]);
    expect(documentTexts(r.document).some((t) => t.includes('6 tháng đầu năm …'))).toBe(true);
  });

  it('an empty workbook still builds: every text section is a placeholder', () => {
    const r = buildReport(cat, inputsFromJson(cat, {}));
    const ps = r.document.sections[0]!.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
    const placeholders = ps.filter((p) => p.role === 'placeholder').length;
    // 1.2 (document count) and 4.3 (nothing awarded) are drafted; every other text section waits.
    expect(placeholders).toBe(OUTLINE.filter((s) => s.hasText).length - 2);
    expect(r.missing).toHaveLength(placeholders);
    expect(r.findings.length).toBeGreaterThanOrEqual(3);
  });

  it('builds from grids, and refuses a workbook that is not ours', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, bacSonInputs()));
    expect(documentTexts(reportFromWorkbook(grids).document!)).toContain(
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 03 tập thể và 12 cá nhân.',
    );
    const other = reportFromWorkbook({ sheets: { Sheet1: { values: [['x']] } } });
    expect(other.document).toBeUndefined();
    expect(other.findings[0]!.code).toBe('not-our-workbook');
  });
});

describe('report sentences (fixtures)', () => {
  const dir = path.join(__dirname, '../fixtures/report');
  const cases = fs.readdirSync(dir).filter((f) => f.startsWith('awards-'));
  it.each(cases)('%s', (file) => {
    const fx = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const doc = buildReport(cat, inputsFromJson(cat, { info: fx.info, tally: fx.tally })).document;
    const ps = doc.sections[0]!.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
    const under = (heading: string) => {
      const i = ps.findIndex((p) => text(p).startsWith(heading));
      const out: string[] = [];
      for (const p of ps.slice(i + 1)) {
        if (p.role.startsWith('heading')) break;
        if (p.role === 'drafted') out.push(text(p));
      }
      return out;
    };
    expect(under('4.3.')).toEqual(fx.expect.awards);
    expect(under('4.2.')).toEqual(fx.expect.directLabour);
  });
});

describe('report HTML (clipboard)', () => {
  it('escapes workbook text instead of injecting it', () => {
    const inputs = bacSonInputs();
    const evil = {
      ...inputs,
      narrative: { sections: { proposals: '<img src=x onerror=alert(1)> & "quotes"' }, models: [] },
    };
    const html = renderReportHtml(buildReport(cat, evil).document);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('rowspan="3"');
    expect(html).toContain(
      'tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 03 tập thể và 12 cá nhân',
    );
  });
});

describe('4.3 verbs follow the catalogue conferral (forms "tặng", titles "công nhận danh hiệu", honorary titles "phong tặng")', () => {
  it('gives rewards, recognises titles, confers honorary titles, quotes titles and names the issuer', () => {
    const tally = {
      'III.4': { collective: 2 },
      'III.1': { individual: 5 },
      'II.2': { collective: 1 },
      'I.3b': { individual: 1 },
    };
    const sentences = awardSentences({
      catalogue: cat,
      computed: computeTally(cat, tally),
      period: '6 tháng đầu năm 2024',
      unitName: 'xã Hữu Vĩnh',
    });
    const text = sentences.join('\n');
    expect(text).toContain('- Khen thưởng cấp Nhà nước: phong tặng danh hiệu “Nghệ sĩ ưu tú” cho 01 cá nhân.');
    expect(text).toContain('- Khen thưởng cấp tỉnh: công nhận danh hiệu “Tập thể lao động xuất sắc” cho 01 tập thể.');
    expect(text).toContain('+ Công nhận danh hiệu “Lao động tiên tiến” cho 05 cá nhân.');
    expect(text).toContain('+ Tặng Giấy khen của Chủ tịch UBND huyện cho 02 tập thể.');
  });
});
