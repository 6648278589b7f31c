/** The committed example workbooks are exactly what `npm run example` makes (never hand-edited). */
import * as path from 'path';
import { CATALOGUES, validateWorkbook } from '../../src/core';
import { renderReportText, reportFromWorkbook } from '../../src/core/report';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { EXAMPLES, makeExample } from '../../scripts/make-example';
import { tempDir, trimGrids } from './files';

describe.each(EXAMPLES.map((e) => [path.relative(path.join(__dirname, '../..'), e.xlsx), e] as const))(
  '%s',
  (_name, example) => {
    it('equals a freshly generated workbook cell for cell (values and formulas)', async () => {
      const fresh = path.join(tempDir(), 'fresh.xlsx');
      await makeExample(fresh, example);
      const committed = await readWorkbookFile(example.xlsx);
      const generated = await readWorkbookFile(fresh);
      expect(committed.sheetNames).toEqual(generated.sheetNames);
      expect(trimGrids(committed.grids)).toEqual(trimGrids(generated.grids));
    });

    it('validates without errors (the README’s first command)', async () => {
      const read = await readWorkbookFile(example.xlsx);
      expect(validateWorkbook(read.catalogue, read.grids).errors).toBe(0);
    });
  },
);

describe('examples/dong-tam-2025: the three-level form, invented numbers', () => {
  it('is the 2025 form, marked as invented, and its report never says cấp huyện', async () => {
    const e = EXAMPLES[1]!;
    const json = (await import(e.json)) as { $comment: string };
    expect(json.$comment).toMatch(/^INVENTED EXAMPLE/);
    const read = await readWorkbookFile(e.xlsx);
    expect(read.catalogue).toBe(CATALOGUES['tong-hop-khen-thuong/2025']);
    const text = renderReportText(reportFromWorkbook(read.grids).document!);
    expect(text).toContain('danh hiệu “Lao động tiên tiến” cho 64 cá nhân');
    // The tally follows the example's award register, so 4.3 names the collectives it lists.
    expect(text).toContain(
      'Giấy khen của Chủ tịch UBND xã cho 14 tập thể, 37 cá nhân và 12 hộ gia đình theo Quyết định số 302/QĐ-UBND ngày 02/09/2025, Quyết định số 355/QĐ-UBND ngày 12/10/2025 và Quyết định số 418/QĐ-UBND ngày 09/12/2025.',
    );
    expect(text).toContain(
      'Tập thể: Thôn Đông, Thôn Tây, Thôn Nam, Thôn Bắc, Ban Công an xã, Văn phòng – Thống kê, Phòng Kinh tế, Phòng Văn hóa – Xã hội và 06 tập thể khác.',
    );
    expect(text).not.toMatch(/huyện/i);
  });
});
