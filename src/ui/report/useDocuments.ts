/**
 * The documents part of "Văn bản" in Excel: the registry's documents (quyết định, tờ trình …)
 * with the numbers the register holds, read through the report port when the clerk opens the
 * part and again once the pane's actions on the workbook have settled while it is open
 * (REREAD_DELAY_MS after the last: a burst of changes costs one read, a closed part none);
 * "Lấy số từ dòng đang chọn" picks, for each document, the number the lines selected in the
 * register hold (and keeps those lines' rows for the drafting: `only`); "Soạn …" drafts the picked number and downloads the
 * .docx (packed by the report's renderer), or keeps it for "Sao chép" where downloads are
 * blocked; lines that cannot make the document are findings naming their register cells.
 * After "In giấy khen" printed Số vào sổ for lines without one, "Ghi các số này vào cột “Số vào
 * sổ”" writes exactly those into the cells still empty (the host re-reads them in the same batch),
 * then the numbers are read again.
 */
import { useEffect, useRef, useState } from 'react';
import { isCertificateDocument, type BookNumberProposal } from '../../core/certificates/model';
import type { DocumentFinding, DocumentId } from '../../core/documents';
import { CERTIFICATE_TEXT } from '../../core/text/certificates';
import { renderReportHtml, renderReportText } from '../../core/report/html';
import type { ReportDocument } from '../../core/report';
import { REPORT_TEXT } from '../../core/text/report';
import { DOCUMENT_PANE_TEXT } from '../../core/text/ui';
import type { DocumentChoice, ExcelReportHost, SelectionNumbers } from '../../ports';
import type { Notice } from '../StatusArea';
import type { ReportPanelEnv } from './ReportPanel.types';

export interface DocumentsState {
  /** The part is open: its numbers were read (the workbook is read only when the clerk asks). */
  readonly open: boolean;
  toggle(): void;
  /** The registry's documents with their numbers; undefined while first read. */
  readonly documents?: readonly DocumentChoice[];
  /** The number picked per document (the first of the register until the clerk picks another). */
  readonly picked: Readonly<Partial<Record<DocumentId, string>>>;
  pick(id: DocumentId, number: string): void;
  /** The document being drafted (its name, for the "working" line). */
  readonly working?: string;
  readonly reading: boolean;
  readonly notice?: Notice;
  readonly findings: readonly DocumentFinding[];
  /** The document the findings stopped (their heading names it). */
  readonly blocked?: string;
  /** The last document drafted, kept for "Sao chép" where it cannot be downloaded. */
  readonly doc?: { readonly name: string; readonly document: ReportDocument };
  draft(id: DocumentId): Promise<void>;
  copy(): Promise<void>;
  reload(): Promise<void>;
  /** "Lấy số từ dòng đang chọn": each document's number from the lines selected in the register. Absent where the host cannot. */
  readonly fromSelection?: () => Promise<void>;
  /** The Số vào sổ the last "In giấy khen" printed for lines without one (not written yet). */
  readonly proposals?: readonly BookNumberProposal[];
  /** The numbers being written into the register. */
  readonly writing: boolean;
  /** "Ghi các số này vào cột “Số vào sổ”": present only while printed numbers wait to be written. */
  readonly writeNumbers?: () => Promise<void>;
}

const message = (e: unknown) => (e as Error)?.message || String(e);

/** Each document's pick after a read: kept while the register still holds it, else its first number. */
function keptPicks(
  picks: Partial<Record<DocumentId, string>>,
  documents: readonly DocumentChoice[],
): Partial<Record<DocumentId, string>> {
  const next: Partial<Record<DocumentId, string>> = {};
  for (const d of documents) {
    const was = picks[d.id];
    next[d.id] = was !== undefined && d.numbers.includes(was) ? was : d.numbers[0];
  }
  return next;
}

/**
 * How long after the pane's last action on the workbook (a new `generation`) the open part reads
 * the numbers again: one read for a burst (create, then check; repair, then check), not one each.
 */
export const REREAD_DELAY_MS = 800;

