export * from './RegisterEntry.types';
export * from './renderRegisterEntry';
export * from './useRegisterEntry';
