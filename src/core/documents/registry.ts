/**
 * The one list of documents TĐKT drafts from a workbook beyond the report: each with its id,
 * its name, what it needs, the numbers it can be drafted for, and how it is built. The CLI,
 * the Excel pane ("Văn bản") and the Word pane offer what is listed here; a new document is one
 * module, its texts and one entry.
 */
import type { Catalogue } from '../catalogue';
import {
  buildCertificates,
  layoutFromSheet,
  type CertificateDocument,
  type CertificateLayout,
  type LayoutProblem,
} from '../certificates';
import { a1 } from '../a1';
import { REGISTER_COLUMNS } from '../layout/register';
import { CERTIFICATE_LAYOUT_SHEET_NAME } from '../layout/certificateLayout';
import { CERTIFICATE_TEXT } from '../text/certificates';
import { parseUnitInfo, type UnitInfo } from '../layout/info';
import { REGISTER_SHEET_NAME } from '../layout/register';
import { locateRegisterLayout, type RegisterLayout } from '../layout/registerHeaders';
import type { ReportDocument } from '../report/model';
import type { RegisterLine } from '../register';
import type { WorkbookGrids } from '../sheetGrid';
import { DOCUMENT_TEXT } from '../text/documents';
import { REPORT_TEXT } from '../text/report';
import { INFO_SHEET_NAME } from '../layout/info';
import { detectCatalogue } from '../workbook/detect';
import { readWorkbookInputs } from '../workbook/read';
import { buildDecision } from './decision';
import { numbersIn, selectLines, sheetRowOf, type DocumentFinding } from './lines';
import { buildProposal } from './proposal';
import { LEGAL_BASES, provinceBases, type LegalBasis } from './legalBases';

export type DocumentId = 'decision' | 'proposal' | 'certificates';

/** What a workbook gives a document. */
export interface DocumentSource {
  readonly catalogue: Catalogue;
  readonly info: UnitInfo;
  readonly register: readonly RegisterLine[];
  /** Where the register's cells stand as found (findings name them there). */
  readonly layout: RegisterLayout;
  /** The căn cứ lines: the national ones, then the province's from the workbook (in force by date). */
  readonly bases: readonly LegalBasis[];
  /**
   * Where the Giấy khen's fields print: the workbook's sheet "Mẫu in giấy khen" over the shipped
   * layout (or a province's file, CLI --layout), with each bad value a problem naming its cell.
   */
  readonly certificateLayout: { readonly layout: CertificateLayout; readonly problems: readonly LayoutProblem[] };
}

/** What a document of the registry drafts: a letter (the report's model) or the Giấy khen pages. */
export type DraftedDocument = ReportDocument | CertificateDocument;

export type DocumentBuild<D extends DraftedDocument = DraftedDocument> =
  /** No line carries that number: nothing to draft (the CLI exits 2). */
  | { readonly status: 'unknown-number'; readonly findings: readonly DocumentFinding[] }
  /** Lines that cannot make the document: each named; nothing drafted. */
  | { readonly status: 'unusable-lines'; readonly findings: readonly DocumentFinding[] }
  | { readonly status: 'ok'; readonly document: D; readonly findings: readonly DocumentFinding[] };

export interface DocumentKind {
  readonly id: DocumentId;
  readonly name: string;
  readonly needs: string;
  /** The first words of its file name, plain ASCII ("quyet-dinh"): the CLI's and the pane's downloads. */
  readonly fileStem: string;
  /** The numbers it can be drafted for, as typed in the register. */
  readonly numbers: (source: DocumentSource) => string[];
  /**
   * `only`: the register sheet's row numbers (1-based, as the sheet shows them) of the lines the
   * clerk selected, for a document that can be made of some lines of a number (a reprint); a
   * document that is always whole (the decision, the Tờ trình) ignores it.
   */
  readonly build: (source: DocumentSource, number: string, only?: ReadonlySet<number>) => DocumentBuild;
}

