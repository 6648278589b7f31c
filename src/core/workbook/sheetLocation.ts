/**
 * Finding the sheets of the standard workbook by what they hold, not only by name: a
 * clerk renames a tab ("Biểu tổng hợp (2)", "Sheet3", a trailing space, no diacritics)
 * and the workbook still holds the form. Repair adopts such a sheet (restoring its name);
 * validate says which sheet it probably is; where two sheets look alike, nobody guesses.
 */
import type { Catalogue } from '../catalogue';
import { dictOf } from '../dict';
import { REGISTER_SHEET_NAME } from '../layout/register';
import { REPAIR_LOG_SHEET_NAME } from '../layout/repairLog';
import { TALLY_COLUMNS, TALLY_FIRST_ROW, TALLY_SHEET_NAME } from '../layout/tally';
import type { SheetKey } from '../layout/types';
import type { SheetGrid, WorkbookGrids } from '../sheetGrid';
import { classifyCount, valueAt } from '../sheetGrid';
import { ADOPTABLE, SHEETS } from './sheetList';

/** "Biểu tổng hợp (bản cũ)", "Biểu tổng hợp (bản cũ 2)": copies repair keeps. */
export const BACKUP_SUFFIX = ' (bản cũ)';
const BACKUP_NAME = /\(bản cũ(?: \d+)?\)$/u;

export function isBackupSheetName(name: string): boolean {
  return BACKUP_NAME.test(name.normalize('NFC'));
}

/** How much of a standard sheet's fixed text a grid holds, 0–1 (0 for a sheet that cannot be recognised). */
export function resemblance(key: SheetKey, catalogue: Catalogue, g: SheetGrid): number {
  return SHEETS.find((s) => s.key === key)?.resemblance?.(catalogue, g) ?? 0;
}

const THRESHOLD = 0.5;

export interface SheetLocation {
  /** Standard name → the name of the sheet that holds it, for sheets found under another name. */
  readonly renamed: ReadonlyMap<string, string>;
  /** Standard sheets missing under their name for which several sheets look alike. */
  readonly ambiguous: readonly { readonly sheet: string; readonly candidates: readonly string[] }[];
}

/** Sheets that are not ours, not backups and not the repair log. */
function foreignSheets(grids: WorkbookGrids): string[] {
  const standard = new Set(ADOPTABLE.map((s) => s.name));
  return Object.keys(grids.sheets).filter(
    (n) => !standard.has(n) && !isBackupSheetName(n) && n !== REPAIR_LOG_SHEET_NAME,
  );
}

/** Which sheet holds each standard sheet missing under its own name. */
export function locateSheets(catalogue: Catalogue, grids: WorkbookGrids): SheetLocation {
  const renamed = new Map<string, string>();
  const ambiguous: { sheet: string; candidates: string[] }[] = [];
  const foreign = foreignSheets(grids);
  const taken = new Set<string>();
  for (const s of ADOPTABLE) {
    if (grids.sheets[s.name]) continue;
    const candidates = foreign.filter(
      (n) => !taken.has(n) && resemblance(s.key, catalogue, grids.sheets[n]!) >= THRESHOLD,
    );
    if (candidates.length === 1) {
      renamed.set(s.name, candidates[0]!);
      taken.add(candidates[0]!);
    } else if (candidates.length > 1) {
      ambiguous.push({ sheet: s.name, candidates });
    }
  }
  return { renamed, ambiguous };
}

/** The grids with each adopted sheet under its standard name (and no longer under the other). */
export function adoptSheets(grids: WorkbookGrids, renamed: ReadonlyMap<string, string>): WorkbookGrids {
  if (renamed.size === 0) return grids;
  const sheets = dictOf<SheetGrid>(grids.sheets);
  for (const [standard, actual] of renamed) {
    sheets[standard] = sheets[actual]!;
    delete sheets[actual];
  }
  return { sheets };
}

/** Does a grid hold any number in the tally's count columns (below the header)? */
export function hasTallyNumbers(g: SheetGrid): boolean {
  for (let r = TALLY_FIRST_ROW; r <= g.values.length; r++) {
    for (const c of [TALLY_COLUMNS.collective, TALLY_COLUMNS.individual, TALLY_COLUMNS.household]) {
      const k = classifyCount(valueAt(g, r, c));
      if (k.kind !== 'empty' && k.kind !== 'text' && k.kind !== 'error' && k.kind !== 'boolean') {
        if (!('value' in k) || k.value !== 0) return true;
      }
    }
  }
  return false;
}

/** Other sheets that look like a tally and hold numbers (for "the tally is empty, but …"). */
export function tallyLookAlikesWithNumbers(catalogue: Catalogue, grids: WorkbookGrids): string[] {
  return Object.keys(grids.sheets).filter(
    (n) =>
      n !== TALLY_SHEET_NAME &&
      n !== REPAIR_LOG_SHEET_NAME &&
      resemblance('tally', catalogue, grids.sheets[n]!) >= THRESHOLD &&
      hasTallyNumbers(grids.sheets[n]!),
  );
}

/**
 * The grids with a renamed register under its own name (the only sheet readers other
 * than repair need adopted: its named ranges follow the sheet, so the workbook's tally
 * still counts its lines). Unchanged when the register is there or cannot be told.
 */
export function withRenamedRegister(catalogue: Catalogue, grids: WorkbookGrids): WorkbookGrids {
  if (grids.sheets[REGISTER_SHEET_NAME]) return grids;
  const actual = locateSheets(catalogue, grids).renamed.get(REGISTER_SHEET_NAME);
  return actual ? adoptSheets(grids, new Map([[REGISTER_SHEET_NAME, actual]])) : grids;
}
