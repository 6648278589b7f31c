/**
 * .xlsx files on disk: create, read (with a clear reason when a file cannot be used),
 * repair. The only place besides render/read that touches exceljs.
 */
import * as fs from 'fs';
import type ExcelJS from 'exceljs';
import {
  AmbiguousSheetsError,
  buildWorkbookPlan,
  catalogueKey,
  DEFAULT_CATALOGUE,
  FILE_DETAILS,
  INFO_SHEET_NAME,
  planRepair,
  TALLY_SHEET_NAME,
  type Catalogue,
  type RepairPlan,
  type WorkbookGrids,
  type WorkbookInputs,
  type WorkbookPlan,
} from '../../core';
import { loadWorkbookBytes, readOrCorrupt, requireTally, shortReason, XlsxFileError, type ReadWorkbook } from './bytes';
import { checkRepairBudget, forRepairLoad } from './repairBudget';
import { addLinesToXlsx, splitRegisterLines } from './registerXml';
import { checkOutputPath, OutputPathError, outputTarget, writeFileAtomic } from './output';
import { ownStyle, renderNames, renderSheet, renderWorkbook } from './render';
import { checkedZipEntries, NeedsExceljs, readWorkbookBytesSelective, type ZipInflater } from './selectiveBytes';
import { inflatePrefix, readZipEntry } from './zip';

export { gridsOfWorkbook, sniffXlsx, XlsxFileError, zipEntryNames, type ReadWorkbook } from './bytes';

let excelModule: typeof ExcelJS | undefined;
/** exceljs, loaded on first use (keeps `tdkt --help` fast). */
export function excel(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  excelModule ??= require('exceljs') as typeof ExcelJS;
  return excelModule;
}

// ── Recognising a file: bytes.ts (shared with the pane) ─────────────────────────

function readBytes(file: string): Buffer {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new XlsxFileError('missing', file);
    throw new XlsxFileError('unreadable', file, code);
  }
  if (st.isDirectory()) throw new XlsxFileError('not-a-file', file);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new XlsxFileError('unreadable', file, (e as NodeJS.ErrnoException).code);
  }
}

export { TOTAL_LIMIT } from './zipParts';

/** Node's zlib (zip.ts): the CLI's inflater for the checks and the selective reader. */
const ZLIB: ZipInflater = { whole: readZipEntry, prefix: inflatePrefix };

/**
 * The bytes of an .xlsx file, refused (as XlsxFileError) when it cannot be used — before any
 * library inflates it (selectiveBytes.ts checkedZipEntries; with `everyPart`, every part
 * inflated once bounded by its declared size, for a path that inflates the whole file).
 */
function readChecked(file: string, opts: { everyPart?: boolean } = {}): Buffer {
  const buf = readBytes(file);
  checkedZipEntries(buf, file, ZLIB, opts);
  return buf;
}

/** Open an .xlsx file with exceljs; any reason it cannot be used becomes an XlsxFileError. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(excel(), readChecked(file, { everyPart: true }), file);
}

// ── Reading ───────────────────────────────────────────────────────────────────

/**
 * Validate, report and aggregate read only our sheets, straight from the XML (selective.ts,
 * through selectiveBytes.ts as the pane does); a file the selective reader cannot parse is
 * read by exceljs (which says what is damaged), its parts checked first.
 */
async function readSelective(file: string): Promise<ReadWorkbook> {
  const buf = readBytes(file);
  try {
    return readWorkbookBytesSelective(buf, file, { zip: ZLIB, requireTally: false });
  } catch (e) {
    if (!(e instanceof NeedsExceljs)) throw e;
    return readOrCorrupt(file, await loadWorkbookBytes(excel(), buf, file));
  }
}

/**
 * Read a tally workbook file into grids. Throws XlsxFileError when the file is missing,
 * not an .xlsx, corrupt or truncated, or (unless `requireTally` is false) has no tally sheet.
 */
export async function readWorkbookFile(
  file: string,
  opts: { requireTally?: boolean; reader?: 'selective' | 'exceljs' } = {},
): Promise<ReadWorkbook> {
  const read = opts.reader === 'exceljs' ? readOrCorrupt(file, await loadWorkbook(file)) : await readSelective(file);
  if (opts.requireTally ?? true) requireTally(read, file);
  return read;
}

// ── Writing ───────────────────────────────────────────────────────────────────

/** An output path that cannot be written, as the clerk's one-line message. */
export function checkOutput(file: string, opts: { force?: boolean } = {}): void {
  try {
    checkOutputPath(file, { overwrite: opts.force });
  } catch (e) {
    if (e instanceof OutputPathError) throw new XlsxFileError(e.problem, e.file, e.detail);
    throw e;
  }
}

/** Write bytes safely (see output.ts); any failure becomes an XlsxFileError. */
export function writeOutputFile(file: string, bytes: Uint8Array, opts: { force?: boolean } = {}): void {
  checkOutput(file, opts);
  try {
    writeFileAtomic(file, bytes);
  } catch (e) {
    throw new XlsxFileError('unwritable', file, (e as NodeJS.ErrnoException).code ?? shortReason(e));
  }
}

