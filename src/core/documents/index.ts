export * from './registry';
export { LEGAL_BASES, legalBasesOn, type LegalBasis } from './legalBases';
export { sheetRowOf, type DocumentFinding, type DocumentLine } from './lines';
