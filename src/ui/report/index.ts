export * from './ReportPanel';
