/**
 * The task pane. It receives a TdktHost (functions) and never calls Office.js itself.
 * State comes from the workbook on load (inspect, then validate if the form is there),
 * so a reloaded pane shows the same thing; it is read again when the workbook changes behind
 * the pane (host `watch`) or the pane gets the focus back.
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { buildWorkbookPlan, DEFAULT_CATALOGUE, findCatalogue, type Finding, type ValidationResult } from '../core';
import { UI_TEXT } from '../core/text/ui';
import { Findings } from './Findings';
import { FormChoice, suggestedForm, type FormSelection } from './FormChoice';
import { VersionFooter } from './footer/VersionFooter';
import {
  HostError,
  type CellTarget,
  type ReportPaneHost,
  type TdktHost,
  type WorkbookHost,
  type WorkbookStatus,
} from '../ports';
import { StatusArea, type Notice } from './StatusArea';
import { useHeadingStyles, usePageFrame } from './styles';
import { Totals } from './Totals';

/**
 * Loaded when shown (lazy chunks), so the pane opens with what every clerk needs first, within
 * the initial-script budget (npm run size): the register's entry help (once the workbook has
 * the form) and "Tổng hợp từ các đơn vị" (the receiving office's).
 */
const RegisterEntryPanel = lazy(() =>
  import(/* webpackChunkName: "register-entry" */ './registerEntry/renderRegisterEntry').then((m) => ({
    default: m.RegisterEntryPanel,
  })),
);

const AggregatePanel = lazy(() =>
  import(/* webpackChunkName: "aggregate-panel" */ './aggregate/renderAggregate').then((m) => ({
    default: m.AggregatePanel,
  })),
);

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, minHeight: '100vh', boxSizing: 'border-box' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

export interface AppProps {
  readonly host: TdktHost;
  /** Office's theme is dark (the entry decides from Office.context.officeTheme). */
  readonly dark?: boolean;
  /** The report panel, rendered only when the host has a report part. */
  readonly reportPanel?: ComponentType<ReportPanelSlotProps>;
  /** Today, which decides the form offered for a new workbook (tests pass a date). */
  readonly today?: Date;
}

/** What the pane tells its report panel, so both show one state of the workbook. */
export interface ReportPanelSlotProps {
  readonly report: ReportPaneHost;
  /** false: the form is not in the workbook yet (the panel disables its button and says why). */
  readonly formReady?: boolean;
  /** Changes whenever the workbook was changed or checked: the panel drops what it showed. */
  readonly generation?: number;
  /** Select a cell (the findings' buttons); absent where there is no workbook (Word). */
  readonly onSelect?: (target: CellTarget) => void;
  /** The report was refused for tally errors: the pane's findings list (one source) shows them. */
  readonly onTallyErrors?: () => void;
}

/** The sheets "Tạo biểu mẫu" adds for a form, from its plan (the hint never lists fewer than are made). */
function planSheets(form: FormSelection): string[] {
  return buildWorkbookPlan(form.catalogue ?? findCatalogue(form.key) ?? DEFAULT_CATALOGUE)
    .sheets.filter((x) => x.visibility !== 'veryHidden')
    .map((x) => x.name);
}

type Busy = 'load' | 'create' | 'repair' | 'validate' | 'switch' | null;

/** Changes come in bursts (a create writes thousands of cells): refresh once, after this. */
export const REFRESH_DELAY_MS = 400;

function messageOf(e: unknown): string {
  return e instanceof HostError ? e.message : (e as Error)?.message || String(e);
}

const WORKING: Record<Exclude<Busy, null>, string> = {
  load: UI_TEXT.loading,
  create: UI_TEXT.workingCreate,
  repair: UI_TEXT.workingRepair,
  validate: UI_TEXT.workingValidate,
  switch: UI_TEXT.workingSwitch,
};

