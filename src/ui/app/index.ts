export * from './App.types';
export * from './renderApp';
export * from './useApp';
