export * from './registry';
export { LEGAL_BASES, legalBasesOn, provinceBases, type LegalBasis } from './legalBases';
export { type DocumentFinding, type DocumentLine } from './lines';
