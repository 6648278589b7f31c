/**
 * The task pane: a title, a tab per task — Kiểm tra · Danh sách khen thưởng · Văn bản ·
 * Tổng hợp — and the version footer. It receives a TdktHost (functions) and never calls
 * Office.js itself. Only "Kiểm tra" is in the script loaded at open; the other views load
 * when first shown (lazy chunks) and then stay mounted, hidden, while another is shown.
 * Where there is no workbook (Word), the pane is the report panel alone.
 */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, type ReactNode } from 'react';
import { reportFileName } from '../../core/format/fileName';
import { UI_TEXT } from '../../core/text/ui';
import { CheckView } from '../check/renderCheckView';
import { LazyBoundary } from '../LazyBoundary';
import { VersionFooter } from '../footer/VersionFooter';
import { WorkbookSessionContext } from '../session/useWorkbookSession';
import { useHeadingStyles, usePageFrame } from '../styles';
import type { AppProps, PaneView } from './App.types';
import { useApp } from './useApp';
import { useAppStyles } from './useAppStyles.styles';
import { ViewTabs } from './ViewTabs';

const RegisterEntryPanel = lazy(() =>
  import(/* webpackChunkName: "register-entry" */ '../registerEntry/renderRegisterEntry').then((m) => ({
    default: m.RegisterEntryPanel,
  })),
);

const AggregatePanel = lazy(() =>
  import(/* webpackChunkName: "aggregate-panel" */ '../aggregate/renderAggregate').then((m) => ({
    default: m.AggregatePanel,
  })),
);

export function App(props: AppProps) {
  const { host, dark, reportPanel: ReportPanel, today } = props;
  const s = useAppStyles();
  const h = useHeadingStyles();
  usePageFrame();
  const { session, views, view, setView, visited, onSelect, showFindings } = useApp(props);

  const label = (v: PaneView): ReactNode =>
    v === 'register' ? (
      <>
        <span className={s.longOnly}>{UI_TEXT.views.register}</span>
        <span className={s.shortOnly}>{UI_TEXT.views.registerShort}</span>
      </>
    ) : (
      UI_TEXT.views[v]
    );

  const content = (v: PaneView): ReactNode => {
    if (!session) return null;
    switch (v) {
      case 'check':
        return <CheckView today={today ?? new Date()} />;
      case 'register':
        return session.formReady && host.registerEntry ? (
          <RegisterEntryPanel
            host={host.registerEntry}
            form={session.form}
            onWritten={() => void session.validate(true)}
          />
        ) : (
          <Text as="p" block>
            {UI_TEXT.registerNeedsForm}
          </Text>
        );
      case 'documents':
        return (
          host.report &&
          ReportPanel && (
            <ReportPanel
              report={host.report}
              formReady={session.formReady ?? false}
              generation={session.revision}
              onSelect={onSelect}
              onTallyErrors={() => void session.validate(true)}
              onShowFindings={showFindings}
              fileName={session.result ? reportFileName(session.result.info) : undefined}
            />
          )
        );
      case 'aggregate':
        return host.aggregate && <AggregatePanel host={host.aggregate} onWritten={() => void session.reload()} />;
    }
  };

  let main: ReactNode;
  if (session) {
    main = (
      <>
        <ViewTabs
          className={s.tabs}
          tabs={views.map((v) => ({ value: v, name: UI_TEXT.views[v], label: label(v) }))}
          selected={view}
          onSelect={setView}
          label={UI_TEXT.views.label}
          tabId={(v) => `tab-${v}`}
          panelId={(v) => `view-${v}`}
        />
        {views
          .filter((v) => visited.has(v))
          .map((v) => (
            <div
              key={v}
              id={`view-${v}`}
              role="tabpanel"
              aria-labelledby={`tab-${v}`}
              hidden={v !== view}
              className={s.panel}
            >
              <LazyBoundary>{content(v)}</LazyBoundary>
            </div>
          ))}
      </>
    );
  } else if (host.report && ReportPanel) {
    main = (
      <LazyBoundary>
        <ReportPanel report={host.report} />
      </LazyBoundary>
    );
  } else {
    main = (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{UI_TEXT.nothingHere}</MessageBarBody>
      </MessageBar>
    );
  }

  const tree = (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={s.root}>
        <header>
          <h1 className={h.h1}>{UI_TEXT.appTitle}</h1>
        </header>
        <main>{main}</main>
        <VersionFooter form={session?.form} inWorkbook={!!host.workbook} />
      </div>
    </FluentProvider>
  );
  return session ? <WorkbookSessionContext.Provider value={session}>{tree}</WorkbookSessionContext.Provider> : tree;
}

/** Shown when the page is opened outside Office (no host, or office.js missing). */
export function OutsideOffice({ dark }: { readonly dark?: boolean }) {
  const s = useAppStyles();
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
