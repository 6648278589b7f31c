/** The pane's state: the workbook session, which views the host offers, the one shown (remembered per workbook). */
import { useCallback, useState } from 'react';
import type { CellTarget } from '../../ports';
import { useWorkbookSession } from '../session/useWorkbookSession';
import { PANE_VIEWS, VIEW_SETTING, type AppProps, type PaneView } from './App.types';

export function useApp({ host, reportPanel }: AppProps) {
  const session = useWorkbookSession(host.workbook);
  const views: PaneView[] = host.workbook
    ? PANE_VIEWS.filter(
        (v) =>
          v === 'check' ||
          (v === 'register' && !!host.registerEntry) ||
          (v === 'documents' && !!host.report && !!reportPanel) ||
          (v === 'aggregate' && !!host.aggregate),
      )
    : [];
  const settings = host.settings;
  const [view, setViewState] = useState<PaneView>(() => {
    const saved = settings?.get(VIEW_SETTING) as PaneView | undefined;
    return saved && views.includes(saved) ? saved : 'check';
  });
  /** Views shown once stay mounted (hidden), so switching back keeps what the clerk was doing. */
  const [visited, setVisited] = useState<ReadonlySet<PaneView>>(() => new Set([view]));
  const setView = useCallback(
    (v: PaneView) => {
      setViewState(v);
      setVisited((s) => (s.has(v) ? s : new Set([...s, v])));
      settings?.set(VIEW_SETTING, v);
    },
    [settings],
  );
  // The report panel's cells: a failure is said in that panel (the session's notice is Kiểm tra's).
  const workbook = session?.workbook;
  const onSelect = useCallback(
    (t: CellTarget) => (workbook ? workbook.select({ sheet: t.sheet, address: t.address }) : Promise.resolve()),
    [workbook],
  );
  const showFindings = useCallback(() => setView('check'), [setView]);
  return { session, views, view, setView, visited, onSelect, showFindings };
}

export type AppState = ReturnType<typeof useApp>;
