/** The report port (TdktHost.report), for Excel and for Word. */
import type { MissingSection, ReportDocument, ReportFinding } from '../core/report';
import type { DocumentFinding, DocumentId, SelectedNumbers, DraftedDocument } from '../core/documents';
import type { BookNumberProposal } from '../core/certificates/model';
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

/**
 * "From the selected lines": what the lines selected in the register hold for each document
 * (read in the same round trips as the workbook), or why the selection gives nothing.
 */
export type SelectionNumbers =
  | {
      readonly kind: 'picked';
      /** The selected lines' sheet rows (1-based, as the sheet shows them): `only` of draftDocument. */
      readonly rows: readonly number[];
      readonly byDocument: SelectedNumbers['byDocument'];
      /** The documents and all their numbers, read again in the same read. */
      readonly documents: readonly DocumentChoice[];
    }
  /** The selection is not on the register sheet. */
  | { readonly kind: 'not-register' }
  /** Several areas (or a chart) selected. */
  | { readonly kind: 'not-one-range' }
  /** The selection holds no line of the register (above it, or empty lines only). */
  | { readonly kind: 'not-lines' }
  /** Not our form. */
  | { readonly kind: 'not-ours'; readonly findings: readonly DocumentFinding[] };

/** What writing the proposed Số vào sổ into the register did, cell by cell ("Q12"). */
export interface BookNumbersWritten {
  /** Empty cells that got their number. */
  readonly written: readonly string[];
  /** Cells typed in since the Giấy khen were printed: kept as they are, with what they hold. */
  readonly kept: readonly { readonly address: string; readonly value: string }[];
  /** Lines no longer where they were printed from (another name on the row, the column moved, the sheet gone): nothing written. */
  readonly moved: readonly string[];
}

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
   * `only`: the selected lines' sheet rows (SelectionNumbers.rows), for a document that can be
   * made of some lines of a number (DocumentKind.build); the decision and the Tờ trình ignore it.
   */
  draftDocument?(id: DocumentId, number: string, only?: ReadonlySet<number>): Promise<DocumentDraft>;
  /** What the lines selected in the register hold for each document ("Lấy từ dòng đang chọn"). */
  numbersFromSelection?(): Promise<SelectionNumbers>;
  /**
   * Write the Số vào sổ proposed (and printed) for lines that had none into their register cells,
   * only into cells still empty (re-read in the same batch; never overwriting), as text.
   */
  writeBookNumbers?(cells: readonly BookNumberProposal[]): Promise<BookNumbersWritten>;
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

/** What the pane gets back: never an exception for a bad file (F: the report's findings, or a document's). */
export type InsertOutcome<F = ReportFinding> =
  | {
      readonly kind: 'inserted';
      readonly path: WordInsertPath;
      readonly message: string;
      readonly findings: readonly F[];
      /** Sections still holding "[…]". */
      readonly missing?: readonly MissingSection[];
    }
  | {
      /** The report as a .docx for the pane to download (chosen where no new document can open). */
      readonly kind: 'download';
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly message: string;
      readonly findings: readonly F[];
      readonly missing?: readonly MissingSection[];
    }
  | { readonly kind: 'cancelled'; readonly message: string; readonly findings: readonly F[] }
  | { readonly kind: 'refused'; readonly message: string; readonly findings: readonly F[] };

/** The registry's documents a picked workbook offers (Word), or why it cannot be read. */
export type FileDocumentChoices =
  ({ readonly kind: 'read' } & DocumentChoices) | { readonly kind: 'refused'; readonly message: string };

/** Word: the report, and the registry's documents, inserted from a picked workbook. */
export type WordReportHost = {
  readonly kind: 'word';
  insertFromFile(file: PickedFile, options?: InsertOptions): Promise<InsertOutcome>;
  /** The registry's documents with the numbers the picked workbook's register holds. Absent: no documents offered. */
  documentsFromFile?(file: PickedFile): Promise<FileDocumentChoices>;
  /**
   * Draft document `id` for `number` from the picked workbook and put it into Word as the report
   * is (the same paths, the same question before a document that is not empty is replaced); a
   * document that is not a letter (core/documents `isLetter`) is offered for download instead.
   * Lines that cannot make it come back as findings naming their register cells (refused).
   */
  insertDocument?(
    file: PickedFile,
    id: DocumentId,
    number: string,
    options?: Pick<InsertOptions, 'confirmReplace'>,
  ): Promise<InsertOutcome<DocumentFinding>>;
};

export type ReportPaneHost = ExcelReportHost | WordReportHost;

export function isReportPaneHost(x: unknown): x is ReportPaneHost {
  const k = (x as { kind?: unknown } | undefined)?.kind;
  return k === 'excel' || k === 'word';
}
