/**
 * Entry help for the award register (the pane's "Nhập nhanh"): fill a decision's fields once
 * for the lines the clerk selected, and turn a pasted list of names (one per line, as copied
 * from a decision's annex in Word) into new lines.
 *
 * Both are plans over what the host read, so every host writes the same cells and tests
 * check the plan. Nothing the clerk typed is overwritten: a filled cell keeps its content
 * (reported, so the clerk can look), and new lines go below the last line in use.
 */
import { columnLetter } from './a1';
import type { Catalogue } from './catalogue';
import { breakdownsOf, SUBJECTS } from './catalogue';
import { parseCellDate, toExcelSerial } from './format/vietnamese';
import type { CellValue } from './layout/types';
import { REGISTER_FIRST_ROW, REGISTER_LAST_ROW, registerNumberFormula } from './layout/register';
import { STANDARD_REGISTER_LAYOUT, type RegisterLayout } from './layout/registerHeaders';
import { awardKey, kindLabel, registerAwards, subjectLabel, type RegisterColumn } from './register';
import { columnAllowed } from './tally';
import { ENTRY_TEXT } from './text/registerEntry';

/** What the clerk fills once: the decision's columns (each optional; empty = left alone). */
export interface DecisionFields {
  /** Số quyết định. */
  readonly decision?: string;
  /** Ngày quyết định, as an Excel date serial. */
  readonly date?: number;
  /** Cấp / cơ quan quyết định. */
  readonly authority?: string;
  /** Danh hiệu, hình thức: the register's label (with its level, `awardKey`). */
  readonly award?: string;
  /** Loại. */
  readonly kind?: string;
  /** Đối tượng: "Tập thể", "Cá nhân", "Gia đình". */
  readonly subject?: string;
}

/** The register columns a decision fills, in the order made (B–G on a register as made). */
export const DECISION_COLUMNS = ['decision', 'date', 'authority', 'award', 'kind', 'subject'] as const;
export type DecisionColumn = (typeof DECISION_COLUMNS)[number];

/** The columns a new line from a pasted list may hold (A–J as made: STT to Chức vụ, đơn vị). */
export const APPEND_COLUMNS: readonly RegisterColumn[] = [
  'number',
  ...DECISION_COLUMNS,
  'quantity',
  'name',
  'position',
];

// ---------------------------------------------------------------------------------------
// The pane's choices

export interface AwardChoice {
  /** As in the register's dropdown ("Giấy khen (cấp xã)"). */
  readonly label: string;
  /** Its Loại ("Khen chuyên đề", …); empty when the award has no breakdown. */
  readonly kinds: readonly string[];
  /** The Đối tượng it may be given to, as labels. */
  readonly subjects: readonly string[];
}

export interface EntryChoices {
  readonly awards: readonly AwardChoice[];
  readonly subjects: readonly string[];
}

/** The dropdowns of the pane, from the workbook's catalogue (the sheet's dropdown, with what goes together). */
export function entryChoices(catalogue: Catalogue): EntryChoices {
  return {
    awards: registerAwards(catalogue).map((a) => ({
      label: awardKey(catalogue, a),
      kinds: breakdownsOf(catalogue, a.id).map(kindLabel),
      subjects: SUBJECTS.filter((s) => columnAllowed(a, s)).map(subjectLabel),
    })),
    subjects: SUBJECTS.map(subjectLabel),
  };
}

// ---------------------------------------------------------------------------------------
// The decision typed in the pane

/** "05/01/2025" (or 5/1/2025, 05.01.2025, 2025-01-05) → Excel serial; undefined when not a date. */
export function parseDecisionDate(input: string): number | undefined {
  const d = parseCellDate(input.trim());
  return d ? toExcelSerial(d) : undefined;
}

