/**
 * What repair can afford: repair rewrites a workbook through exceljs, which holds every row,
 * cell, merged cell and data-validation cell of every sheet as objects. Before exceljs sees a
 * file, each worksheet's XML is streamed once (never held whole) and counted; a workbook whose
 * weighted count is beyond REPAIR_BUDGET is refused, naming the sheet that weighs most and
 * what to do, instead of running out of memory minutes later. Nothing is changed in the file:
 * what repair does keep, it keeps whole. The weights are what each thing cost in peak memory,
 * measured by `npm run bench -- limits-repair` (docs/MEASUREMENTS.md gives the figures).
 */
import { Inflate, unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';
import { ADOPTABLE, CATALOGUE_SHEET_NAME, FILE_DETAILS, isBackupSheetName, REPAIR_LOG_SHEET_NAME } from '../../core';
import { REGISTER_LAST_ROW, REGISTER_SHEET_NAME } from '../../core/layout/register';
import { XlsxFileError } from './bytes';
import { PART_LIMIT, sheetsOfWorkbook } from './selective';
import { givePartsExceljsNames } from './exceljsParts';
import { readZipEntry } from './zip';
import { entryData, PART_HARD_LIMIT, utf8, worksheetEntries, zipEntries, type ZipEntry } from './zipParts';

/**
 * What repair may hold, in units of one number cell of a foreign sheet (≈ 1 KB of peak
 * memory: exceljs's Cell, its model when written, the zip out). A file just inside it peaked
 * at 0.97–1.15 GB (the process alone is 240 MB), under the 1.5 GB bound; a register at its
 * capacity with all 13 columns filled (what a cluster's summed register may be) is inside it.
 */
export const REPAIR_BUDGET = 900_000;

/** What each counted thing weighs, in those units (measured: docs/MEASUREMENTS.md). */
export const WEIGHTS = {
  /** A `<row>` (exceljs makes a Row for each, empty or not). */
  row: 2.3,
  /** A `<c>` holding a number, a boolean, a formula or nothing (a styled empty cell). */
  cell: 1,
  /** A `<c>` holding text (shared, inline or a formula's text): the string held, and again when written. */
  text: 1.75,
  /** A cell covered by a merge (exceljs makes a Cell for each). */
  merged: 1,
  /** A cell covered by a data validation (exceljs keeps an entry per cell: lighter than a cell). */
  validated: 0.25,
  /** Each KB of a sheet's XML and of the shared strings: held inflated, the texts held and written again. */
  kb: 6,
} as const;

/**
 * How many times more a sheet of ours weighs than a foreign one: repair reads it, renders it
 * anew, and copies it to a backup sheet with each value it cannot keep listed on the log —
 * a tally with a number in each of 295,000 rows under its table peaked at 4.1 GB where a
 * foreign sheet of about the same count took 1.2 GB.
 */
export const OURS_FACTOR = 5.3;
/**
 * The register's lines are written as XML rows (registerXml.ts), not copied: about a foreign
 * sheet's weight. Rows past its capacity weigh as a sheet of ours (what is there is moved).
 */
export const REGISTER_FACTOR = 0.95;

/** What one worksheet costs exceljs. */
export interface SheetCost {
  /** The part (xl/worksheets/sheetN.xml). */
  readonly part: string;
  /** `<row>` elements (exceljs makes a Row for each, empty or not). */
  readonly rows: number;
  /** `<c>` elements (a Cell each, styled-empty ones too). */
  readonly cells: number;
  /** Of `cells`, those holding text (t="s", "inlineStr" or "str"). */
  readonly texts: number;
  /** The part's XML, inflated, as far as it was counted (bytes). */
  readonly bytes: number;
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
  /** Of the counts, those of rows past `heavy.fromRow` (sheetCost), weighed by `heavy.factor`. */
  readonly beyond?: Counts;
}

type Counts = Pick<SheetCost, 'rows' | 'cells' | 'texts' | 'bytes' | 'expanded' | 'validated'>;

/** Rows from which a sheet weighs more (the register past its capacity), and how much more. */
export interface Heavier {
  readonly fromRow: number;
  readonly factor: number;
}

/** A sheet's weight: its counts times `factor`, those past `heavy.fromRow` times `heavy.factor`. */
export function weightOf(c: SheetCost, factor: number, heavy?: Heavier): number {
  const b = c.beyond;
  if (!b || !heavy) return costOf(c, factor);
  const within: Counts = {
    rows: c.rows - b.rows,
    cells: c.cells - b.cells,
    texts: c.texts - b.texts,
    bytes: c.bytes - b.bytes,
    expanded: c.expanded - b.expanded,
    validated: c.validated - b.validated,
  };
  return costOf(within, factor) + costOf(b, heavy.factor);
}

/** The weight of a sheet's counts, as a foreign sheet (times `factor` for a sheet of ours). */
export function costOf(c: Counts, factor = 1): number {
  const w = WEIGHTS;
  return (
    factor *
    (c.rows * w.row +
      (c.cells - c.texts) * w.cell +
      c.texts * w.text +
      c.expanded * w.merged +
      c.validated * w.validated +
      (c.bytes / 1024) * w.kb)
  );
}

/**
 * How many times a sheet weighs (OURS_FACTOR, REGISTER_FACTOR, 1). `adopting`: the factor of
 * the sheets of ours that are missing (repair may adopt any other sheet as one of them, by its
 * content: a foreign sheet then weighs as the heaviest of them), 1 when none is.
 */
export function factorOf(name: string | undefined, adopting = 1): number {
  if (name !== undefined && isBackupSheetName(name)) return 1;
  if (name === REGISTER_SHEET_NAME) return REGISTER_FACTOR;
  if (name !== undefined && isOurs(name)) return OURS_FACTOR;
  return adopting;
}

/** What another sheet may weigh as an adopted sheet of ours: the most any missing one of ours weighs. */
function adoptingFactor(names: ReadonlySet<string>): number {
  const missing = ADOPTABLE.filter((s) => !names.has(s.name));
  if (!missing.length) return 1;
  // Only the register missing: a renamed register is adopted, and weighs as the register.
  return Math.max(...missing.map((s) => (s.name === REGISTER_SHEET_NAME ? REGISTER_FACTOR : OURS_FACTOR)));
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
const TEXT_TYPE = /\st="(?:s|inlineStr|str)"/;

/**
 * Count one worksheet part, inflating it in a stream (at most a chunk and a tag in memory).
 * `limit` bounds the inflated bytes (the zip's checks have bounded the part already); the
 * count stops once its cost (times `factor`) passes `stopAt`.
 */
export function sheetCost(
  buf: Uint8Array,
  e: ZipEntry,
  limit: number,
  stopAt = Infinity,
  factor = 1,
  heavy?: Heavier,
): SheetCost {
  const beyond = { rows: 0, cells: 0, texts: 0, bytes: 0, expanded: 0, validated: 0 };
  let past = false;
  let rows = 0;
  let cells = 0;
  let texts = 0;
  let bytes = 0;
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
        past = heavy !== undefined && row >= heavy.fromRow;
        if (past) beyond.rows++;
      } else if (t.startsWith('<mergeCell')) {
        const ref = /\sref="([^"]+)"/.exec(t);
        if (ref) expanded += areaOf(ref[1]!);
      } else if (t.startsWith('<dataValidation')) {
        const ref = /\ssqref="([^"]+)"/.exec(t);
        if (ref) validated += areaOf(ref[1]!);
      } else if (k === 99 /* c */) {
        cells++;
        const text = TEXT_TYPE.test(t);
        if (text) texts++;
        if (past) {
          beyond.cells++;
          if (text) beyond.texts++;
        }
      } else {
        lastValueRow = Math.max(lastValueRow, row);
      }
    }
  };
  const take = (chunk: Uint8Array): void => {
    if (partial) return;
    bytes += chunk.length;
    if (past) beyond.bytes += chunk.length;
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
    const sofar = {
      part: e.name,
      rows,
      cells,
      texts,
      bytes,
      expanded,
      validated,
      lastValueRow,
      lastRow,
      partial,
      beyond,
    };
    if (weightOf(sofar, factor, heavy) > stopAt) partial = true;
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
  return { part: e.name, rows, cells, texts, bytes, lastValueRow, lastRow, partial, expanded, validated, beyond };
}

