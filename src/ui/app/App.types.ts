import type { ComponentType } from 'react';
import type { CellTarget, ReportPaneHost, TdktHost } from '../../ports';

export interface AppProps {
  readonly host: TdktHost;
  /** Office's theme is dark (the entry decides from Office.context.officeTheme). */
  readonly dark?: boolean;
  /** The report panel, rendered only when the host has a report part (the entry passes it lazily). */
  readonly reportPanel?: ComponentType<ReportPanelSlotProps>;
  /** Today, which decides the form offered for a new workbook (tests pass a date). */
  readonly today?: Date;
}

/** What the pane tells its report panel, so both show one state of the workbook. */
export interface ReportPanelSlotProps {
  readonly report: ReportPaneHost;
  /** false: the form is not in the workbook yet (the panel disables its button and says why). */
  readonly formReady?: boolean;
  /** Changes whenever the workbook was changed or checked: the panel drops what it showed. */
  readonly generation?: number;
  /**
   * Select a cell (the findings' and sections' buttons); rejects with the host's sentence when
   * it cannot (a hidden sheet, a sheet gone), which the panel shows. Absent where there is no
   * workbook (Word).
   */
  readonly onSelect?: (target: CellTarget) => Promise<void>;
  /** The report was refused for tally errors: the pane's findings list (one source) shows them. */
  readonly onTallyErrors?: () => void;
  /** The downloaded report's file name (named for the unit and period the workbook holds). */
  readonly fileName?: string;
  /** Show "Kiểm tra", where the findings list is (offered with a refusal for tally errors). */
  readonly onShowFindings?: () => void;
}

/** The pane's views, one per task of the clerk. */
export const PANE_VIEWS = ['check', 'register', 'documents', 'aggregate'] as const;
export type PaneView = (typeof PANE_VIEWS)[number];

/** The setting (per workbook) holding the view shown last. */
export const VIEW_SETTING = 'view';
