/**
 * .xlsx files on disk: create, read (with a clear reason when a file cannot be used),
 * repair. The only place besides render/read that touches exceljs.
 */
import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import {
  backupSheetName,
  buildWorkbookPlan,
  catalogueKey,
  DEFAULT_CATALOGUE,
  INFO_SHEET_NAME,
  planRepair,
  TALLY_SHEET_NAME,
  type Catalogue,
  type RepairPlan,
  type WorkbookGrids,
  type WorkbookInputs,
  type WorkbookPlan,
} from '../../core';
import {
  gridsOfWorkbook,
  loadWorkbookBytes,
  readWorkbookBytes,
  shortReason,
  XlsxFileError,
  type ReadWorkbook,
} from './bytes';
import { renderNames, renderSheet, renderWorkbook } from './render';

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

/** Open an .xlsx file with exceljs; any reason it cannot be used becomes an XlsxFileError. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(excel(), readBytes(file), file);
}

// ── Reading ───────────────────────────────────────────────────────────────────

/**
 * Read a tally workbook file into grids. Throws XlsxFileError when the file is missing,
 * not an .xlsx, corrupt or truncated, or (unless `requireTally` is false) has no tally sheet.
 */
export async function readWorkbookFile(file: string, opts: { requireTally?: boolean } = {}): Promise<ReadWorkbook> {
  return readWorkbookBytes(excel(), readBytes(file), file, opts);
}

// ── Writing ───────────────────────────────────────────────────────────────────

/** Write a workbook: to a temporary file beside the target, then renamed (never half a file). */
export async function writeWorkbook(wb: ExcelJS.Workbook, file: string, opts: { force?: boolean } = {}): Promise<void> {
  if (!opts.force && fs.existsSync(file)) throw new XlsxFileError('exists', file);
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const buf = await wb.xlsx.writeBuffer();
    fs.writeFileSync(tmp, Buffer.from(buf as ArrayBuffer));
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* nothing left to clean */
    }
    throw new XlsxFileError('unwritable', file, (e as NodeJS.ErrnoException).code ?? shortReason(e));
  }
}

/** Render a plan into a new file. */
export async function writePlanFile(file: string, plan: WorkbookPlan, opts: { force?: boolean } = {}): Promise<void> {
  if (!opts.force && fs.existsSync(file)) throw new XlsxFileError('exists', file);
  const wb = await renderWorkbook(excel(), plan);
  await writeWorkbook(wb, file, opts);
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
  /** Each sheet copied before rewriting, and the name of its copy. */
  readonly backups: readonly { readonly sheet: string; readonly backup: string }[];
  /** Input cells written back with the clerk's content. */
  readonly inputsKept: number;
  readonly catalogue: Catalogue;
}

/**
 * Restore labels, formulas, formats, validation and protection of a workbook of ours,
 * keeping every input; sheets holding content the layout would not carry are copied to
 * "… (bản cũ)" first. Writes to `output` (default: the same file, replaced atomically).
 */
export async function repairWorkbookFile(
  file: string,
  opts: {
    output?: string;
    force?: boolean;
    /** What to write (default planRepair); the switch to the register passes planSwitchToRegister. */
    planner?: (catalogue: Catalogue, grids: WorkbookGrids) => RepairPlan;
  } = {},
): Promise<RepairOutcome> {
  const output = opts.output ?? file;
  const inPlace = path.resolve(output) === path.resolve(file);
  if (!inPlace && !opts.force && fs.existsSync(output)) throw new XlsxFileError('exists', output);
  const wb = await loadWorkbook(file);
  const read = gridsOfWorkbook(wb);
  if (!read.grids.sheets[TALLY_SHEET_NAME] && !read.grids.sheets[INFO_SHEET_NAME]) {
    throw new XlsxFileError('no-tally', file);
  }
  const repair = (opts.planner ?? planRepair)(read.catalogue, read.grids);
  const backups: { sheet: string; backup: string }[] = [];
  for (const sheet of repair.backupSheets) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const backup = backupSheetName(
      sheet,
      wb.worksheets.map((w) => w.name),
    );
    copySheet(wb, ws, backup);
    backups.push({ sheet, backup });
  }
  let prevOrder = 0;
  for (const sheet of repair.plan.sheets) {
    // exceljs keeps tab order in the (untyped) orderNo; the rewritten sheet takes the old one's place.
    const old = wb.getWorksheet(sheet.name) as (ExcelJS.Worksheet & { orderNo: number }) | undefined;
    const order = old ? old.orderNo : prevOrder + 0.5;
    if (old) wb.removeWorksheet(old.id);
    const ws = wb.addWorksheet(sheet.name) as ExcelJS.Worksheet & { orderNo: number };
    ws.orderNo = order;
    prevOrder = order;
    await renderSheet(ws, sheet, repair.plan);
  }
  renderNames(wb, repair.plan);
  await writeWorkbook(wb, output, { force: true });
  const inputsKept = repair.plan.sheets
    .flatMap((s) => s.cells)
    .filter((c) => c.role === 'input' && c.value !== null && c.value !== undefined && c.value !== '').length;
  return { repair, backups, inputsKept, catalogue: read.catalogue };
}

export { catalogueKey };