/** Write a workbook: to an exclusive temporary file beside the target, then renamed (never half a file). */
export async function writeWorkbook(wb: ExcelJS.Workbook, file: string, opts: { force?: boolean } = {}): Promise<void> {
  checkOutput(file, opts);
  let buf: ExcelJS.Buffer;
  try {
    buf = await wb.xlsx.writeBuffer();
  } catch (e) {
    throw new XlsxFileError('unwritable', file, shortReason(e));
  }
  writeOutputFile(file, Buffer.from(buf as ArrayBuffer), { force: true });
}

/** Render a plan into a new file. */
export async function writePlanFile(file: string, plan: WorkbookPlan, opts: { force?: boolean } = {}): Promise<void> {
  checkOutput(file, opts);
  const split = splitRegisterLines(plan);
  if (!split.sheet) return writeWorkbook(await renderWorkbook(excel(), split.plan), file, opts);
  let bytes: Uint8Array;
  try {
    // The exceljs workbook is gone (unreachable) before the lines are added.
    bytes = addLinesToXlsx(await renderedBytes(split.plan), split.sheet, split.cells, split.formats);
  } catch (e) {
    throw new XlsxFileError('unwritable', file, shortReason(e));
  }
  writeOutputFile(file, bytes, opts);
}

async function renderedBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  const wb = await renderWorkbook(excel(), plan);
  return (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
}

/** The standard workbook, blank or filled with `inputs`. Refuses to overwrite unless `force`. */
export async function createWorkbookFile(
  file: string,
  inputs?: WorkbookInputs,
  opts: { force?: boolean; catalogue?: Catalogue } = {},
): Promise<WorkbookPlan> {
  const plan = buildWorkbookPlan(opts.catalogue ?? DEFAULT_CATALOGUE, inputs);
  await writePlanFile(file, plan, opts);
  return plan;
}

// ── Repair ────────────────────────────────────────────────────────────────────

/** Copy a worksheet's contents (values, formulas with results, styles, merges, sizes) under a new name. */
export function copySheet(wb: ExcelJS.Workbook, from: ExcelJS.Worksheet, name: string): ExcelJS.Worksheet {
  const to = wb.addWorksheet(name);
  from.columns?.forEach((col, i) => {
    if (col.width) to.getColumn(i + 1).width = col.width;
  });
  from.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.height) to.getRow(r).height = row.height;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const target = to.getCell(r, c);
      if (cell.formula) {
        target.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
      } else if (!(cell.isMerged && cell.master !== cell)) {
        target.value = cell.value;
      }
      target.style = structuredClone(cell.style);
    });
  });
  const merges = (from.model as { merges?: string[] }).merges ?? [];
  for (const m of merges) to.mergeCells(m);
  return to;
}

export interface RepairOutcome {
  readonly repair: RepairPlan;
  /** Each sheet copied before rewriting, and the name of its copy (hidden, not printed). */
  readonly backups: readonly { readonly sheet: string; readonly backup: string }[];
  /** Input cells written back with the clerk's content. */
  readonly inputsKept: number;
  readonly catalogue: Catalogue;
}

/** Rich text, a hyperlink, an error value: what a plain value cannot carry (a date aside: its serial and format can). */
function isNative(v: ExcelJS.CellValue): boolean {
  return !!v && typeof v === 'object' && !(v instanceof Date) && !('formula' in v) && !('sharedFormula' in v);
}

/**
 * What the grid's plain value cannot carry: a date (and its number format), rich text, a
 * hyperlink, an error value. Copied from the old cell when the plan keeps its content.
 * `formats` false: the content only, the cell keeps the plan's format.
 */
