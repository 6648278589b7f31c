/**
 * What a host reads from a sheet: the raw contents of a rectangle anchored at A1,
 * as Excel's Range.values / Range.formulas return them (numbers, strings, booleans,
 * "" for empty, error values as strings such as "#REF!", formulas as "=…").
 */
import { a1, parseRange } from './a1';
import type { CellValue } from './layout/types';

export interface SheetGrid {
  /** values[r-1][c-1] is the value shown in row r, column c. */
  readonly values: readonly (readonly unknown[])[];
  /** Same shape: a formula "=…" where the cell has one, else the constant (or ""). */
  readonly formulas?: readonly (readonly unknown[])[];
  /**
   * The sheet's print area as the host found it ("A1:L30005", "'Sheet'!$A$1:$L$30005", or
   * exceljs's "ANaN:MNaN" for a whole-column area); null: none; absent: not read.
   */
  readonly printArea?: string | null;
}

/** Sheets by name; a sheet that is absent is not in the workbook. */
export interface WorkbookGrids {
  readonly sheets: Readonly<Record<string, SheetGrid>>;
}

const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

export function isErrorValue(v: unknown): boolean {
  return typeof v === 'string' && ERROR_VALUES.has(v.trim().toUpperCase());
}

export function valueAt(g: SheetGrid | undefined, row: number, col: number): unknown {
  const line = g?.values[row - 1];
  return Array.isArray(line) ? line[col - 1] : undefined;
}

export function formulaAt(g: SheetGrid | undefined, row: number, col: number): unknown {
  const line = (g?.formulas ?? g?.values)?.[row - 1];
  return Array.isArray(line) ? line[col - 1] : undefined;
}

/**
 * Does the cell hold a formula? Range.formulas gives a formula as "=…" but a constant as
 * itself, so a text that starts with "=" (typed with an apostrophe, or written by another
 * program) reads there exactly like a formula. Range.values tells them apart: a text's
 * value is the same text, a formula's value is its result (or nothing yet) — never its own
 * "=…" source.
 */
export function isFormulaAt(g: SheetGrid | undefined, row: number, col: number): boolean {
  const f = formulaAt(g, row, col);
  return typeof f === 'string' && f.startsWith('=') && valueAt(g, row, col) !== f;
}

export function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A cell's value as the plain CellValue the plan and inputs use. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

export type ClassifiedCount =
  | { readonly kind: 'empty' }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'negative'; readonly value: number }
  | { readonly kind: 'fraction'; readonly value: number }
  | { readonly kind: 'numericText'; readonly value: number; readonly raw: string }
  | { readonly kind: 'text'; readonly raw: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly raw: string };

/** What a count cell holds, as a count validator sees it. */
export function classifyCount(v: unknown): ClassifiedCount {
  if (isEmpty(v)) return { kind: 'empty' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'text', raw: String(v) };
    if (v < 0) return { kind: 'negative', value: v };
    if (!Number.isInteger(v)) return { kind: 'fraction', value: v };
    return { kind: 'count', value: v };
  }
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  const raw = typeof v === 'string' ? v : String(v);
  if (isErrorValue(raw)) return { kind: 'error', raw: String(raw).trim() };
  const t = raw.trim().replace(',', '.');
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return { kind: 'numericText', value: Number(t), raw };
  return { kind: 'text', raw };
}

/** The number Excel's SUM takes from a cell: numbers only (text, booleans, blanks are skipped). */
export function sumValue(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** Formula text compared loosely: no "=", no "$", no spaces, upper case. */
export function formulaKey(f: unknown): string {
  if (typeof f !== 'string') return '';
  return f.replace(/^=/, '').replace(/\$/g, '').replace(/\s+/g, '').toUpperCase();
}

/** Every address of a rectangle, row by row. */
export function addressesOf(range: string): string[] {
  const { r1, c1, r2, c2 } = parseRange(range);
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(a1(r, c));
  return out;
}
