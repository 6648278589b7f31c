/**
 * The report part of the Excel host: read the open workbook (list the sheets, then read
 * every plan sheet present: two syncs, the host's one read path in hosts/excel/read.ts)
 * and build the report with the core builder. Office is injected (`run` is
 * Excel.run in the add-in, the fake's in tests) and so is the platform, so the pane can
 * tell whether a download is possible without calling Office itself.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE, type WorkbookGrids } from '../../core';
import { reportFromWorkbook, type ReportFinding } from '../../core/report';
import { REPORT_TEXT } from '../../core/text/report';
import type { PickedFile } from '../../hosts/word/report';
import type { ExcelRun } from '../../hosts/excel/api';
import { readPlanGrids } from '../../hosts/excel/read';
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
    async build(previousFile) {
      const plan = buildWorkbookPlan(DEFAULT_CATALOGUE);
      const grids = await run((ctx) => readPlanGrids(ctx, plan));
      const previous = previousFile ? await readPrevious(previousFile) : undefined;
      const r = reportFromWorkbook(grids, {
        previous: previous && 'grids' in previous ? previous : undefined,
      });
      return previous && 'finding' in previous ? { ...r, findings: [...r.findings, previous.finding] } : r;
    },
  };
}

/** Last period's workbook: exceljs is loaded only now (lazy chunk), never for a report without comparison. */
async function readPrevious(
  file: PickedFile,
): Promise<{ readonly grids: WorkbookGrids; readonly name: string } | { readonly finding: ReportFinding }> {
  try {
    const bytes = await file.arrayBuffer();
    const [{ default: ExcelJS }, { readGrids }] = await Promise.all([
      import('exceljs'),
      import('../../hosts/xlsx/read'),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    return { grids: readGrids(wb, buildWorkbookPlan(DEFAULT_CATALOGUE)), name: file.name };
  } catch {
    return {
      finding: {
        code: 'previous-unusable',
        severity: 'warning',
        sheet: '',
        message: REPORT_TEXT.findings.previousUnreadable(REPORT_TEXT.ui.previousUnreadableFile(file.name)),
      },
    };
  }
}
