/**
 * The .xlsx reader: an exceljs workbook → the core's `WorkbookGrids`, shaped like
 * Excel's Range.values / Range.formulas (numbers, strings, booleans, "" for empty,
 * error values as "#REF!", dates as serial numbers, formulas as "=…").
 */
import type ExcelJS from 'exceljs';
import { dict, parseRange, type SheetGrid, type WorkbookGrids, type WorkbookPlan } from '../../core';

const MS_PER_DAY = 86400000;

/** A JS Date exceljs made from a date-formatted number → the Excel serial it came from. */
export function dateToSerial(d: Date, date1904 = false): number {
  const serial = d.getTime() / MS_PER_DAY + 25569 - (date1904 ? 1462 : 0);
  // Keep the fraction (times), drop float noise.
  return Math.round(serial * 1e9) / 1e9;
}

type Scalar = string | number | boolean;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** A plain (non-formula) exceljs value → what Range.values shows. */
function scalar(v: unknown, date1904: boolean): Scalar {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (isObject(v)) {
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if (typeof v.error === 'string') return v.error;
    if ('text' in v && 'hyperlink' in v) return scalar(v.text, date1904);
    if ('result' in v) return scalar(v.result, date1904);
  }
  return String(v);
}

export interface ReadGridOptions {
  /**
   * The grids are only read, never written into: every line with nothing in it is one
   * shared frozen line. The register's read extent is 5,005 lines of 16 columns, nearly all
   * empty: 160,000 fresh slots per unit file otherwise, for 200 files in the pane.
   */
  readonly readOnly?: boolean;
}

/** values and formulas of one worksheet over rows × cols anchored at A1. */
export function readSheet(
  ws: ExcelJS.Worksheet,
  rows: number,
  cols: number,
  date1904 = false,
  opts: ReadGridOptions = {},
): SheetGrid {
  const values: Scalar[][] = [];
  const formulas: Scalar[][] = [];
  const blank = opts.readOnly ? Object.freeze(new Array<Scalar>(cols).fill('')) : undefined;
  for (let r = 1; r <= rows; r++) {
    const row = r > ws.rowCount ? undefined : ws.findRow(r);
    if (blank && !row?.hasValues) {
      values.push(blank as Scalar[]);
      formulas.push(blank as Scalar[]);
      continue;
    }
    const vLine: Scalar[] = new Array<Scalar>(cols).fill('');
    const fLine: Scalar[] = new Array<Scalar>(cols).fill('');
    values.push(vLine);
    formulas.push(fLine);
    if (!row) continue;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > cols) return;
      // Merged-away cells show nothing in Excel's Range.values.
      if (cell.isMerged && cell.master !== cell) return;
      // exceljs translates a shared formula to this cell's own text.
      const f = cell.formula as string | undefined;
      if (f) {
        // cell.result, not cell.value.result: exceljs's value drops a cached 0 or false.
        vLine[c - 1] = scalar(cell.result, date1904);
        fLine[c - 1] = `=${f}`;
      } else {
        const s = scalar(cell.value, date1904);
        vLine[c - 1] = s;
        fLine[c - 1] = s;
      }
    });
  }
  return { values, formulas };
}

/**
 * Every sheet of the workbook: plan sheets over at least their read extent,
 * any sheet over its used range.
 */
export function readGrids(wb: ExcelJS.Workbook, plan?: WorkbookPlan, opts: ReadGridOptions = {}): WorkbookGrids {
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const sheets = dict<SheetGrid>();
  for (const ws of wb.worksheets) {
    const planned = plan?.sheets.find((s) => s.name === ws.name);
    let rows = ws.rowCount;
    let cols = ws.columnCount;
    if (planned) {
      const { r2, c2 } = parseRange(planned.readExtent);
      rows = Math.max(rows, r2);
      cols = Math.max(cols, c2);
    }
    // The print area as exceljs read it from _xlnm.Print_Area ("A1:L30005"; "ANaN:MNaN" for whole columns).
    const printArea = (ws.pageSetup as { printArea?: string } | undefined)?.printArea;
    sheets[ws.name] = { ...readSheet(ws, rows, cols, date1904, opts), printArea: printArea || null };
  }
  return { sheets };
}
