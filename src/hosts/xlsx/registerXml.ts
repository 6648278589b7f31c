/**
 * A large register's lines written straight into the sheet's XML, not through exceljs: exceljs
 * holds a cell object per value and builds the whole sheet's XML in memory on write, which for a
 * receiving office's summed register (tens of thousands of lines) was most of the command's
 * memory. The rest of the plan is rendered by exceljs as always (render.ts); the lines are then
 * added as rows to the register's part, each cell with the style of its format in the plan (one
 * cell of each format is written by exceljs, and its style index taken for the rest), text as
 * inline strings, numbers as numbers, the STT formula with its number. docs/ARCHITECTURE.md gives the figures.
 */
import { unzipSync } from 'fflate';
import { columnLetter, columnNumber, type CellPlan, type SheetPlan, type WorkbookPlan } from '../../core';
import { REGISTER_COLUMNS, REGISTER_FIRST_ROW, REGISTER_LAST_COL } from '../../core/layout/register';
import { repackWithPart, sheetPartPath } from './repack';

/** Line cells from which the register's lines are written as XML (fewer: through exceljs). */
export const REGISTER_XML_MIN_CELLS = 20000;

/** A line's typed cells and its STT formula (on the same rows: exceljs must write none of them). */
const isLineCell = (c: CellPlan) =>
  c.row >= REGISTER_FIRST_ROW &&
  c.col <= REGISTER_LAST_COL &&
  ((c.role === 'input' && c.formula === undefined) || (c.role === 'computed' && c.col === REGISTER_COLUMNS.number));

/** A line cell's format as the plan gives it: its style, and the number format that overrides it. */
export function lineFormatKey(c: CellPlan): string {
  return c.numberFormat === undefined ? c.style : `${c.style}\u0000${c.numberFormat}`;
}

export interface SplitRegister {
  /** The plan exceljs renders: without the line cells written as XML. */
  readonly plan: WorkbookPlan;
  /** The register's sheet name, when its lines are written as XML. */
  readonly sheet?: string;
  /** The line cells written as XML rows. */
  readonly cells: CellPlan[];
  /**
   * One line cell of each format the lines carry (lineFormatKey → its address), left to exceljs:
   * the style exceljs writes for it is the one every XML cell of that format takes, so the
   * lines have the formats of the one plan (a filled line's borders, the date's format), as
   * a register written all through exceljs has them.
   */
  readonly formats: ReadonlyMap<string, string>;
}

/**
 * The plan without the register's line cells (when they are many), and those cells. `keep`:
 * line cells exceljs writes all the same (repair: a cell whose rich text, hyperlink or error
 * value the XML rows cannot carry).
 */
export function splitRegisterLines(plan: WorkbookPlan, keep: (c: CellPlan) => boolean = () => false): SplitRegister {
  const register = plan.sheets.find((s) => s.key === 'register');
  if (!register) return { plan, cells: [], formats: new Map() };
  const all = register.cells.filter(isLineCell);
  if (all.length < REGISTER_XML_MIN_CELLS) return { plan, cells: [], formats: new Map() };
  const formats = new Map<string, string>();
  const left = new Set<CellPlan>();
  const cells: CellPlan[] = [];
  for (const c of all) {
    const key = lineFormatKey(c);
    if (!formats.has(key)) formats.set(key, c.address);
    else if (!keep(c)) {
      cells.push(c);
      continue;
    }
    left.add(c);
  }
  // The lines' rows are written as XML rows after exceljs: exceljs must not write those rows
  // itself (a row height makes it write an empty <row> of the same number, and a reader that
  // keeps the first of two rows then sees no line at all).
  const lineRows = new Set(all.map((c) => c.row));
  const rowHeights = Object.fromEntries(Object.entries(register.rowHeights).filter(([r]) => !lineRows.has(Number(r))));
  const light: SheetPlan = {
    ...register,
    cells: register.cells.filter((c) => !isLineCell(c) || left.has(c)),
    rowHeights,
  };
  return {
    plan: { ...plan, sheets: plan.sheets.map((s) => (s === register ? light : s)) },
    sheet: register.name,
    cells,
    formats,
  };
}

export function escapeXml(s: string): string {
  // Characters XML 1.0 cannot carry are dropped (as Excel never stores them either).
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function cellXml(c: CellPlan, style: string | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (c.formula !== undefined) {
    const cached = typeof c.cached === 'number' && Number.isFinite(c.cached) ? `<v>${c.cached}</v>` : '';
    return `<c r="${c.address}"${s}><f>${escapeXml(c.formula.replace(/^=/, ''))}</f>${cached}</c>`;
  }
  const v = c.value;
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${c.address}"${s}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${c.address}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v === null || v === undefined || v === '') return '';
  return `<c r="${c.address}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(v))}</t></is></c>`;
}

/** Each column's style index from the sheet's <cols> (min–max ranges). */
function columnStyles(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of xml.matchAll(/<col\b([^>]*?)\/?>/g)) {
    const min = /\bmin="(\d+)"/.exec(m[1]!)?.[1];
    const max = /\bmax="(\d+)"/.exec(m[1]!)?.[1];
    const style = /\bstyle="(\d+)"/.exec(m[1]!)?.[1];
    if (!min || !max || style === undefined) continue;
    for (let c = +min; c <= +max; c++) out.set(c, style);
  }
  return out;
}

