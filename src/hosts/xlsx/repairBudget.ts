/**
 * What repair can afford: repair rewrites a workbook through exceljs, which holds every row,
 * cell, merged cell and data-validation cell of every sheet as objects. Before exceljs sees a
 * file, each worksheet's XML is streamed once (never held whole) and counted; a workbook whose
 * count is beyond REPAIR_BUDGET is refused, naming the largest sheet and what to do, instead
 * of running out of memory minutes later. Nothing is changed in the file: what repair does
 * keep, it keeps whole. docs/ARCHITECTURE.md ("Repair's budget") gives the measurements.
 */
import { Inflate, unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';
import { ADOPTABLE, CATALOGUE_SHEET_NAME, FILE_DETAILS, isBackupSheetName, REPAIR_LOG_SHEET_NAME } from '../../core';
import { REGISTER_SHEET_NAME } from '../../core/layout/register';
import { XlsxFileError } from './bytes';
import { PART_LIMIT, sheetsOfWorkbook } from './selective';
import { readZipEntry } from './zip';
import { entryData, PART_HARD_LIMIT, utf8, worksheetEntries, zipEntries, type ZipEntry } from './zipParts';

/** Rows, cells, merged cells and validated cells exceljs may hold for one repair. */
export const REPAIR_BUDGET = 600_000;

/** What one worksheet costs exceljs. */
export interface SheetCost {
  /** The part (xl/worksheets/sheetN.xml). */
  readonly part: string;
  /** `<row>` elements (exceljs makes a Row for each, empty or not). */
  readonly rows: number;
  /** `<c>` elements (a Cell each, styled-empty ones too). */
  readonly cells: number;
  /** The last row holding a value or a formula (0: none, or not reached). */
  readonly lastValueRow: number;
  /** The last row of the sheet's <dimension> (what Excel says the sheet spans), 0 if none. */
  readonly lastRow: number;
  /** Counting stopped once the cost passed `stopAt`: the counts are a lower bound. */
  readonly partial: boolean;
  /** Cells covered by merges (exceljs makes a Cell for each). */
  readonly expanded: number;
  /** Cells covered by data validations (exceljs keeps an entry for each: lighter than a cell). */
  readonly validated: number;
}

export function costOf(c: SheetCost): number {
  return c.rows + c.cells + c.expanded + c.validated / 4;
}

/** Cells of an A1 range list ("A1:C3 E5"), without building any. */
function areaOf(sqref: string): number {
  let n = 0;
  for (const ref of sqref.trim().split(/\s+/)) {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
    if (!m) continue;
    const col = (s: string) => [...s].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
    const rows = m[4] ? Math.abs(+m[4] - +m[2]!) + 1 : 1;
    const cols = m[3] ? Math.abs(col(m[3]) - col(m[1]!)) + 1 : 1;
    n += rows * cols;
  }
  return n;
}

const TOKEN = /<row\b[^>]*>|<c[\s>/][^>]*>|<v[\s>]|<is>|<f[\s>/]|<mergeCell\b[^>]*>|<dataValidation\b[^>]*>/g;

/**
 * Count one worksheet part, inflating it in a stream (at most a chunk and a tag in memory).
 * `limit` bounds the inflated bytes (the zip's checks have bounded the part already).
 */
export function sheetCost(buf: Uint8Array, e: ZipEntry, limit: number, stopAt = Infinity): SheetCost {
  let rows = 0;
  let cells = 0;
  let lastValueRow = 0;
  let expanded = 0;
  let validated = 0;
  let row = 0;
  let lastRow = 0;
  let carry = '';
  let partial = false;
  const decoder = new TextDecoder('latin1');
  const scan = (text: string): void => {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const t = m[0];
      const k = t.charCodeAt(1);
      if (t.startsWith('<row')) {
        rows++;
        const r = /\sr="(\d+)"/.exec(t);
        row = r ? +r[1]! : row + 1;
      } else if (t.startsWith('<mergeCell')) {
        const ref = /\sref="([^"]+)"/.exec(t);
        if (ref) expanded += areaOf(ref[1]!);
      } else if (t.startsWith('<dataValidation')) {
        const ref = /\ssqref="([^"]+)"/.exec(t);
        if (ref) validated += areaOf(ref[1]!);
      } else if (k === 99 /* c */) {
        cells++;
      } else {
        lastValueRow = Math.max(lastValueRow, row);
      }
    }
  };
  const take = (chunk: Uint8Array): void => {
    if (partial) return;
    const text = carry + decoder.decode(chunk);
    if (!lastRow) {
      const dim = /<dimension ref="[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(text);
      if (dim) lastRow = +dim[1]!;
    }
    // Up to the last tag's start: a tag cut by the chunk's end is read with the next chunk.
    const cut = text.lastIndexOf('<');
    scan(cut < 0 ? text : text.slice(0, cut));
    carry = cut < 0 ? '' : text.slice(cut);
    if (carry.length > 1 << 16) carry = ''; // no tag is that long: not XML worth reading on
    // Past what repair can hold: the rest of the sheet changes nothing but the time taken.
    if (rows + cells + expanded + validated / 4 > stopAt) partial = true;
  };
  const data = entryData(buf, e, limit);
  if (e.method === 0) {
    for (let at = 0; at < data.length && !partial; at += 1 << 20) take(data.subarray(at, at + (1 << 20)));
  } else {
    let total = 0;
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      if (total <= limit) take(chunk);
    });
    for (let at = 0; at < data.length && !partial; at += 1 << 16) {
      inflate.push(data.subarray(at, at + (1 << 16)), at + (1 << 16) >= data.length);
    }
  }
  if (!partial) scan(carry);
  return { part: e.name, rows, cells, lastValueRow, lastRow, partial, expanded, validated };
}

