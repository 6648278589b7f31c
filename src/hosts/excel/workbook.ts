/**
 * The Excel adapter over the core: create, repair, validate, inspect and select, each in
 * one `run` with few round trips: reads go through the one read path (read.ts: list, used
 * ranges, the reads, a second read only for a province's longer form), writes in requests
 * under Excel's size limit (chunks.ts: one when everything fits, else one per part of the
 * register). Repair adds one sync to unprotect when a sheet is protected. The injected `run`
 * is `Excel.run` in the add-in and the fake's in tests.
 */
import {
  AmbiguousSheetsError,
  CATALOGUE_SHEET_NAME,
  columnLetter,
  FILE_DETAILS,
  isBackupSheetName,
  parseA1,
  parseRange,
  type SheetPlan,
  buildRepairLogSheet,
  buildWorkbookPlan,
  DEFAULT_CATALOGUE,
  emptyInputs,
  findCatalogue,
  isOurWorkbook,
  PERIODS,
  planRepair,
  REPAIR_LOG_LINE_COLUMNS,
  REPAIR_LOG_SHEET_NAME,
  repairLogRow,
  type RepairLogRef,
  planSwitchToRegister,
  switchSummary,
  SHEETS,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type Catalogue,
  type RepairPlan,
  type WorkbookGrids,
  type WorkbookInputs,
  type ValidationResult,
  type WorkbookPlan,
} from '../../core';
import { OFFICE_ERRORS, UI_TEXT } from '../../core/text/ui';
import type {
  CellTarget,
  CreateOptions,
  CreateResult,
  RepairResult,
  SwitchResult,
  TdktHost,
  WorkbookHost,
  WorkbookStatus,
} from '../../ports';
import { HostError } from '../../ports';
import type { ContextLike, ExcelRun } from './api';
import { guarded, toHostError, type ErrorContext } from './errors';
import { readWorkbook, type SheetRead } from './read';
import { WriteBatch, renderSheets } from './chunks';
import { fitNotApplied, queueFitChecks } from './printFit';
import { renderNames, SHEET_PROTECTION } from './render';
import { createExcelRegisterEntryHost } from './registerEntry';
import {
  ensureExcelApi,
  PAGE_LAYOUT_EXCEL_API,
  READ_EXCEL_API,
  REQUIRED_EXCEL_API,
  supports,
  type ExcelHostOptions,
} from './requirements';
import { watchWorkbook } from './watch';

const OUR_SHEETS = SHEETS.map((s) => s.name);

/**
 * Unprotect, in a sync of its own, the sheets about to be rewritten — before anything is
 * copied or written, because a batch is not a transaction: a refused unprotect at the end
 * of a batch leaves everything queued before it applied (a stray "… (bản cũ)" copy per
 * try). Unprotect is sent only to protected sheets (Excel has thrown AccessDenied on
 * unprotecting an unprotected sheet, office-js#6784). If Excel refuses, the sheets this sync
 * did unprotect are protected again as they were, and the clerk is told which sheets to
 * unprotect by hand: "with a password" only when Excel's answer says so (InvalidArgument: the
 * API cannot unprotect without it), not on AccessDenied, which office-js#6784 reports on
 * sheets that have none.
 */
async function unprotectBeforeWriting(ctx: ContextLike, reads: readonly SheetRead[]): Promise<void> {
  const locked = reads.filter((r) => r.sheet.protection.protected);
  if (!locked.length) return;
  for (const r of locked) r.sheet.protection.unprotect();
  try {
    await ctx.sync();
    return;
  } catch (e) {
    const states = locked.map((r) => {
      const p = ctx.workbook.worksheets.getItem(r.name).protection;
      p.load('protected');
      return { r, p };
    });
    let stillLocked = locked.map((r) => r.name);
    try {
      await ctx.sync();
      stillLocked = states.filter((x) => x.p.protected).map((x) => x.r.name);
      for (const x of states) if (!x.p.protected) x.r.sheet.protection.protect(SHEET_PROTECTION);
      await ctx.sync();
    } catch {
      // Nothing more to undo: the message below still names the sheets.
    }
    // A refused unprotect: the clerk's way out is to unprotect by hand.
    const named = stillLocked.length ? stillLocked : locked.map((r) => r.name);
    const err = toHostError(e, { protectedSheets: named });
    if (err.code === 'InvalidOperationInCellEditMode') throw err;
    // AccessDenied is not a password: Excel has refused unprotect() so on sheets protected with
    // none (office-js#6784, the sheet reporting isPasswordProtected: false). The way out is the
    // same, by hand; the message does not claim a password.
    if (err.code === 'AccessDenied') throw new HostError(OFFICE_ERRORS.unprotectRefused(named), err.code);
    throw new HostError(OFFICE_ERRORS.protectedSheet(named), err.code);
  }
}

