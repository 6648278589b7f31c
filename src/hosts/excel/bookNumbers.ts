/**
 * "Ghi các số này vào cột “Số vào sổ”": the Số vào sổ printed on the Giấy khen for lines that had
 * none, written into the register's cells, never over anything. One `run`, two round trips
 * whatever the number of lines: (1) the register's header rows (where the columns are) and the
 * lines' rows, read again now; (2) the write, of the cells still empty only. A cell typed in
 * meanwhile is kept (and named); a line no longer where it was printed from (the header's "Số vào
 * sổ" column moved, or another name on the row: rows inserted or sorted since) gets nothing.
 */
import { a1, columnLetter, parseRange, REGISTER_SHEET_NAME } from '../../core';
import type { BookNumberProposal } from '../../core/certificates/model';
import { normalizeText } from '../../core/format/vietnamese';
import { locateRegisterLayout } from '../../core/layout/registerHeaders';
import type { BookNumbersWritten } from '../../ports';
import type { ContextLike, RangeLike } from './api';
import { codeOf } from './errors';
import { asTypedText } from './render';

/** The register's top rows, where its header is looked for (as registerEntry.ts reads them). */
const LAST_COL = 52;
const HEADER_AREA = `A1:${columnLetter(LAST_COL)}40`;

const isEmpty = (v: unknown) => v === '' || v === null || v === undefined;
const text = (v: unknown) => (isEmpty(v) ? '' : normalizeText(String(v)));

export async function writeBookNumbers(
  ctx: ContextLike,
  cells: readonly BookNumberProposal[],
): Promise<BookNumbersWritten> {
  if (!cells.length) return { written: [], kept: [], moved: [] };
  const sheet = ctx.workbook.worksheets.getItem(REGISTER_SHEET_NAME);
  const header = sheet.getRange(HEADER_AREA);
  header.load('values');
  // Each line's row as it is now (values and formulas: a formula showing "" is not empty).
  const rows = new Map<number, RangeLike>();
  for (const c of cells) {
    const r = parseRange(c.address).r1;
    if (rows.has(r)) continue;
    const range = sheet.getRange(`A${r}:${columnLetter(LAST_COL)}${r}`);
    range.load(['values', 'formulas']);
    rows.set(r, range);
  }
  try {
    await ctx.sync(); // 1
  } catch (e) {
    // The register sheet is gone (renamed, deleted) since the Giấy khen were printed.
    if (codeOf(e) === 'ItemNotFound') return { written: [], kept: [], moved: cells.map((c) => c.address) };
    throw e;
  }
  const layout = locateRegisterLayout(header.values as unknown[][]);
  const bookCol = layout.columns.get('bookNumber');
  const nameCol = layout.columns.get('name');
  const written: string[] = [];
  const kept: { address: string; value: string }[] = [];
  const moved: string[] = [];
  for (const c of cells) {
    const { r1, c1 } = parseRange(c.address);
    const row = rows.get(r1)!;
    const values = (row.values as unknown[][])[0] ?? [];
    const formulas = (row.formulas as unknown[][])[0] ?? [];
    if (c1 !== bookCol || nameCol === undefined || text(values[nameCol - 1]) !== text(c.name)) {
      moved.push(c.address);
      continue;
    }
    if (!isEmpty(values[c1 - 1]) || !isEmpty(formulas[c1 - 1])) {
      const f = formulas[c1 - 1];
      kept.push({ address: c.address, value: String(isEmpty(values[c1 - 1]) ? f : values[c1 - 1]) });
      continue;
    }
    // As typed text: "01/2025" written to `values` would be read as a date, "125" as a number
    // (render.ts asTypedText, as every text the host writes).
    sheet.getRange(a1(r1, c1)).values = [[asTypedText(c.number)]];
    written.push(c.address);
  }
  if (written.length) await ctx.sync(); // 2
  return { written, kept, moved };
}
