/**
 * `tdkt report … --previous earlier.xlsx`: "tăng/giảm … so với cùng kỳ / kỳ trước" per level,
 * for TỔNG CỘNG and the rates; a plain warning when the earlier file cannot be compared.
 * The two example periods (bac-son-2023 → bac-son-2024) are generated from data.
 */
import * as path from 'path';
import { DEFAULT_CATALOGUE, buildWorkbookPlan, inputsFromJson, validateWorkbook, type Catalogue } from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { buildReport, reportFromWorkbook, type Paragraph, type ReportDocument } from '../../src/core/report';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { EXAMPLE_XLSX, makeExample, PREVIOUS_EXAMPLE, PREVIOUS_XLSX } from '../../scripts/make-example';
import { tempDir, trimGrids } from '../xlsx/files';
import { bacSonInputs, bacSonJson } from './helpers';
import { tdkt } from '../helpers/cli';

const cat = DEFAULT_CATALOGUE;
const text = (p: Paragraph) => p.runs.map((r) => r.text).join('');

function under(doc: ReportDocument, number: string): string[] {
  const ps = doc.sections[0]!.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
  const i = ps.findIndex((p) => p.role.startsWith('heading') && text(p).startsWith(number));
  const out: string[] = [];
  for (const p of ps.slice(i + 1)) {
    if (p.role.startsWith('heading')) break;
    if (p.role === 'drafted') out.push(text(p));
  }
  return out;
}

describe('examples/bac-son-2023 (the earlier period)', () => {
  it('equals a freshly generated workbook cell for cell, and validates', async () => {
    const fresh = path.join(tempDir(), 'fresh.xlsx');
    await makeExample(fresh, PREVIOUS_EXAMPLE);
    const committed = await readWorkbookFile(PREVIOUS_XLSX);
    expect(trimGrids(committed.grids)).toEqual(trimGrids((await readWorkbookFile(fresh)).grids));
    expect(validateWorkbook(committed.catalogue, committed.grids).errors).toBe(0);
  });
});

