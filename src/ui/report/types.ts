/** The report part of the pane's host (TdktHost.report), for Excel and for Word. */
import type { ReportDocument, ReportFinding } from '../../core/report';
import type { WordReportHost } from '../../hosts/word/report';

export type ExcelReportHost = {
  readonly kind: 'excel';
  /** False where the platform blocks task-pane downloads (Excel for Mac, iPad). */
  readonly canDownload: boolean;
  /** Read the open workbook and build the report (no document when it cannot be made). */
  build(): Promise<{ readonly document?: ReportDocument; readonly findings: readonly ReportFinding[] }>;
};

export type ReportPaneHost = ExcelReportHost | WordReportHost;

export function isReportPaneHost(x: unknown): x is ReportPaneHost {
  const k = (x as { kind?: unknown } | undefined)?.kind;
  return k === 'excel' || k === 'word';
}
