/**
 * The one read path of the Excel host (validate, repair, the pane's report, entry help):
 * list the workbook's sheets → the used range of each sheet to read → read → find the form
 * → read again the sheets the form needs more of (a province's form longer than the default, a sheet of ours renamed).
 *
 * - Only sheets known to exist are read, so no call is ever chained on a null object (what
 *   Excel does with one is not documented: the docs only say `isNullObject` is true after
 *   sync; the fake runs the Excel suites in both of its null-chaining modes to prove it).
 * - Each sheet is read from A1 to the smaller of its plan extent and its used range
 *   (`getUsedRangeOrNullObject(true)`, ExcelApi 1.4: "the smallest range that encompasses any
 *   cells that have a value"), so an empty register costs nothing and a full one what it holds.
 * - Reads go in bands of rows whose responses stay under Excel's limit (chunks.ts).
 * Syncs: 1 (list) + 1 (used ranges) + the bands (1 when it all fits) + the bands read again.
 */
import {
  buildWorkbookPlan,
  CATALOGUE_SHEET_READ,
  detectCatalogue,
  locateSheets,
  parseRange,
  type Catalogue,
  type DetectedCatalogue,
  type SheetGrid,
  type WorkbookGrids,
  type WorkbookPlan,
} from '../../core';
import { dict } from '../../core/dict';
import type { ContextLike, RangeLike, WorksheetLike } from './api';
import { readInBands } from './chunks';

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

export interface SheetRead {
  readonly name: string;
  readonly sheet: WorksheetLike;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  /** When asked for (repair keeps a typed date's format). */
  readonly numberFormat?: unknown[][];
  /** Rows and columns read from A1. */
  readonly rows: number;
  readonly cols: number;
  /** When asked for: the print area's address, null when none (SheetGrid.printArea). */
  readonly printArea?: string | null;
}

/** Queue the sheet list (plus whatever the caller queued), sync, and return the names. */
export async function listSheets(ctx: ContextLike): Promise<string[]> {
  const ws = ctx.workbook.worksheets;
  ws.load('items/name');
  await ctx.sync();
  return ws.items.map((w) => w.name);
}

/** The grids of reads (missing sheets are simply absent). */
export function gridsOf(reads: readonly SheetRead[]): WorkbookGrids {
  const sheets = dict<SheetGrid>();
  for (const r of reads)
    sheets[r.name] = {
      values: r.values,
      formulas: r.formulas,
      ...(r.printArea !== undefined ? { printArea: r.printArea } : {}),
    };
  return { sheets };
}

interface Used {
  readonly target: ReadTarget;
  readonly sheet: WorksheetLike;
  /** The last used row and column (0 when the sheet holds nothing). */
  readonly lastRow: number;
  readonly lastCol: number;
  readonly printArea?: string | null;
}

/**
 * 1 sync: each present target's used range (values only), its protection when asked, and
 * the print area of the sheets named in `printed` (ExcelApi 1.9, in the same sync).
 */
async function usedRanges(
  ctx: ContextLike,
  targets: readonly ReadTarget[],
  present: readonly string[],
  protection: boolean,
  printed: ReadonlySet<string> = new Set(),
): Promise<Used[]> {
  const have = new Set(present);
  const seen = new Set<string>();
  const queued = targets
    .filter((t) => have.has(t.name) && !seen.has(t.name) && seen.add(t.name))
    .map((target) => {
      const sheet = ctx.workbook.worksheets.getItem(target.name);
      if (protection) sheet.protection.load('protected');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load(['rowIndex', 'rowCount', 'columnIndex', 'columnCount']);
      const area = printed.has(target.name) ? sheet.pageLayout.getPrintAreaOrNullObject() : undefined;
      area?.load('address');
      return { target, sheet, used, area };
    });
  if (!queued.length) return [];
  await ctx.sync();
  return queued.map(({ target, sheet, used, area }) => ({
    target,
    sheet,
    ...(area ? { printArea: area.isNullObject ? null : area.address } : {}),
    lastRow: used.isNullObject ? 0 : used.rowIndex + used.rowCount,
    lastCol: used.isNullObject ? 0 : usedColumns(used),
  }));
}

function usedColumns(r: RangeLike): number {
  return r.columnIndex + r.columnCount;
}

/** Rows × columns to read of a sheet: its extent, cut to what is used. */
function extentOf(u: Used, target: ReadTarget = u.target): { rows: number; cols: number } {
  const { r2, c2 } = parseRange(target.readExtent);
  return { rows: Math.min(r2, u.lastRow), cols: Math.min(c2, u.lastCol) };
}

