/**
 * Sheet "Nội dung đã chuyển" (hidden): what repair could not leave in its cell — a number
 * typed over a formula, a changed label, a note beside the table, a row it could not place
 * — with where each value now is ("Biểu tổng hợp (bản cũ)!D54"). Validate reads it back
 * and names every entry as a finding until the clerk has looked (and deletes the line, or
 * dismisses the finding in the pane, which clears it: `repairLogRow`).
 * Earlier repairs' lines are kept; a new repair appends its own.
 */
import { a1 } from '../a1';
import type { SheetGrid } from '../sheetGrid';
import { isEmpty, valueAt } from '../sheetGrid';
import { TEXT } from '../text/vi';
import { a4Print } from './print';
import type { CellPlan, SheetPlan } from './types';

/** The hidden sheet listing what repair moved out of the way. */
export const REPAIR_LOG_SHEET_NAME = 'Nội dung đã chuyển';

/** Why a value could not stay where it was. */
export type DisplacedReason = 'over-formula' | 'over-label' | 'outside-table' | 'ambiguous-row';

export interface RepairLogEntry {
  /** The sheet and cell the value was in. */
  readonly sheet: string;
  readonly address: string;
  /** The value as the clerk typed it (shown as text). */
  readonly content: string;
  /** Where it is now: "Biểu tổng hợp (bản cũ)!D54". */
  readonly movedTo: string;
  readonly reason: DisplacedReason;
  /** Extra words (for an ambiguous row: the places it may belong to). */
  readonly note?: string;
}

export const REPAIR_LOG_HEADER_ROW = 3;
export const REPAIR_LOG_FIRST_ROW = 4;
const COLS = { sheet: 1, address: 2, content: 3, movedTo: 4, reason: 5, note: 6 } as const;

const REASONS: readonly DisplacedReason[] = ['over-formula', 'over-label', 'outside-table', 'ambiguous-row'];

export function buildRepairLogSheet(entries: readonly RepairLogEntry[]): SheetPlan {
  const logText = TEXT.repairLog;
  const cells: CellPlan[] = [];
  const put = (c: Omit<CellPlan, 'address'>) => cells.push({ ...c, address: a1(c.row, c.col) });
  put({ row: 1, col: 1, role: 'title', value: logText.title, style: 'title' });
  put({ row: 2, col: 1, role: 'label', value: logText.instructions, style: 'hint' });
  logText.headers.forEach((h, i) =>
    put({ row: REPAIR_LOG_HEADER_ROW, col: i + 1, role: 'header', value: h, style: 'header' }),
  );
  entries.forEach((e, i) => {
    const row = REPAIR_LOG_FIRST_ROW + i;
    const line: readonly [number, string][] = [
      [COLS.sheet, e.sheet],
      [COLS.address, e.address],
      [COLS.content, e.content],
      [COLS.movedTo, e.movedTo],
      [COLS.reason, logText.reasons[e.reason]],
      [COLS.note, e.note ?? ''],
    ];
    for (const [col, value] of line) {
      put({ row, col, role: 'input', value: value || null, style: 'longTextInput', key: `repairLog:${i + 1}:${col}` });
    }
  });
  const last = REPAIR_LOG_FIRST_ROW + Math.max(entries.length, 1) - 1;
  return {
    key: 'repairLog',
    name: REPAIR_LOG_SHEET_NAME,
    columnWidths: [18, 8, 30, 28, 30, 50],
    rowHeights: { 2: 48 },
    cells,
    merges: ['A1:F1', 'A2:F2'],
    print: a4Print('landscape', {}),
    protect: false,
    validations: [],
    conditionalFormats: [],
    readExtent: `A1:F${last + 40}`,
    visibility: 'hidden',
  };
}

/** A line of the repair log, as a finding names it: the cell the value was in and where it is now. */
export interface RepairLogRef {
  readonly sheet: string;
  readonly address: string;
  readonly movedTo: string;
}

/** The columns a log line spans (A–F), for clearing one. */
export const REPAIR_LOG_LINE_COLUMNS = COLS.note;

/**
 * The sheet row of the log line `ref` names (the first if it is there twice), or undefined when
 * it is gone (the clerk deleted it, another pane cleared it). Read as `readRepairLog` reads.
 */
export function repairLogRow(g: SheetGrid | undefined, ref: RepairLogRef): number | undefined {
  if (!g) return undefined;
  const text = (r: number, c: number) => {
    const v = valueAt(g, r, c);
    return isEmpty(v) ? '' : String(v).normalize('NFC');
  };
  for (let r = REPAIR_LOG_FIRST_ROW; r <= g.values.length; r++) {
    if (
      text(r, COLS.sheet) === ref.sheet.normalize('NFC') &&
      text(r, COLS.address) === ref.address &&
      text(r, COLS.movedTo) === ref.movedTo.normalize('NFC')
    )
      return r;
  }
  return undefined;
}

/** The entries of a repair log sheet as read back (lines the clerk deleted are gone). */
export function readRepairLog(g: SheetGrid | undefined): RepairLogEntry[] {
  if (!g) return [];
  const logText = TEXT.repairLog;
  const out: RepairLogEntry[] = [];
  const text = (r: number, c: number) => {
    const v = valueAt(g, r, c);
    return isEmpty(v) ? '' : String(v).normalize('NFC');
  };
  for (let r = REPAIR_LOG_FIRST_ROW; r <= g.values.length; r++) {
    const sheet = text(r, COLS.sheet);
    const address = text(r, COLS.address);
    if (!sheet && !address && !text(r, COLS.content)) continue;
    const reasonText = text(r, COLS.reason);
    const reason = REASONS.find((k) => logText.reasons[k] === reasonText) ?? 'outside-table';
    const note = text(r, COLS.note);
    out.push({
      sheet,
      address,
      content: text(r, COLS.content),
      movedTo: text(r, COLS.movedTo),
      reason,
      ...(note ? { note } : {}),
    });
  }
  return out;
}
