/**
 * One unit workbook of an aggregate, from its bytes: the same reading for `tdkt aggregate`
 * (Node) and the pane's "Tổng hợp từ các đơn vị" (browser, exceljs imported lazily).
 */
import type ExcelJS from 'exceljs';
import { summariseUnit, type UnitRead } from '../../core';
import { readWorkbookBytes } from './bytes';

/**
 * Read and validate one unit; only what the aggregate needs is kept (not the grids).
 * Throws XlsxFileError when the bytes are not a usable tally workbook.
 */
export async function readUnitBytes(
  exceljs: typeof ExcelJS,
  bytes: Uint8Array,
  file: string,
  fileName = file,
): Promise<UnitRead> {
  return summariseUnit(file, await readWorkbookBytes(exceljs, bytes, file, { valuesOnly: true }), fileName);
}
