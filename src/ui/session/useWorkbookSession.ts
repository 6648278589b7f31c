/**
 * The workbook session: what the pane knows of the open workbook (status, the last check's
 * findings and totals, what is running, the last action's message) and the actions on it.
 * One owner for that state, shared by every view through WorkbookSessionContext: the views
 * read it and call its actions; none keeps its own copy of the workbook.
 *
 * State comes from the workbook on load (inspect, then check if the form is there), so a
 * reloaded pane shows the same thing; it is read again when the workbook changes behind the
 * pane (host `watch`) or the pane gets the focus back.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ValidationResult } from '../../core';
import { UI_TEXT } from '../../core/text/ui';
import { HostError, type CellTarget, type CreateOptions, type WorkbookHost, type WorkbookStatus } from '../../ports';
import type { Notice } from '../StatusArea';

export type Busy = 'load' | 'create' | 'repair' | 'validate' | 'switch' | null;

/** Changes come in bursts (a create writes thousands of cells): refresh once, after this. */
export const REFRESH_DELAY_MS = 400;

export const WORKING: Record<Exclude<Busy, null>, string> = {
  load: UI_TEXT.loading,
  create: UI_TEXT.workingCreate,
  repair: UI_TEXT.workingRepair,
  validate: UI_TEXT.workingValidate,
  switch: UI_TEXT.workingSwitch,
};

export function messageOf(e: unknown): string {
  return e instanceof HostError ? e.message : (e as Error)?.message || String(e);
}

export interface WorkbookSession {
  readonly workbook: WorkbookHost;
  readonly status?: WorkbookStatus;
  /** The last check (undefined before one, or when the workbook has no form). */
  readonly result?: ValidationResult;
  readonly busy: Busy;
  readonly notice?: Notice;
  /** The form is in the workbook with every sheet (undefined while the first read runs). */
  readonly formReady?: boolean;
  /** The workbook's form key, as the last check read it. */
  readonly form?: string;
  /**
   * Changes whenever the workbook was changed or checked from the pane: what a view derived
   * from the workbook (a report shown) is dropped then.
   */
  readonly revision: number;
  create(options: CreateOptions): Promise<void>;
  repair(): Promise<void>;
  switchToRegister(): Promise<void>;
  /** Check the workbook; `quiet`: keep the last action's message (the report panel asked). */
  validate(quiet?: boolean): Promise<void>;
  /** Read the workbook again (another part of the pane wrote to it) and check it. */
  reload(): Promise<void>;
  select(target: CellTarget): Promise<void>;
  clearNotice(): void;
}

/**
 * The session over `workbook`; with none (Word) it is inert and `undefined` is returned, so
 * the pane calls the hook unconditionally.
 */
