export * from './model';
export * from './build';
export * from './html';
export * from './drafts';
export * from './measure';