export function isOurs(name: string): boolean {
  return (
    ADOPTABLE.some((s) => s.name === name) ||
    [REGISTER_SHEET_NAME, REPAIR_LOG_SHEET_NAME, CATALOGUE_SHEET_NAME].includes(name) ||
    isBackupSheetName(name)
  );
}

/**
 * Refuse (XlsxFileError "too-large-to-repair") a workbook beyond what repair can hold, naming
 * its largest sheet: a sheet of ours is to be cut back to its content, another sheet moved to
 * another file. The zip's parts have been checked (files.ts readChecked) before.
 */
export function checkRepairBudget(buf: Uint8Array, file: string): void {
  const entries = zipEntries(buf) ?? [];
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string) => {
    const e = byName.get(name);
    return e ? utf8(readZipEntry(buf, e, PART_LIMIT)) : '';
  };
  const nameOf = new Map(
    sheetsOfWorkbook(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')).map((s) => [s.path, s.name]),
  );
  // Each sheet counted only as far as the budget left: a refusal costs no more than a repair.
  const costs: SheetCost[] = [];
  let total = 0;
  for (const e of worksheetEntries(entries)) {
    const c = sheetCost(buf, e, PART_HARD_LIMIT, REPAIR_BUDGET - total);
    costs.push(c);
    total += costOf(c);
    if (total > REPAIR_BUDGET) break;
  }
  if (total <= REPAIR_BUDGET || costs.length === 0) return;
  const worst = costs.reduce((a, b) => (costOf(b) > costOf(a) ? b : a));
  const sheet = nameOf.get(worst.part) ?? worst.part;
  throw new XlsxFileError(
    'too-large-to-repair',
    file,
    isOurs(sheet)
      ? FILE_DETAILS.sheetTooLongToRepair(
          sheet,
          Math.max(worst.lastRow, worst.rows),
          worst.partial && worst.rows >= worst.lastRow,
        )
      : FILE_DETAILS.sheetTooManyCells(sheet, worst.cells + worst.expanded, worst.partial),
  );
}

/**
 * The file without the data validations of the sheets of ours, for repair's exceljs: exceljs
 * keeps a validation entry per cell of its range (the register's six validations over 30,000
 * lines are 180,000 entries, read and then squeezed back on write — most of a repair's time),
 * and repair renders every sheet of ours anew from the plan, validations included, so the old
 * ones are never used. Other sheets keep theirs. The same bytes when there is nothing to drop.
 */
export function withoutOurValidations(buf: Uint8Array): Uint8Array {
  const parts = unzipSync(buf);
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : '');
  const ours = sheetsOfWorkbook(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')).filter(
    (s) => isOurs(s.name) && !isBackupSheetName(s.name) && s.path && parts[s.path],
  );
  let changed = false;
  for (const { path } of ours) {
    const xml = strFromU8(parts[path!]!);
    const lean = xml.replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, '');
    if (lean === xml) continue;
    parts[path!] = strToU8(lean);
    changed = true;
  }
  if (!changed) return buf;
  const out: Zippable = {};
  for (const [name, data] of Object.entries(parts)) out[name] = [data, { level: 1 }];
  return zipSync(out);
}
