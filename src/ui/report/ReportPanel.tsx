/**
 * "Báo cáo sơ kết, tổng kết": in Excel, "Soạn báo cáo" builds the report from the open
 * workbook and downloads the .docx — or, where the platform blocks downloads (Excel for
 * Mac), offers "Sao chép" (the same model as HTML on the clipboard, every text escaped).
 * In Word, "Chèn báo cáo từ sổ tính…" picks an .xlsx and inserts the report at the cursor.
 * The docx packer is loaded only when a report is rendered (dynamic import → lazy chunk).
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { MissingSection, ReportDocument, ReportFinding } from '../../core/report';
import { renderReportHtml, renderReportText } from '../../core/report/html';
import { REPORT_TEXT } from '../../core/text/report';
import type { ReportHost } from '../host';
import type { ExcelReportHost } from './types';
import type { WordReportHost } from '../../hosts/word/report';
import { isReportPaneHost } from './types';
import { StatusArea, type Notice } from '../StatusArea';

const T = REPORT_TEXT.ui;

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalXL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Browser helpers, injectable for tests. */
export interface ReportPanelEnv {
  download(bytes: Uint8Array, fileName: string): void;
  copyHtml(html: string, text: string): Promise<void>;
  renderDocx(doc: ReportDocument): Promise<Uint8Array>;
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
  async renderDocx(doc) {
    const { renderReportDocx } = await import(/* webpackChunkName: "docx" */ '../../hosts/docx/render');
    return renderReportDocx(doc);
  },
};

function FindingList({ findings }: { readonly findings: readonly ReportFinding[] }) {
  const s = useStyles();
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <>
      {errors.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <Text weight="semibold">{T.errorsHeading}</Text>
            <ul className={s.list}>
              {errors.map((f, i) => (
                <li key={i}>{f.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <Text weight="semibold">{T.warningsHeading}</Text>
            <ul className={s.list}>
              {warnings.map((f, i) => (
                <li key={i}>{f.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
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
        <Text weight="semibold">{T.missingHeading(missing.length)}</Text>
        <ul className={s.list}>
          {missing.map((m) => (
            <li key={m.key}>{`${m.number} ${m.title}`}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function fileNameOf(doc: ReportDocument): string {
  const year = /năm (\d{4})/.exec(doc.title)?.[1] ?? 'bao-cao';
  return T.fileName(year);
}

function ExcelReport({ host, env }: { readonly host: ExcelReportHost; readonly env: ReportPanelEnv }) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [findings, setFindings] = useState<readonly ReportFinding[]>([]);
  const [missing, setMissing] = useState<readonly MissingSection[]>([]);
  const [doc, setDoc] = useState<ReportDocument>();
  const [previous, setPrevious] = useState<File>();
  const previousInput = useRef<HTMLInputElement>(null);

  const build = async () => {
    setBusy(true);
    setNotice(undefined);
    setFindings([]);
    setMissing([]);
    setDoc(undefined);
    try {
      const r = await host.build(previous);
      setFindings(r.findings);
      if (!r.document) return;
      setDoc(r.document);
      setMissing(r.missing ?? []);
      if (host.canDownload) {
        const name = fileNameOf(r.document);
        env.download(await env.renderDocx(r.document), name);
        setNotice({ intent: 'success', text: T.downloaded(name) });
      } else {
        setNotice({ intent: 'info', text: T.noDownload });
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
      setNotice({ intent: 'success', text: T.copied });
    } catch {
      setNotice({ intent: 'error', text: T.copyFailed });
    }
  };

  return (
    <>
      <Text as="p">{T.excelHint}</Text>
      <div className={s.actions}>
        <input
          ref={previousInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-label={T.pickPrevious}
          data-testid="report-previous-file"
          onChange={(e) => {
            setPrevious(e.currentTarget.files?.[0] ?? undefined);
            e.currentTarget.value = '';
          }}
        />
        <Button onClick={() => previousInput.current?.click()} disabled={busy} aria-describedby="report-previous">
          {T.pickPrevious}
        </Button>
        {previous && (
          <Button appearance="subtle" onClick={() => setPrevious(undefined)} disabled={busy}>
            {T.clearPrevious}
          </Button>
        )}
      </div>
      <Text as="p" id="report-previous" size={200}>
        {previous ? T.previousChosen(previous.name) : T.previousLabel}
      </Text>
      <div className={s.actions}>
        <Button appearance="primary" onClick={build} disabled={busy}>
          {T.build}
        </Button>
        {doc && !host.canDownload && (
          <Button onClick={copy} disabled={busy}>
            {T.copy}
          </Button>
        )}
      </div>
      <StatusArea working={busy ? T.building : undefined} notice={notice}>
        <FindingList findings={findings} />
        <MissingList missing={missing} />
      </StatusArea>
    </>
  );
}

function WordReport({ host }: { readonly host: WordReportHost }) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [findings, setFindings] = useState<readonly ReportFinding[]>([]);
  const [missing, setMissing] = useState<readonly MissingSection[]>([]);

  const picked = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setNotice(undefined);
    setFindings([]);
    setMissing([]);
    try {
      const r = await host.insertFromFile(file);
      setFindings(r.findings);
      if (r.kind === 'inserted') setMissing(r.missing ?? []);
      setNotice(
        r.kind === 'inserted'
          ? { intent: 'success', text: T.inserted(file.name) }
          : { intent: 'error', text: r.message },
      );
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <Text as="p">{T.wordHint}</Text>
      <div className={s.actions}>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-label={T.pickFile}
          data-testid="report-file"
          onChange={(e) => void picked(e.currentTarget.files?.[0])}
        />
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
          {T.pickFile}
        </Button>
      </div>
      <StatusArea working={busy ? T.inserting : undefined} notice={notice}>
        <FindingList findings={findings} />
        <MissingList missing={missing} />
      </StatusArea>
    </>
  );
}

export interface ReportPanelProps {
  readonly report: ReportHost;
  readonly env?: ReportPanelEnv;
}

export function ReportPanel({ report, env = browserEnv }: ReportPanelProps) {
  const s = useStyles();
  if (!isReportPaneHost(report)) return null;
  return (
    <section aria-labelledby="report-heading" className={s.section}>
      <h2 id="report-heading">{T.heading}</h2>
      {report.kind === 'excel' ? <ExcelReport host={report} env={env} /> : <WordReport host={report} />}
    </section>
  );
}
