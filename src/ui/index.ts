export * from './App';
export * from './host';
export * from './mount';
export * from './theme';
