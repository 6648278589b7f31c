/** Nghị định 30/2020 layout rules computed from the text: rule lengths and line breaks. */
import { DEFAULT_CATALOGUE } from '../../src/core';
import {
  breakLines,
  buildReport,
  measureTextMm,
  paragraphText,
  type Paragraph,
  type Rule,
  type Table,
} from '../../src/core/report';
import { REPORT_TEXT } from '../../src/core/text/report';
import { bacSonInputs, withInfo } from './helpers';

describe('text widths (Times metrics)', () => {
  it('measures the tiêu ngữ at 14 pt bold at about 66 mm, wider in bold than regular, diacritics ignored', () => {
    const w = measureTextMm('Độc lập - Tự do - Hạnh phúc', 14, true);
    expect(w).toBeGreaterThan(60);
    expect(w).toBeLessThan(72);
    expect(measureTextMm('Hạnh phúc', 14, true)).toBeGreaterThan(measureTextMm('Hạnh phúc', 14, false));
    expect(measureTextMm('Ộ', 14)).toBe(measureTextMm('O', 14));
  });
});

describe('line breaks between phrases', () => {
  const keep = [...REPORT_TEXT.keepTogether, 'thị trấn Bắc Sơn'];
  it('never breaks "THỊ / TRẤN" in the issuer name, and keeps each line within the column', () => {
    const lines = breakLines('HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ TRẤN BẮC SƠN', 58, {
      phraseStarts: ['thị trấn Bắc Sơn'],
      sizePt: 13,
      bold: true,
      keepTogether: keep,
    });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[lines.length - 1]).toBe('THỊ TRẤN BẮC SƠN');
    for (const l of lines) expect(measureTextMm(l, 13, true)).toBeLessThanOrEqual(58);
    expect(lines.join(' ')).toBe('HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ TRẤN BẮC SƠN');
  });

  // "… PHONG TRÀO THI ĐUA," is 166 mm at 14 pt bold: wider than the 165 mm text, so the break
  // falls between two phrases ("phong trào" | "thi đua"), never inside one.
  it('breaks a long capitals heading between phrases, never inside one', () => {
    const lines = breakLines(REPORT_TEXT.part1Title('6 THÁNG ĐẦU NĂM 2024'), 150, {
      sizePt: 14,
      bold: true,
      keepTogether: keep,
    });
    expect(lines).toEqual([
      'KẾT QUẢ TỔ CHỨC TRIỂN KHAI THỰC HIỆN PHONG TRÀO',
      'THI ĐUA, CÔNG TÁC KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2024',
    ]);
    // With room for the comma, the comma wins.
    expect(
      breakLines('PHONG TRÀO THI ĐUA, CÔNG TÁC KHEN THƯỞNG NĂM 2024', 110, {
        sizePt: 14,
        bold: true,
        keepTogether: keep,
      }),
    ).toEqual(['PHONG TRÀO THI ĐUA,', 'CÔNG TÁC KHEN THƯỞNG NĂM 2024']);
    for (const l of lines) expect(l).not.toMatch(/^(TRÀO|ĐUA|THƯỞNG|TRẤN)\b/);
    expect(lines.some((l) => /NĂM$/.test(l))).toBe(false); // "năm 2024" stays together
  });

  it('leaves a text that fits on one line', () => {
    expect(breakLines('BÁO CÁO', 100, { sizePt: 14, bold: true })).toEqual(['BÁO CÁO']);
  });
});

describe('rules sized from their text (Nghị định 30/2020, Phụ lục I)', () => {
  const header = (doc: ReturnType<typeof buildReport>['document']) =>
    doc.sections[0]!.blocks.find((b): b is Table => b.kind === 'table' && b.role === 'header')!;
  it('under the tiêu ngữ as long as its line; under the issuer 1/3–1/2 of its longest line', () => {
    const t = header(buildReport(DEFAULT_CATALOGUE, bacSonInputs()).document);
    const right = t.rows[0]!.cells[1]!.blocks;
    const motto = right.find((b): b is Rule => b.kind === 'rule')!;
    expect(Math.abs(motto.widthMm - measureTextMm('Độc lập - Tự do - Hạnh phúc', 14, true))).toBeLessThan(1);
    const left = t.rows[0]!.cells[0]!.blocks;
    const name = left.find((b): b is Paragraph => b.kind === 'paragraph' && b.runs.some((r) => r.bold))!;
    const longest = Math.max(...name.runs.map((r) => measureTextMm(r.text, 13, true)));
    const rule = left.find((b): b is Rule => b.kind === 'rule')!;
    expect(rule.widthMm / longest).toBeGreaterThanOrEqual(1 / 3);
    expect(rule.widthMm / longest).toBeLessThanOrEqual(1 / 2);
    expect(paragraphText(name)).toBe('HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ TRẤN BẮC SƠN');
  });

  it('under the trích yếu 1/3–1/2 of its longest line, whatever the period', () => {
    for (const inputs of [bacSonInputs(), withInfo({ period: 'Năm' })]) {
      const blocks = buildReport(DEFAULT_CATALOGUE, inputs).document.sections[0]!.blocks;
      const i = blocks.findIndex((b) => b.kind === 'paragraph' && b.role === 'title' && paragraphText(b) !== 'BÁO CÁO');
      const title = blocks[i] as Paragraph;
      const rule = blocks[i + 1] as Rule;
      const longest = Math.max(...title.runs.map((r) => measureTextMm(r.text, 14, true)));
      expect(rule.kind).toBe('rule');
      expect(rule.widthMm / longest).toBeGreaterThanOrEqual(1 / 3);
      expect(rule.widthMm / longest).toBeLessThanOrEqual(1 / 2);
    }
  });
});
