/**
 * The catalogue carried inside the workbook: a very hidden sheet holding the catalogue's
 * JSON, so a workbook made from a province's catalogue file is validated, repaired,
 * reported and aggregated with no file beside it. It is a sheet of the plan like any
 * other, so every renderer (Excel JS API, exceljs, planToGrids) writes it and every
 * reader reads it back; a custom XML part would not do (exceljs does not write them).
 *
 * An Excel cell holds at most 32 767 characters, so the JSON is cut into chunks, one per
 * row under the key. Built-in forms are not carried: their marker is enough, and a fix
 * to a built-in form then reaches old workbooks through repair.
 */
import { a1 } from '../a1';
import type { Catalogue } from '../catalogue';
import { catalogueKey, catalogueToJson, parseCatalogue, type CatalogueCheck } from '../catalogue';
import type { SheetGrid } from '../sheetGrid';
import { valueAt } from '../sheetGrid';
import { CATALOGUE_TEXT } from '../text/catalogue';
import { a4Print } from './print';
import type { CellPlan, SheetPlan } from './types';

export const CATALOGUE_SHEET_NAME = 'TĐKT biểu mẫu';
/** Characters of JSON per cell (Excel's limit is 32 767). */
export const CATALOGUE_CHUNK = 30000;
/** Chunks the sheet's read extent covers: about 1.9 million characters of JSON. */
export const CATALOGUE_MAX_CHUNKS = 64;
export const CATALOGUE_MAX_CHARS = CATALOGUE_CHUNK * CATALOGUE_MAX_CHUNKS;
const KEY_ROW = 2;
const FIRST_CHUNK_ROW = 3;
const VALUE_COL = 2;

/** What a host reads to find a carried catalogue (the same extent whatever the catalogue). */
export const CATALOGUE_SHEET_READ = {
  name: CATALOGUE_SHEET_NAME,
  readExtent: `A1:B${FIRST_CHUNK_ROW + CATALOGUE_MAX_CHUNKS - 1}`,
} as const;

/** The JSON cut into cell-sized chunks. */
export function catalogueChunks(c: Catalogue): string[] {
  const json = catalogueToJson(c);
  const out: string[] = [];
  for (let i = 0; i < json.length; i += CATALOGUE_CHUNK) out.push(json.slice(i, i + CATALOGUE_CHUNK));
  return out;
}

export function buildCatalogueSheet(c: Catalogue): SheetPlan {
  const chunks = catalogueChunks(c);
  if (chunks.length > CATALOGUE_MAX_CHUNKS) {
    throw new Error(
      CATALOGUE_TEXT.problem(
        CATALOGUE_TEXT.whole,
        CATALOGUE_TEXT.tooBig(catalogueToJson(c).length, CATALOGUE_MAX_CHARS),
      ),
    );
  }
  const cells: CellPlan[] = [];
  const put = (row: number, col: number, value: string, key?: string) =>
    cells.push({ row, col, address: a1(row, col), role: 'label', value, style: 'marker', ...(key ? { key } : {}) });
  put(1, 1, CATALOGUE_TEXT.sheetTitle);
  put(KEY_ROW, 1, 'formId/version');
  put(KEY_ROW, VALUE_COL, catalogueKey(c), 'catalogue:key');
  chunks.forEach((chunk, i) => {
    put(FIRST_CHUNK_ROW + i, 1, CATALOGUE_TEXT.chunkLabel(i + 1));
    put(FIRST_CHUNK_ROW + i, VALUE_COL, chunk, `catalogue:chunk:${i + 1}`);
  });
  return {
    key: 'catalogue',
    name: CATALOGUE_SHEET_NAME,
    visibility: 'veryHidden',
    columnWidths: [14, 100],
    rowHeights: {},
    cells,
    merges: [],
    print: a4Print('portrait'),
    protect: true,
    validations: [],
    conditionalFormats: [],
    readExtent: CATALOGUE_SHEET_READ.readExtent,
  };
}

/** The catalogue a workbook carries, checked like a file; undefined if the sheet has none. */
export function readCarriedCatalogue(
  g: SheetGrid | undefined,
  builtInKeys: readonly string[] = [],
): (CatalogueCheck & { readonly key: string }) | undefined {
  if (!g) return undefined;
  const key = valueAt(g, KEY_ROW, VALUE_COL);
  let json = '';
  for (let r = FIRST_CHUNK_ROW; r <= g.values.length; r++) {
    const v = valueAt(g, r, VALUE_COL);
    if (typeof v !== 'string' || v === '') break;
    json += v;
  }
  if (!json) return undefined;
  return { ...parseCatalogue(json, { builtInKeys }), key: typeof key === 'string' ? key.trim() : '' };
}