/**
 * Does this decision go together? One sentence saying what to change, or undefined. The
 * pane's dropdowns offer only the workbook's labels; this catches the pairs that do not go
 * together (a Gia đình for "Chiến sĩ thi đua cơ sở", a Loại of another award) before
 * anything is written. Labels compare case-insensitively, as the tally's SUMIFS match them.
 */
export function checkDecision(choices: EntryChoices, fields: DecisionFields): string | undefined {
  const low = (s: string) => s.trim().toLowerCase();
  if (!DECISION_COLUMNS.some((c) => fieldValue(fields, c) !== undefined)) return ENTRY_TEXT.nothingToFill;
  const subject = fields.subject?.trim() ? choices.subjects.find((x) => low(x) === low(fields.subject!)) : undefined;
  if (fields.subject?.trim() && !subject) return ENTRY_TEXT.unknownSubject(fields.subject);
  if (!fields.award?.trim()) return fields.kind?.trim() ? ENTRY_TEXT.kindWithoutAward : undefined;
  const award = choices.awards.find((a) => low(a.label) === low(fields.award!));
  if (!award) return ENTRY_TEXT.unknownAward(fields.award);
  if (fields.kind?.trim() && !award.kinds.some((k) => low(k) === low(fields.kind!)))
    return ENTRY_TEXT.kindNotOfAward(fields.kind, award.label, award.kinds);
  if (subject && !award.subjects.includes(subject))
    return ENTRY_TEXT.subjectNotAllowed(award.label, subject, award.subjects);
  return undefined;
}

// ---------------------------------------------------------------------------------------
// A pasted list of names

export interface PastedName {
  readonly name: string;
  /** A second column of a pasted table (Chức vụ, đơn vị), when there is one. */
  readonly position?: string;
  /** 1-based line of the pasted text. */
  readonly line: number;
}

export type SkipReason = 'header' | 'noName' | 'tooLong';

export interface PastedList {
  readonly names: readonly PastedName[];
  readonly skipped: readonly { readonly line: number; readonly text: string; readonly reason: SkipReason }[];
}

/** A cell of Excel holds at most 32,767 characters; a "name" this long is a paragraph, not a name. */
const NAME_MAX = 255;

/** Words of a table's heading row, as an annex in Word has them ("TT", "Họ và tên", …). */
const HEADER_CELL =
  /^(stt|tt|số tt|số thứ tự|họ và tên|họ, tên|họ tên|tên|tên tập thể|tên cá nhân|tên đơn vị|tên tập thể, cá nhân|đơn vị|chức vụ|chức vụ, đơn vị|chức vụ, đơn vị công tác|ghi chú)$/;

/**
 * Bullets as they come out of Word: the usual glyphs, and the Symbol/Wingdings private-use
 * characters a bulleted list turns into as plain text (U+F0B7 , U+F0A7 , U+F0D8 , U+F076 ).
 */
const BULLETS = '-–—•·*+●○▪■□◦\uF0B7\uF0A7\uF0D8\uF076';
/** A list's own numbering at the start of a line: "1.", "2)", "03 -", "a)", "-", "•". */
const LIST_MARK = new RegExp(`^(?:\\d{1,4}\\s*[.)/:-]|[a-zđ]\\)|[${BULLETS}])\\s*`, 'iu');
/** A cell that is only a list's number or bullet (Word copies an automatic list as "1.<tab>Tên"). */
const MARK_CELL = new RegExp(`^(?:\\d{1,4}[.)]?|[a-zđ][.)]|[${BULLETS}])$`, 'iu');

/** Characters that show nothing (Word's lists are full of them): zero-width, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

function clean(s: string): string {
  return s
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/**
 * The names of a pasted list, one per line. A line copied from a Word table is
 * tab-separated: a first cell that is only a number is the STT (dropped), the next is the
 * name, the rest is "Chức vụ, đơn vị". A plain line loses its list numbering or bullet
 * and a trailing ";" or ",". A table's heading row and empty lines are skipped (headings
 * are reported, so the clerk sees why a line is missing).
 */