export function isOurs(name: string): boolean {
  return (
    ADOPTABLE.some((s) => s.name === name) ||
    [REGISTER_SHEET_NAME, REPAIR_LOG_SHEET_NAME, CATALOGUE_SHEET_NAME].includes(name) ||
    isBackupSheetName(name)
  );
}

/** What exceljs would hold of a workbook's shared strings: their XML's size, weighed as a sheet's XML. */
function sharedStringsCost(entries: readonly ZipEntry[]): number {
  const e = entries.find((x) => x.name === 'xl/sharedStrings.xml');
  return e ? (e.uncompressedSize / 1024) * WEIGHTS.kb : 0;
}

/**
 * Refuse (XlsxFileError "too-large-to-repair") a workbook beyond what repair can hold, naming
 * the sheet that weighs most: a sheet of ours is to be cut back to its content, another sheet
 * moved to another file. The zip's parts have been checked (files.ts readChecked) before.
 * Every worksheet is counted — those the workbook lists (wherever their part is stored) and
 * any other part under xl/worksheets/.
 */
export function checkRepairBudget(buf: Uint8Array, file: string): void {
  const { total, costs, nameOf } = repairCost(buf, REPAIR_BUDGET);
  if (total <= REPAIR_BUDGET || costs.length === 0) return;
  const worst = costs.reduce((a, b) => (b.cost > a.cost ? b : a)).c;
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
 * A workbook's weight for repair, its worksheets counted one by one until the total passes
 * `stopAt` (the last one counted then partly). `nameOf`: each listed sheet's part → its name.
 */
export function repairCost(
  buf: Uint8Array,
  stopAt = Infinity,
): { total: number; costs: { c: SheetCost; cost: number }[]; nameOf: Map<string, string> } {
  const entries = zipEntries(buf) ?? [];
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string) => {
    const e = byName.get(name);
    return e ? utf8(readZipEntry(buf, e, PART_LIMIT)) : '';
  };
  const listed = sheetsOfWorkbook(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const nameOf = new Map(listed.filter((s) => s.path).map((s) => [s.path!, s.name]));
  const names = new Set(listed.map((s) => s.name));
  // A sheet of ours missing: repair may adopt another sheet as it, and that sheet then weighs as ours.
  const adopting = adoptingFactor(names);
  const parts = [
    ...new Set([...nameOf.keys()].filter((p) => byName.has(p)).concat(worksheetEntries(entries).map((e) => e.name))),
  ].map((p) => byName.get(p)!);
  // Each sheet counted only as far as the budget left: a refusal costs no more than a repair.
  const costs: { c: SheetCost; cost: number }[] = [];
  let total = sharedStringsCost(entries);
  for (const e of parts) {
    const name = nameOf.get(e.name);
    const factor = factorOf(name, adopting);
    const heavy = name === REGISTER_SHEET_NAME ? { fromRow: REGISTER_LAST_ROW + 1, factor: OURS_FACTOR } : undefined;
    const c = sheetCost(buf, e, PART_HARD_LIMIT, stopAt - total, factor, heavy);
    const cost = weightOf(c, factor, heavy);
    costs.push({ c, cost });
    total += cost;
    if (total > stopAt) break;
  }
  return { total, costs, nameOf };
}

/**
 * The file as repair's exceljs loads it, and the workbook's sheet names as listed in it:
 * - without the data validations of the sheets of ours: exceljs keeps a validation entry per
 *   cell of its range (the register's six validations over 30,000 lines are 180,000 entries,
 *   read and then squeezed back on write — most of a repair's time), and repair renders every
 *   sheet of ours anew from the plan, validations included, so the old ones are never used.
 *   Other sheets keep theirs;
 * - every worksheet under a part name exceljs reads (exceljsParts.ts), so none is dropped.
 * The same bytes when there is nothing to change.
 */
export function forRepairLoad(buf: Uint8Array): { bytes: Uint8Array; listed: readonly string[] } {
  const parts = unzipSync(buf);
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : '');
  let changed = givePartsExceljsNames(parts);
  const sheets = sheetsOfWorkbook(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const ours = sheets.filter((s) => isOurs(s.name) && !isBackupSheetName(s.name) && s.path && parts[s.path]);
  for (const { path } of ours) {
    const xml = strFromU8(parts[path!]!);
    const lean = xml.replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, '');
    if (lean === xml) continue;
    parts[path!] = strToU8(lean);
    changed = true;
  }
  const listed = sheets.map((s) => s.name);
  if (!changed) return { bytes: buf, listed };
  const out: Zippable = {};
  for (const [name, data] of Object.entries(parts)) out[name] = [data, { level: 1 }];
  return { bytes: zipSync(out), listed };
}
