/**
 * Where the register's columns and header row actually are. Excel and LibreOffice keep the
 * register working when the clerk inserts or deletes a column or a row (the named ranges
 * the tally sums follow the cells), so the register is read by its header labels, as the
 * tally is read by its row labels — never by position alone. A header that cannot be
 * matched is reported once; repair writes each value back under its own header.
 */
import { labelKey } from '../format/vietnamese';
import { DOCUMENT_COLUMNS, REGISTER_COLUMN_ORDER, type RegisterColumn } from '../register';
import { TEXT } from '../text/vi';

/** The header row and first column positions of a register as it is laid out new (kept in step with layout/register.ts). */
const STANDARD_HEADER_ROW = 5;
const standardCol = (c: RegisterColumn) => REGISTER_COLUMN_ORDER.indexOf(c) + 1;
/** The dropdown lists' columns on the standard layout: after the table and a blank column. */
const STANDARD_LIST_COLS = { award: REGISTER_COLUMN_ORDER.length + 2, kind: REGISTER_COLUMN_ORDER.length + 3 };

/** Rows searched for the header: the title block is 4 rows; a clerk may insert a few. */
const HEADER_SEARCH_ROWS = 40;
/** A row is the header when it holds at least this many of the headers (a row of lines never does). */
const HEADER_MIN_MATCHES = 4;
/**
 * Columns a register may lack without being damaged: "Đơn vị (khi tổng hợp)" came later
 * (registers made before it end at "Ghi chú"), and only an aggregate fills it; the documents'
 * columns came later still (repair adds them, `register-columns-new` says so).
 */
const OPTIONAL: ReadonlySet<RegisterColumn> = new Set<RegisterColumn>(['unit', ...DOCUMENT_COLUMNS]);

export interface RegisterLayout {
  /** The sheet row of the header (5 on a register as made). */
  readonly headerRow: number;
  /** headerRow − 5: how far every line stands from its row on the standard layout. */
  readonly shift: number;
  /** Each register column found → its sheet column (1-based). */
  readonly columns: ReadonlyMap<RegisterColumn, number>;
  /** The dropdown lists' columns, where their headers are found. */
  readonly lists: { readonly award?: number; readonly kind?: number };
  /** Register columns whose header is nowhere on the header row (a deleted column). */
  readonly missing: readonly RegisterColumn[];
  /** Header cells inside the table that name no register column (an inserted column), with their text. */
  readonly unknown: readonly { readonly col: number; readonly label: string }[];
  /** False when no row looks like the header: the columns are then taken by position. */
  readonly found: boolean;
}

const HEADER_KEYS: ReadonlyMap<string, RegisterColumn> = new Map(
  REGISTER_COLUMN_ORDER.map((c) => [labelKey(TEXT.register.headers[c]), c]),
);
const LIST_KEYS = { award: labelKey(TEXT.register.listAwards), kind: labelKey(TEXT.register.listKinds) };

function standardLayout(found: boolean, headerRow = STANDARD_HEADER_ROW): RegisterLayout {
  return {
    headerRow,
    shift: headerRow - STANDARD_HEADER_ROW,
    columns: new Map(REGISTER_COLUMN_ORDER.map((c) => [c, standardCol(c)])),
    lists: { ...STANDARD_LIST_COLS },
    missing: [],
    unknown: [],
    found,
  };
}

/** The layout of a register laid out as made. */
export const STANDARD_REGISTER_LAYOUT: RegisterLayout = standardLayout(true);

const keyOf = (v: unknown): string => (typeof v === 'string' ? labelKey(v) : '');