interface WorkbookSectionProps {
  readonly workbook: WorkbookHost;
  /** Told every status read, and each time the workbook is changed or checked. */
  readonly onStatus?: (status: WorkbookStatus) => void;
  readonly onChanged?: () => void;
  /** Set to this section's check, so the report panel can ask for it. */
  readonly validateRef?: { current?: () => void };
  /** Today: decides the form offered for a new workbook. */
  readonly today: Date;
  /** Told each check's result (the footer shows the workbook's form version). */
  readonly onValidated?: (result: ValidationResult) => void;
}

function WorkbookSection({ workbook, onStatus, onChanged, validateRef, today, onValidated }: WorkbookSectionProps) {
  const s = useStyles();
  const [form, setForm] = useState<FormSelection>(() => ({ key: suggestedForm(today) }));
  const h = useHeadingStyles();
  const [status, setStatusState] = useState<WorkbookStatus>();
  const setStatus = useCallback(
    (st: WorkbookStatus) => {
      setStatusState(st);
      onStatus?.(st);
    },
    [onStatus],
  );
  const [busy, setBusy] = useState<Busy>('load');
  const [notice, setNotice] = useState<Notice>();
  const [result, setResult] = useState<ValidationResult>();
  const alive = useRef(true);

  /** `forReport`: the report panel asked (it keeps its own message; the list refreshes). */
  const validate = useCallback(
    async (forReport = false) => {
      setBusy('validate');
      if (!forReport) onChanged?.();
      try {
        const r = await workbook.validate();
        if (alive.current) {
          setResult(r);
          onValidated?.(r);
        }
      } catch (e) {
        if (alive.current) setNotice({ intent: 'error', text: messageOf(e) });
      } finally {
        if (alive.current) setBusy(null);
      }
    },
    [workbook, onChanged, onValidated],
  );
  useEffect(() => {
    if (validateRef) validateRef.current = () => void validate(true);
  }, [validate, validateRef]);

  useEffect(() => {
    alive.current = true;
    (async () => {
      try {
        const st = await workbook.inspect();
        if (!alive.current) return;
        setStatus(st);
        if (st.ours) await validate();
        else setBusy(null);
      } catch (e) {
        if (alive.current) {
          setNotice({ intent: 'error', text: messageOf(e) });
          setBusy(null);
        }
      }
    })();
    return () => {
      alive.current = false;
    };
  }, [workbook, validate, setStatus]);

  // The workbook may change behind the pane: a ribbon command ("Tạo biểu mẫu", "Kiểm tra")
  // runs in its own runtime, the clerk deletes a sheet. Refresh quietly — on the host's change
  // events (debounced: one create fires many) and when the pane gets the focus back — but
  // never while the pane itself is working (it refreshes after its own actions).
  const busyRef = useRef<Busy>(busy);
  busyRef.current = busy;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const refreshNow = useCallback(async () => {
    if (busyRef.current !== null || !alive.current) return;
    try {
      const st = await workbook.inspect();
      if (!alive.current || busyRef.current !== null) return;
      setStatus(st);
      if (st.ours) {
        const r = await workbook.validate();
        if (alive.current && busyRef.current === null) setResult(r);
      } else setResult(undefined);
    } catch {
      // A quiet refresh says nothing; the next action reports its own errors.
    }
  }, [workbook]);
  useEffect(() => {
    const soon = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void refreshNow(), REFRESH_DELAY_MS);
    };
    const visible = () => {
      if (document.visibilityState === 'visible') soon();
    };
    const stop = workbook.watch?.(soon);
    window.addEventListener('focus', soon);
    document.addEventListener('visibilitychange', visible);
    return () => {
      stop?.();
      clearTimeout(timer.current);
      window.removeEventListener('focus', soon);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [workbook, refreshNow]);

  const create = async () => {
    setBusy('create');
    setNotice(undefined);
    onChanged?.();
    try {
      const r = await workbook.create(form.catalogue ? { catalogue: form.catalogue } : { form: form.key });
      if (r.kind === 'exists') {
        setNotice({ intent: 'warning', text: UI_TEXT.existsOfferRepair });
      } else {
        setNotice({
          intent: 'success',
          text:
            UI_TEXT.created(r.sheets.length) +
            (r.printSetup === false ? ` ${UI_TEXT.printSetupSkipped}` : '') +
            (r.fitNotApplied?.length ? ` ${UI_TEXT.fitNotApplied(r.fitNotApplied)}` : ''),
        });
        setResult(undefined);
      }
      setStatus(await workbook.inspect());
    } catch (e) {
      setNotice({ intent: 'error', text: messageOf(e) });
    } finally {
      setBusy(null);
    }
  };

  const repair = async () => {
    setBusy('repair');
    setNotice(undefined);
    onChanged?.();
    try {
      const r = await workbook.repair();
      if (r.kind === 'not-ours') {
        setNotice({ intent: 'warning', text: UI_TEXT.repairNotOurs });
        setStatus(await workbook.inspect());
        setBusy(null);
        return;
      }
      setNotice({
        intent: 'success',
        text:
          (r.backups.length ? UI_TEXT.repairedWithBackup(r.backups.map((b) => b.to)) : UI_TEXT.repaired) +
          (r.printSetup === false ? ` ${UI_TEXT.printSetupSkipped}` : '') +
          (r.fitNotApplied?.length ? ` ${UI_TEXT.fitNotApplied(r.fitNotApplied)}` : ''),
      });
      setStatus(await workbook.inspect());
      await validate();
    } catch (e) {
      setNotice({ intent: 'error', text: messageOf(e) });
      setBusy(null);
    }
  };

  const switchToRegister = async () => {
    if (!workbook.switchToRegister) return;
    setBusy('switch');
    setNotice(undefined);
    try {
      const r = await workbook.switchToRegister();
      if (r.kind === 'not-ours') {
        setNotice({ intent: 'warning', text: UI_TEXT.repairNotOurs });
        setBusy(null);
        return;
      }
      setNotice({
        intent: 'success',
        text: r.kind === 'already' ? UI_TEXT.switchedAlready : UI_TEXT.switched(r.added, r.existing),
      });
      await validate();
    } catch (e) {
      setNotice({ intent: 'error', text: messageOf(e) });
      setBusy(null);
    }
  };

  const select = async (f: Finding) => {
    try {
      await workbook.select({ sheet: f.sheet, address: f.address });
    } catch (e) {
      setNotice({ intent: 'error', text: messageOf(e) });
    }
  };

  const ours = !!status?.ours;
  const disabled = busy !== null;
  // A hand-typed tally (a workbook made before the register) may be switched to the register.
  const offerSwitch = ours && !!workbook.switchToRegister && result?.tallySource === 'typed';
  let body: ReactNode = null;
  // The result's sentence goes into the live region, so a screen reader hears "8 lỗi, 2 cảnh báo".
  let said: ReactNode = null;
  if (result) {
    const clean = result.errors === 0 && result.warnings === 0;
    said = clean ? (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{UI_TEXT.clean}</MessageBarBody>
      </MessageBar>
    ) : (
      <Text as="p" block>
        {UI_TEXT.summary(result.errors, result.warnings)}
      </Text>
    );
    body = (
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className={h.h2}>
          {UI_TEXT.resultsHeading}
        </h2>
        {clean ? (
          result.computed && <Totals computed={result.computed} />
        ) : (
          <Findings result={result} onSelect={select} />
        )}
      </section>
    );
  }

  return (
    <>
      <section aria-labelledby="form-heading">
        <h2 id="form-heading" className={h.h2}>
          {UI_TEXT.appSubtitle}
        </h2>
        {status && (
          <Text as="p" block>
            {ours ? UI_TEXT.repairHint : UI_TEXT.notOursHint}
          </Text>
        )}
        {ours && status.missing.length > 0 && (
          <Text as="p" block>
            {UI_TEXT.missingSheets(status.missing)}
          </Text>
        )}
        {offerSwitch && (
          <Text as="p" block>
            {UI_TEXT.switchHint}
          </Text>
        )}
        {status && !ours && <FormChoice value={form} onChange={setForm} today={today} disabled={disabled} />}
        <div className={s.actions}>
          {ours ? (
            <Button appearance="primary" onClick={repair} disabled={disabled}>
              {UI_TEXT.repair}
            </Button>
          ) : (
            <Button
              appearance="primary"
              onClick={create}
              disabled={disabled || !form.key}
              title={UI_TEXT.createHint(planSheets(form))}
            >
              {UI_TEXT.create}
            </Button>
          )}
          <Button
            onClick={() => {
              // A new check replaces the last action's message ("Đã tạo biểu mẫu" would be stale).
              setNotice(undefined);
              void validate();
            }}
            disabled={disabled || !ours}
          >
            {UI_TEXT.validate}
          </Button>
          {offerSwitch && (
            <Button onClick={switchToRegister} disabled={disabled}>
              {UI_TEXT.switchToRegister}
            </Button>
          )}
        </div>
      </section>
      <StatusArea working={busy ? WORKING[busy] : undefined} notice={notice}>
        {said}
      </StatusArea>
      {body}
    </>
  );
}

