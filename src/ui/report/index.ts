export * from './ReportPanel';
export * from './types';
export * from './excelReportHost';
