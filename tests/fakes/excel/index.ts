export * from './fakeExcel';
export * from './seed';