export function parsePastedNames(text: string): PastedList {
  const names: PastedName[] = [];
  const skipped: { line: number; text: string; reason: SkipReason }[] = [];
  text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      if (clean(raw) === '') return;
      let cells = raw.split('\t').map(clean);
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      if (cells.length > 1 && MARK_CELL.test(cells[0]!)) cells = cells.slice(1);
      while (cells.length && cells[0] === '') cells.shift();
      if (cells.every((c) => c === '' || HEADER_CELL.test(c.toLowerCase().replace(/[.:]$/, '')))) {
        skipped.push({ line, text: clean(raw), reason: 'header' });
        return;
      }
      let name = cells[0] ?? '';
      if (cells.length === 1) name = name.replace(LIST_MARK, '');
      name = name.replace(/[;,.]+$/, '').trim();
      if (name === '' || /^\d+[.)]?$/.test(name)) {
        skipped.push({ line, text: clean(raw), reason: 'noName' });
        return;
      }
      if (name.length > NAME_MAX) {
        skipped.push({ line, text: `${name.slice(0, 40)}…`, reason: 'tooLong' });
        return;
      }
      const position = cells
        .slice(1)
        .filter((c) => c !== '')
        .join(', ');
      names.push({ name, line, ...(position ? { position } : {}) });
    });
  return { names, skipped };
}

// ---------------------------------------------------------------------------------------
// What the host read

/**
 * Register lines as read: sheet rows `firstRow`…, columns from A to the last register column
 * as found (values and formulas, as Excel gives them). `layout`: where each column is, found
 * by its header label (locateRegisterLayout over the sheet's top rows) — a clerk may have
 * inserted or deleted a column or a row above the header; the register as made when absent.
 */
export interface RegisterBlock {
  readonly firstRow: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas?: readonly (readonly unknown[])[];
  readonly layout?: RegisterLayout;
}

const layoutOf = (block: RegisterBlock) => block.layout ?? STANDARD_REGISTER_LAYOUT;

/** The sheet column (1-based) of a register column in this layout, undefined when it is not there. */
export function entryColumn(layout: RegisterLayout, col: RegisterColumn): number | undefined {
  return layout.columns.get(col);
}

/** The sheet rows of the register's lines in this layout (under its header, as many as made). */
export function lineRows(layout: RegisterLayout = STANDARD_REGISTER_LAYOUT): { first: number; last: number } {
  return { first: REGISTER_FIRST_ROW + layout.shift, last: REGISTER_LAST_ROW + layout.shift };
}

/** The last sheet column the register's own columns take (what a host reads of each line). */
export function lastEntryColumn(layout: RegisterLayout = STANDARD_REGISTER_LAYOUT): number {
  return Math.max(...layout.columns.values());
}

function cellOf(block: RegisterBlock, row: number, col: RegisterColumn): { value: unknown; formula: unknown } {
  const at = entryColumn(layoutOf(block), col);
  if (at === undefined) return { value: '', formula: '' };
  const i = row - block.firstRow;
  return { value: block.values[i]?.[at - 1] ?? '', formula: block.formulas?.[i]?.[at - 1] ?? '' };
}

/**
 * One rectangle over the columns `cols` as the layout places them, for one write: each row's
 * values under their own column, null (leave the cell as it is) in any other column between
 * them (a column the clerk inserted).
 */
function spread<V>(
  layout: RegisterLayout,
  cols: readonly RegisterColumn[],
  rows: readonly (readonly (V | null)[])[],
): { from: number; to: number; values: (V | null)[][] } {
  const at = cols.map((c) => entryColumn(layout, c)!);
  const from = Math.min(...at);
  const to = Math.max(...at);
  const values = rows.map((r) => {
    const out: (V | null)[] = Array.from({ length: to - from + 1 }, () => null);
    r.forEach((v, k) => (out[at[k]! - from] = v));
    return out;
  });
  return { from, to, values };
}

