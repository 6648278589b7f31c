/** Which form is this workbook? The marker on the info sheet, or the catalogue it carries. */
import type { Catalogue } from '../catalogue';
import { CATALOGUES, catalogueKey, findCatalogue } from '../catalogue';
import { formFromContent } from '../formDetection';
import { CATALOGUE_SHEET_NAME, readCarriedCatalogue } from '../layout/catalogueSheet';
import { INFO_MARKER_ROW, INFO_SHEET_NAME, INFO_VALUE_COL } from '../layout/info';
import type { WorkbookGrids } from '../sheetGrid';
import { valueAt } from '../sheetGrid';

export interface DetectedCatalogue {
  readonly catalogue?: Catalogue;
  /** The marker as found ("tong-hop-khen-thuong/2024"). */
  readonly key?: string;
  /** The catalogue came from the workbook's own hidden sheet (a province's form). */
  readonly carried?: boolean;
  /** Why a carried catalogue could not be used (the marker names no built-in form), or why the form is not known. */
  readonly problems?: readonly string[];
  /** No marker: the form was found from the tally's labels or the report period. */
  readonly basis?: 'labels' | 'period';
  /**
   * The marker names a form whose catalogue is missing or damaged: the built-in form the
   * content shows, to read and check the workbook with — never to rebuild it with.
   */
  readonly fallback?: Catalogue;
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
    if (carried?.catalogue && catalogueKey(carried.catalogue) === key)
      return { catalogue: carried.catalogue, key, carried: true };
    const fallback = formFromContent(grids).catalogue;
    if (!carried) return { key, ...(fallback ? { fallback } : {}) };
    return {
      key,
      problems: carried.problems.length ? carried.problems : [`"${CATALOGUE_SHEET_NAME}": ${carried.key} ≠ ${key}`],
      ...(fallback ? { fallback } : {}),
    };
  }
  // No marker (cleared, or "Thông tin chung" gone): the form the sheets' own labels show, else
  // the period's; never a default, which would rebuild a 2025 workbook as the 2024 form.
  const content = formFromContent(grids);
  if (content.catalogue)
    return { catalogue: content.catalogue, key: catalogueKey(content.catalogue), basis: content.basis };
  return content.problem ? { problems: [content.problem] } : {};
}
