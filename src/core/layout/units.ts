/**
 * Sheet "Danh sách đơn vị" of an aggregate (cluster) workbook: the units whose tallies
 * were added up, one row each, with their grand totals and a "Cộng" row by formula.
 * A plan like the others, so every renderer writes it.
 */
import { a1, columnLetter } from '../a1';
import { a4Print } from './print';
import type { CountColumn } from '../tally';
import { COUNT_COLUMNS } from '../tally';
import { UNITS_TEXT } from '../text/cli';
import type { CellPlan, SheetPlan } from './types';

export interface AggregatedUnit {
  /** Tên đơn vị as typed on its info sheet ("" if not given). */
  readonly name: string;
  /** The file it came from (as given on the command line). */
  readonly file: string;
  /** "6 tháng đầu năm" / "Năm" (as typed) */
  readonly period: string;
  readonly year: number | string;
  /** The unit's TỔNG CỘNG, per count column. */
  readonly totals: Readonly<Record<CountColumn, number>>;
  readonly errors: number;
  readonly warnings: number;
}

export const UNITS_SHEET_NAME = UNITS_TEXT.sheetName;
export const UNITS_HEADER_ROW = 3;
export const UNITS_FIRST_ROW = 4;

export function buildUnitsSheet(units: readonly AggregatedUnit[]): SheetPlan {
  const cells: CellPlan[] = [];
  const put = (c: Omit<CellPlan, 'address'>) => cells.push({ ...c, address: a1(c.row, c.col) });
  const lastCol = UNITS_TEXT.headers.length;
  put({ row: 1, col: 1, role: 'title', value: UNITS_TEXT.title, style: 'title' });
  put({ row: 2, col: 1, role: 'label', value: UNITS_TEXT.subtitle(units.length), style: 'hint' });
  UNITS_TEXT.headers.forEach((h, i) =>
    put({ row: UNITS_HEADER_ROW, col: i + 1, role: 'header', value: h, style: 'header' }),
  );
  const firstCount = 6;
  units.forEach((u, i) => {
    const row = UNITS_FIRST_ROW + i;
    put({ row, col: 1, role: 'label', value: i + 1, style: 'number' });
    put({ row, col: 2, role: 'label', value: u.name || null, style: 'label' });
    put({ row, col: 3, role: 'label', value: u.file, style: 'label' });
    put({ row, col: 4, role: 'label', value: u.period || null, style: 'label' });
    put({ row, col: 5, role: 'label', value: u.year === '' ? null : u.year, style: 'number' });
    COUNT_COLUMNS.forEach((c, j) =>
      put({ row, col: firstCount + j, role: 'label', value: u.totals[c], style: 'countComputed' }),
    );
    put({ row, col: 11, role: 'label', value: u.errors, style: 'number' });
    put({ row, col: 12, role: 'label', value: u.warnings, style: 'number' });
  });
  const totalRow = UNITS_FIRST_ROW + units.length;
  put({ row: totalRow, col: 1, role: 'label', value: UNITS_TEXT.total, style: 'labelTotal' });
  for (let c = 2; c <= 5; c++) put({ row: totalRow, col: c, role: 'label', value: null, style: 'labelTotal' });
  /** A column total: SUM over the unit rows, cached with the core's sum. */
  const totalCell = (c: number, sum: number, style: string, key?: string) => {
    const L = columnLetter(c);
    put({
      row: totalRow,
      col: c,
      role: 'computed',
      formula: units.length ? `=SUM(${L}${UNITS_FIRST_ROW}:${L}${totalRow - 1})` : '=0',
      cached: sum,
      style,
      ...(key ? { key } : {}),
    });
  };
  COUNT_COLUMNS.forEach((col, j) =>
    totalCell(
      firstCount + j,
      units.reduce((s, u) => s + u.totals[col], 0),
      'countComputed',
      `units:total:${col}`,
    ),
  );
  totalCell(
    11,
    units.reduce((s, u) => s + u.errors, 0),
    'numberBold',
  );
  totalCell(
    12,
    units.reduce((s, u) => s + u.warnings, 0),
    'numberBold',
  );
  return {
    key: 'units',
    name: UNITS_SHEET_NAME,
    columnWidths: [6, 30, 34, 16, 8, 10, 10, 10, 12, 12, 8, 10],
    rowHeights: { 1: 24, [UNITS_HEADER_ROW]: 36 },
    cells,
    merges: [`A1:${columnLetter(lastCol)}1`, `A2:${columnLetter(lastCol)}2`, `A${totalRow}:E${totalRow}`],
    freeze: { rows: UNITS_HEADER_ROW, columns: 0 },
    print: a4Print('landscape', { titleRows: `${UNITS_HEADER_ROW}:${UNITS_HEADER_ROW}`, centerHorizontally: true }),
    protect: true,
    validations: [],
    conditionalFormats: [],
    readExtent: `A1:${columnLetter(lastCol)}${totalRow + 5}`,
  };
}