/**
 * Whether a drafted document is a letter — text that flows from page to page like the report
 * (the decision, the Tờ trình) and can go into the open Word document as the report does. A
 * document of another `kind` (pages whose fields stand at fixed places) is offered as a .docx
 * to download instead. No `kind` is a letter.
 */
export function isLetter(drafted: DraftedDocument): drafted is ReportDocument {
  return drafted.kind === undefined || drafted.kind === 'letter';
}

function unknown(message: string): DocumentBuild {
  return {
    status: 'unknown-number',
    findings: [{ code: 'number-unknown', severity: 'error', sheet: REGISTER_SHEET_NAME, message }],
  };
}

export const DOCUMENTS: readonly DocumentKind[] = [
  {
    id: 'decision',
    name: DOCUMENT_TEXT.names.decision,
    needs: DOCUMENT_TEXT.needs.decision,
    fileStem: 'quyet-dinh',
    numbers: (s) => numbersIn(s.register, 'decision', s.catalogue),
    build(s, number) {
      const picked = selectLines(s.catalogue, s.register, number, 'decision', s.layout);
      if (!picked)
        return unknown(DOCUMENT_TEXT.findings.decisionUnknown(number, numbersIn(s.register, 'decision', s.catalogue)));
      if (picked.findings.length) return { status: 'unusable-lines', findings: picked.findings };
      return { status: 'ok', document: buildDecision(s.catalogue, s.info, picked, s.bases), findings: [] };
    },
  },
  {
    id: 'proposal',
    name: DOCUMENT_TEXT.names.proposal,
    needs: DOCUMENT_TEXT.needs.proposal,
    fileStem: 'to-trinh',
    numbers: (s) => numbersIn(s.register, 'proposal'),
    build(s, number) {
      const picked = selectLines(s.catalogue, s.register, number, 'proposal', s.layout);
      if (!picked) return unknown(DOCUMENT_TEXT.findings.proposalUnknown(number, numbersIn(s.register, 'proposal')));
      if (picked.findings.length) return { status: 'unusable-lines', findings: picked.findings };
      return { status: 'ok', document: buildProposal(s.catalogue, s.info, picked, s.bases), findings: [] };
    },
  },
  {
    id: 'certificates',
    name: CERTIFICATE_TEXT.name,
    needs: CERTIFICATE_TEXT.needs,
    fileStem: 'giay-khen',
    numbers: (s) => numbersIn(s.register, 'decision', s.catalogue),
    build(s, number, only) {
      const rowOf = (l: RegisterLine) => sheetRowOf(l, s.layout);
      const all = s.register.filter((l) => !only || only.has(rowOf(l) ?? -1));
      const picked = selectLines(s.catalogue, all, number, 'decision', s.layout);
      if (!picked) {
        const known = numbersIn(s.register, 'decision', s.catalogue);
        const anywhere = only && selectLines(s.catalogue, s.register, number, 'decision', s.layout);
        return unknown(
          anywhere
            ? CERTIFICATE_TEXT.findings.noneSelected(number)
            : DOCUMENT_TEXT.findings.decisionUnknown(number, known),
        );
      }
      const layoutFindings: DocumentFinding[] = s.certificateLayout.problems.map((p) => ({
        code: 'layout-invalid',
        severity: 'error',
        sheet: CERTIFICATE_LAYOUT_SHEET_NAME,
        ...(p.address ? { address: p.address } : {}),
        message: p.message,
      }));
      const findings = [...picked.findings, ...layoutFindings];
      if (findings.length) return { status: 'unusable-lines', findings };
      const document = buildCertificates({
        catalogue: s.catalogue,
        info: s.info,
        decision: picked,
        register: s.register,
        layout: s.certificateLayout.layout,
        rowOf,
        cellOf: (l, col) => a1(rowOf(l) ?? 0, s.layout.columns.get(col) ?? REGISTER_COLUMNS[col]),
      });
      return { status: 'ok', document, findings: [] };
    },
  },
];

export function documentKind(id: DocumentId): DocumentKind {
  return DOCUMENTS.find((d) => d.id === id)!;
}

