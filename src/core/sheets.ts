/**
 * Finding the sheets of the standard workbook by what they hold, not only by name: a
 * clerk renames a tab ("Biểu tổng hợp (2)", "Sheet3", a trailing space, no diacritics)
 * and the workbook still holds the form. Repair adopts such a sheet (restoring its name);
 * validate says which sheet it probably is; where two sheets look alike, nobody guesses.
 */
import type { Catalogue } from './catalogue';
import { labelKey } from './format/vietnamese';
import type { SheetGrid, WorkbookGrids } from './grid';
import { classifyCount, valueAt } from './grid';
import { DOCUMENTS_SHEET_NAME } from './layout/documents';
import { INFO_FIELDS, INFO_LABEL_COL, INFO_SHEET_NAME } from './layout/info';
import { NARRATIVE_SHEET_NAME } from './layout/narrative';
import { REGISTER_SHEET_NAME } from './layout/register';
import { awardKey, registerAwards } from './register';
import { TALLY_COLUMNS, TALLY_FIRST_ROW, TALLY_SHEET_NAME } from './layout/tally';
import type { SheetKey } from './layout/types';
import { OUTLINE, REPORT_TEXT } from './text/report';
import { TEXT } from './text/vi';

/** "Biểu tổng hợp (bản cũ)", "Biểu tổng hợp (bản cũ 2)": copies repair keeps. */
export const BACKUP_SUFFIX = ' (bản cũ)';
const BACKUP_NAME = /\(bản cũ(?: \d+)?\)$/u;

export function isBackupSheetName(name: string): boolean {
  return BACKUP_NAME.test(name.normalize('NFC'));
}

/** The hidden sheet listing what repair moved out of the way (see `layout/repairLog.ts`). */
export const REPAIR_LOG_SHEET_NAME = 'Nội dung đã chuyển';

/** The standard sheets that can be adopted, with their names. */
export const ADOPTABLE: readonly {
  readonly key: Exclude<SheetKey, 'units' | 'catalogue' | 'repairLog'>;
  readonly name: string;
}[] = [
  { key: 'info', name: INFO_SHEET_NAME },
  { key: 'tally', name: TALLY_SHEET_NAME },
  { key: 'documents', name: DOCUMENTS_SHEET_NAME },
  { key: 'narrative', name: NARRATIVE_SHEET_NAME },
  // A renamed register still feeds the tally (its named ranges follow the sheet): adopted like the others.
  { key: 'register', name: REGISTER_SHEET_NAME },
];

function columnKeys(g: SheetGrid, col: number, maxRows: number): Set<string> {
  const out = new Set<string>();
  const n = Math.min(g.values.length, maxRows);
  for (let r = 1; r <= n; r++) {
    const v = valueAt(g, r, col);
    if (typeof v === 'string' && v.trim()) out.add(labelKey(v));
  }
  return out;
}

function share(expected: readonly string[], found: ReadonlySet<string>): number {
  const keys = [...new Set(expected.map(labelKey))];
  if (keys.length === 0) return 0;
  return keys.filter((k) => found.has(k)).length / keys.length;
}

/** How much of a standard sheet's fixed text a grid holds, 0–1. */
export function resemblance(
  key: Exclude<SheetKey, 'units' | 'catalogue' | 'repairLog'>,
  catalogue: Catalogue,
  g: SheetGrid,
): number {
  switch (key) {
    case 'info':
      return share(
        INFO_FIELDS.map((f) => f.label),
        columnKeys(g, INFO_LABEL_COL, 80),
      );
    case 'tally':
      return share(
        catalogue.rows.map((r) => r.label),
        columnKeys(g, TALLY_COLUMNS.label, 400),
      );
    case 'documents': {
      const found = new Set([...columnKeys(g, 1, 10), ...columnKeys(g, 2, 10), ...columnKeys(g, 3, 10)]);
      return share([TEXT.documents.title, ...TEXT.documents.headers.slice(1)], found);
    }
    case 'narrative':
      return share(
        [REPORT_TEXT.sheet.title, ...OUTLINE.map((s) => s.title)],
        new Set([...columnKeys(g, 1, 5), ...columnKeys(g, 2, 200)]),
      );
    case 'register': {
      // The register's title and its column headers (row 5), wherever they stand in the first rows.
      const found = new Set<string>();
      for (let c = 1; c <= 16; c++) for (const k of columnKeys(g, c, 12)) found.add(k);
      const byHeaders = share([TEXT.register.title, ...Object.values(TEXT.register.headers)], found);
      // Or its dropdown list of awards ("Giấy khen (cấp xã)"), which no other sheet holds: a
      // register whose header row was deleted is still recognised.
      const lists = new Set<string>();
      for (let c = 12; c <= 20; c++) for (const k of columnKeys(g, c, 80)) lists.add(k);
      return Math.max(
        byHeaders,
        share(
          registerAwards(catalogue).map((a) => awardKey(catalogue, a)),
          lists,
        ),
      );
    }
  }
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
  const sheets: Record<string, SheetGrid> = { ...grids.sheets };
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