function carryNative(from: ExcelJS.Cell, to: ExcelJS.Cell, formats = true): void {
  const v = from.value;
  if (v instanceof Date) {
    if (!formats) return; // the plan's value (its serial) under the plan's format
    to.value = v;
    ownStyle(to);
    to.numFmt = from.numFmt;
  } else if (isNative(v)) {
    // richText, { text, hyperlink }, { error }
    to.value = structuredClone(v);
  } else if (formats && typeof v === 'number' && from.numFmt && from.numFmt !== 'General') {
    // A typed number keeps how it was shown only where it is not a count (dates stored as numbers, times).
    if (/[dmyhs]/i.test(from.numFmt.replace(/"[^"]*"/g, ''))) {
      ownStyle(to);
      to.numFmt = from.numFmt;
    }
  }
}

/**
 * Restore labels, formulas, formats, validation and protection of a workbook of ours,
 * keeping every input in its cell; a renamed sheet of ours is adopted (its name restored);
 * sheets holding content that cannot stay are copied once to a hidden "… (bản cũ)" and
 * each moved value is listed on the hidden sheet "Nội dung đã chuyển".
 * Writes to `output` (default: the same file, replaced atomically).
 */
export async function repairWorkbookFile(
  file: string,
  opts: {
    output?: string;
    force?: boolean;
    /** What to write (default planRepair); the switch to the register passes planSwitchToRegister. */
    planner?: (catalogue: Catalogue, grids: WorkbookGrids, o: { sheetNames?: readonly string[] }) => RepairPlan;
  } = {},
): Promise<RepairOutcome> {
  const output = opts.output ?? file;
  const inPlace = outputTarget(output) === outputTarget(file);
  checkOutput(output, { force: inPlace || opts.force });
  // Counted before exceljs holds anything: a workbook beyond repair's budget is refused by name.
  const buf = readChecked(file, { everyPart: true });
  checkRepairBudget(buf, file);
  const load = forRepairLoad(buf);
  const wb = await loadWorkbookBytes(excel(), load.bytes, file);
  // A sheet exceljs did not load would not be written back: refused, never dropped.
  const lost = load.listed.find((name) => !wb.getWorksheet(name));
  if (lost !== undefined) throw new XlsxFileError('sheet-not-kept', file, FILE_DETAILS.sheetNotKept(lost));
  const read = readOrCorrupt(file, wb);
  // A workbook whose form is only guessed is not rebuilt on the guess (a 2025 workbook would become 2024).
  if (read.unknownForm)
    throw new XlsxFileError('form-unknown', file, FILE_DETAILS.formUnknown(read.formKey ?? '', read.formProblems?.[0]));
  let repair: RepairPlan;
  try {
    repair = (opts.planner ?? planRepair)(read.catalogue, read.grids, { sheetNames: read.sheetNames });
  } catch (e) {
    if (e instanceof AmbiguousSheetsError) {
      const a = e.ambiguous[0]!;
      throw new XlsxFileError('ambiguous-sheets', file, FILE_DETAILS.candidates(a.sheet, a.candidates));
    }
    throw e;
  }
  const hasOurs = repair.plan.sheets.some(
    (s) => s.key !== 'repairLog' && (read.grids.sheets[s.name] || repair.renamed.has(s.name)),
  );
  if (!hasOurs && !read.grids.sheets[TALLY_SHEET_NAME] && !read.grids.sheets[INFO_SHEET_NAME]) {
    throw new XlsxFileError('no-tally', file);
  }
  // Adopt renamed sheets: their standard name back, before anything refers to them.
  for (const [standard, actual] of repair.renamed) {
    const ws = wb.getWorksheet(actual);
    if (ws) ws.name = standard;
  }
  const backups: { sheet: string; backup: string }[] = [];
  for (const [sheet, backup] of repair.backups) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    copySheet(wb, ws, backup).state = 'hidden';
    backups.push({ sheet, backup });
  }
  // A register of many lines: its lines written as XML after exceljs (registerXml.ts), as create
  // does — exceljs would hold a cell object per value of each line (a full register's repair
  // peaked near 1.5 GB). Its lines are plain values: a date is its serial under the column's date
  // format. A line cell whose rich text, hyperlink or error value a plain value cannot carry
  // stays with exceljs (carryNative below), so nothing the clerk gave it is lost.
  const registerName = repair.plan.sheets.find((s) => s.key === 'register')?.name;
  const oldRegister = registerName === undefined ? undefined : wb.getWorksheet(registerName);
  const split = splitRegisterLines(
    repair.plan,
    (c) => oldRegister !== undefined && c.source !== undefined && isNative(oldRegister.getCell(c.source.address).value),
  );
  let prevOrder = 0;
  for (const sheet of split.plan.sheets) {
    // exceljs keeps tab order in the (untyped) orderNo; the rewritten sheet takes the old one's place.
    const old = wb.getWorksheet(sheet.name) as (ExcelJS.Worksheet & { orderNo: number }) | undefined;
    const order = old ? old.orderNo : prevOrder + 0.5;
    if (old) wb.removeWorksheet(old.id);
    const ws = wb.addWorksheet(sheet.name) as ExcelJS.Worksheet & { orderNo: number };
    ws.orderNo = order;
    prevOrder = order;
    await renderSheet(ws, sheet, split.plan);
    if (old) {
      // A line cell that gives its format's style to the lines written as XML keeps the plan's
      // format, as they do (registerXml.ts).
      const formatCells = sheet.name === split.sheet ? new Set(split.formats.values()) : undefined;
      for (const c of sheet.cells)
        if (c.source) carryNative(old.getCell(c.source.address), ws.getCell(c.address), !formatCells?.has(c.address));
    }
  }
  renderNames(wb, split.plan);
  if (!split.sheet) {
    await writeWorkbook(wb, output, { force: true });
  } else {
    checkOutput(output, { force: true });
    let bytes: Uint8Array;
    try {
      bytes = addLinesToXlsx(
        (await wb.xlsx.writeBuffer()) as unknown as Uint8Array,
        split.sheet,
        split.cells,
        split.formats,
      );
    } catch (e) {
      throw new XlsxFileError('unwritable', output, shortReason(e));
    }
    writeOutputFile(output, bytes, { force: true });
  }
  const inputsKept = repair.plan.sheets
    .filter((s) => s.key !== 'repairLog')
    .flatMap((s) => s.cells)
    .filter((c) => c.role === 'input' && c.source !== undefined).length;
  return { repair, backups, inputsKept, catalogue: read.catalogue };
}

export { catalogueKey };
