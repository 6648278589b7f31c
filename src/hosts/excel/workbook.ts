/**
 * The Excel adapter over the core: create, repair, validate, inspect and select, each in
 * one `run` with as few round trips as possible (create ≤ 2 syncs, validate 1, repair 2,
 * whatever the number of rows). The injected `run` is `Excel.run` in the add-in and the
 * fake's in tests.
 */
import {
  backupSheetName,
  buildWorkbookPlan,
  DEFAULT_CATALOGUE,
  detectCatalogue,
  isOurWorkbook,
  planRepair,
  planSwitchToRegister,
  SHEETS,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type Catalogue,
  type SheetGrid,
  type RepairPlan,
  type ValidationResult,
  type WorkbookGrids,
  type WorkbookPlan,
} from '../../core';
import { OFFICE_ERRORS } from '../../core/text/ui';
import type {
  CellTarget,
  CreateResult,
  RepairResult,
  SwitchResult,
  TdktHost,
  WorkbookHost,
  WorkbookStatus,
} from '../../ui/host';
import { HostError } from '../../ui/host';
import type { ContextLike, ExcelRun, RangeLike, WorksheetLike } from './api';
import { guarded, type ErrorContext } from './errors';
import { renderNames, renderSheet } from './render';

/**
 * Create and repair need ExcelApi 1.8 (data validation; 1.7 freeze panes and copy, 1.6
 * conditional formats, 1.4 null objects and names) — Excel 2019 has it. The print setup
 * (worksheet.pageLayout) needs 1.9 and is skipped, with a note to the clerk, without it.
 */
export const REQUIRED_EXCEL_API = '1.8';
export const PAGE_LAYOUT_EXCEL_API = '1.9';
/** Reading and selecting only need getItemOrNullObject. */
export const READ_EXCEL_API = '1.4';

export interface ExcelHostOptions {
  /** `Office.context.requirements.isSetSupported`; omitted = assume supported (tests). */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  readonly catalogue?: Catalogue;
}

const OUR_SHEETS = SHEETS.map((s) => s.name);

function supports(opts: ExcelHostOptions, version: string): boolean {
  return !opts.isSetSupported || opts.isSetSupported('ExcelApi', version);
}

function ensure(opts: ExcelHostOptions, version: string): void {
  if (opts.isSetSupported && !opts.isSetSupported('ExcelApi', version)) {
    throw new HostError(OFFICE_ERRORS.tooOld('ExcelApi', version), 'RequirementSetUnsupported');
  }
}

interface PendingRead {
  readonly name: string;
  readonly sheet: WorksheetLike;
  readonly range: RangeLike;
}

/**
 * Queue the read of every plan sheet's readExtent (values + formulas), missing sheets
 * through getItemOrNullObject; the caller syncs once and calls `collect`.
 */
function queueRead(ctx: ContextLike, plan: WorkbookPlan, withProtection: boolean): PendingRead[] {
  return plan.sheets.map((s) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject(s.name);
    sheet.load(withProtection ? ['name'] : 'name');
    if (withProtection) sheet.protection.load('protected');
    const range = sheet.getRange(s.readExtent);
    range.load(['values', 'formulas']);
    return { name: s.name, sheet, range };
  });
}

function collect(reads: readonly PendingRead[]): WorkbookGrids {
  const sheets: Record<string, SheetGrid> = {};
  for (const r of reads) {
    if (r.sheet.isNullObject) continue;
    sheets[r.name] = { values: r.range.values, formulas: r.range.formulas };
  }
  return { sheets };
}

function isItemNotFound(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as { code?: unknown }).code === 'ItemNotFound';
}

/**
 * Read the plan sheets in one sync. Should Excel refuse a range of a missing sheet's null
 * object (ItemNotFound), read the sheet list first and then only the sheets present.
 */
async function readGrids(run: ExcelRun, plan: WorkbookPlan): Promise<{ grids: WorkbookGrids; syncs: number }> {
  try {
    return await run(async (ctx) => {
      const reads = queueRead(ctx, plan, false);
      await ctx.sync();
      return { grids: collect(reads), syncs: 1 };
    });
  } catch (e) {
    if (!isItemNotFound(e)) throw e;
  }
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets;
    ws.load('items/name');
    await ctx.sync();
    const present = new Set(ws.items.map((w) => w.name));
    const reads = plan.sheets
      .filter((s) => present.has(s.name))
      .map((s) => {
        const sheet = ws.getItem(s.name);
        const range = sheet.getRange(s.readExtent);
        range.load(['values', 'formulas']);
        return { name: s.name, sheet, range };
      });
    await ctx.sync();
    const sheets: Record<string, SheetGrid> = {};
    for (const r of reads) sheets[r.name] = { values: r.range.values, formulas: r.range.formulas };
    return { grids: { sheets }, syncs: 2 };
  });
}

