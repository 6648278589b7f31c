/** The .xlsx file host (exceljs): the only code that imports exceljs. */
export * from './bytes';
export * from './files';
export * from './read';
export * from './render';
export * from './output';
export * from './units';