/**
 * The sheets that are not ours by name (nor backups): read over the largest extent of ours,
 * so a renamed sheet of ours is found by its content and adopted whole.
 */
function otherSheetTargets(
  reference: WorkbookPlan,
  names: readonly string[],
  rowCap = OTHER_SHEET_ROWS,
): { name: string; readExtent: string }[] {
  const known = new Set([...reference.sheets.map((s) => s.name), CATALOGUE_SHEET_NAME]);
  let rows = 0;
  let cols = 0;
  for (const s of reference.sheets) {
    const { r2, c2 } = parseRange(s.readExtent);
    rows = Math.max(rows, r2);
    cols = Math.max(cols, c2);
  }
  rows = Math.min(rows, rowCap);
  const extent = `A1:${columnLetter(cols)}${rows}`;
  return names.filter((n) => !known.has(n) && !isBackupSheetName(n)).map((name) => ({ name, readExtent: extent }));
}

/** A number format that shows a date or a time (d, m, y, h, s outside quotes and brackets). */
function isDateFormat(f: string): boolean {
  return /[dmyhs]/i.test(f.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) && !/^general$/i.test(f);
}

/** A date or time typed in an input cell keeps its number format (Range.values gives only its serial). */
function withTypedFormats(sheet: SheetPlan, old: SheetRead | undefined): SheetPlan {
  const formats = old?.numberFormat;
  if (!formats) return sheet;
  return {
    ...sheet,
    cells: sheet.cells.map((c) => {
      if (!c.source) return c;
      const { row, col } = parseA1(c.source.address);
      const f = formats[row - 1]?.[col - 1];
      return typeof f === 'string' && isDateFormat(f) ? { ...c, numberFormat: f } : c;
    }),
  };
}

/** The plan sheets to read, and the repair log (whose lines validate names). */
function withRepairLog(plan: WorkbookPlan): WorkbookPlan {
  return { ...plan, sheets: [...plan.sheets, { ...buildRepairLogSheet([]), readExtent: REPAIR_LOG_READ_EXTENT }] };
}
const REPAIR_LOG_READ_EXTENT = 'A1:F2000';
/** Rows of a sheet not ours that validate reads: enough to recognise a renamed sheet of ours (the .xlsx reader's OTHER_SHEET_ROW_CAP). */
const OTHER_SHEET_ROWS = 400;

/** A new workbook's inputs: empty but for the report period, when the pane gives one. */
function periodInputs(period: CreateOptions['period']): WorkbookInputs | undefined {
  if (!period) return undefined;
  return { ...emptyInputs(), info: { period: PERIODS[period.kind], year: period.year } };
}

