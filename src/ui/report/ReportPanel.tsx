/**
 * "Báo cáo sơ kết, tổng kết": in Excel, "Soạn báo cáo" builds the report from the open
 * workbook and downloads the .docx — or, where the platform blocks downloads (Excel for
 * Mac), offers "Sao chép" (the same model as HTML on the clipboard, every text escaped).
 * In Word, "Chèn báo cáo từ sổ tính…" picks an .xlsx and puts the report where this Word
 * keeps its page numbers and landscape appendix (hosts/word/report.ts), asking before it
 * replaces a document that is not empty.
 * The .docx comes from the report host (its packer loads only when a report is rendered).
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { MissingSection, ReportDocument, ReportFinding } from '../../core/report';
import { renderReportHtml, renderReportText } from '../../core/report/html';
import { REPORT_TEXT } from '../../core/text/report';
import type { CellTarget, ExcelReportHost, ReplaceAnswer, ReportPaneHost, WordReportHost } from '../../ports';
import { UI_TEXT, WORD_REPORT_TEXT } from '../../core/text/ui';
import { isReportPaneHost, XLSX_ACCEPT } from '../../ports';
import { StatusArea, type Notice } from '../StatusArea';
import type { ReportPanelSlotProps } from '../app/App.types';
import { FindingButton } from '../Findings';
import { useHeadingStyles } from '../styles';

const reportText = REPORT_TEXT.ui;

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalXL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  previousNote: { flexBasis: '100%', margin: 0 },
  cells: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', minWidth: 0 },
  wrap: { overflowWrap: 'anywhere', minWidth: 0 },
});

/** Browser helpers, injectable for tests. */
export interface ReportPanelEnv {
  download(bytes: Uint8Array, fileName: string): void;
  copyHtml(html: string, text: string): Promise<void>;
  /** Packs the report as .docx; absent = the report host's packer. */
  renderDocx?(doc: ReportDocument): Promise<Uint8Array>;
}

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

/**
 * The report's findings. Where the pane can select cells, a finding with a cell is the
 * same button as the check's findings; the tally's errors are not repeated here (the
 * pane's findings list is their one source). In Word they are plain lines.
 */
