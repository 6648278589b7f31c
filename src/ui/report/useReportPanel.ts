/**
 * The report panel's state and actions. Excel: "Soạn báo cáo" builds the report from the open
 * workbook and downloads the .docx — or, where the platform blocks downloads (Excel for Mac),
 * keeps it for "Sao chép" (the same model as HTML on the clipboard). Word: a picked .xlsx is
 * put into the document, asking before a document that is not empty is replaced.
 */
import { useEffect, useRef, useState } from 'react';
import type { MissingSection, ReportDocument, ReportFinding } from '../../core/report';
import { renderReportHtml, renderReportText } from '../../core/report/html';
import { REPORT_TEXT } from '../../core/text/report';
import type { CellTarget, ExcelReportHost, ReplaceAnswer, WordReportHost } from '../../ports';
import { messageOf } from '../session/useWorkbookSession';
import type { Notice } from '../StatusArea';
import type { PaneLink, ReplaceQuestion, ReportOutcome, ReportPanelEnv } from './ReportPanel.types';

const reportText = REPORT_TEXT.ui;

export const browserEnv: ReportPanelEnv = {
  download(bytes, fileName) {
    const blob = new Blob([bytes as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
  async copyHtml(html, text) {
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    });
    await navigator.clipboard.write([item]);
  },
};

/** The file name when the pane does not give one (the year of the report's title). */
export function fileNameOf(doc: ReportDocument): string {
  const year = /năm (\d{4})/.exec(doc.title)?.[1] ?? 'bao-cao';
  return reportText.fileName(year);
}

/** What both hosts' panels keep: the last action's outcome and the previous period's file. */
function useOutcome() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [findings, setFindings] = useState<readonly ReportFinding[]>([]);
  const [missing, setMissing] = useState<readonly MissingSection[]>([]);
  const [previous, setPrevious] = useState<File>();
  const clear = () => {
    setNotice(undefined);
    setFindings([]);
    setMissing([]);
  };
  const outcome: ReportOutcome = { busy, notice, findings, missing, previous, setPrevious };
  return { outcome, setBusy, setNotice, setFindings, setMissing, clear };
}

export interface ExcelReportState extends ReportOutcome {
  /** The report written, kept for "Sao chép" where it cannot be downloaded. */
  readonly doc?: ReportDocument;
  /** The last "Soạn báo cáo" was refused for the tally's errors (listed under "Kiểm tra"). */
  readonly refused: boolean;
  /** The form is not in the workbook yet: the button is disabled and the panel says why. */
  readonly notReady: boolean;
  build(): Promise<void>;
  copy(): Promise<void>;
  /** Select a finding's or a section's cell; what stops it is said here. Absent without a workbook. */
  readonly select?: (t: CellTarget) => void;
}

export function useExcelReport(host: ExcelReportHost, env: ReportPanelEnv, pane: PaneLink): ExcelReportState {
  const { outcome, setBusy, setNotice, setFindings, setMissing, clear } = useOutcome();
  const [doc, setDoc] = useState<ReportDocument>();
  const [refused, setRefused] = useState(false);
  const { generation, onTallyErrors } = pane;

  // The workbook was changed or checked: what this panel said may no longer be true.
  useEffect(() => {
    clear();
    setDoc(undefined);
    setRefused(false);
    // Only a new generation drops what was shown (the setters are stable).
  }, [generation]);

  const build = async () => {
    setBusy(true);
    clear();
    setDoc(undefined);
    setRefused(false);
    try {
      const r = await host.build(outcome.previous);
      const tallyErrors = r.findings.some((f) => f.code === 'tally-error');
      if (!r.document && tallyErrors && onTallyErrors) {
        // One source of findings: the pane's list shows the tally's errors (refreshed now).
        setFindings(r.findings.filter((f) => f.code !== 'tally-error'));
        setRefused(true);
        onTallyErrors();
        return;
      }
      setFindings(r.findings);
      if (!r.document) return;
      setDoc(r.document);
      setMissing(r.missing ?? []);
      if (host.canDownload) {
        const name = pane.fileName ?? fileNameOf(r.document);
        const bytes = await (env.renderDocx ? env.renderDocx(r.document) : host.renderDocx(r.document));
        env.download(bytes, name);
        setNotice({ intent: 'success', text: reportText.downloaded(name) });
      } else {
        setNotice({ intent: 'info', text: reportText.noDownload });
      }
    } catch (e) {
      setNotice({ intent: 'error', text: (e as Error)?.message || String(e) });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!doc) return;
    try {
      await env.copyHtml(renderReportHtml(doc), renderReportText(doc));
      setNotice({ intent: 'success', text: reportText.copied });
    } catch {
      setNotice({ intent: 'error', text: reportText.copyFailed });
    }
  };

  const { onSelect } = pane;
  const select = onSelect
    ? (t: CellTarget) => void onSelect(t).catch((e: unknown) => setNotice({ intent: 'error', text: messageOf(e) }))
    : undefined;

  return { ...outcome, doc, refused, notReady: pane.formReady === false, build, copy, select };
}

export interface WordReportState extends ReportOutcome {
  readonly question?: ReplaceQuestion;
  /** The hidden file input "Chèn báo cáo từ sổ tính…" opens. */
  readonly input: React.RefObject<HTMLInputElement | null>;
  picked(file: File | undefined): Promise<void>;
  /** The workbook last picked for the report (the documents part lists its numbers too). */
  readonly file?: File;
}

export function useWordReport(host: WordReportHost, env: ReportPanelEnv): WordReportState {
  const { outcome, setBusy, setNotice, setFindings, setMissing, clear } = useOutcome();
  const input = useRef<HTMLInputElement>(null);
  const [question, setQuestion] = useState<ReplaceQuestion>();
  const [file, setFile] = useState<File>();

  const confirmReplace = (offer: { readonly newDocument: boolean; readonly download?: boolean }) =>
    new Promise<ReplaceAnswer>((resolve) =>
      setQuestion({
        newDocument: offer.newDocument,
        download: !!offer.download,
        answer: (a) => {
          setQuestion(undefined);
          resolve(a);
        },
      }),
    );

  const picked = async (file: File | undefined) => {
    if (!file) return;
    setFile(file);
    setBusy(true);
    clear();
    try {
      const r = await host.insertFromFile(file, { confirmReplace, previous: outcome.previous });
      setFindings(r.findings);
      if (r.kind === 'inserted' || r.kind === 'download') setMissing(r.missing ?? []);
      if (r.kind === 'download') env.download(r.bytes, r.fileName);
      setNotice({
        intent: r.kind === 'inserted' || r.kind === 'download' ? 'success' : r.kind === 'cancelled' ? 'info' : 'error',
        text: r.message,
      });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return { ...outcome, question, input, picked, file };
}
