/**
 * The domain core: pure TypeScript, no Office, DOM or Node imports (enforced by
 * tests/core/purity.test.ts and the ESLint config).
 */
export * from './a1';
export * from './catalogue';
export * from './dict';
export * from './excelMath';
export * from './format/vietnamese';
export * from './sheetGrid';
export * from './layout/catalogueSheet';
export * from './layout/documents';
export * from './layout/info';
export * from './layout/styles';
export * from './layout/tally';
export * from './layout/types';
export * from './layout/units';
export * from './tally';
export * from './text/vi';
export * from './text/cli';
export * from './text/catalogue';
export * from './validation/rules';
export * from './validation/findings';
export * from './validation/validate';
export * from './validation/tallyChecks';
export * from './workbook/inputs';
export * from './workbook/sheetList';
export * from './workbook/sheets/tally';
export * from './workbook/plan';
export * from './workbook/detect';
export * from './workbook/read';
export * from './workbook/align';
export * from './workbook/repair';
export * from './workbook/json';
export * from './planToGrids';
export * from './layout/print';
export * from './layout/register';
export * from './layout/registerHeaders';
export * from './register';
export * from './registerSwitch';
export * from './registerEntry';
export * from './workbook/sheetLocation';
export * from './layout/repairLog';
export * from './aggregate';
export * from './formVersion';
