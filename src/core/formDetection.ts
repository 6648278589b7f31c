/**
 * Which form a workbook is on when its marker cannot say (the "Mã biểu mẫu" cell cleared,
 * "Thông tin chung" deleted, or a carried catalogue cut short): first the tally's own
 * labels — the level headers and award rows one built-in form has and the others do not —
 * then the report period ("Năm 2025" is the 2025 form); when neither tells, nothing is
 * guessed and the reason is given. A wrong guess would make repair rebuild a 2025
 * workbook as the 2024 form.
 */
import { a1 } from './a1';
import type { Catalogue } from './catalogue';
import { CATALOGUES, catalogueForPeriod } from './catalogue';
import { labelKey } from './format/vietnamese';
import type { SheetGrid, WorkbookGrids } from './sheetGrid';
import { toCellValue, valueAt } from './sheetGrid';
import {
  INFO_FIELDS,
  INFO_FIRST_ROW,
  INFO_LABEL_COL,
  INFO_MARKER_ROW,
  INFO_SHEET_NAME,
  INFO_VALUE_COL,
  parsePeriod,
  parseYear,
  type InfoKey,
} from './layout/info';
import { TALLY_COLUMNS, TALLY_SHEET_NAME } from './layout/tally';
import { resemblance } from './workbook/sheetLocation';
import { TEXT } from './text/vi';

export interface ContentForm {
  readonly catalogue?: Catalogue;
  /** What told the form: the tally's labels, or the report period. */
  readonly basis?: 'labels' | 'period';
  /** Why the form cannot be known (set when `catalogue` is not, and the workbook has a tally). */
  readonly problem?: string;
}

/** Labels scanned in a tally (the longest built-in form has about 130 rows; a clerk may insert some). */
const TALLY_SCAN_ROWS = 400;
/** Distinctive labels a form must show, and how many times more than any other form, to be taken by its labels. */
const MIN_DISTINCTIVE = 2;
const MARGIN = 3;

function keysOf(c: Catalogue): Set<string> {
  const out = new Set<string>();
  for (const r of c.rows) for (const l of [r.label, ...(r.aliases ?? [])]) out.add(labelKey(l));
  return out;
}

/** Per form, the label keys no other form has (level headers such as "Khen thưởng cấp xã", awards new or gone). */
function distinctiveKeys(catalogues: readonly Catalogue[]): Map<Catalogue, Set<string>> {
  const all = catalogues.map((c) => [c, keysOf(c)] as const);
  const out = new Map<Catalogue, Set<string>>();
  for (const [c, keys] of all) {
    const own = new Set([...keys].filter((k) => !all.some(([o, ok]) => o !== c && ok.has(k))));
    out.set(c, own);
  }
  return out;
}

function labelsOf(g: SheetGrid): Set<string> {
  const out = new Set<string>();
  const n = Math.min(g.values.length, TALLY_SCAN_ROWS);
  for (let r = 1; r <= n; r++) {
    for (const c of [TALLY_COLUMNS.number, TALLY_COLUMNS.label]) {
      const v = valueAt(g, r, c);
      if (typeof v === 'string' && v.trim()) out.add(labelKey(v));
    }
  }
  return out;
}

/** The tally: under its name, else the one sheet that looks like a tally of some built-in form. */
function tallyOf(grids: WorkbookGrids, catalogues: readonly Catalogue[]): SheetGrid | undefined {
  const named = grids.sheets[TALLY_SHEET_NAME];
  if (named) return named;
  const alike = Object.values(grids.sheets).filter((g) => catalogues.some((c) => resemblance('tally', c, g) >= 0.5));
  return alike.length === 1 ? alike[0] : undefined;
}

/** The form the tally's labels show clearly, if one does. */
export function formFromLabels(
  g: SheetGrid,
  catalogues: readonly Catalogue[] = Object.values(CATALOGUES),
): Catalogue | undefined {
  const found = labelsOf(g);
  const scores = [...distinctiveKeys(catalogues)]
    .map(([c, keys]) => ({ c, n: [...keys].filter((k) => found.has(k)).length }))
    .sort((a, b) => b.n - a.n);
  const [best, next] = scores;
  if (!best || best.n < MIN_DISTINCTIVE) return undefined;
  return next && next.n * MARGIN >= best.n ? undefined : best.c;
}

/** A field of "Thông tin chung" found by its label (a moved row still counts), else at its standard row. */
function infoValue(g: SheetGrid, key: InfoKey): unknown {
  const i = INFO_FIELDS.findIndex((f) => f.key === key);
  const label = labelKey(INFO_FIELDS[i]!.label);
  for (let r = 1; r <= Math.min(g.values.length, 80); r++) {
    const v = valueAt(g, r, INFO_LABEL_COL);
    if (typeof v === 'string' && labelKey(v) === label) return valueAt(g, r, INFO_VALUE_COL);
  }
  return valueAt(g, INFO_FIRST_ROW + i, INFO_VALUE_COL);
}

/** The form in force for the period "Thông tin chung" gives, if it gives one. */
export function formFromPeriod(grids: WorkbookGrids): Catalogue | undefined {
  const info = grids.sheets[INFO_SHEET_NAME];
  if (!info) return undefined;
  const period = parsePeriod(toCellValue(infoValue(info, 'period')));
  const year = parseYear(toCellValue(infoValue(info, 'year')));
  if (period === undefined || year === undefined) return undefined;
  return catalogueForPeriod({ kind: period, year });
}

/**
 * The built-in form a workbook is on, found from its content: the tally's labels, then
 * the report period. Without a tally the workbook is not ours (nothing to say).
 */
export function formFromContent(
  grids: WorkbookGrids,
  catalogues: readonly Catalogue[] = Object.values(CATALOGUES),
): ContentForm {
  const tally = tallyOf(grids, catalogues);
  const byLabels = tally ? formFromLabels(tally, catalogues) : undefined;
  if (byLabels) return { catalogue: byLabels, basis: 'labels' };
  const byPeriod = formFromPeriod(grids);
  if (byPeriod && (tally || grids.sheets[INFO_SHEET_NAME])) return { catalogue: byPeriod, basis: 'period' };
  if (!tally) return {};
  return { problem: TEXT.info.formUnknown(`${INFO_SHEET_NAME}!${a1(INFO_MARKER_ROW, INFO_VALUE_COL)}`) };
}