export function createExcelWorkbookHost(run: ExcelRun, opts: ExcelHostOptions = {}): WorkbookHost {
  const catalogue = opts.catalogue ?? DEFAULT_CATALOGUE;
  const blank = () => buildWorkbookPlan(catalogue);

  async function inspect(): Promise<WorkbookStatus> {
    ensure(opts, READ_EXCEL_API);
    return guarded(() =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets;
        ws.load('items/name');
        await ctx.sync();
        const names = ws.items.map((w) => w.name);
        return {
          ours: isOurWorkbook(names),
          sheets: OUR_SHEETS.filter((n) => names.includes(n)),
          missing: OUR_SHEETS.filter((n) => !names.includes(n)),
        };
      }),
    );
  }

  async function create(): Promise<CreateResult> {
    ensure(opts, REQUIRED_EXCEL_API);
    const pageLayout = supports(opts, PAGE_LAYOUT_EXCEL_API);
    return guarded(() =>
      run(async (ctx) => {
        const wb = ctx.workbook;
        wb.worksheets.load('items/name');
        wb.names.load('items/name');
        await ctx.sync();
        const names = wb.worksheets.items.map((w) => w.name);
        if (isOurWorkbook(names)) return { kind: 'exists', sheets: OUR_SHEETS.filter((n) => names.includes(n)) };
        const plan = blank();
        const added = plan.sheets.map((s) => ({ s, ws: wb.worksheets.add(s.name) }));
        // Names before formulas: the title formulas refer to TDKT_* names, and a formula
        // written before its name exists would be parsed as #NAME?.
        renderNames(
          wb,
          plan,
          wb.names.items.map((n) => n.name),
        );
        for (const { s, ws } of added) renderSheet(ws, s, plan.styles, { pageLayout });
        added.find((a) => a.s.name === TALLY_SHEET_NAME)?.ws.activate();
        await ctx.sync();
        return { kind: 'created', sheets: plan.sheets.map((s) => s.name), printSetup: pageLayout };
      }),
    );
  }

  /** Repair, or (with planSwitchToRegister) the switch to the register: the same read, plan, write. */
  async function repairWith(planner: (c: Catalogue, g: WorkbookGrids) => RepairPlan): Promise<RepairResult> {
    ensure(opts, REQUIRED_EXCEL_API);
    const pageLayout = supports(opts, PAGE_LAYOUT_EXCEL_API);
    let protectedSheets: string[] = [];
    const errorContext = (): ErrorContext => ({ protectedSheets });
    return guarded(
      () =>
        run(async (ctx) => {
          const wb = ctx.workbook;
          const reference = blank();
          wb.worksheets.load('items/name');
          wb.names.load('items/name');
          const reads = queueRead(ctx, reference, true);
          await ctx.sync(); // 1: everything read

          const names = wb.worksheets.items.map((w) => w.name);
          if (!isOurWorkbook(names)) return { kind: 'not-ours' } as const;
          const grids = collect(reads);
          const detected = detectCatalogue(grids).catalogue ?? catalogue;
          const { plan, displaced, backupSheets } = planner(detected, grids);
          protectedSheets = reads
            .filter((r) => !r.sheet.isNullObject && r.sheet.protection.protected)
            .map((r) => r.name);

          const taken = [...names];
          const backups: { from: string; to: string }[] = [];
          for (const from of backupSheets) {
            const read = reads.find((r) => r.name === from);
            if (!read || read.sheet.isNullObject) continue;
            const to = backupSheetName(from, taken);
            taken.push(to);
            const copy = read.sheet.copy('End');
            copy.name = to;
            backups.push({ from, to });
          }
          const targets = plan.sheets.map((s) => {
            const read = reads.find((r) => r.name === s.name);
            if (read && !read.sheet.isNullObject) {
              const ws = read.sheet;
              if (read.sheet.protection.protected) ws.protection.unprotect();
              const old = ws.getRange(s.readExtent);
              old.unmerge();
              old.dataValidation.clear();
              old.conditionalFormats.clearAll();
              old.clear('All');
              return { s, ws };
            }
            return { s, ws: wb.worksheets.add(s.name) };
          });
          // Names before formulas (see create).
          renderNames(
            wb,
            plan,
            wb.names.items.map((n) => n.name),
          );
          for (const { s, ws } of targets) renderSheet(ws, s, plan.styles, { pageLayout });
          await ctx.sync(); // 2: everything written
          return { kind: 'repaired', backups, displaced: displaced.length, printSetup: pageLayout } as const;
        }),
      errorContext,
    );
  }

  const repair = () => repairWith(planRepair);

  async function switchToRegister(): Promise<SwitchResult> {
    let outcome: ReturnType<typeof planSwitchToRegister> | undefined;
    const r = await repairWith((c, g) => (outcome = planSwitchToRegister(c, g)));
    if (r.kind === 'not-ours') return r;
    if (outcome?.already) return { kind: 'already' };
    return { kind: 'switched', added: outcome?.added ?? 0, existing: outcome?.existing ?? 0, backups: r.backups };
  }

  async function validate(): Promise<ValidationResult> {
    ensure(opts, READ_EXCEL_API);
    return guarded(async () => {
      const { grids } = await readGrids(run, blank());
      const detected = detectCatalogue(grids).catalogue ?? catalogue;
      return validateWorkbook(detected, grids);
    });
  }

  async function select(target: CellTarget): Promise<void> {
    ensure(opts, READ_EXCEL_API);
    return guarded(() =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(target.sheet);
        ws.activate();
        ws.getRange(target.address).select();
        await ctx.sync();
      }),
    );
  }

  return { inspect, create, repair, validate, select, switchToRegister };
}

/** The pane's host in Excel: `createExcelHost(Excel.run)`; tests pass the fake's run. */
export function createExcelHost(run: ExcelRun, opts: ExcelHostOptions = {}): TdktHost {
  return { workbook: createExcelWorkbookHost(run, opts) };
}
