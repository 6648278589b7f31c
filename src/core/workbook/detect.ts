/** Which form is this workbook? The marker on the info sheet, or the catalogue it carries. */
import type { Catalogue } from '../catalogue';
import { CATALOGUES, catalogueKey, DEFAULT_CATALOGUE, findCatalogue } from '../catalogue';
import { CATALOGUE_SHEET_NAME, readCarriedCatalogue } from '../layout/catalogueSheet';
import { INFO_MARKER_ROW, INFO_SHEET_NAME, INFO_VALUE_COL } from '../layout/info';
import { TALLY_SHEET_NAME } from '../layout/tally';
import type { WorkbookGrids } from '../sheetGrid';
import { valueAt } from '../sheetGrid';

export interface DetectedCatalogue {
  readonly catalogue?: Catalogue;
  /** The marker as found ("tong-hop-khen-thuong/2024"). */
  readonly key?: string;
  /** The catalogue came from the workbook's own hidden sheet (a province's form). */
  readonly carried?: boolean;
  /** Why a carried catalogue could not be used (the marker names no built-in form). */
  readonly problems?: readonly string[];
}

/**
 * The catalogue a workbook was made with: the built-in form its marker names, else the
 * catalogue it carries on its hidden sheet (checked like a file; its key must match the
 * marker). For a built-in key the built-in form wins: files may not take built-in keys,
 * so the two cannot disagree, and a fix to a built-in form reaches old workbooks.
 * `catalogue` is undefined if the workbook is not ours or its form cannot be known.
 */
export function detectCatalogue(grids: WorkbookGrids): DetectedCatalogue {
  const info = grids.sheets[INFO_SHEET_NAME];
  const marker = valueAt(info, INFO_MARKER_ROW, INFO_VALUE_COL);
  if (typeof marker === 'string' && marker.trim()) {
    const key = marker.trim();
    const builtIn = findCatalogue(key);
    if (builtIn) return { catalogue: builtIn, key };
    const carried = readCarriedCatalogue(grids.sheets[CATALOGUE_SHEET_NAME], Object.keys(CATALOGUES));
    if (!carried) return { key };
    if (carried.catalogue && catalogueKey(carried.catalogue) === key)
      return { catalogue: carried.catalogue, key, carried: true };
    return {
      key,
      problems: carried.problems.length ? carried.problems : [`"${CATALOGUE_SHEET_NAME}": ${carried.key} ≠ ${key}`],
    };
  }
  // A tally sheet without the info sheet: assume the default form (validation will say what is off).
  if (grids.sheets[TALLY_SHEET_NAME]) return { catalogue: DEFAULT_CATALOGUE, key: catalogueKey(DEFAULT_CATALOGUE) };
  return {};
}