/** What the selected lines said, in one message (each document's number, or why it has none). */
export function selectionNotice(r: SelectionNumbers, documents: readonly DocumentChoice[]): Notice {
  const t = DOCUMENT_PANE_TEXT;
  switch (r.kind) {
    case 'not-register':
      return { intent: 'warning', text: t.notRegister };
    case 'not-one-range':
      return { intent: 'warning', text: t.notOneRange };
    case 'not-lines':
      return { intent: 'warning', text: t.notLines };
    case 'not-ours':
      return { intent: 'error', text: r.findings.map((f) => f.message).join(' ') };
  }
  const rows = t.rowsLabel(r.rows);
  const ones: string[] = [];
  const several: string[] = [];
  for (const { id, found } of r.byDocument) {
    if (!documents.some((d) => d.id === id)) continue;
    if (found.status === 'one') ones.push(`${t.numberWord[id]} ${found.number}`);
    else if (found.status === 'several') several.push(t.selectionSeveral(t.numberWord[id], found.numbers));
  }
  // Documents drafted from the same numbers (the decision and its Giấy khen) are said once.
  const once = (xs: readonly string[]) => [...new Set(xs)];
  if (!ones.length && !several.length)
    return {
      intent: 'warning',
      text: t.selectionNone(rows, once(r.byDocument.map((d) => t.numberWord[d.id]))),
    };
  if (!several.length) return { intent: 'success', text: t.selectionPicked(rows, once(ones)) };
  return { intent: 'warning', text: t.selectionMixed(rows, once([...ones, ...several])) };
}

