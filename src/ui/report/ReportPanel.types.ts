/** The report panel ("Văn bản"): its props, the browser helpers it uses, and the state its views read. */
import type { DraftedDocument } from '../../core/documents';
import type { MissingSection, ReportFinding } from '../../core/report';
import type { ReplaceAnswer, ReportPaneHost } from '../../ports';
import type { ReportPanelSlotProps } from '../app/App.types';
import type { Notice } from '../StatusArea';

/** Browser helpers, injectable for tests. */
export interface ReportPanelEnv {
  download(bytes: Uint8Array, fileName: string): void;
  copyHtml(html: string, text: string): Promise<void>;
  /** Packs the report as .docx; absent = the report host's packer. */
  renderDocx?(doc: DraftedDocument): Promise<Uint8Array>;
}

/** What the pane tells the panel (everything but the host). */
export type PaneLink = Omit<ReportPanelSlotProps, 'report'>;

export interface ReportPanelProps extends PaneLink {
  readonly report: ReportPaneHost;
  readonly env?: ReportPanelEnv;
}

/** What the last action left to show, in Excel and in Word alike. */
export interface ReportOutcome {
  readonly busy: boolean;
  readonly notice?: Notice;
  readonly findings: readonly ReportFinding[];
  /** Sections still holding "[…]" after the report was written. */
  readonly missing: readonly MissingSection[];
  /** Last period's workbook to compare with (optional). */
  readonly previous?: File;
  setPrevious(f: File | undefined): void;
}

/** The open question "replace the document?" (Word), answered by one of its buttons. */
export interface ReplaceQuestion {
  readonly newDocument: boolean;
  readonly download: boolean;
  readonly answer: (a: ReplaceAnswer) => void;
}
