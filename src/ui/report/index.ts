export * from './ReportPanel.types';
export * from './renderReportPanel';
export { browserEnv } from './useReportPanel';
