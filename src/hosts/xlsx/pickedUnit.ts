/**
 * A unit workbook the user picked in the pane (<input type=file>): read in the browser by
 * the same code as `tdkt aggregate` (units.ts), exceljs imported on first use (a lazy chunk).
 */
import type { UnitRead } from '../../core';

/** What the pane hands over: a File (or anything with a name and the bytes). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readPickedUnit(file: PickedFile): Promise<UnitRead> {
  const [{ default: ExcelJS }, { readUnitBytes }] = await Promise.all([
    import(/* webpackChunkName: "exceljs" */ 'exceljs'),
    import(/* webpackChunkName: "xlsx-units" */ './units'),
  ]);
  return readUnitBytes(ExcelJS, new Uint8Array(await file.arrayBuffer()), file.name);
}
