/**
 * The report of a workbook with an award register: 4.3 names the collectives (and short
 * lists of individuals) with the decision numbers, and Phụ lục III lists everyone awarded,
 * by level and award. A hand-typed workbook's report is unchanged (no names, no Phụ lục III).
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE as cat } from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { buildReport, documentTexts, reportFromWorkbook, type Paragraph, type Table } from '../../src/core/report';
import { AWARDEE_TEXT } from '../../src/core/text/awardees';
import { bacSonRegisterInputs } from '../helpers/register';
import { bacSonInputs } from './helpers';

describe('report from the award register (Bắc Sơn kept as a register)', () => {
  const grids = planToGrids(buildWorkbookPlan(cat, bacSonRegisterInputs()));
  const { document: doc, findings } = reportFromWorkbook(grids);
  const texts = documentTexts(doc!);

  it('is produced, from the workbook, without findings', () => {
    expect(findings).toEqual([]);
    expect(doc).toBeDefined();
  });

  it('4.3 names the collectives with their decision, and keeps the counts', () => {
    expect(texts).toContain(
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 03 tập thể và 12 cá nhân theo Quyết định số 45/QĐ-UBND ngày 01/02/2024. Tập thể: Chi bộ khối phố 1, Chi bộ khối phố 2, Trường Mầm non thị trấn.',
    );
  });

  it('4.3 names a short, fully named list of individuals; a grouped line (18 cá nhân) is not named', () => {
    expect(texts).toContain(
      '+ Tặng Giấy khen của Chủ tịch UBND huyện cho 01 tập thể và 04 cá nhân theo Quyết định số 560/QĐ-UBND ngày 20/03/2024 và Quyết định số 601/QĐ-UBND ngày 02/04/2024. Trong đó, khen chuyên đề: 01 tập thể và 02 cá nhân; khen thường xuyên: 02 cá nhân. Tập thể: Chi bộ khối phố Hữu Vĩnh. Cá nhân: Hoàng Văn Lực, Lương Thị Mai, Vi Văn Thành, Dương Thị Hoa.',
    );
    expect(texts).toContain(
      '+ Công nhận danh hiệu “Lao động tiên tiến” cho 18 cá nhân theo Quyết định số 215/QĐ-UBND ngày 15/01/2024.',
    );
  });

  it('adds Phụ lục III: every line by level and award, a grouped line said as a count', () => {
    const last = doc!.sections[doc!.sections.length - 1]!;
    const heads = last.blocks
      .filter((b): b is Paragraph => b.kind === 'paragraph')
      .map((p) =>
        p.runs
          .map((r) => r.text)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    expect(heads).toContain(AWARDEE_TEXT.appendix);
    expect(heads).toContain(AWARDEE_TEXT.appendixTitle);
    const table = last.blocks.find((b): b is Table => b.kind === 'table')!;
    const rows = table.rows.map((r) => r.cells.map((c) => (c.blocks[0] as Paragraph).runs[0]!.text));
    expect(rows[1]).toEqual(['Khen thưởng cấp tỉnh']);
    expect(rows[2]).toEqual(['Bằng khen của Chủ tịch UBND tỉnh']);
    expect(rows[3]).toEqual(['1', 'UBND thị trấn Bắc Sơn', '', '01', '1234/QĐ-UBND ngày 10/05/2024']);
    expect(rows).toContainEqual(['1', '18 cá nhân (không ghi tên)', '', '18', '215/QĐ-UBND ngày 15/01/2024']);
    const named = rows.slice(1).filter((r) => r.length === 5 && !r[1]!.includes('không ghi tên')).length;
    expect(named).toBe(9);
  });

  it('a hand-typed workbook: no names in 4.3 and no Phụ lục III', () => {
    const typed = buildReport(cat, bacSonInputs()).document;
    expect(typed.sections).toHaveLength(3); // the report, Phụ lục I, Phụ lục II
    expect(documentTexts(typed).join('\n')).not.toContain('Chi bộ khối phố');
  });
});
