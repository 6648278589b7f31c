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
import type { SheetGrid, SheetPlan, WorkbookGrids, WorkbookPlan } from '../../core';
import type { ContextLike, RangeLike, WorksheetLike } from './api';

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
  sheets: readonly SheetPlan[],
  present: readonly string[],
  options: { readonly protection?: boolean } = {},
): SheetRead[] {
  const have = new Set(present);
  return sheets
    .filter((s) => have.has(s.name))
    .map((s) => {
      const sheet = ctx.workbook.worksheets.getItem(s.name);
      if (options.protection) sheet.protection.load('protected');
      const range = sheet.getRange(s.readExtent);
      range.load(['values', 'formulas']);
      return { name: s.name, sheet, range };
    });
}

/** The grids of synced reads (missing sheets are simply absent). */
export function gridsOf(reads: readonly SheetRead[]): WorkbookGrids {
  const sheets: Record<string, SheetGrid> = {};
  for (const r of reads) sheets[r.name] = { values: r.range.values, formulas: r.range.formulas };
  return { sheets };
}

/** Read every plan sheet that exists: 2 syncs (list, then read). */
export async function readPlanGrids(ctx: ContextLike, plan: WorkbookPlan): Promise<WorkbookGrids> {
  const present = await listSheets(ctx);
  const reads = queueReads(ctx, plan.sheets, present);
  await ctx.sync();
  return gridsOf(reads);
}