/** The columns among `cols` whose header is not on the register (deleted or retitled). */
export function missingEntryColumns(
  layout: RegisterLayout,
  cols: readonly RegisterColumn[],
): readonly RegisterColumn[] {
  return cols.filter((c) => entryColumn(layout, c) === undefined);
}

function blank(c: { value: unknown; formula: unknown }): boolean {
  const empty = (v: unknown) => v === '' || v === null || v === undefined;
  return empty(c.value) && empty(c.formula);
}

/** A line is in use when something other than its STT is filled (a column pre-numbered 1…100 is not 100 lines). */
function inUse(block: RegisterBlock, row: number): boolean {
  return [...layoutOf(block).columns.keys()].some((c) => c !== 'number' && !blank(cellOf(block, row, c)));
}

/** The register lines a selection covers (rows are 1-based), or undefined when it covers none. */
export function selectedLines(
  firstRow: number,
  rowCount: number,
  layout: RegisterLayout = STANDARD_REGISTER_LAYOUT,
): { first: number; last: number } | undefined {
  const rows = lineRows(layout);
  const first = Math.max(firstRow, rows.first);
  const last = Math.min(firstRow + rowCount - 1, rows.last);
  return first <= last ? { first, last } : undefined;
}

// ---------------------------------------------------------------------------------------
// Fill the selected lines

/** Values for `range.values` of the decision's columns (B{first}:G{last} as made); null = leave that cell as it is (Office's documented meaning). */
export interface FillPlan {
  /** The rectangle written ("B8:G27" as made), absent when nothing is to be written. */
  readonly range?: string;
  readonly values: readonly (readonly (CellValue | null)[])[];
  /** Lines that got at least one cell. */
  readonly filledLines: number;
  readonly filledCells: number;
  /** Lines of the selection with nothing in them: left empty (a decision alone would count as an award). */
  readonly emptyLines: number;
  /** Cells that already held something else: kept as typed. */
  readonly kept: readonly { readonly address: string; readonly existing: string }[];
}

function asShown(v: unknown): string {
  return typeof v === 'string' ? v : String(v);
}

function same(existing: unknown, value: CellValue, col: DecisionColumn): boolean {
  if (col === 'date') {
    const d = parseCellDate(existing);
    return d !== undefined && typeof value === 'number' && toExcelSerial(d) === value;
  }
  return asShown(existing).trim().toLowerCase() === asShown(value).trim().toLowerCase();
}

function fieldValue(fields: DecisionFields, col: DecisionColumn): CellValue | undefined {
  const v = fields[col];
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  return v;
}

/**
 * For each line of `lines` in use: each decision field given goes into its cell when the
 * cell is empty; a cell holding the same is left; a cell holding something else is kept
 * and reported. Lines with nothing in them stay empty.
 */
export function planFill(
  block: RegisterBlock,
  lines: { first: number; last: number },
  fields: DecisionFields,
): FillPlan {
  const layout = layoutOf(block);
  // A column not on the sheet is not written (the host refuses first: missingEntryColumns).
  const given = DECISION_COLUMNS.filter((c) => fieldValue(fields, c) !== undefined && entryColumn(layout, c));
  const rows: (CellValue | null)[][] = [];
  const kept: { address: string; existing: string }[] = [];
  let filledLines = 0;
  let filledCells = 0;
  let emptyLines = 0;
  let top: number | undefined;
  let bottom: number | undefined;
  for (let row = lines.first; row <= lines.last; row++) {
    const out: (CellValue | null)[] = DECISION_COLUMNS.map(() => null);
    if (!inUse(block, row)) {
      emptyLines++;
      rows.push(out);
      continue;
    }
    let wrote = false;
    for (const col of given) {
      const value = fieldValue(fields, col)!;
      const cell = cellOf(block, row, col);
      if (blank(cell)) {
        out[DECISION_COLUMNS.indexOf(col)] = value;
        filledCells++;
        wrote = true;
      } else if (!same(cell.value, value, col)) {
        const shown = typeof cell.formula === 'string' && cell.formula.startsWith('=') ? cell.formula : cell.value;
        kept.push({ address: `${columnLetter(entryColumn(layout, col)!)}${row}`, existing: asShown(shown) });
      }
    }
    if (wrote) {
      filledLines++;
      top ??= row;
      bottom = row;
    }
    rows.push(out);
  }
  if (top === undefined || bottom === undefined) return { values: [], filledLines, filledCells, emptyLines, kept };
  const present = DECISION_COLUMNS.filter((c) => entryColumn(layout, c) !== undefined);
  const picked = rows.slice(top - lines.first, bottom - lines.first + 1);
  const { from, to, values } = spread(
    layout,
    present,
    picked.map((r) => present.map((c) => r[DECISION_COLUMNS.indexOf(c)]!)),
  );
  return {
    range: `${columnLetter(from)}${top}:${columnLetter(to)}${bottom}`,
    values,
    filledLines,
    filledCells,
    emptyLines,
    kept,
  };
}

