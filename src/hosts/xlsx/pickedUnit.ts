/**
 * A unit workbook the user picked in the pane (<input type=file>): read in the browser as
 * `tdkt aggregate` reads a file — the selective reader straight from the XML (selective.ts,
 * the parts inflated with fflate, zipFflate.ts says why; a lazy chunk), exceljs (units.ts, a
 * lazy chunk too) only where the selective reader cannot read the file.
 */
import type { UnitRead } from '../../core';
import type { PickedFile } from '../../ports';

async function readWithExceljs(bytes: Uint8Array, name: string): Promise<UnitRead> {
  const [{ default: ExcelJS }, { readUnitBytes }] = await Promise.all([
    import(/* webpackChunkName: "exceljs" */ 'exceljs'),
    import(/* webpackChunkName: "xlsx-units" */ './units'),
  ]);
  return readUnitBytes(ExcelJS, bytes, name);
}

export async function readPickedUnit(
  file: PickedFile,
  opts: { reader?: 'selective' | 'exceljs' } = {},
): Promise<UnitRead> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (opts.reader !== 'exceljs') {
    const { readUnitBytesSelective, NeedsExceljs } = await import(
      /* webpackChunkName: "xlsx-selective" */ './selectiveBytes'
    );
    try {
      return readUnitBytesSelective(bytes, file.name);
    } catch (e) {
      if (!(e instanceof NeedsExceljs)) throw e;
    }
  }
  return readWithExceljs(bytes, file.name);
}