/**
 * The sheet's XML with the line cells added to its rows (rows kept in order, cells in column
 * order), given to `emit` piece by piece (never one string of the whole sheet).
 */
export function addLinesToSheetXml(
  xml: string,
  cells: readonly CellPlan[],
  emit: (piece: string) => void,
  formats: ReadonlyMap<string, string> = new Map(),
): void {
  const styles = columnStyles(xml);
  const open = xml.indexOf('<sheetData');
  const close = xml.indexOf('</sheetData>');
  const selfClosed = /<sheetData\s*\/>/.exec(xml);
  const head = selfClosed ? xml.slice(0, selfClosed.index) : xml.slice(0, xml.indexOf('>', open) + 1);
  const body = selfClosed ? '' : xml.slice(xml.indexOf('>', open) + 1, close);
  const tail = selfClosed
    ? xml.slice(selfClosed.index + selfClosed[0].length)
    : xml.slice(close + '</sheetData>'.length);

  // The rows exceljs wrote (titles, headers, the dropdown lists): few.
  const existing = new Map<number, { open: string; inner: string }>();
  for (const m of body.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(/\br="(\d+)"/.exec(m[1]!)?.[1]);
    existing.set(r, { open: `<row${m[1]!.replace(/\s*spans="[^"]*"/, '')}>`, inner: m[2] ?? '' });
  }
  // The style exceljs wrote for each line format's cell (SplitRegister.formats).
  const formatStyles = new Map<string, string>();
  for (const [key, address] of formats) {
    const row = existing.get(Number(/\d+$/.exec(address)![0]));
    const at = row && new RegExp(`<c r="${address}"([^>]*?)(?:/>|>)`).exec(row.inner);
    const style = at && /\bs="(\d+)"/.exec(at[1]!)?.[1];
    if (style !== undefined && style !== null) formatStyles.set(key, style);
  }
  const byRow = new Map<number, CellPlan[]>();
  for (const c of cells) {
    let line = byRow.get(c.row);
    if (!line) byRow.set(c.row, (line = []));
    line.push(c);
  }
  const rows = [...new Set([...existing.keys(), ...byRow.keys()])].sort((a, b) => a - b);
  // The dimension first (it stands in the head): the rows and columns the lines reach.
  let lastRow = rows.length ? rows[rows.length - 1]! : 1;
  let lastCol = 1;
  for (const c of cells) lastCol = Math.max(lastCol, c.col);
  let start = head;
  const dim = /<dimension ref="[A-Z]+\d+(?::([A-Z]+)(\d+))?"\/>/.exec(head);
  if (dim) {
    const wide = Math.max(lastCol, dim[1] ? columnNumber(dim[1]) : 1);
    lastRow = Math.max(lastRow, dim[2] ? +dim[2] : 1);
    start = head.replace(dim[0], `<dimension ref="A1:${columnLetter(wide)}${lastRow}"/>`);
  }
  if (selfClosed) start += '<sheetData>';
  let piece = start;
  for (const r of rows) {
    const had = existing.get(r);
    const line = (byRow.get(r) ?? []).sort((a, b) => a.col - b.col);
    // exceljs may have written a line's cells empty, for their style (the bordered lines' area):
    // each such cell is replaced by the line's cell, never left beside it (two cells of one
    // address, and a reader keeping the last sees no line); cells stay in column order. A cell
    // takes its format's style (the plan's, as exceljs wrote it: SplitRegister.formats); failing
    // that the column's (the date column's dd/mm/yyyy), else the empty cell's.
    const cells: { col: number; xml: string }[] = [];
    const cols = new Set(line.map((c) => c.col));
    const emptyStyles = new Map<number, string>();
    for (const m of (had?.inner ?? '').matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g)) {
      const col = columnNumber(m[1]!);
      if (cols.has(col)) {
        const style = /\bs="(\d+)"/.exec(m[2]!)?.[1];
        if (style !== undefined) emptyStyles.set(col, style);
        continue;
      }
      cells.push({ col, xml: m[0] });
    }
    for (const c of line)
      cells.push({
        col: c.col,
        xml: cellXml(c, formatStyles.get(lineFormatKey(c)) ?? styles.get(c.col) ?? emptyStyles.get(c.col)),
      });
    cells.sort((a, b) => a.col - b.col);
    piece += `${had ? had.open : `<row r="${r}">`}${cells.map((c) => c.xml).join('')}</row>`;
    if (piece.length > 1 << 16) {
      emit(piece);
      piece = '';
    }
  }
  emit(`${piece}</sheetData>${tail}`);
}

/** The written workbook's bytes with the line cells added to the register's part (zipped as it is made). */
export function addLinesToXlsx(
  bytes: Uint8Array,
  sheet: string,
  cells: readonly CellPlan[],
  formats: ReadonlyMap<string, string> = new Map(),
): Uint8Array {
  const parts = unzipSync(bytes);
  const path = sheetPartPath(parts, sheet);
  if (!path) throw new Error(`The written workbook has no part for "${sheet}"`);
  return repackWithPart(parts, path, (xml, emit) => addLinesToSheetXml(xml, cells, emit, formats));
}
