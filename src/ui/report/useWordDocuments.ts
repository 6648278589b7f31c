/**
 * The documents part of "Văn bản" in Word: the registry's documents (quyết định, tờ trình …)
 * with the numbers the picked workbook's register holds — the workbook the clerk picked for the
 * report, or one picked here — and "Soạn …" putting the picked number into Word through the
 * report port, as the report goes (the same question before a document that is not empty is
 * replaced; a download where Word cannot open a new document). The workbook is not open in
 * Word, so lines that cannot make the document are listed as text naming sheet and cell.
 */
import { useEffect, useRef, useState } from 'react';
import type { DocumentFinding, DocumentId } from '../../core/documents';
import { WORD_DOCUMENT_TEXT } from '../../core/text/ui';
import type { DocumentChoice, ReplaceAnswer, WordReportHost } from '../../ports';
import type { Notice } from '../StatusArea';
import type { ReplaceQuestion, ReportPanelEnv } from './ReportPanel.types';

export interface WordDocumentsState {
  /** The workbook the numbers come from. */
  readonly file?: File;
  /** The hidden file input "Chọn sổ tính…" opens. */
  readonly input: React.RefObject<HTMLInputElement | null>;
  choose(file: File | undefined): void;
  readonly documents?: readonly DocumentChoice[];
  readonly picked: Readonly<Partial<Record<DocumentId, string>>>;
  pick(id: DocumentId, number: string): void;
  readonly reading: boolean;
  /** The document being drafted and put in (its name). */
  readonly working?: string;
  readonly notice?: Notice;
  readonly findings: readonly DocumentFinding[];
  /** What the findings stopped, as the heading over them. */
  readonly heading?: string;
  /** The open question "replace the document?" and the document it is about. */
  readonly question?: ReplaceQuestion & { readonly name: string };
  insert(id: DocumentId): Promise<void>;
}

const message = (e: unknown) => (e as Error)?.message || String(e);

/** `reportFile`: the workbook last picked for the report — the numbers follow it (one pick for both). */
export function useWordDocuments(host: WordReportHost, env: ReportPanelEnv, reportFile?: File): WordDocumentsState {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [documents, setDocuments] = useState<readonly DocumentChoice[]>();
  const [picked, setPicked] = useState<Partial<Record<DocumentId, string>>>({});
  const [reading, setReading] = useState(false);
  const [working, setWorking] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const [findings, setFindings] = useState<readonly DocumentFinding[]>([]);
  const [heading, setHeading] = useState<string>();
  const [question, setQuestion] = useState<WordDocumentsState['question']>();
  // Only the last picked workbook's numbers are shown.
  const readId = useRef(0);

  const read = async (f: File) => {
    if (!host.documentsFromFile) return;
    const id = ++readId.current;
    setFile(f);
    setDocuments(undefined);
    setNotice(undefined);
    setFindings([]);
    setHeading(undefined);
    setReading(true);
    try {
      const r = await host.documentsFromFile(f);
      if (id !== readId.current) return;
      if (r.kind === 'refused') {
        setNotice({ intent: 'error', text: r.message });
        return;
      }
      setDocuments(r.documents);
      setPicked(Object.fromEntries(r.documents.map((d) => [d.id, d.numbers[0]])));
      if (r.findings.length) {
        setHeading(WORD_DOCUMENT_TEXT.notOurs);
        setFindings(r.findings);
      }
    } catch (e) {
      if (id === readId.current) setNotice({ intent: 'error', text: message(e) });
    } finally {
      if (id === readId.current) setReading(false);
    }
  };

  // The workbook picked for the report is this part's too: its numbers are listed at once.
  useEffect(() => {
    if (reportFile) void read(reportFile);
    // Only a new report pick reads (read uses the host given at mount).
  }, [reportFile]);

  const choose = (f: File | undefined) => {
    if (f) void read(f);
    if (input.current) input.current.value = '';
  };

  const insert = async (id: DocumentId) => {
    const number = picked[id];
    const choice = documents?.find((d) => d.id === id);
    if (!host.insertDocument || !file || !choice || !number) return;
    setWorking(choice.name);
    setNotice(undefined);
    setFindings([]);
    setHeading(undefined);
    const confirmReplace = (offer: { readonly newDocument: boolean; readonly download?: boolean }) =>
      new Promise<ReplaceAnswer>((resolve) =>
        setQuestion({
          name: choice.name,
          newDocument: offer.newDocument,
          download: !!offer.download,
          answer: (a) => {
            setQuestion(undefined);
            resolve(a);
          },
        }),
      );
    try {
      const r = await host.insertDocument(file, id, number, { confirmReplace });
      if (r.kind === 'download') env.download(r.bytes, r.fileName);
      if (r.kind === 'refused' && r.findings.length) {
        // The lines to fix, each naming its register cell, under what they stopped.
        setHeading(r.message);
        setFindings(r.findings);
        return;
      }
      setFindings(r.findings);
      setNotice({
        intent: r.kind === 'inserted' || r.kind === 'download' ? 'success' : r.kind === 'cancelled' ? 'info' : 'error',
        text: r.message,
      });
    } catch (e) {
      setNotice({ intent: 'error', text: message(e) });
    } finally {
      setWorking(undefined);
    }
  };

  const pick = (id: DocumentId, number: string) => setPicked((p) => ({ ...p, [id]: number }));

  return {
    file,
    input,
    choose,
    documents,
    picked,
    pick,
    reading,
    working,
    notice,
    findings,
    heading,
    question,
    insert,
  };
}
