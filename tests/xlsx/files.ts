/** Helpers for tests through real .xlsx files: temp dirs, editing a file as a clerk would. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DEFAULT_CATALOGUE, TALLY_SHEET_NAME, type Catalogue, type WorkbookGrids } from '../../src/core';
import { type MutableGrid } from '../../src/core/planToGrids';
import { readGrids } from '../../src/hosts/xlsx';
import { recalculateRegister } from '../helpers/recalc';

export function tempDir(prefix = 'tdkt-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

interface DataValidationsXform {
  parseClose(name: string): boolean;
  model: Record<string, unknown>;
  _address: string;
  _dataValidation: { formulae?: unknown[]; operator?: unknown };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const DV_XFORM = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform') as {
  prototype: DataValidationsXform;
};

/**
 * Open a file to edit and save it back, keeping each data validation as the one range it is:
 * exceljs otherwise makes an entry per cell of the range on read (the register's validations
 * over its 30,000 lines: 180,000 entries) and squeezes them back on write, which took most of
 * an edit's time. exceljs writes a range entry as it is (its writer's `dimensions` case).
 */
async function openToEdit(file: string): Promise<ExcelJS.Workbook> {
  const proto = DV_XFORM.prototype;
  const original = proto.parseClose;
  proto.parseClose = function (this: DataValidationsXform, name: string) {
    if (name !== 'dataValidation') return original.call(this, name);
    const dv = this._dataValidation;
    if (!dv.formulae || !dv.formulae.length) {
      delete dv.formulae;
      delete dv.operator;
    }
    for (const addr of this._address.split(/\s+/g)) if (addr) this.model[addr] = dv;
    return true;
  };
  try {
    return await openXlsx(file);
  } finally {
    proto.parseClose = original;
  }
}

/** Content as typed: a number, a string ("05" stays text), or "=FORMULA". null clears. */
export type Typed = string | number | boolean | null;

/**
 * Edit cells of a file like a clerk in Excel: type values, then (unless `recalc` is false)
 * let "Excel" recalculate — the tally's formula cells get the results Excel would show.
 */
export async function editFile(
  file: string,
  edits: Readonly<Record<string, Readonly<Record<string, Typed>>>>,
  opts: { recalc?: boolean; catalogue?: Catalogue; mutate?: (wb: ExcelJS.Workbook) => void } = {},
): Promise<void> {
  const wb = await openToEdit(file);
  for (const [sheet, cells] of Object.entries(edits)) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    for (const [address, v] of Object.entries(cells)) {
      const cell = ws.getCell(address);
      cell.value = typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1) } : v;
    }
  }
  opts.mutate?.(wb);
  keepWholeColumnPrintAreas(wb);
  if (opts.recalc ?? true) recalcTally(wb, opts.catalogue ?? DEFAULT_CATALOGUE);
  await wb.xlsx.writeFile(file);
}

/** Set the cached results of the tally's standard formulas to what a recalculation shows. */
export function recalcTally(wb: ExcelJS.Workbook, catalogue: Catalogue): void {
  const ws = wb.getWorksheet(TALLY_SHEET_NAME);
  if (!ws) return;
  const grids = readGrids(wb) as unknown as { sheets: Record<string, MutableGrid> };
  const g = grids.sheets[TALLY_SHEET_NAME]!;
  // Register-mode count cells show what the register gives, then the sums follow.
  recalculateRegister(catalogue, grids);
  g.formulas.forEach((line, r) =>
    line.forEach((f, c) => {
      // A text that starts with "=" (its value is the same text) is not a formula.
      if (typeof f !== 'string' || !f.startsWith('=') || g.values[r]![c] === f) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = { formula: f.slice(1), result: g.values[r]![c] } as ExcelJS.CellFormulaValue;
    }),
  );
}

/** Both grids, sheet by sheet, as plain arrays trimmed of trailing empty cells and rows. */
export function trimGrids(grids: WorkbookGrids): Record<string, { values: unknown[][]; formulas: unknown[][] }> {
  const trim = (m: readonly (readonly unknown[])[]) => {
    const rows = m.map((line) => {
      const l = [...line];
      while (l.length && l[l.length - 1] === '') l.pop();
      return l;
    });
    while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
    return rows;
  };
  const out: Record<string, { values: unknown[][]; formulas: unknown[][] }> = {};
  for (const [name, g] of Object.entries(grids.sheets)) {
    out[name] = { values: trim(g.values), formulas: trim(g.formulas ?? g.values) };
  }
  return out;
}

/**
 * exceljs reads a whole-column print area ("'Danh sách khen thưởng'!$A:$L", the register's)
 * as "ANaN:LNaN" and would write that back, breaking the next read. Excel and LibreOffice
 * keep it; only this test helper round-trips a file through exceljs, so it puts it back.
 */
function keepWholeColumnPrintAreas(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const area = ws.pageSetup?.printArea;
    if (typeof area === 'string' && area.includes('NaN')) ws.pageSetup.printArea = area.replace(/NaN/g, '');
  }
}
