/**
 * The report part of the Excel host: read the open workbook (every sheet of the plan,
 * one sync) and build the report with the core builder. Office is injected (`run` is
 * Excel.run in the add-in, the fake's in tests) and so is the platform, so the pane can
 * tell whether a download is possible without calling Office itself.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE, type SheetGrid } from '../../core';
import { reportFromWorkbook } from '../../core/report';
import type { ExcelRun } from '../../hosts/excel/api';
import type { ExcelReportHost } from './types';

/** Office.context.platform values where a task pane cannot download a file. */
const NO_DOWNLOAD = new Set(['Mac', 'iOS']);

export interface ExcelReportDiagnostics {
  /** Office.context.platform ("PC", "OfficeOnline", "Mac", "iOS", …). */
  readonly platform?: string;
}

export function createExcelReportHost(run: ExcelRun, diagnostics: ExcelReportDiagnostics = {}): ExcelReportHost {
  return {
    kind: 'excel',
    canDownload: !NO_DOWNLOAD.has(diagnostics.platform ?? ''),
    async build() {
      const plan = buildWorkbookPlan(DEFAULT_CATALOGUE);
      const grids = await run(async (ctx) => {
        const reads = plan.sheets.map((s) => {
          const sheet = ctx.workbook.worksheets.getItemOrNullObject(s.name);
          sheet.load('name');
          const range = sheet.getRange(s.readExtent);
          range.load(['values', 'formulas']);
          return { name: s.name, sheet, range };
        });
        await ctx.sync();
        const sheets: Record<string, SheetGrid> = {};
        for (const r of reads)
          if (!r.sheet.isNullObject) sheets[r.name] = { values: r.range.values, formulas: r.range.formulas };
        return { sheets };
      });
      return reportFromWorkbook(grids);
    },
  };
}
