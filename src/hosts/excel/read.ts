/**
 * The one read path of the Excel host (validate, repair, the Excel report): list the
 * workbook's sheets, then read only the plan sheets that are there. Two syncs, whatever
 * the number of rows or sheets.
 *
 * Why not one sync through `getItemOrNullObject(name).getRange(…)`: what Excel does with a
 * method called on a null object is not documented (the docs only say `isNullObject` is
 * true after sync), and a refused range fails the whole batch. Reading only sheets known
 * to exist never chains a call on a null object, so it works the same in every Excel, and
 * the fake runs the Excel suites in both of its null-chaining modes to prove it.
 */
import { CATALOGUE_SHEET_READ, parseRange, type SheetGrid, type WorkbookGrids, type WorkbookPlan } from '../../core';
import { dict } from '../../core/dict';
import type { ContextLike, RangeLike, WorksheetLike } from './api';

/** A sheet to read: its name and extent. */
export interface ReadTarget {
  readonly name: string;
  readonly readExtent: string;
}

/**
 * The plan's sheets plus the very hidden sheet that may carry a province's catalogue (read
 * in the same batch, so finding the form costs no extra round trip).
 */
export function readTargets(plan: WorkbookPlan): ReadTarget[] {
  const sheets: ReadTarget[] = [...plan.sheets];
  if (!sheets.some((s) => s.name === CATALOGUE_SHEET_READ.name)) sheets.push(CATALOGUE_SHEET_READ);
  return sheets;
}

/** Does `plan` need more of a sheet than `read` covered (a province's form longer than the default)? */
export function needsMore(plan: WorkbookPlan, read: readonly ReadTarget[]): boolean {
  return plan.sheets.some((s) => {
    const r = read.find((x) => x.name === s.name);
    if (!r) return false;
    const a = parseRange(s.readExtent);
    const b = parseRange(r.readExtent);
    return a.r2 > b.r2 || a.c2 > b.c2;
  });
}

export interface SheetRead {
  readonly name: string;
  readonly sheet: WorksheetLike;
  readonly range: RangeLike;
}

/** Queue the sheet list (plus whatever the caller queued), sync, and return the names. */
export async function listSheets(ctx: ContextLike): Promise<string[]> {
  const ws = ctx.workbook.worksheets;
  ws.load('items/name');
  await ctx.sync();
  return ws.items.map((w) => w.name);
}

/**
 * Queue the read (values + formulas of the readExtent) of every plan sheet in `present`,
 * and, when asked, its protection state. The caller syncs once.
 */
export function queueReads(
  ctx: ContextLike,
  sheets: readonly ReadTarget[],
  present: readonly string[],
  options: { readonly protection?: boolean; readonly formats?: boolean } = {},
): SheetRead[] {
  const have = new Set(present);
  return sheets
    .filter((s) => have.has(s.name))
    .map((s) => {
      const sheet = ctx.workbook.worksheets.getItem(s.name);
      if (options.protection) sheet.protection.load('protected');
      const range = sheet.getRange(s.readExtent);
      // Repair also reads the number formats, so a typed date keeps its format.
      range.load(options.formats ? ['values', 'formulas', 'numberFormat'] : ['values', 'formulas']);
      return { name: s.name, sheet, range };
    });
}

/** The grids of synced reads (missing sheets are simply absent). */
export function gridsOf(reads: readonly SheetRead[]): WorkbookGrids {
  const sheets = dict<SheetGrid>();
  for (const r of reads) sheets[r.name] = { values: r.range.values, formulas: r.range.formulas };
  return { sheets };
}

/** Read every plan sheet that exists (and a carried catalogue): 2 syncs (list, then read). */
export async function readPlanGrids(ctx: ContextLike, plan: WorkbookPlan): Promise<WorkbookGrids> {
  const present = await listSheets(ctx);
  const reads = queueReads(ctx, readTargets(plan), present);
  await ctx.sync();
  return gridsOf(reads);
}