/** Find the register's header row and its columns by their labels (values anchored at A1). */
export function locateRegisterLayout(values: readonly (readonly unknown[])[] | undefined): RegisterLayout {
  if (!values) return STANDARD_REGISTER_LAYOUT;
  let best = 0;
  let bestRow = 0;
  for (let r = 1; r <= Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const line = values[r - 1];
    if (!Array.isArray(line)) continue;
    let n = 0;
    for (const v of line) if (HEADER_KEYS.has(keyOf(v))) n++;
    if (n > best) [best, bestRow] = [n, r];
  }
  if (best < HEADER_MIN_MATCHES) return standardLayout(false, headerlessStart(values));
  const line = values[bestRow - 1]!;
  const columns = new Map<RegisterColumn, number>();
  const lists: { award?: number; kind?: number } = {};
  const others: { col: number; label: string }[] = [];
  line.forEach((v, i) => {
    const key = keyOf(v);
    const c = HEADER_KEYS.get(key);
    if (c && !columns.has(c)) columns.set(c, i + 1);
    else if (key && key === LIST_KEYS.award && lists.award === undefined) lists.award = i + 1;
    else if (key && key === LIST_KEYS.kind && lists.kind === undefined) lists.kind = i + 1;
    else if (typeof v === 'string' ? v.trim() : v !== undefined && v !== null && v !== '')
      others.push({ col: i + 1, label: String(v) });
  });
  // Only what stands inside the table counts as an unknown header: text right of the lists is the clerk's own.
  const tableEnd = Math.max(...columns.values());
  const unknown = others.filter((o) => o.col < tableEnd || (lists.award !== undefined && o.col < lists.award));
  const missing = REGISTER_COLUMN_ORDER.filter((c) => !columns.has(c) && !OPTIONAL.has(c));
  return { headerRow: bestRow, shift: bestRow - STANDARD_HEADER_ROW, columns, lists, missing, unknown, found: true };
}

const TITLE_KEYS = new Set(
  [TEXT.register.title, TEXT.register.instructionsRegister, TEXT.register.instructionsTyped].map(labelKey),
);

/**
 * No header row (deleted, or every label typed over): the lines are taken to start right
 * under the title block (its last row found + 1, the blank row above the header as made),
 * so a first line that moved up into the header's place is still read — as the named
 * ranges, which moved up with it, still count it. Columns stay where they were made.
 */
function headerlessStart(values: readonly (readonly unknown[])[]): number {
  let last = 0;
  for (let r = 1; r <= Math.min(values.length, STANDARD_HEADER_ROW); r++) {
    if (TITLE_KEYS.has(keyOf(values[r - 1]?.[0]))) last = r;
  }
  return last ? last + 1 : STANDARD_HEADER_ROW;
}

/** Is the register laid out as made (header on row 5, every column in its place)? */
export function isStandardLayout(layout: RegisterLayout): boolean {
  if (!layout.found) return false;
  if (layout.shift !== 0 || layout.missing.length || layout.unknown.length) return false;
  for (const [c, col] of layout.columns) if (col !== standardCol(c)) return false;
  // The dropdown lists too: a column inserted or deleted between the table and them moves them.
  for (const k of ['award', 'kind'] as const) {
    if (layout.lists[k] !== undefined && layout.lists[k] !== STANDARD_LIST_COLS[k]) return false;
  }
  return true;
}

/**
 * Where a cell of the register as found stands on the standard layout (what repair
 * writes): its row moved by the layout's shift, its column to its header's standard
 * column. Undefined for a column that is no register column nor a list (an inserted one).
 */
export function standardPosition(
  layout: RegisterLayout,
  row: number,
  col: number,
): { row: number; col: number } | undefined {
  const to = standardColumnOf(layout, col);
  return to === undefined ? undefined : { row: row - layout.shift, col: to };
}

const STANDARD_COL_OF = new WeakMap<RegisterLayout, Map<number, number>>();
function standardColumnOf(layout: RegisterLayout, col: number): number | undefined {
  if (!layout.found) return col;
  let m = STANDARD_COL_OF.get(layout);
  if (!m) {
    m = new Map<number, number>();
    for (const [c, at] of layout.columns) m.set(at, standardCol(c));
    if (layout.lists.award !== undefined) m.set(layout.lists.award, STANDARD_LIST_COLS.award);
    if (layout.lists.kind !== undefined) m.set(layout.lists.kind, STANDARD_LIST_COLS.kind);
    STANDARD_COL_OF.set(layout, m);
  }
  return m.get(col);
}
