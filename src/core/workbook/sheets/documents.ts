/** "Phụ lục I": the directive documents, one per line. */
import { a1 } from '../../a1';
import {
  buildDocumentsSheet,
  DOCUMENTS_COLS,
  DOCUMENTS_FIRST_ROW,
  DOCUMENTS_SHEET_NAME,
  readDocuments,
  type DirectiveDocument,
} from '../../layout/documents';
import type { SheetGrid } from '../../sheetGrid';
import { isEmpty, toCellValue, valueAt } from '../../sheetGrid';
import { TEXT } from '../../text/vi';
import { columnKeys, keepCell, linesKept, padded, share, type SheetDefinition } from '../sheetDefinition';

/** The columns the clerk types, in plan-key order. */
const FIELDS = ['reference', 'summary', 'note'] as const;

function readDocumentsGrid(g: SheetGrid | undefined, used: Set<string>): DirectiveDocument[] {
  if (!g) return [];
  const values = g.values.map((line) => (Array.isArray(line) ? line.map(toCellValue) : []));
  for (let r = DOCUMENTS_FIRST_ROW; r <= values.length; r++) {
    for (const field of FIELDS) {
      if (!isEmpty(valueAt(g, r, DOCUMENTS_COLS[field]))) used.add(a1(r, DOCUMENTS_COLS[field]));
    }
  }
  return readDocuments(values);
}

export const DOCUMENTS_SHEET: SheetDefinition = {
  key: 'documents',
  name: DOCUMENTS_SHEET_NAME,
  marksOurs: true,
  // The report reads it: missing is said, never silently empty.
  whenMissing: 'companion-missing',
  adoptable: true,
  build: (_catalogue, inputs) => buildDocumentsSheet(inputs.documents, inputs.info),
  read: (_catalogue, grids, used) => ({ documents: readDocumentsGrid(grids.sheets[DOCUMENTS_SHEET_NAME], used) }),
  resemblance(_catalogue, g) {
    const found = new Set([...columnKeys(g, 1, 10), ...columnKeys(g, 2, 10), ...columnKeys(g, 3, 10)]);
    return share([TEXT.documents.title, ...TEXT.documents.headers.slice(1)], found);
  },
  // By line.
  keep(_catalogue, docs, put) {
    for (let r = DOCUMENTS_FIRST_ROW; r <= docs.values.length; r++) {
      const i = r - DOCUMENTS_FIRST_ROW + 1;
      for (const field of FIELDS) put(`documents:${i}:${field}`, keepCell(docs, r, DOCUMENTS_COLS[field]));
    }
  },
  makeRoom: (inputs, kept) => ({
    ...inputs,
    documents: padded(inputs.documents, linesKept(kept, 'documents:'), { reference: '', summary: '', note: '' }),
  }),
};
