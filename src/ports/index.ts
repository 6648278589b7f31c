/**
 * The seam between the task pane and Office. The UI receives a `TdktHost` — plain
 * async functions — and never touches Office.js (like the official React template's
 * excel.ts). src/hosts/excel and src/hosts/word build them over an injected `Excel.run` /
 * `Word.run`; tests build them over the fakes (`createExcelHost(fakeRun)`) or jest mocks.
 * Neutral ground: the ports import only the core, so neither the UI nor a host owns them.
 */
import type { AggregateHost } from './aggregate';
import type { RegisterEntryHost } from './registerEntry';
import type { ReportPaneHost } from './report';
import type { PaneSettingsHost } from './settings';
import type { WorkbookHost } from './workbook';

export * from './aggregate';
export * from './files';
export * from './registerEntry';
export * from './report';
export * from './settings';
export * from './workbook';

export interface TdktHost {
  /** Present in Excel. */
  readonly workbook?: WorkbookHost;
  /** Present where the report feature is available; the pane renders its panel only then. */
  readonly report?: ReportPaneHost;
  /** Present in Excel: "Tổng hợp từ các đơn vị" (read unit files, write the aggregate as new sheets). */
  readonly aggregate?: AggregateHost;
  /** Present in Excel: entry help for the award register (fill a decision, paste names). */
  readonly registerEntry?: RegisterEntryHost;
  /** The pane's settings for this workbook (the view shown last); absent = not remembered. */
  readonly settings?: PaneSettingsHost;
}
