/**
 * Writing an aggregate (tổng hợp) into the open workbook, for the pane's "Tổng hợp từ các
 * đơn vị": the same plan as `tdkt aggregate` (core aggregatePlan: the standard sheets with
 * the summed tally, and "Danh sách đơn vị"), as new sheets only. If any of those sheets,
 * or any of the plan's workbook names, is already there, nothing is written: the clerk's
 * sheets are never written over. Two syncs while it fits one request: list the sheets and
 * names; write everything (more parts, one sync each, when the summed lines need them).
 * `onProgress` is told the write requests sent of all the write takes: before the first
 * (0 of n), after each, and after the last (n of n).
 */
import { aggregatePlan, TALLY_SHEET_NAME, type UnitRead } from '../../core';
import type { WriteProgress } from '../../ports';
import type { ExcelRun } from './api';
import { guarded } from './errors';
import { renderSheets, requestCount, WriteBatch, writeParts } from './chunks';
import { renderNames } from './render';
import { ensureExcelApi, PAGE_LAYOUT_EXCEL_API, REQUIRED_EXCEL_API, type ExcelHostOptions } from './requirements';

export type AggregateWriteResult =
  | { readonly kind: 'written'; readonly sheets: readonly string[]; readonly printSetup: boolean }
  /** Sheets (or names) of the plan already in the workbook: nothing was written. */
  | { readonly kind: 'occupied'; readonly sheets: readonly string[] };

export function createExcelAggregateWriter(run: ExcelRun, opts: ExcelHostOptions = {}) {
  return async function writeAggregate(
    units: readonly UnitRead[],
    onProgress?: (progress: WriteProgress) => void,
  ): Promise<AggregateWriteResult> {
    ensureExcelApi(opts, REQUIRED_EXCEL_API);
    const pageLayout = !opts.isSetSupported || opts.isSetSupported('ExcelApi', PAGE_LAYOUT_EXCEL_API);
    const plan = aggregatePlan(units);
    return guarded(() =>
      run(async (ctx) => {
        const wb = ctx.workbook;
        wb.worksheets.load('items/name');
        wb.names.load('items/name');
        await ctx.sync(); // 1: what the workbook holds
        const have = new Set(wb.worksheets.items.map((w) => w.name.toLocaleLowerCase('vi')));
        const taken = plan.sheets.map((s) => s.name).filter((n) => have.has(n.toLocaleLowerCase('vi')));
        const names = new Set(wb.names.items.map((n) => n.name.toUpperCase()));
        const takenNames = plan.names.map((n) => n.name).filter((n) => names.has(n.toUpperCase()));
        if (taken.length || takenNames.length) return { kind: 'occupied', sheets: [...taken, ...takenNames] } as const;
        const added = plan.sheets.map((s) => ({ s, ws: wb.worksheets.add(s.name) }));
        // Names before formulas (the titles' formulas use TDKT_* names), as create does.
        renderNames(wb, plan, []);
        // In requests under Excel's limit: the summed lines are written in parts (chunks.ts).
        const parts = writeParts(added, plan.styles);
        const total = requestCount(parts);
        onProgress?.({ written: 0, total });
        const batch = new WriteBatch(ctx, undefined, (written) => onProgress?.({ written, total }));
        await renderSheets(batch, added, plan.styles, { pageLayout }, parts);
        const tally = added.find((a) => a.s.name === TALLY_SHEET_NAME);
        if (tally) batch.sheet(tally.ws, tally.s.name).activate();
        await ctx.sync(); // everything written
        onProgress?.({ written: total, total });
        return { kind: 'written', sheets: plan.sheets.map((s) => s.name), printSetup: pageLayout } as const;
      }),
    );
  };
}
