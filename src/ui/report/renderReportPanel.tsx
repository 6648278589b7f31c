/**
 * "Văn bản": the report panel. In Excel, "Soạn báo cáo" builds the report from the open
 * workbook and downloads the .docx (or offers "Sao chép" where the platform blocks downloads);
 * the sections the data cannot write ("[…]") are buttons that select their cell in "Nội dung
 * báo cáo". Below it, the documents of the registry (core/documents: quyết định, tờ trình):
 * a number picked from the register, "Soạn quyết định" / "Soạn tờ trình" downloads its .docx;
 * lines that cannot make it are buttons selecting their register cells; "Lấy số từ dòng đang
 * chọn" picks each document's number from the lines selected in the register. In Word, "Chèn báo
 * cáo từ sổ tính…" picks an .xlsx and puts the report where this Word keeps its page numbers and
 * landscape appendix (hosts/word/report.ts); the same workbook (or one picked in the part) offers
 * the registry's documents, put into Word the same way.
 * State and actions: useReportPanel.ts; styles: useReportPanelStyles.styles.ts.
 */
import { Badge, Button, Field, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { MissingSection, ReportFinding } from '../../core/report';
import { REPORT_TEXT } from '../../core/text/report';
import type { DocumentId } from '../../core/documents';
import { DOCUMENT_PANE_TEXT, UI_TEXT, WORD_DOCUMENT_TEXT, WORD_REPORT_TEXT } from '../../core/text/ui';
import type { CellTarget, DocumentChoice, ExcelReportHost, WordReportHost } from '../../ports';
import { isReportPaneHost, XLSX_ACCEPT } from '../../ports';
import { FindingButton } from '../Findings';
import { StatusArea } from '../StatusArea';
import { useHeadingStyles } from '../styles';
import { useDocuments } from './useDocuments';
import { useWordDocuments } from './useWordDocuments';
import type { PaneLink, ReplaceQuestion, ReportPanelEnv, ReportPanelProps } from './ReportPanel.types';
import { browserEnv, useExcelReport, useWordReport } from './useReportPanel';
import { useReportPanelStyles } from './useReportPanelStyles.styles';

const reportText = REPORT_TEXT.ui;

/** Up to this many sections still to write are listed at once; more, when the clerk asks. */
const MISSING_SHOWN_OPEN = 5;

/**
 * The report's findings. Where the pane can select cells, a finding with a cell is the
 * same button as the check's findings; the tally's errors are not repeated here (the
 * pane's findings list is their one source). In Word they are plain lines.
 */
/** A report's or a document's finding: how bad, where (when a cell), what to do. */
type PanelFinding = Pick<ReportFinding, 'sheet' | 'address' | 'severity' | 'message'>;

function FindingList({
  findings,
  onSelect,
  errorsHeading = reportText.errorsHeading,
}: {
  readonly findings: readonly PanelFinding[];
  readonly onSelect?: (t: CellTarget) => void;
  /** What the errors stopped ("Chưa soạn được báo cáo:" unless told). */
  readonly errorsHeading?: string;
}) {
  const s = useReportPanelStyles();
  const block = (intent: 'error' | 'warning', heading: string, list: readonly PanelFinding[]) =>
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
        errorsHeading,
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

/**
 * The sections still holding "[…]" after the report was written, so the clerk knows what is
 * left: in Excel each a button selecting its cell in "Nội dung báo cáo" (where it is written);
 * in Word (no workbook open) a plain list.
 */
function MissingList({
  missing,
  onSelect,
}: {
  readonly missing: readonly MissingSection[];
  readonly onSelect?: (t: CellTarget) => void;
}) {
  const s = useReportPanelStyles();
  // A first report leaves some twenty sections to write: listed when asked, so the view stays short.
  const [open, setOpen] = useState(false);
  if (!missing.length) return null;
  const shown = open || missing.length <= MISSING_SHOWN_OPEN;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody className={s.wrap}>
        <Text weight="semibold">{reportText.missingHeading(missing.length)}</Text>
        {onSelect && missing.length > MISSING_SHOWN_OPEN && (
          <div className={s.toggle}>
            <Button size="small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
              {open ? reportText.hideMissing : reportText.showMissing}
            </Button>
          </div>
        )}
        {onSelect ? (
          shown && (
            <>
              <Text as="p" block size={200}>
                {reportText.missingSelectHint}
              </Text>
              <ul className={s.cells}>
                {missing.map((m) => (
                  <li key={m.key}>
                    <Button
                      appearance="subtle"
                      className={s.sectionButton}
                      onClick={() => onSelect({ sheet: m.sheet, address: m.address })}
                      title={UI_TEXT.goToCell(m.sheet, m.address)}
                    >
                      <Badge appearance="tint" shape="rounded" size="large" color="informative" className={s.badge}>
                        {m.address}
                      </Badge>
                      <Text className={s.wrap}>{`${m.number} ${m.title}`}</Text>
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )
        ) : (
          <ul className={s.list}>
            {missing.map((m) => (
              <li key={m.key}>{`${m.number} ${m.title}`}</li>
            ))}
          </ul>
        )}
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
  const s = useReportPanelStyles();
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

function ExcelReport({
  host,
  env,
  pane,
}: {
  readonly host: ExcelReportHost;
  readonly env: ReportPanelEnv;
  readonly pane: PaneLink;
}) {
  const s = useReportPanelStyles();
  const r = useExcelReport(host, env, pane);
  return (
    <>
      <Text as="p" block>
        {reportText.excelHint}
      </Text>
      {r.notReady && (
        <Text as="p" block id="report-not-ready">
          {reportText.needsForm}
        </Text>
      )}
      <div className={s.actions}>
        <PreviousPicker previous={r.previous} onChange={r.setPrevious} busy={r.busy} />
      </div>
      <div className={s.actions}>
        <Button
          appearance="primary"
          onClick={() => void r.build()}
          disabled={r.busy || r.notReady}
          aria-describedby={r.notReady ? 'report-not-ready' : undefined}
        >
          {reportText.build}
        </Button>
        {r.doc && !host.canDownload && (
          <Button onClick={() => void r.copy()} disabled={r.busy}>
            {reportText.copy}
          </Button>
        )}
      </div>
      <StatusArea working={r.busy ? reportText.building : undefined} notice={r.notice}>
        <FindingList findings={r.findings} onSelect={r.select} />
        <MissingList missing={r.missing} onSelect={r.select} />
      </StatusArea>
      {r.refused && pane.onShowFindings && (
        <div className={s.actions}>
          <Button onClick={pane.onShowFindings}>{UI_TEXT.showFindingsForReport}</Button>
        </div>
      )}
      {host.documents && host.draftDocument && <Documents host={host} env={env} pane={pane} select={r.select} />}
    </>
  );
}

/**
 * Each document of the registry: a picker of the numbers the register holds and its "Soạn …"
 * button (Excel and Word alike): what is listed comes from core/documents (through the port),
 * the words from DOCUMENT_PANE_TEXT by the document's id.
 */
function DocumentPickers({
  documents,
  picked,
  pick,
  busy,
  disabled,
  build,
}: {
  readonly documents?: readonly DocumentChoice[];
  readonly picked: Readonly<Partial<Record<DocumentId, string>>>;
  readonly pick: (id: DocumentId, number: string) => void;
  readonly busy: boolean;
  readonly disabled?: boolean;
  readonly build: (id: DocumentId) => void;
}) {
  const s = useReportPanelStyles();
  return (
    <>
      {documents?.map((doc) => {
        const number = picked[doc.id];
        return (
          <div key={doc.id} className={s.document}>
            {doc.numbers.length ? (
              <Field label={DOCUMENT_PANE_TEXT.numberLabel[doc.id]} hint={doc.needs}>
                <Select value={number ?? ''} onChange={(_e, v) => pick(doc.id, v.value)} disabled={busy}>
                  {doc.numbers.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : (
              <Text as="p" block size={200}>
                {DOCUMENT_PANE_TEXT.noNumbers[doc.id]}
              </Text>
            )}
            <div className={s.actions}>
              <Button appearance="primary" onClick={() => build(doc.id)} disabled={busy || !number || disabled}>
                {DOCUMENT_PANE_TEXT.build[doc.id]}
              </Button>
            </div>
          </div>
        );
      })}
    </>
  );
}

/**
 * The registry's documents, each a picker of the numbers the register holds and its "Soạn …"
 * button: what is listed comes from core/documents (through the port), the words from
 * DOCUMENT_PANE_TEXT by the document's id.
 */
function Documents({
  host,
  env,
  pane,
  select,
}: {
  readonly host: ExcelReportHost;
  readonly env: ReportPanelEnv;
  readonly pane: PaneLink;
  readonly select?: (t: CellTarget) => void;
}) {
  const s = useReportPanelStyles();
  const h = useHeadingStyles();
  const d = useDocuments(host, env, pane.generation);
  const busy = !!d.working || d.reading || d.writing;
  return (
    <section aria-labelledby="documents-heading" className={s.section}>
      <h3 id="documents-heading" className={h.h2}>
        {DOCUMENT_PANE_TEXT.heading}
      </h3>
      <Text as="p" block>
        {DOCUMENT_PANE_TEXT.hint}
      </Text>
      <div className={s.actions}>
        <Button aria-expanded={d.open} aria-controls="documents-part" onClick={d.toggle}>
          {d.open ? DOCUMENT_PANE_TEXT.close : DOCUMENT_PANE_TEXT.open}
        </Button>
      </div>
      {d.open && (
        <div id="documents-part">
          <DocumentPickers
            documents={d.documents}
            picked={d.picked}
            pick={d.pick}
            busy={busy}
            disabled={pane.formReady === false}
            build={(id) => void d.draft(id)}
          />
          <div className={s.actions}>
            {d.writeNumbers && (
              <Button appearance="primary" onClick={() => void d.writeNumbers?.()} disabled={busy}>
                {DOCUMENT_PANE_TEXT.writeNumbers}
              </Button>
            )}
            {d.doc && !host.canDownload && (
              <Button onClick={() => void d.copy()} disabled={busy}>
                {reportText.copy}
              </Button>
            )}
            {d.fromSelection && (
              <Button onClick={() => void d.fromSelection?.()} disabled={busy}>
                {DOCUMENT_PANE_TEXT.fromSelection}
              </Button>
            )}
            <Button appearance="subtle" onClick={() => void d.reload()} disabled={busy}>
              {DOCUMENT_PANE_TEXT.refresh}
            </Button>
          </div>
          {d.fromSelection && (
            <Text as="p" block size={200}>
              {DOCUMENT_PANE_TEXT.fromSelectionHint}
            </Text>
          )}
          <StatusArea
            working={
              d.working
                ? DOCUMENT_PANE_TEXT.building(d.working)
                : d.writing
                  ? DOCUMENT_PANE_TEXT.writingNumbers
                  : d.reading
                    ? DOCUMENT_PANE_TEXT.loading
                    : undefined
            }
            notice={d.notice}
          >
            <FindingList
              findings={d.findings}
              onSelect={select}
              errorsHeading={d.blocked ? DOCUMENT_PANE_TEXT.blocked(d.blocked) : DOCUMENT_PANE_TEXT.notOurs}
            />
          </StatusArea>
        </div>
      )}
    </section>
  );
}

function WordReport({ host, env }: { readonly host: WordReportHost; readonly env: ReportPanelEnv }) {
  const s = useReportPanelStyles();
  const r = useWordReport(host, env);
  const { question } = r;
  return (
    <>
      <Text as="p" block>
        {WORD_REPORT_TEXT.hint}
      </Text>
      <div className={s.actions}>
        <PreviousPicker previous={r.previous} onChange={r.setPrevious} busy={r.busy} />
      </div>
      <div className={s.actions}>
        <input
          ref={r.input}
          type="file"
          accept={XLSX_ACCEPT}
          hidden
          aria-label={reportText.pickFile}
          data-testid="report-file"
          onChange={(e) => void r.picked(e.currentTarget.files?.[0])}
        />
        <Button appearance="primary" onClick={() => r.input.current?.click()} disabled={r.busy}>
          {reportText.pickFile}
        </Button>
      </div>
      {question && <ReplaceQuestionBar question={question} text={WORD_REPORT_TEXT.askReplace} />}
      <StatusArea working={r.busy && !question ? reportText.inserting : undefined} notice={r.notice}>
        <FindingList findings={r.findings} />
        <MissingList missing={r.missing} />
      </StatusArea>
      {host.documentsFromFile && host.insertDocument && <WordDocuments host={host} env={env} reportFile={r.file} />}
    </>
  );
}

/** "Replace the document?" (Word), answered by one of its buttons: the report's and the documents' question. */
function ReplaceQuestionBar({ question, text }: { readonly question: ReplaceQuestion; readonly text: string }) {
  const s = useReportPanelStyles();
  return (
    <MessageBar intent="warning" role="alertdialog" aria-label={text}>
      <MessageBarBody>
        <Text as="p" block>
          {text}
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
  );
}

/**
 * Word: the registry's documents from a picked workbook (the report's, or one picked here), each
 * put into the document as the report is. The workbook is not open in Word: the lines to fix
 * are plain lines naming sheet and cell.
 */
function WordDocuments({
  host,
  env,
  reportFile,
}: {
  readonly host: WordReportHost;
  readonly env: ReportPanelEnv;
  readonly reportFile?: File;
}) {
  const s = useReportPanelStyles();
  const h = useHeadingStyles();
  const d = useWordDocuments(host, env, reportFile);
  const busy = !!d.working || d.reading;
  return (
    <section aria-labelledby="word-documents-heading" className={s.section}>
      <h3 id="word-documents-heading" className={h.h2}>
        {DOCUMENT_PANE_TEXT.heading}
      </h3>
      <Text as="p" block>
        {WORD_DOCUMENT_TEXT.hint}
      </Text>
      <input
        ref={d.input}
        type="file"
        accept={XLSX_ACCEPT}
        hidden
        aria-label={WORD_DOCUMENT_TEXT.pick}
        data-testid="documents-file"
        onChange={(e) => d.choose(e.currentTarget.files?.[0])}
      />
      <div className={s.actions}>
        <Button onClick={() => d.input.current?.click()} disabled={busy}>
          {d.file ? WORD_DOCUMENT_TEXT.pickOther : WORD_DOCUMENT_TEXT.pick}
        </Button>
      </div>
      {d.file && (
        <Text as="p" block size={200} className={s.wrap}>
          {WORD_DOCUMENT_TEXT.workbook(d.file.name)}
        </Text>
      )}
      <DocumentPickers
        documents={d.documents}
        picked={d.picked}
        pick={d.pick}
        busy={busy}
        build={(id) => void d.insert(id)}
      />
      {d.question && <ReplaceQuestionBar question={d.question} text={WORD_DOCUMENT_TEXT.askReplace(d.question.name)} />}
      <StatusArea
        working={
          d.working && !d.question
            ? WORD_DOCUMENT_TEXT.inserting(d.working)
            : d.reading && d.file
              ? WORD_DOCUMENT_TEXT.reading(d.file.name)
              : undefined
        }
        notice={d.notice}
      >
        <FindingList findings={d.findings} errorsHeading={d.heading ?? DOCUMENT_PANE_TEXT.notOurs} />
      </StatusArea>
    </section>
  );
}

export function ReportPanel({ report, env = browserEnv, ...pane }: ReportPanelProps) {
  const s = useReportPanelStyles();
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
