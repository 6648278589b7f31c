/**
 * Row and column insertion and deletion on an in-memory grid, as Excel and LibreOffice
 * do them to the cells: everything right of (or below) the point moves by one; a
 * deleted column's or row's cells are gone. The grid holds no defined names; what the
 * spreadsheet does to those (a range follows its cells, grows when a column or row is
 * inserted strictly inside it, shrinks on a deletion inside it, becomes #REF! when all of
 * it is deleted) is done to the file by tests/helpers/xlsxOps.ts.
 */
import type { MutableGrid } from '../../src/core/planToGrids';

function each(g: MutableGrid, f: (m: unknown[][]) => void): void {
  f(g.values);
  f(g.formulas);
}

export function insertColumn(g: MutableGrid, col: number): void {
  each(g, (m) => m.forEach((line) => line.length >= col - 1 && line.splice(col - 1, 0, '')));
}

export function deleteColumn(g: MutableGrid, col: number): void {
  each(g, (m) => m.forEach((line) => line.splice(col - 1, 1)));
}

export function insertRow(g: MutableGrid, row: number): void {
  const width = g.values[row - 1]?.length ?? g.values[0]?.length ?? 0;
  each(g, (m) => m.splice(row - 1, 0, Array<unknown>(width).fill('')));
}

export function deleteRow(g: MutableGrid, row: number): void {
  each(g, (m) => m.splice(row - 1, 1));
}
