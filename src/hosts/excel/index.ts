export * from './api';
export * from './errors';
export * from './render';
export * from './workbook';
export * from './requirements';
export * from './watch';
export * from './aggregate';
export * from './registerEntry';