function FindingList({
  findings,
  onSelect,
}: {
  readonly findings: readonly ReportFinding[];
  readonly onSelect?: (t: CellTarget) => void;
}) {
  const s = useStyles();
  const block = (intent: 'error' | 'warning', heading: string, list: readonly ReportFinding[]) =>
    list.length > 0 && (
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody className={s.wrap}>
          <Text weight="semibold">{heading}</Text>
          {onSelect ? (
            <ul className={s.cells}>
              {list.map((f, i) => (
                <li key={i}>
                  {f.address ? (
                    <FindingButton
                      f={{ sheet: f.sheet, address: f.address, severity: f.severity, message: f.message }}
                      onSelect={onSelect}
                    />
                  ) : (
                    <Text className={s.wrap}>{f.message}</Text>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <ul className={s.list}>
              {list.map((f, i) => (
                <li key={i}>{f.message}</li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <>
      {block(
        'error',
        reportText.errorsHeading,
        findings.filter((f) => f.severity === 'error'),
      )}
      {block(
        'warning',
        reportText.warningsHeading,
        findings.filter((f) => f.severity === 'warning'),
      )}
    </>
  );
}

/** The sections still holding "[…]" after the report was written, so the clerk knows what is left. */
function MissingList({ missing }: { readonly missing: readonly MissingSection[] }) {
  const s = useStyles();
  if (!missing.length) return null;
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        <Text weight="semibold">{reportText.missingHeading(missing.length)}</Text>
        <ul className={s.list}>
          {missing.map((m) => (
            <li key={m.key}>{`${m.number} ${m.title}`}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** "Chọn biểu kỳ trước…": last period's workbook to compare with (optional), and which one is chosen. */
function PreviousPicker({
  previous,
  onChange,
  busy,
}: {
  readonly previous: File | undefined;
  readonly onChange: (f: File | undefined) => void;
  readonly busy: boolean;
}) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={XLSX_ACCEPT}
        hidden
        aria-label={reportText.pickPrevious}
        data-testid="report-previous-file"
        onChange={(e) => {
          onChange(e.currentTarget.files?.[0] ?? undefined);
          e.currentTarget.value = '';
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={busy}>
        {reportText.pickPrevious}
      </Button>
      {previous && (
        <Button appearance="subtle" onClick={() => onChange(undefined)} disabled={busy}>
          {reportText.clearPrevious}
        </Button>
      )}
      <Text as="p" block size={200} className={s.previousNote}>
        {previous ? reportText.previousChosen(previous.name) : reportText.previousLabel}
      </Text>
    </>
  );
}

function fileNameOf(doc: ReportDocument): string {
  const year = /năm (\d{4})/.exec(doc.title)?.[1] ?? 'bao-cao';
  return reportText.fileName(year);
}

type PaneLink = Omit<ReportPanelSlotProps, 'report'>;

function ExcelReport({
  host,
  env,
  pane,
}: {
  readonly host: ExcelReportHost;
  readonly env: ReportPanelEnv;
  readonly pane: PaneLink;
}) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [findings, setFindings] = useState<readonly ReportFinding[]>([]);
  const [doc, setDoc] = useState<ReportDocument>();
  const [missing, setMissing] = useState<readonly MissingSection[]>([]);
  const [previous, setPrevious] = useState<File>();
  /** The last "Soạn báo cáo" was refused for the tally's errors (listed under "Kiểm tra"). */
  const [refused, setRefused] = useState(false);
  const { generation, onTallyErrors, onSelect, onShowFindings } = pane;
  const notReady = pane.formReady === false;

  // The workbook was changed or checked: what this panel said may no longer be true.
  useEffect(() => {
    setNotice(undefined);
    setFindings([]);
    setMissing([]);
    setDoc(undefined);
    setRefused(false);
  }, [generation]);

  const build = async () => {
    setBusy(true);
    setNotice(undefined);
    setFindings([]);
    setMissing([]);
    setDoc(undefined);
    setRefused(false);
    try {
      const r = await host.build(previous);
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

  return (
    <>
      <Text as="p" block>
        {reportText.excelHint}
      </Text>
      {notReady && (
        <Text as="p" block id="report-not-ready">
          {reportText.needsForm}
        </Text>
      )}
      <div className={s.actions}>
        <PreviousPicker previous={previous} onChange={setPrevious} busy={busy} />
      </div>
      <div className={s.actions}>
        <Button
          appearance="primary"
          onClick={build}
          disabled={busy || notReady}
          aria-describedby={notReady ? 'report-not-ready' : undefined}
        >
          {reportText.build}
        </Button>
        {doc && !host.canDownload && (
          <Button onClick={copy} disabled={busy}>
            {reportText.copy}
          </Button>
        )}
      </div>
      <StatusArea working={busy ? reportText.building : undefined} notice={notice}>
        <FindingList findings={findings} onSelect={onSelect} />
        <MissingList missing={missing} />
      </StatusArea>
      {refused && onShowFindings && (
        <div className={s.actions}>
          <Button onClick={onShowFindings}>{UI_TEXT.showFindingsForReport}</Button>
        </div>
      )}
    </>
  );
}

function WordReport({ host, env }: { readonly host: WordReportHost; readonly env: ReportPanelEnv }) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [findings, setFindings] = useState<readonly ReportFinding[]>([]);
  const [missing, setMissing] = useState<readonly MissingSection[]>([]);
  const [previous, setPrevious] = useState<File>();
  /** The open question "replace the document?", answered by one of its buttons. */
  const [question, setQuestion] = useState<{
    readonly newDocument: boolean;
    readonly download: boolean;
    readonly answer: (a: ReplaceAnswer) => void;
  }>();

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
    setBusy(true);
    setNotice(undefined);
    setFindings([]);
    setMissing([]);
    try {
      const r = await host.insertFromFile(file, { confirmReplace, previous });
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

  return (
    <>
      <Text as="p" block>
        {WORD_REPORT_TEXT.hint}
      </Text>
      <div className={s.actions}>
        <PreviousPicker previous={previous} onChange={setPrevious} busy={busy} />
      </div>
      <div className={s.actions}>
        <input
          ref={input}
          type="file"
          accept={XLSX_ACCEPT}
          hidden
          aria-label={reportText.pickFile}
          data-testid="report-file"
          onChange={(e) => void picked(e.currentTarget.files?.[0])}
        />
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
          {reportText.pickFile}
        </Button>
      </div>
      {question && (
        <MessageBar intent="warning" role="alertdialog" aria-label={WORD_REPORT_TEXT.askReplace}>
          <MessageBarBody>
            <Text as="p" block>
              {WORD_REPORT_TEXT.askReplace}
            </Text>
            <div className={s.actions}>
              <Button appearance="primary" onClick={() => question.answer('replace')}>
                {WORD_REPORT_TEXT.replace}
              </Button>
              {question.newDocument && (
                <Button onClick={() => question.answer('new-document')}>{WORD_REPORT_TEXT.newDocument}</Button>
              )}
              {question.download && (
                <Button onClick={() => question.answer('download')}>{WORD_REPORT_TEXT.download}</Button>
              )}
              <Button onClick={() => question.answer('cancel')}>{WORD_REPORT_TEXT.cancel}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      <StatusArea working={busy && !question ? reportText.inserting : undefined} notice={notice}>
        <FindingList findings={findings} />
        <MissingList missing={missing} />
      </StatusArea>
    </>
  );
}

export interface ReportPanelProps extends PaneLink {
  readonly report: ReportPaneHost;
  readonly env?: ReportPanelEnv;
}

export function ReportPanel({ report, env = browserEnv, ...pane }: ReportPanelProps) {
  const s = useStyles();
  const h = useHeadingStyles();
  if (!isReportPaneHost(report)) return null;
  return (
    <section aria-labelledby="report-heading" className={s.section}>
      <h2 id="report-heading" className={h.h2}>
        {reportText.heading}
      </h2>
      {report.kind === 'excel' ? (
        <ExcelReport host={report} env={env} pane={pane} />
      ) : (
        <WordReport host={report} env={env} />
      )}
    </section>
  );
}