async function readUsed(
  ctx: ContextLike,
  used: readonly { readonly u: Used; readonly rows: number; readonly cols: number }[],
  formats: boolean,
): Promise<SheetRead[]> {
  const nonEmpty = used.filter((x) => x.rows > 0 && x.cols > 0);
  const grids = await readInBands(
    ctx,
    nonEmpty.map((x) => ({ name: x.u.target.name, sheet: x.u.sheet, rows: x.rows, cols: x.cols })),
    formats ? ['values', 'formulas', 'numberFormat'] : ['values', 'formulas'],
  );
  return used.map(({ u, rows, cols }) => {
    const g = grids.get(u.target.name);
    return {
      name: u.target.name,
      sheet: u.sheet,
      values: g?.values ?? [],
      formulas: g?.formulas ?? [],
      ...(formats ? { numberFormat: g?.numberFormat ?? [] } : {}),
      rows: g ? rows : 0,
      cols: g ? cols : 0,
      ...(u.printArea !== undefined ? { printArea: u.printArea } : {}),
    };
  });
}

export interface WorkbookReadOptions {
  /** The form assumed until the workbook names its own. */
  readonly fallback: Catalogue;
  /** The sheets to read for a form (default: its workbook plan). */
  readonly planOf?: (c: Catalogue) => WorkbookPlan;
  /** More sheets to read, given the sheet names (validate and repair: sheets not ours, their first rows). */
  readonly others?: (names: readonly string[]) => readonly ReadTarget[];
  /** Only these sheets of the plan (entry help reads only where the form is named). */
  readonly only?: ReadonlySet<string>;
  readonly protection?: boolean;
  readonly formats?: boolean;
  /** Read the print area of the plan's sheets that have one (needs ExcelApi 1.9). */
  readonly printAreas?: boolean;
}

export interface WorkbookRead {
  readonly names: string[];
  readonly reads: SheetRead[];
  readonly grids: WorkbookGrids;
  readonly found: DetectedCatalogue;
  /** The form the workbook names, else the fallback. */
  readonly catalogue: Catalogue;
}

/** List → used ranges → read → find the form → read again where the form needs more rows. */
export async function readWorkbook(ctx: ContextLike, opts: WorkbookReadOptions): Promise<WorkbookRead> {
  const planOf = opts.planOf ?? ((c: Catalogue) => buildWorkbookPlan(c));
  const pick = (ts: readonly ReadTarget[]) => (opts.only ? ts.filter((t) => opts.only!.has(t.name)) : [...ts]);
  const names = await listSheets(ctx); // 1
  const others = opts.others?.(names) ?? [];
  const used = await usedRanges(
    ctx,
    [...pick(readTargets(planOf(opts.fallback))), ...others],
    names,
    !!opts.protection,
    opts.printAreas
      ? new Set(
          planOf(opts.fallback)
            .sheets.filter((s) => s.print.printArea)
            .map((s) => s.name),
        )
      : undefined,
  ); // 2
  let reads = await readUsed(
    ctx,
    used.map((u) => ({ u, ...extentOf(u) })),
    !!opts.formats,
  );
  let grids = gridsOf(reads);
  const found = detectCatalogue(grids);
  const catalogue = found.catalogue ?? opts.fallback;
  // A sheet of ours the clerk renamed (found by its content) was read as a sheet not ours, over
  // its first rows only: it is read again as the sheet it is, or a renamed register's lines past
  // those rows would be left out of the totals.
  const renamedAs = new Map([...locateSheets(catalogue, grids).renamed].map(([ours, actual]) => [actual, ours]));
  if (catalogue !== opts.fallback || renamedAs.size) {
    // A province's form longer than the default, or a renamed sheet: the sheets it needs more of, read again whole.
    const own = new Map(pick(readTargets(planOf(catalogue))).map((t) => [t.name, t]));
    const again = used
      .map((u) => {
        const t = own.get(renamedAs.get(u.target.name) ?? u.target.name);
        if (!t) return undefined;
        const e = extentOf(u, t);
        const before = reads.find((r) => r.name === u.target.name)!;
        return e.rows > before.rows || e.cols > before.cols ? { u, ...e } : undefined;
      })
      .filter((x): x is NonNullable<typeof x> => !!x);
    if (again.length) {
      const more = await readUsed(ctx, again, !!opts.formats);
      reads = reads.map((r) => more.find((m) => m.name === r.name) ?? r);
      grids = gridsOf(reads);
    }
  }
  return { names, reads, grids, found, catalogue };
}
