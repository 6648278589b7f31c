/** The report panel as a lazy chunk: the "Văn bản" view (and Word's pane) loads it when first shown. */
import { lazy } from 'react';

export const LazyReportPanel = lazy(() =>
  import(/* webpackChunkName: "report-panel" */ './renderReportPanel').then((m) => ({ default: m.ReportPanel })),
);