describe('comparison with the previous period', () => {
  it('the annual 2023 example is not compared with six months of 2024: a finding says why', async () => {
    const [now, before] = await Promise.all([readWorkbookFile(EXAMPLE_XLSX), readWorkbookFile(PREVIOUS_XLSX)]);
    const r = reportFromWorkbook(now.grids, { previous: { grids: before.grids, name: 'bac-son-nam-2023.xlsx' } });
    expect(r.findings.map((f) => f.code)).toEqual(['previous-unusable']);
    expect(r.findings[0]!.message).toContain('“bac-son-nam-2023.xlsx” là biểu năm 2023, khác kỳ báo cáo');
    expect(under(r.document!, '4.3.').some((t) => t.startsWith('So với'))).toBe(false);
  });

  /** The same six months of 2023 (cùng kỳ): the 2023 example's numbers, direct labour recorded as 0. */
  const sameTime2023 = () => {
    const json = bacSonJson();
    return {
      catalogue: cat,
      inputs: inputsFromJson(cat, {
        ...json,
        info: { ...json.info, year: 2023 },
        tally: {
          'II.4': { collective: 1, directCollective: 0 },
          'III.1': { individual: 19, directIndividual: 0 },
          'III.4': { collective: 1, individual: 1 },
          'IV.2': { household: 115 },
        },
      }),
      name: 'bac-son-6-thang-2023.xlsx',
    };
  };

  it('4.3: TỔNG CỘNG and each level, tăng/giảm with both counts, zero written "0"', () => {
    const r = buildReport(cat, bacSonInputs(), { previous: sameTime2023() });
    expect(r.findings).toEqual([]);
    const s = under(r.document, '4.3.');
    expect(s).toContain(
      'So với cùng kỳ năm 2023, tổng số được khen thưởng: tập thể tăng 03 (từ 02 lên 05); cá nhân tăng 14 (từ 20 lên 34); hộ gia đình giảm 115 (từ 115 xuống 0).',
    );
    expect(s).toContain('- Khen thưởng cấp tỉnh: tập thể không thay đổi (01).');
    expect(s).toContain('- Khen thưởng cấp huyện: tập thể không thay đổi (01); cá nhân tăng 02 (từ 20 lên 22).');
    expect(s).toContain(
      '- Khen thưởng cấp cơ sở: tập thể tăng 03 (từ 0 lên 03); cá nhân tăng 12 (từ 0 lên 12); hộ gia đình giảm 115 (từ 115 xuống 0).',
    );
    // Cấp Nhà nước had nothing in either period: not mentioned.
    expect(s.some((t) => t.startsWith('- Khen thưởng cấp Nhà nước: tập thể'))).toBe(false);
  });

  it('4.2: the direct-labour rates of TỔNG CỘNG in percentage points, two decimals', () => {
    expect(under(buildReport(cat, bacSonInputs(), { previous: sameTime2023() }).document, '4.2.')).toContain(
      'So với cùng kỳ năm 2023, tỷ lệ tập thể trực tiếp lao động sản xuất được khen thưởng không thay đổi (0,00%); tỷ lệ người lao động trực tiếp được khen thưởng tăng 11,76 điểm phần trăm (từ 0,00% lên 11,76%).',
    );
  });

  it('says "cùng kỳ năm N" when the earlier file is the same period a year before', () => {
    const json = bacSonJson();
    const previous = {
      catalogue: cat,
      inputs: inputsFromJson(cat, {
        ...json,
        info: { ...json.info, year: 2023 },
        tally: { 'IV.2': { collective: 5 } },
      }),
      name: 'x.xlsx',
    };
    const s = under(buildReport(cat, bacSonInputs(), { previous }).document, '4.3.');
    expect(s.find((t) => t.startsWith('So với cùng kỳ năm 2023'))).toBe(
      'So với cùng kỳ năm 2023, tổng số được khen thưởng: tập thể không thay đổi (05); cá nhân tăng 34 (từ 0 lên 34).',
    );
  });

  it('compares a form of another catalogue version by its totals and the levels both have', () => {
    // A three-level form (no cấp huyện), as after the 2025 reform.
    const threeLevels: Catalogue = {
      ...cat,
      version: 'test-3',
      levels: cat.levels.filter((l) => l.id !== 'III'),
      rows: cat.rows.filter((r) => r.level !== 'III'),
    };
    const previous = {
      catalogue: threeLevels,
      inputs: inputsFromJson(threeLevels, {
        info: { period: '6 tháng đầu năm', year: 2023 },
        tally: { 'IV.2': { collective: 1 } },
      }),
      name: 'ba-cap.xlsx',
    };
    const r = buildReport(cat, bacSonInputs(), { previous });
    const s = under(r.document, '4.3.');
    expect(s).toContain(
      'So với cùng kỳ năm 2023, tổng số được khen thưởng: tập thể tăng 04 (từ 01 lên 05); cá nhân tăng 34 (từ 0 lên 34).',
    );
    expect(s.some((t) => t.startsWith('- Khen thưởng cấp huyện: tập thể'))).toBe(false);
    expect(r.findings.map((f) => [f.code, f.message])).toEqual([
      [
        'previous-partial',
        'Biểu kỳ trước “ba-cap.xlsx” theo mẫu khác: Khen thưởng cấp huyện chỉ có ở một kỳ nên không so sánh riêng; tổng cộng và các cấp còn lại vẫn được so sánh.',
      ],
    ]);
  });

  it('says plainly when the earlier file cannot be compared, and still writes the report', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, bacSonInputs()));
    const notOurs = reportFromWorkbook(grids, {
      previous: { grids: { sheets: { Sheet1: { values: [['x']] } } }, name: 'khac.xlsx' },
    });
    expect(notOurs.document).toBeDefined();
    expect(notOurs.findings.map((f) => f.code)).toEqual(['previous-unusable']);
    expect(notOurs.findings[0]!.message).toContain('“khac.xlsx” không phải biểu tổng hợp');
    expect(under(notOurs.document!, '4.3.').some((t) => t.startsWith('So với'))).toBe(false);

    const same = reportFromWorkbook(grids, { previous: { grids, name: 'cung-ky.xlsx' } });
    expect(same.findings.map((f) => f.message)).toEqual([
      'Tệp kỳ trước “cung-ky.xlsx” là cùng kỳ báo cáo (6 tháng đầu năm 2024): không so sánh. Hãy chọn biểu của kỳ trước.',
    ]);
  });
});

describe('tdkt report --previous', () => {
  it('writes the comparison and lists the sections left to write', async () => {
    const out = path.join(tempDir(), 'r.docx');
    const r = await tdkt('report', EXAMPLE_XLSX, '-o', out, '--previous', PREVIOUS_XLSX);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Các mục còn để trống ([…])');
    expect(r.out).toContain('  - II.4.2. Biện pháp, giải pháp');
    expect(r.out).not.toContain('II.4.3.');
  });

  it('an unreadable earlier file is a warning, not a failure', async () => {
    const out = path.join(tempDir(), 'r.docx');
    const r = await tdkt('report', EXAMPLE_XLSX, '-o', out, '--previous', '/khong/co/tep.xlsx');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Tệp kỳ trước: .*Báo cáo không có phần so sánh với kỳ trước\./);
  });
});
