export * from './App';
export * from './mount';
export * from './theme';
