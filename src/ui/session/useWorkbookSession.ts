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
import type { RepairLogRef, ValidationResult } from '../../core';
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
  /** A repair's "Đã chuyển … — kiểm tra lại" seen: its log line cleared, then the workbook checked again. */
  dismissMoved(line: RepairLogRef): Promise<void>;
  clearNotice(): void;
}

type Actions = Omit<
  WorkbookSession,
  'workbook' | 'status' | 'result' | 'busy' | 'notice' | 'formReady' | 'form' | 'revision'
>;

/** What a create or a repair says of the print setup, after its own sentence. */
function printNotes(r: { readonly printSetup?: boolean; readonly fitNotApplied?: readonly string[] }): string {
  return (
    (r.printSetup === false ? ` ${UI_TEXT.printSetupSkipped}` : '') +
    (r.fitNotApplied?.length ? ` ${UI_TEXT.fitNotApplied(r.fitNotApplied)}` : '')
  );
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

  /**
   * Reads status, then checks when the form is there; throws the host's error. `current`: may
   * what was read still be shown (the pane is open; for a quiet refresh, nothing else started).
   */
  const read = useCallback(
    async (current: () => boolean = () => alive.current) => {
      const st = await workbook.inspect();
      if (!current()) return;
      setStatus(st);
      if (st.ours) {
        const r = await workbook.validate();
        if (current()) setResult(r);
      } else setResult(undefined);
    },
    [workbook],
  );

  // Every action on the workbook, each written once: what runs, then what the pane says.
  const actions = useMemo((): Actions => {
    const run = async (
      kind: Exclude<Busy, null>,
      action: () => Promise<void>,
      { keepNotice = false, change = true } = {},
    ) => {
      setBusy(kind);
      if (!keepNotice) setNotice(undefined);
      if (change) setRevision((n) => n + 1);
      try {
        await action();
      } catch (e) {
        if (alive.current) setNotice({ intent: 'error', text: messageOf(e) });
      } finally {
        if (alive.current) setBusy(null);
      }
    };
    const check = async () => {
      const r = await workbook.validate();
      if (alive.current) setResult(r);
    };
    return {
      validate: (quiet = false) => run('validate', check, { keepNotice: quiet, change: !quiet }),
      reload: () => run('load', () => read()),
      create: (options) =>
        run('create', async () => {
          const r = await workbook.create(options);
          setNotice(
            r.kind === 'exists'
              ? { intent: 'warning', text: UI_TEXT.existsOfferRepair }
              : { intent: 'success', text: UI_TEXT.created(r.sheets.length) + printNotes(r) },
          );
          // The new form is checked at once: the footer names it and the list says what is left to fill.
          await read();
        }),
      repair: () =>
        run('repair', async () => {
          const r = await workbook.repair();
          if (r.kind === 'not-ours') {
            setNotice({ intent: 'warning', text: UI_TEXT.repairNotOurs });
            setStatus(await workbook.inspect());
            return;
          }
          const said = r.backups.length ? UI_TEXT.repairedWithBackup(r.backups.map((b) => b.to)) : UI_TEXT.repaired;
          const mended = r.mended?.length ? ` ${r.mended.join(' ')}` : '';
          setNotice({ intent: 'success', text: said + mended + printNotes(r) });
          await read();
        }),
      switchToRegister: () =>
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
          await check();
        }),
      dismissMoved: (line) =>
        run('validate', async () => {
          await workbook.dismissMoved?.(line);
          await check();
        }),
      select: async (target) => {
        try {
          await workbook.select({ sheet: target.sheet, address: target.address });
        } catch (e) {
          if (alive.current) setNotice({ intent: 'error', text: messageOf(e) });
        }
      },
      clearNotice: () => setNotice(undefined),
    };
  }, [workbook, read]);

  useEffect(() => {
    alive.current = true;
    if (!host) return;
    // The first read is not a change the views must drop anything for.
    setBusy('load');
    read()
      .catch((e: unknown) => alive.current && setNotice({ intent: 'error', text: messageOf(e) }))
      .finally(() => alive.current && setBusy(null));
    return () => {
      alive.current = false;
    };
  }, [host, read]);

  // The workbook may change behind the pane: a ribbon command ("Tạo biểu mẫu", "Kiểm tra")
  // runs in its own runtime, the clerk deletes a sheet. Refresh quietly — on the host's change
  // events (debounced: one create fires many) and when the pane gets the focus back — but
  // never while the pane itself is working (it refreshes after its own actions).
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    if (!host) return;
    const quiet = () => alive.current && busyRef.current === null;
    const refresh = () => {
      if (quiet()) read(quiet).catch(() => undefined); // says nothing: the next action reports its own errors
    };
    const soon = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(refresh, REFRESH_DELAY_MS);
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
  }, [host, workbook, read]);

  const formReady = status ? status.ours && status.missing.length === 0 : undefined;
  const form = status?.ours ? result?.form : undefined;
  const session = useMemo(
    (): WorkbookSession => ({ workbook, status, result, busy, notice, formReady, form, revision, ...actions }),
    [workbook, status, result, busy, notice, formReady, form, revision, actions],
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
