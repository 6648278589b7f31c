/**
 * Sheet "Phụ lục I": the directive documents issued in the period
 * (TT · Số, ký hiệu, ngày ban hành · Trích yếu · Ghi chú).
 */
import { a1 } from '../a1';
import { a4Print } from './print';
import { normalizeText } from '../format/vietnamese';
import { TEXT } from '../text/vi';
import { attachmentLine, attachmentLineFormula, periodTitle, periodTitleFormula, type InfoValues } from './info';
import type { CellPlan, CellValue, SheetPlan } from './types';

export interface DirectiveDocument {
  /** "Số 01/KH-UBND, ngày 10/01/2024 của UBND thị trấn" */
  readonly reference: string;
  /** Trích yếu. */
  readonly summary: string;
  readonly note: string;
}

export const DOCUMENTS_SHEET_NAME = 'Phụ lục I';
export const DOCUMENTS_HEADER_ROW = 6;
export const DOCUMENTS_FIRST_ROW = 7;
/** Rows made ready for entries; the clerk rarely lists more than a few dozen. */
export const DOCUMENTS_ROWS = 60;
export const DOCUMENTS_LAST_ROW = DOCUMENTS_FIRST_ROW + DOCUMENTS_ROWS - 1;

/** Phụ lục I's columns: TT, then the three the clerk types. */
export const DOCUMENTS_COLS = { number: 1, reference: 2, summary: 3, note: 4 } as const;

/** TT numbers itself: blank on an empty line, else its position. */
function numberFormula(row: number): string {
  return `=IF(COUNTA(B${row}:D${row})=0,"",ROW()-${DOCUMENTS_FIRST_ROW - 1})`;
}

export function buildDocumentsSheet(docs: readonly DirectiveDocument[], info: InfoValues): SheetPlan {
  // More entries than the prepared lines (typed below them): keep every one.
  const lines = Math.max(DOCUMENTS_ROWS, docs.length);
  const cells: CellPlan[] = [];
  const put = (c: Omit<CellPlan, 'address'>) => cells.push({ ...c, address: a1(c.row, c.col) });
  put({ row: 1, col: 1, role: 'title', value: TEXT.documents.appendix, style: 'subtitle' });
  put({ row: 2, col: 1, role: 'title', value: TEXT.documents.title, style: 'title' });
  put({ row: 3, col: 1, role: 'title', formula: periodTitleFormula(), cached: periodTitle(info), style: 'subtitle' });
  put({
    row: 4,
    col: 1,
    role: 'title',
    formula: attachmentLineFormula(),
    cached: attachmentLine(info),
    style: 'attachment',
  });
  TEXT.documents.headers.forEach((h, i) =>
    put({ row: DOCUMENTS_HEADER_ROW, col: i + 1, role: 'header', value: h, style: 'header' }),
  );
  for (let i = 0; i < lines; i++) {
    const row = DOCUMENTS_FIRST_ROW + i;
    const d = docs[i];
    const filled = d !== undefined && (d.reference || d.summary || d.note);
    put({
      row,
      col: DOCUMENTS_COLS.number,
      role: 'computed',
      formula: numberFormula(row),
      cached: filled ? i + 1 : '',
      style: 'number',
      key: `documents:${i + 1}:number`,
    });
    put({
      row,
      col: DOCUMENTS_COLS.reference,
      role: 'input',
      value: d?.reference || null,
      style: 'longTextInput',
      key: `documents:${i + 1}:reference`,
    });
    put({
      row,
      col: DOCUMENTS_COLS.summary,
      role: 'input',
      value: d?.summary || null,
      style: 'longTextInput',
      key: `documents:${i + 1}:summary`,
    });
    put({
      row,
      col: DOCUMENTS_COLS.note,
      role: 'input',
      value: d?.note || null,
      style: 'longTextInput',
      key: `documents:${i + 1}:note`,
    });
  }
  return {
    key: 'documents',
    name: DOCUMENTS_SHEET_NAME,
    columnWidths: [6, 40, 60, 16],
    rowHeights: { 2: 36, 4: 32, [DOCUMENTS_HEADER_ROW]: 32 },
    cells,
    merges: ['A1:D1', 'A2:D2', 'A3:D3', 'A4:D4'],
    freeze: { rows: DOCUMENTS_HEADER_ROW, columns: 0 },
    print: a4Print('portrait', {
      titleRows: `${DOCUMENTS_HEADER_ROW}:${DOCUMENTS_HEADER_ROW}`,
      centerHorizontally: true,
    }),
    protect: true,
    validations: [],
    conditionalFormats: [],
    readExtent: `A1:D${DOCUMENTS_FIRST_ROW + lines + 40}`,
  };
}

function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : normalizeText(String(v));
}

/** Entries typed in a Phụ lục I grid (values anchored at A1), empty lines skipped. */
export function readDocuments(values: readonly (readonly CellValue[])[]): DirectiveDocument[] {
  const out: DirectiveDocument[] = [];
  for (let r = DOCUMENTS_FIRST_ROW; r <= values.length; r++) {
    const line = values[r - 1] ?? [];
    const d = {
      reference: cellText(line[DOCUMENTS_COLS.reference - 1]),
      summary: cellText(line[DOCUMENTS_COLS.summary - 1]),
      note: cellText(line[DOCUMENTS_COLS.note - 1]),
    };
    if (d.reference || d.summary || d.note) out.push(d);
  }
  return out;
}