// ---------------------------------------------------------------------------------------
// Add the pasted names as new lines

/** A cell the entry help writes as a formula (the STT's), not as typed text. */
export interface EntryFormula {
  readonly formula: string;
}

export type AppendPlan =
  | {
      readonly kind: 'append';
      /** The rectangle written ("A31:J48" as made). */
      readonly range: string;
      readonly firstRow: number;
      readonly lastRow: number;
      /** null = leave the cell as it is (an STT the clerk numbered in advance); the STT formula as an EntryFormula. */
      readonly values: readonly (readonly (CellValue | EntryFormula | null)[])[];
    }
  /** Not enough room below the last line in use. */
  | { readonly kind: 'full'; readonly free: number; readonly asked: number }
  | { readonly kind: 'nothing' };

/**
 * The new lines: one per name, below the last line in use (never into a gap between lines,
 * which may be the clerk's), each with Số lượng 1, the decision's fields and the STT formula
 * create and repair put on every filled line (`registerNumberFormula`, for the register as
 * found); an STT already typed on that row is kept. `block` is the whole register (A6:M5005).
 */
export function planAppend(block: RegisterBlock, names: readonly PastedName[], fields: DecisionFields): AppendPlan {
  if (!names.length) return { kind: 'nothing' };
  const layout = layoutOf(block);
  const rowsOf = lineRows(layout);
  const end = block.firstRow + block.values.length - 1;
  let last = rowsOf.first - 1;
  for (let row = rowsOf.first; row <= Math.min(end, rowsOf.last); row++) if (inUse(block, row)) last = row;
  const firstRow = last + 1;
  const free = rowsOf.last - last;
  if (names.length > free) return { kind: 'full', free, asked: names.length };
  // Only the columns on the sheet (the host refuses first when one the clerk needs is missing).
  const present = APPEND_COLUMNS.filter((c) => entryColumn(layout, c) !== undefined);
  const values = names.map((p, i) => {
    const row = firstRow + i;
    // Something typed there already (a number the clerk put in advance, or anything else): kept.
    const number: EntryFormula | null = blank(cellOf(block, row, 'number'))
      ? { formula: registerNumberFormula(row, layout) }
      : null;
    const line: Partial<Record<RegisterColumn, CellValue | EntryFormula | null>> = {
      number,
      quantity: 1,
      name: p.name,
      position: p.position ?? null,
    };
    for (const c of DECISION_COLUMNS) line[c] = fieldValue(fields, c) ?? null;
    return present.map((c) => line[c] ?? null);
  });
  const lastRow = firstRow + names.length - 1;
  const spreadOut = spread(layout, present, values);
  const range = `${columnLetter(spreadOut.from)}${firstRow}:${columnLetter(spreadOut.to)}${lastRow}`;
  return { kind: 'append', range, firstRow, lastRow, values: spreadOut.values };
}
