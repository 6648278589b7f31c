export * from './registry';
export { LEGAL_BASES, legalBasesOn, provinceBases, type LegalBasis } from './legalBases';
export { sheetRowOf, type DocumentFinding, type DocumentLine } from './lines';