export function createExcelWorkbookHost(run: ExcelRun, opts: ExcelHostOptions = {}): WorkbookHost {
  const catalogue = opts.catalogue ?? DEFAULT_CATALOGUE;
  const blank = () => buildWorkbookPlan(catalogue);

  async function inspect(): Promise<WorkbookStatus> {
    ensureExcelApi(opts, READ_EXCEL_API);
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

  async function create(options: CreateOptions = {}): Promise<CreateResult> {
    ensureExcelApi(opts, REQUIRED_EXCEL_API);
    const pageLayout = supports(opts, PAGE_LAYOUT_EXCEL_API);
    return guarded(() =>
      run(async (ctx) => {
        const wb = ctx.workbook;
        wb.worksheets.load('items/name');
        wb.names.load('items/name');
        await ctx.sync();
        const names = wb.worksheets.items.map((w) => w.name);
        if (isOurWorkbook(names)) return { kind: 'exists', sheets: OUR_SHEETS.filter((n) => names.includes(n)) };
        const chosen = options.catalogue ?? (options.form ? findCatalogue(options.form) : undefined);
        const plan = buildWorkbookPlan(chosen ?? catalogue, periodInputs(options.period));
        const added = plan.sheets.map((s) => ({ s, ws: wb.worksheets.add(s.name) }));
        // Names before formulas: the title formulas refer to TDKT_* names, and a formula
        // written before its name exists would be parsed as #NAME?.
        renderNames(
          wb,
          plan,
          wb.names.items.map((n) => n.name),
        );
        // In requests under Excel's limit: a register carried over with its lines is written in parts.
        const batch = new WriteBatch(ctx);
        await renderSheets(batch, added, plan.styles, { pageLayout });
        const tally = added.find((a) => a.s.name === TALLY_SHEET_NAME);
        if (tally) batch.sheet(tally.ws, tally.s.name).activate();
        const fits = queueFitChecks(
          added.map((a) => ({ s: a.s, ws: batch.sheet(a.ws, a.s.name) })),
          pageLayout,
        );
        await ctx.sync();
        const notFitted = fitNotApplied(fits);
        return {
          kind: 'created',
          sheets: plan.sheets.map((s) => s.name),
          printSetup: pageLayout,
          ...(notFitted.length ? { fitNotApplied: notFitted } : {}),
        };
      }),
    );
  }

  /** Repair, or (with planSwitchToRegister) the switch to the register: the same read, plan, write. */
  async function repairWith(
    planner: (c: Catalogue, g: WorkbookGrids, o: { sheetNames?: readonly string[] }) => RepairPlan,
  ): Promise<RepairResult> {
    ensureExcelApi(opts, REQUIRED_EXCEL_API);
    const pageLayout = supports(opts, PAGE_LAYOUT_EXCEL_API);
    let protectedSheets: string[] = [];
    const errorContext = (): ErrorContext => ({ protectedSheets });
    return guarded(
      () =>
        run(async (ctx) => {
          const wb = ctx.workbook;
          wb.names.load('items/name');
          // 1 list (and the names), 2 used ranges and protection, then the reads (read.ts). Sheets
          // not ours by name are read too (their first rows), so a renamed sheet of ours is found.
          const read = await readWorkbook(ctx, {
            fallback: catalogue,
            planOf: (c) => withRepairLog(buildWorkbookPlan(c)),
            others: (names) => (isOurWorkbook(names) ? otherSheetTargets(withRepairLog(blank()), names) : []),
            protection: true,
            formats: true,
            // Said back as mended when it was not the form's (repair sets it with the page layout).
            printAreas: pageLayout,
          });
          const { names, grids } = read;
          let reads = read.reads;
          if (!isOurWorkbook(names)) return { kind: 'not-ours' } as const;
          const found = read.found;
          // A workbook whose form is only guessed is not rebuilt on the guess (a 2025 workbook would become 2024).
          if (!found.catalogue && (found.key !== undefined || found.problems))
            throw new HostError(
              OFFICE_ERRORS.formUnknown(FILE_DETAILS.formUnknown(found.key ?? '', found.problems?.[0])),
              'FormUnknown',
            );
          const detected = read.catalogue;
          let repairPlan: RepairPlan;
          try {
            repairPlan = planner(detected, grids, { sheetNames: names });
          } catch (e) {
            if (!(e instanceof AmbiguousSheetsError)) throw e;
            const a = e.ambiguous[0]!;
            throw new HostError(
              OFFICE_ERRORS.ambiguousSheets(FILE_DETAILS.candidates(a.sheet, a.candidates)),
              'AmbiguousSheets',
            );
          }
          const { plan, displaced, backups: backupNames, renamed, mended } = repairPlan;
          // Only the sheets repair rewrites or copies are unprotected (a foreign sheet is left alone).
          const touched = new Set([...plan.sheets.map((p) => p.name), ...renamed.values()]);
          reads = reads.filter((r) => touched.has(r.name));
          protectedSheets = reads.filter((r) => r.sheet.protection.protected).map((r) => r.name);
          await unprotectBeforeWriting(ctx, reads); // 3, only if a sheet is protected
          // Adopt renamed sheets of ours: their standard name back.
          const actualOf = (name: string) => renamed.get(name) ?? name;
          for (const [standard, actual] of renamed) {
            const read = reads.find((r) => r.name === actual);
            if (read) read.sheet.name = standard;
          }

          const backups: { from: string; to: string }[] = [];
          for (const [from, to] of backupNames) {
            const read = reads.find((r) => r.name === actualOf(from));
            if (!read) continue;
            const copy = read.sheet.copy('End');
            copy.name = to;
            // One backup per sheet per repair, not printed with the workbook but reachable (Unhide).
            copy.visibility = 'Hidden';
            backups.push({ from, to });
          }
          const targets = plan.sheets.map((s) => {
            const read = reads.find((r) => r.name === actualOf(s.name));
            if (read) {
              const ws = read.sheet;
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
          // Everything written, in requests under Excel's limit (one when it fits: chunks.ts).
          const typed = targets.map(({ s, ws }) => ({
            s: withTypedFormats(
              s,
              reads.find((r) => r.name === actualOf(s.name)),
            ),
            ws,
          }));
          const batch = new WriteBatch(ctx);
          await renderSheets(batch, typed, plan.styles, { pageLayout });
          const fits = queueFitChecks(
            typed.map((t) => ({ s: t.s, ws: batch.sheet(t.ws, t.s.name) })),
            pageLayout,
          );
          await ctx.sync();
          const notFitted = fitNotApplied(fits);
          return {
            kind: 'repaired',
            backups,
            displaced: displaced.length,
            ...(mended.length
              ? { mended: mended.map((m) => UI_TEXT.mendedPrintArea(m.sheet, m.found, m.restored)) }
              : {}),
            printSetup: pageLayout,
            ...(notFitted.length ? { fitNotApplied: notFitted } : {}),
          } as const;
        }),
      errorContext,
    );
  }

  const repair = () => repairWith(planRepair);

  async function switchToRegister(): Promise<SwitchResult> {
    let outcome: ReturnType<typeof planSwitchToRegister> | undefined;
    const r = await repairWith((c, g, o) => (outcome = planSwitchToRegister(c, g, o)));
    if (r.kind === 'not-ours') return r;
    if (outcome?.already) return { kind: 'already' };
    return {
      kind: 'switched',
      added: outcome?.added ?? 0,
      existing: outcome?.existing ?? 0,
      kept: outcome?.kept.length ?? 0,
      summary: outcome ? switchSummary(outcome) : [],
      backups: r.backups,
    };
  }

  async function validate(): Promise<ValidationResult> {
    ensureExcelApi(opts, READ_EXCEL_API);
    return guarded(async () => {
      // Sheets not ours by name are read too (their first rows, as the .xlsx reader does), so a
      // renamed sheet of ours is named as renamed ("sheet-renamed"), not as missing.
      const read = await run((ctx) =>
        readWorkbook(ctx, {
          fallback: catalogue,
          planOf: (c) => withRepairLog(buildWorkbookPlan(c)),
          others: (names) => otherSheetTargets(withRepairLog(blank()), names),
          // A print area deleted or changed is a finding (ExcelApi 1.9, read in the same sync as the used ranges).
          printAreas: supports(opts, PAGE_LAYOUT_EXCEL_API),
        }),
      );
      const { found, grids } = read;
      // A marker whose carried catalogue is damaged: checked with the form its content shows.
      const detected = found.catalogue ?? found.fallback ?? read.catalogue;
      return { ...validateWorkbook(detected, grids), ...(found.key ? { form: found.key } : {}) };
    });
  }

  /**
   * Two syncs: the sheet's visibility, then the selection. A hidden sheet is not shown and
   * nothing is selected on it — Excel's own Go To refuses a reference there, and a hidden sheet
   * "can not be activated or selected" — the clerk is told where the cell is instead.
   */
  async function select(target: CellTarget): Promise<void> {
    ensureExcelApi(opts, READ_EXCEL_API);
    return guarded(() =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(target.sheet);
        ws.load('visibility');
        await ctx.sync();
        if (ws.visibility === 'Hidden') throw new HostError(OFFICE_ERRORS.hiddenSheet(target.sheet, target.address));
        if (ws.visibility === 'VeryHidden')
          throw new HostError(OFFICE_ERRORS.veryHiddenSheet(target.sheet, target.address));
        ws.activate();
        ws.getRange(target.address).select();
        await ctx.sync();
      }),
    );
  }

  /**
   * Clear one line of the repair log (two syncs: the log's used range, then the write). The
   * line is found by what it says, not by a row remembered from the last check: the clerk may
   * have deleted lines since. The sheet and the backup "(bản cũ)" stay.
   */
  async function dismissMoved(line: RepairLogRef): Promise<void> {
    ensureExcelApi(opts, READ_EXCEL_API);
    return guarded(() =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(REPAIR_LOG_SHEET_NAME);
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('values,rowIndex,columnIndex');
        await ctx.sync();
        // No log sheet: the used range of a null sheet is a null object too (null objects propagate).
        if (used.isNullObject) return;
        // The used range anchored at A1, as the core reads a sheet.
        const values = [
          ...Array.from({ length: used.rowIndex }, () => []),
          ...used.values.map((r) => [...Array.from({ length: used.columnIndex }, () => ''), ...r]),
        ];
        const row = repairLogRow({ values }, line);
        if (row === undefined) return;
        ws.getRange(`A${row}:${columnLetter(REPAIR_LOG_LINE_COLUMNS)}${row}`).values = [
          Array.from({ length: REPAIR_LOG_LINE_COLUMNS }, () => ''),
        ];
        await ctx.sync();
      }),
    );
  }

  const watch = (onChange: () => void) => watchWorkbook(run, onChange, opts);

  return { inspect, create, repair, validate, select, dismissMoved, watch, switchToRegister };
}

/** The pane's host in Excel: `createExcelHost(Excel.run)`; tests pass the fake's run. */
export function createExcelHost(run: ExcelRun, opts: ExcelHostOptions = {}): TdktHost {
  return { workbook: createExcelWorkbookHost(run, opts), registerEntry: createExcelRegisterEntryHost(run, opts) };
}
