/** The report port (TdktHost.report), for Excel and for Word. */
import type { MissingSection, ReportDocument, ReportFinding } from '../core/report';
import type { DocumentFinding, DocumentId, DraftedDocument } from '../core/documents';
import type { PickedFile } from './files';

/** A document of the registry (core/documents) as the pane offers it: the numbers the register holds. */
export interface DocumentChoice {
  readonly id: DocumentId;
  readonly name: string;
  readonly needs: string;
  /** As typed in the register, once each, in register order. */
  readonly numbers: readonly string[];
}

/** What the open workbook offers to draft (findings: it is not our form). */
export interface DocumentChoices {
  readonly documents: readonly DocumentChoice[];
  readonly findings: readonly DocumentFinding[];
}

/** One document drafted from the open workbook, or the findings (each naming its cell) that stop it. */
export type DocumentDraft =
  | { readonly status: 'ok'; readonly document: DraftedDocument; readonly fileName: string }
  | { readonly status: 'unknown-number' | 'unusable-lines'; readonly findings: readonly DocumentFinding[] };

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
  /** The report, or a document of the registry (a letter, the Giấy khen pages), as a .docx file (the packer is loaded on first use). */
  renderDocx(doc: DraftedDocument): Promise<Uint8Array>;
  /**
   * The documents of the registry and, for each, the numbers the open workbook's register holds
   * (read through the host's one read path). Absent: the pane offers no documents.
   */
  documents?(): Promise<DocumentChoices>;
  /**
   * Draft document `id` for `number` from the open workbook; packed by `renderDocx` like the report.
   * `only`: register sheet rows (1-based) the clerk selected — the Giấy khen prints only those.
   */
  draftDocument?(id: DocumentId, number: string, only?: ReadonlySet<number>): Promise<DocumentDraft>;
};

/** Which Word API put the report where. */
export type WordInsertPath = 'document' | 'new-document' | 'selection';

/** The clerk's answer before a document that is not empty is replaced. */
export type ReplaceAnswer = 'replace' | 'new-document' | 'download' | 'cancel';

export interface InsertOptions {
  /**
   * Asked before replacing a non-empty document; `newDocument` and `download` say whether those
   * choices exist (a new document is not offered on Word on the web: it opens nothing there).
   */
  readonly confirmReplace?: (offer: {
    readonly newDocument: boolean;
    readonly download?: boolean;
  }) => Promise<ReplaceAnswer>;
  /** Last period's workbook, to compare with ("tăng/giảm … so với kỳ trước"). */
  readonly previous?: PickedFile;
}

/** What the pane gets back: never an exception for a bad file. */
export type InsertOutcome =
  | {
      readonly kind: 'inserted';
      readonly path: WordInsertPath;
      readonly message: string;
      readonly findings: readonly ReportFinding[];
      /** Sections still holding "[…]". */
      readonly missing?: readonly MissingSection[];
    }
  | {
      /** The report as a .docx for the pane to download (chosen where no new document can open). */
      readonly kind: 'download';
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly message: string;
      readonly findings: readonly ReportFinding[];
      readonly missing?: readonly MissingSection[];
    }
  | { readonly kind: 'cancelled'; readonly message: string; readonly findings: readonly ReportFinding[] }
  | { readonly kind: 'refused'; readonly message: string; readonly findings: readonly ReportFinding[] };

/** Word: the report inserted from a picked workbook. */
export type WordReportHost = {
  readonly kind: 'word';
  insertFromFile(file: PickedFile, options?: InsertOptions): Promise<InsertOutcome>;
};

export type ReportPaneHost = ExcelReportHost | WordReportHost;

export function isReportPaneHost(x: unknown): x is ReportPaneHost {
  const k = (x as { kind?: unknown } | undefined)?.kind;
  return k === 'excel' || k === 'word';
}
