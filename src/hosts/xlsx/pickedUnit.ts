/**
 * A unit workbook the user picked in the pane (<input type=file>): read in the browser as
 * `tdkt aggregate` reads a file — the selective reader straight from the XML (selective.ts,
 * the parts inflated with DecompressionStream; a lazy chunk), exceljs (units.ts, a lazy chunk
 * too) only where the selective reader cannot read the file, or where the browser cannot
 * inflate raw deflate data (Safari before 16.4). The parts are inflated in a worker where
 * one can start (inflateWorker.ts says why).
 */
import type { UnitRead } from '../../core';
import type { PickedFile } from '../../ports';
import { deflateRawAvailable, type RawInflater } from './zipStream';

/** The worker's inflater, where the platform has workers (not under jest). */
async function inflater(): Promise<RawInflater | undefined> {
  if (typeof Worker === 'undefined') return undefined;
  return (await import(/* webpackChunkName: "xlsx-selective" */ './inflateInWorker')).inflateInWorker;
}

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
  if (opts.reader !== 'exceljs' && deflateRawAvailable()) {
    const [{ readUnitBytesSelective, NeedsExceljs }, inflate] = await Promise.all([
      import(/* webpackChunkName: "xlsx-selective" */ './selectiveBytes'),
      inflater(),
    ]);
    try {
      return await readUnitBytesSelective(bytes, file.name, { inflate });
    } catch (e) {
      if (!(e instanceof NeedsExceljs)) throw e;
    }
  }
  return readWithExceljs(bytes, file.name);
}
