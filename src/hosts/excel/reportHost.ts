/**
 * The report part of the Excel host: read the open workbook (list the sheets, then read
 * every plan sheet present: two syncs, the host's one read path in hosts/excel/read.ts)
 * and build the report with the core builder. Office is injected (`run` is
 * Excel.run in the add-in, the fake's in tests) and so is the platform, so the pane can
 * tell whether a download is possible without calling Office itself.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE } from '../../core';
import { reportFromWorkbook } from '../../core/report';
import type { ExcelReportHost } from '../../ports';
import { readPreviousFile } from '../xlsx/pickedPrevious';
import type { ExcelRun } from './api';
import { canDownloadOn } from './platform';
import { readPlanGrids } from './read';

export interface ExcelReportDiagnostics {
  /** Office.context.platform ("PC", "OfficeOnline", "Mac", "iOS", …). */
  readonly platform?: string;
}

export function createExcelReportHost(run: ExcelRun, diagnostics: ExcelReportDiagnostics = {}): ExcelReportHost {
  return {
    kind: 'excel',
    canDownload: canDownloadOn(diagnostics.platform),
    async build(previousFile) {
      const plan = buildWorkbookPlan(DEFAULT_CATALOGUE);
      const grids = await run((ctx) => readPlanGrids(ctx, plan));
      const previous = previousFile ? await readPreviousFile(previousFile) : undefined;
      const r = reportFromWorkbook(grids, {
        previous: previous && 'grids' in previous ? previous : undefined,
      });
      return previous && 'finding' in previous ? { ...r, findings: [...r.findings, previous.finding] } : r;
    },
  };
}
