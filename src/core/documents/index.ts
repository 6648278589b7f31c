export * from './registry';
export { LEGAL_BASES, legalBasesOn, type LegalBasis } from './legalBases';
export { type DocumentFinding, type DocumentLine } from './lines';