export function App({ host, dark, reportPanel: ReportPanel, today }: AppProps) {
  const s = useStyles();
  const h = useHeadingStyles();
  usePageFrame();
  const [formReady, setFormReady] = useState<boolean>();
  const [generation, setGeneration] = useState(0);
  const validateRef = useRef<() => void>(undefined);
  const [form, setForm] = useState<string>();
  const onStatus = useCallback((st: WorkbookStatus) => {
    setFormReady(st.ours && st.missing.length === 0);
    if (!st.ours) setForm(undefined);
  }, []);
  const onValidated = useCallback((r: ValidationResult) => setForm(r.form), []);
  const onChanged = useCallback(() => setGeneration((g) => g + 1), []);
  /** Bumped when the aggregate added sheets: the workbook section reads the workbook again. */
  const [workbookRead, setWorkbookRead] = useState(0);
  const onAggregateWritten = useCallback(() => {
    setWorkbookRead((n) => n + 1);
    setGeneration((g) => g + 1);
  }, []);
  /** Lines were written into the register: check the workbook again (the tally follows), drop the report shown. */
  const onEntryWritten = useCallback(() => {
    setGeneration((g) => g + 1);
    validateRef.current?.();
  }, []);
  const workbook = host.workbook;
  const onSelect = useCallback(
    (t: CellTarget) => {
      void workbook?.select(t).catch(() => undefined);
    },
    [workbook],
  );
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={s.root}>
        <header>
          <h1 className={h.h1}>{UI_TEXT.appTitle}</h1>
        </header>
        <main>
          {workbook && (
            <WorkbookSection
              key={workbookRead}
              workbook={workbook}
              onStatus={onStatus}
              onChanged={onChanged}
              validateRef={validateRef}
              today={today ?? new Date()}
              onValidated={onValidated}
            />
          )}
          {workbook && host.registerEntry && formReady && (
            <Suspense fallback={null}>
              <RegisterEntryPanel host={host.registerEntry} form={form} onWritten={onEntryWritten} />
            </Suspense>
          )}
          {host.report && ReportPanel && (
            <ReportPanel
              report={host.report}
              {...(workbook
                ? {
                    formReady: formReady ?? false,
                    generation,
                    onSelect,
                    onTallyErrors: () => validateRef.current?.(),
                  }
                : {})}
            />
          )}
          {workbook && host.aggregate && (
            <Suspense fallback={null}>
              <AggregatePanel host={host.aggregate} onWritten={onAggregateWritten} />
            </Suspense>
          )}
          {!workbook && !(host.report && ReportPanel) && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{UI_TEXT.nothingHere}</MessageBarBody>
            </MessageBar>
          )}
        </main>
        <VersionFooter form={form} inWorkbook={!!workbook} />
      </div>
    </FluentProvider>
  );
}

/** Shown when the page is opened outside Office (no host, or office.js missing). */
export function OutsideOffice({ dark }: { readonly dark?: boolean }) {
  const s = useStyles();
  const h = useHeadingStyles();
  usePageFrame();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={s.root}>
        <h1 className={h.h1}>{UI_TEXT.appTitle}</h1>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{UI_TEXT.outsideOffice}</MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
