/**
 * A unit workbook the user picked in the pane (<input type=file>): read in the browser by
 * the same code as `tdkt aggregate` (units.ts), exceljs imported on first use (a lazy chunk).
 */
import type { UnitRead } from '../../core';
import type { PickedFile } from '../../ports';

export async function readPickedUnit(file: PickedFile): Promise<UnitRead> {
  const [{ default: ExcelJS }, { readUnitBytes }] = await Promise.all([
    import(/* webpackChunkName: "exceljs" */ 'exceljs'),
    import(/* webpackChunkName: "xlsx-units" */ './units'),
  ]);
  return readUnitBytes(ExcelJS, new Uint8Array(await file.arrayBuffer()), file.name);
}