export function useDocuments(host: ExcelReportHost, env: ReportPanelEnv, generation?: number): DocumentsState {
  const [open, setOpen] = useState(false);
  const [documents, setDocuments] = useState<readonly DocumentChoice[]>();
  const [picked, setPicked] = useState<Partial<Record<DocumentId, string>>>({});
  const [reading, setReading] = useState(false);
  const [working, setWorking] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const [findings, setFindings] = useState<readonly DocumentFinding[]>([]);
  const [blocked, setBlocked] = useState<string>();
  const [doc, setDoc] = useState<DocumentsState['doc']>();
  const [proposals, setProposals] = useState<readonly BookNumberProposal[]>();
  const [writing, setWriting] = useState(false);
  // The lines picked by "Lấy số từ dòng đang chọn": their rows and the number each document got.
  const [selection, setSelection] = useState<{
    readonly rows: readonly number[];
    readonly numbers: Partial<Record<DocumentId, string>>;
  }>();
  // Only the last read's answer is shown (the workbook may change while one is under way).
  const readId = useRef(0);

  const reload = async () => {
    if (!host.documents) return;
    const id = ++readId.current;
    setReading(true);
    try {
      const r = await host.documents();
      if (id !== readId.current) return;
      setDocuments(r.documents);
      setPicked((p) => keptPicks(p, r.documents));
      if (r.findings.length) {
        setBlocked(undefined);
        setFindings(r.findings);
      }
    } catch (e) {
      if (id === readId.current) setNotice({ intent: 'error', text: message(e) });
    } finally {
      if (id === readId.current) setReading(false);
    }
  };

  // Opened: the numbers are read at once. The workbook changed or was checked while open: what
  // was said may be stale (dropped now) and the numbers are read again once the changes settle —
  // REREAD_DELAY_MS after the last, so a burst costs one read. Closed, nothing is read: the
  // report's view costs no extra read of the workbook.
  const opened = useRef(false);
  useEffect(() => {
    setNotice(undefined);
    setFindings([]);
    setBlocked(undefined);
    setDoc(undefined);
    setSelection(undefined);
    setProposals(undefined);
    if (!open) {
      opened.current = false;
      return;
    }
    if (!opened.current) {
      opened.current = true;
      void reload();
      return;
    }
    const timer = setTimeout(() => void reload(), REREAD_DELAY_MS);
    return () => clearTimeout(timer);
    // Only opening and a new generation read again (reload reads the host given at mount).
  }, [generation, open]);

  const draft = async (id: DocumentId) => {
    const number = picked[id];
    const choice = documents?.find((d) => d.id === id);
    if (!host.draftDocument || !choice || !number) return;
    setWorking(choice.name);
    setNotice(undefined);
    setFindings([]);
    setBlocked(undefined);
    setDoc(undefined);
    setProposals(undefined);
    // Drafted from the selected lines: their rows go along (a document made of some lines uses them).
    const only = selection && selection.numbers[id] === number ? new Set(selection.rows) : undefined;
    try {
      const r = await host.draftDocument(id, number, only);
      if (r.status !== 'ok') {
        setBlocked(choice.name);
        setFindings(r.findings);
        // The number is gone from the register since it was listed: list what is there now.
        if (r.status === 'unknown-number') void reload();
        return;
      }
      // The Giấy khen are pages of frames at fixed places: a file to print, nothing to paste.
      const certificates = isCertificateDocument(r.document) ? r.document : undefined;
      if (!certificates) setDoc({ name: choice.name, document: r.document as ReportDocument });
      if (host.canDownload) {
        const bytes = await (env.renderDocx ? env.renderDocx(r.document) : host.renderDocx(r.document));
        env.download(bytes, r.fileName);
        // The Số vào sổ proposed for lines without one: printed, and said so the clerk types them in.
        const proposed = certificates?.proposals.length
          ? ` ${CERTIFICATE_TEXT.pane.proposed(
              certificates.proposals.length,
              certificates.proposals.map((p) => `${p.address} ${p.number}`).join(', '),
            )}`
          : '';
        setNotice({ intent: 'success', text: DOCUMENT_PANE_TEXT.downloaded(choice.name, r.fileName) + proposed });
        // What was printed can be written into the register as it is (never over a typed number).
        if (certificates?.proposals.length) setProposals(certificates.proposals);
      } else if (certificates) {
        setNotice({ intent: 'info', text: CERTIFICATE_TEXT.pane.noDownload });
      } else {
        setNotice({ intent: 'info', text: DOCUMENT_PANE_TEXT.noDownload(choice.name) });
      }
    } catch (e) {
      setNotice({ intent: 'error', text: message(e) });
    } finally {
      setWorking(undefined);
    }
  };

  const copy = async () => {
    if (!doc) return;
    try {
      await env.copyHtml(renderReportHtml(doc.document), renderReportText(doc.document));
      setNotice({ intent: 'success', text: DOCUMENT_PANE_TEXT.copied(doc.name) });
    } catch {
      setNotice({ intent: 'error', text: REPORT_TEXT.ui.copyFailed });
    }
  };

  const writeNumbers = async () => {
    const cells = proposals;
    if (!host.writeBookNumbers || !cells?.length) return;
    const t = DOCUMENT_PANE_TEXT;
    setWriting(true);
    setNotice(undefined);
    try {
      const r = await host.writeBookNumbers(cells);
      // Written or not, these numbers are done with: a new print proposes afresh.
      setProposals(undefined);
      const number = new Map(cells.map((c) => [c.address, c.number]));
      const parts: string[] = [];
      if (r.written.length)
        parts.push(
          t.numbersWritten(r.written.length, r.written.map((a) => t.numberCell(a, number.get(a)!)).join(', ')),
        );
      if (r.kept.length) parts.push(t.numbersKept(r.kept.map((k) => t.keptCell(k.address, k.value)).join(', ')));
      if (r.moved.length) parts.push(t.numbersMoved(r.moved.join(', ')));
      if (!parts.length) parts.push(t.numbersNone);
      setNotice({ intent: r.kept.length || r.moved.length ? 'warning' : 'success', text: parts.join(' ') });
      // The register changed: its numbers are read again, as after the pane's other actions.
      void reload();
    } catch (e) {
      setNotice({ intent: 'error', text: message(e) });
    } finally {
      setWriting(false);
    }
  };

  const pick = (id: DocumentId, number: string) => setPicked((p) => ({ ...p, [id]: number }));

  const fromSelection = async () => {
    if (!host.numbersFromSelection) return;
    const id = ++readId.current;
    setReading(true);
    setNotice(undefined);
    setFindings([]);
    setBlocked(undefined);
    setDoc(undefined);
    setProposals(undefined);
    try {
      const r = await host.numbersFromSelection();
      if (id !== readId.current) return;
      if (r.kind !== 'picked') {
        setSelection(undefined);
        setNotice(selectionNotice(r, documents ?? []));
        return;
      }
      setDocuments(r.documents);
      const numbers: Partial<Record<DocumentId, string>> = {};
      for (const { id: doc, found } of r.byDocument) if (found.status === 'one') numbers[doc] = found.number;
      setSelection({ rows: r.rows, numbers });
      // Each document the lines hold one number of gets it; the others keep theirs (if still there).
      setPicked((p) => keptPicks({ ...p, ...numbers }, r.documents));
      setNotice(selectionNotice(r, r.documents));
    } catch (e) {
      if (id === readId.current) setNotice({ intent: 'error', text: message(e) });
    } finally {
      if (id === readId.current) setReading(false);
    }
  };

  const toggle = () => setOpen((o) => !o);

  return {
    open,
    toggle,
    documents,
    picked,
    pick,
    working,
    reading,
    notice,
    findings,
    blocked,
    doc,
    draft,
    copy,
    reload,
    fromSelection: host.numbersFromSelection ? fromSelection : undefined,
    proposals,
    writing,
    writeNumbers: host.writeBookNumbers && proposals?.length ? writeNumbers : undefined,
  };
}
