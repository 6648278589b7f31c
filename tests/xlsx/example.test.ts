/** The committed example workbook is exactly what `npm run example` makes (never hand-edited). */
import * as path from 'path';
import { validateWorkbook } from '../../src/core';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { EXAMPLE_XLSX, makeExample } from '../../scripts/make-example';
import { tempDir, trimGrids } from './files';

describe('examples/bac-son-2024/bac-son-6-thang-2024.xlsx', () => {
  it('equals a freshly generated workbook cell for cell (values and formulas)', async () => {
    const fresh = path.join(tempDir(), 'fresh.xlsx');
    await makeExample(fresh);
    const committed = await readWorkbookFile(EXAMPLE_XLSX);
    const generated = await readWorkbookFile(fresh);
    expect(committed.sheetNames).toEqual(generated.sheetNames);
    expect(trimGrids(committed.grids)).toEqual(trimGrids(generated.grids));
  });

  it('validates without errors (the README’s first command)', async () => {
    const read = await readWorkbookFile(EXAMPLE_XLSX);
    expect(validateWorkbook(read.catalogue, read.grids).errors).toBe(0);
  });
});