/** A workbook as the documents read it; undefined when it is not ours (no form found). */
export function documentSource(grids: WorkbookGrids): DocumentSource | { readonly notOurs: DocumentFinding } {
  const { catalogue } = detectCatalogue(grids);
  if (!catalogue)
    return {
      notOurs: {
        code: 'number-unknown',
        severity: 'error',
        sheet: INFO_SHEET_NAME,
        message: REPORT_TEXT.findings.notOurWorkbook,
      },
    };
  const { inputs } = readWorkbookInputs(catalogue, grids);
  return {
    catalogue,
    info: parseUnitInfo(inputs.info),
    register: inputs.register ?? [],
    layout: locateRegisterLayout(grids.sheets[REGISTER_SHEET_NAME]?.values),
    bases: [...LEGAL_BASES, ...provinceBases(inputs.provinceBases)],
    certificateLayout: layoutFromSheet(inputs.certificateLayout),
  };
}

export interface DraftOptions {
  /** Register sheet rows (1-based) the clerk picked: the Giấy khen prints only those. */
  readonly only?: ReadonlySet<number>;
  /** A layout that replaces the workbook's (a province's file): its problems are findings too. */
  readonly certificateLayout?: DocumentSource['certificateLayout'];
}

/** Draft document `id` for `number` from a workbook (`only`: the selected lines' sheet rows, DocumentKind.build). */
export function documentFromWorkbook(
  grids: WorkbookGrids,
  id: 'decision' | 'proposal',
  number: string,
  options?: DraftOptions,
): DocumentBuild<ReportDocument>;
export function documentFromWorkbook(
  grids: WorkbookGrids,
  id: 'certificates',
  number: string,
  options?: DraftOptions,
): DocumentBuild<CertificateDocument>;
export function documentFromWorkbook(
  grids: WorkbookGrids,
  id: DocumentId,
  number: string,
  options?: DraftOptions,
): DocumentBuild;
export function documentFromWorkbook(
  grids: WorkbookGrids,
  id: DocumentId,
  number: string,
  options: DraftOptions = {},
): DocumentBuild {
  const source = documentSource(grids);
  if ('notOurs' in source) return { status: 'unknown-number', findings: [source.notOurs] };
  const s = options.certificateLayout ? { ...source, certificateLayout: options.certificateLayout } : source;
  return documentKind(id).build(s, number, options.only);
}

/** What some selected register lines hold for one document: the one number to draft, or why not. */
export type SelectedNumber =
  | { readonly status: 'one'; readonly number: string }
  /** The lines hold no number of this document. */
  | { readonly status: 'none' }
  /** More than one: the clerk is to select the lines of one. */
  | { readonly status: 'several'; readonly numbers: readonly string[] };

export interface SelectedNumbers {
  /** The sheet rows (1-based, as found) of the selected lines that hold something, ascending. */
  readonly rows: readonly number[];
  readonly byDocument: readonly { readonly id: DocumentId; readonly found: SelectedNumber }[];
}

/**
 * For the selected sheet rows `first`…`last` of the register, each document's number those
 * lines hold (the registry's own `numbers`, over those lines only): the pane's "from the
 * selected lines". A new document of the registry is picked the same way, with nothing added.
 */
export function numbersOfSelection(source: DocumentSource, first: number, last: number): SelectedNumbers {
  const picked = source.register.filter((l) => {
    const r = sheetRowOf(l, source.layout);
    return r !== undefined && r >= first && r <= last;
  });
  const rows = picked.map((l) => sheetRowOf(l, source.layout)!).sort((a, b) => a - b);
  const only: DocumentSource = { ...source, register: picked };
  return {
    rows,
    byDocument: DOCUMENTS.map((d) => {
      const numbers = picked.length ? d.numbers(only) : [];
      const found: SelectedNumber =
        numbers.length === 1
          ? { status: 'one', number: numbers[0]! }
          : numbers.length
            ? { status: 'several', numbers }
            : { status: 'none' };
      return { id: d.id, found };
    }),
  };
}
