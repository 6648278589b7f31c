/** The report part of the pane's host (TdktHost.report), for Excel and for Word. */
import type { MissingSection, ReportDocument, ReportFinding } from '../../core/report';
import type { PickedFile } from '../../hosts/xlsx/pickedUnit';
import type { WordReportHost } from '../../hosts/word/report';

export type ExcelReportHost = {
  readonly kind: 'excel';
  /** False where the platform blocks task-pane downloads (Excel for Mac, iPad). */
  readonly canDownload: boolean;
  /**
   * Read the open workbook and build the report (no document when it cannot be made);
   * `previous`: last period's workbook (.xlsx) to compare with.
   */
  build(previous?: PickedFile): Promise<{
    readonly document?: ReportDocument;
    readonly findings: readonly ReportFinding[];
    readonly missing?: readonly MissingSection[];
  }>;
};

export type ReportPaneHost = ExcelReportHost | WordReportHost;

export function isReportPaneHost(x: unknown): x is ReportPaneHost {
  const k = (x as { kind?: unknown } | undefined)?.kind;
  return k === 'excel' || k === 'word';
}