export function useWorkbookSession(host: WorkbookHost | undefined): WorkbookSession | undefined {
  const workbook = host ?? INERT;
  const [status, setStatus] = useState<WorkbookStatus>();
  const [result, setResult] = useState<ValidationResult>();
  const [busy, setBusy] = useState<Busy>('load');
  const [notice, setNotice] = useState<Notice>();
  const [revision, setRevision] = useState(0);
  const alive = useRef(true);
  const busyRef = useRef<Busy>(busy);
  busyRef.current = busy;
  const changed = useCallback(() => setRevision((n) => n + 1), []);

  /** Reads status, then checks when the form is there; throws the host's error. */
  const read = useCallback(async () => {
    const st = await workbook.inspect();
    if (!alive.current) return;
    setStatus(st);
    if (st.ours) {
      const r = await workbook.validate();
      if (alive.current) setResult(r);
    } else setResult(undefined);
  }, [workbook]);

  const run = useCallback(
    async (kind: Exclude<Busy, null>, action: () => Promise<void>, { keepNotice = false, change = true } = {}) => {
      setBusy(kind);
      if (!keepNotice) setNotice(undefined);
      if (change) changed();
      try {
        await action();
      } catch (e) {
        if (alive.current) setNotice({ intent: 'error', text: messageOf(e) });
      } finally {
        if (alive.current) setBusy(null);
      }
    },
    [changed],
  );

  useEffect(() => {
    alive.current = true;
    if (!host) return;
    void run('load', read, { change: false });
    return () => {
      alive.current = false;
    };
  }, [host, run, read]);

  const validate = useCallback(
    (quiet = false) =>
      run(
        'validate',
        async () => {
          const r = await workbook.validate();
          if (alive.current) setResult(r);
        },
        { keepNotice: quiet, change: !quiet },
      ),
    [run, workbook],
  );

  const reload = useCallback(() => run('load', read), [run, read]);

  const create = useCallback(
    (options: CreateOptions) =>
      run('create', async () => {
        const r = await workbook.create(options);
        if (r.kind === 'exists') setNotice({ intent: 'warning', text: UI_TEXT.existsOfferRepair });
        else
          setNotice({
            intent: 'success',
            text:
              UI_TEXT.created(r.sheets.length) +
              (r.printSetup === false ? ` ${UI_TEXT.printSetupSkipped}` : '') +
              (r.fitNotApplied?.length ? ` ${UI_TEXT.fitNotApplied(r.fitNotApplied)}` : ''),
          });
        // The new form is checked at once: the footer names it and the list says what is left to fill.
        await read();
      }),
    [run, workbook, read],
  );

  const repair = useCallback(
    () =>
      run('repair', async () => {
        const r = await workbook.repair();
        if (r.kind === 'not-ours') {
          setNotice({ intent: 'warning', text: UI_TEXT.repairNotOurs });
          setStatus(await workbook.inspect());
          return;
        }
        setNotice({
          intent: 'success',
          text:
            (r.backups.length ? UI_TEXT.repairedWithBackup(r.backups.map((b) => b.to)) : UI_TEXT.repaired) +
            (r.mended?.length ? ` ${r.mended.join(' ')}` : '') +
            (r.printSetup === false ? ` ${UI_TEXT.printSetupSkipped}` : '') +
            (r.fitNotApplied?.length ? ` ${UI_TEXT.fitNotApplied(r.fitNotApplied)}` : ''),
        });
        await read();
      }),
    [run, workbook, read],
  );

  const switchToRegister = useCallback(
    () =>
      run('switch', async () => {
        if (!workbook.switchToRegister) return;
        const r = await workbook.switchToRegister();
        if (r.kind === 'not-ours') {
          setNotice({ intent: 'warning', text: UI_TEXT.repairNotOurs });
          return;
        }
        setNotice(
          r.kind === 'already'
            ? { intent: 'success', text: UI_TEXT.switchedAlready }
            : {
                intent: r.kept > 0 ? 'warning' : 'success',
                text: [UI_TEXT.switched(r.added, r.existing), ...r.summary].join(' '),
              },
        );
        const v = await workbook.validate();
        if (alive.current) setResult(v);
      }),
    [run, workbook],
  );

  const select = useCallback(
    async (target: CellTarget) => {
      try {
        await workbook.select({ sheet: target.sheet, address: target.address });
      } catch (e) {
        if (alive.current) setNotice({ intent: 'error', text: messageOf(e) });
      }
    },
    [workbook],
  );

  // The workbook may change behind the pane: a ribbon command ("Tạo biểu mẫu", "Kiểm tra")
  // runs in its own runtime, the clerk deletes a sheet. Refresh quietly — on the host's change
  // events (debounced: one create fires many) and when the pane gets the focus back — but
  // never while the pane itself is working (it refreshes after its own actions).
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const refreshQuietly = useCallback(async () => {
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
      timer.current = setTimeout(() => void refreshQuietly(), REFRESH_DELAY_MS);
    };
    const visible = () => {
      if (document.visibilityState === 'visible') soon();
    };
    if (!host) return;
    const stop = workbook.watch?.(soon);
    window.addEventListener('focus', soon);
    document.addEventListener('visibilitychange', visible);
    return () => {
      stop?.();
      clearTimeout(timer.current);
      window.removeEventListener('focus', soon);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [host, workbook, refreshQuietly]);

  const clearNotice = useCallback(() => setNotice(undefined), []);
  const formReady = status ? status.ours && status.missing.length === 0 : undefined;
  const form = status?.ours ? result?.form : undefined;
  const session = useMemo(
    () => ({
      workbook,
      status,
      result,
      busy,
      notice,
      formReady,
      form,
      revision,
      create,
      repair,
      switchToRegister,
      validate,
      reload,
      select,
      clearNotice,
    }),
    [
      workbook,
      status,
      result,
      busy,
      notice,
      formReady,
      form,
      revision,
      create,
      repair,
      switchToRegister,
      validate,
      reload,
      select,
      clearNotice,
    ],
  );
  return host ? session : undefined;
}

/** Stands in for a missing workbook so the hook's callbacks exist; never called (no session is returned). */
const INERT: WorkbookHost = {
  inspect: () => Promise.reject(new Error('no workbook')),
  create: () => Promise.reject(new Error('no workbook')),
  repair: () => Promise.reject(new Error('no workbook')),
  validate: () => Promise.reject(new Error('no workbook')),
  select: () => Promise.reject(new Error('no workbook')),
};

export const WorkbookSessionContext = createContext<WorkbookSession | undefined>(undefined);

/** The session of the workbook the pane is open on (inside App's provider). */
export function useSession(): WorkbookSession {
  const s = useContext(WorkbookSessionContext);
  if (!s) throw new Error('useSession outside WorkbookSessionContext');
  return s;
}
