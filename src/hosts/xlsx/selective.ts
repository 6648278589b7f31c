/**
 * The selective .xlsx reader for validate, report and aggregate: straight from the zip's
 * XML, only what the checks need — the sheets of ours in full (capped at the rows the form
 * can hold), the other sheets only their first rows (to recognise a renamed sheet of ours),
 * every part inflated with a bound. It never materialises a workbook: a 50 MB workbook of
 * foreign data or pictures costs what our four sheets cost.
 *
 * The grids have exactly the shape `read.ts` gives through exceljs (numbers, strings,
 * booleans, "#REF!" error strings, dates as the serial numbers stored, "=…" formulas with
 * shared formulas translated to each cell), pinned by a parity test.
 *
 * Pure: the parts come inflated from a PartSource (selectiveBytes.ts) — Node's zlib for the
 * CLI, fflate in the pane, both synchronous. Both hosts parse with this one reader, within
 * the same bounds.
 */
import { a1, columnNumber, dict, parseRange, type SheetGrid, type WorkbookGrids, type WorkbookPlan } from '../../core';
import { ADOPTABLE, CATALOGUE_SHEET_NAME, isBackupSheetName, REPAIR_LOG_SHEET_NAME } from '../../core';
import { REGISTER_LAST_ROW } from '../../core/layout/register';

/** Rows read from a sheet of ours: far more than the form holds (documents and models grow). */
export const OUR_SHEET_ROW_CAP = 5000;
/**
 * Rows read from the register: all of them, to Excel's last row, so a line below the
 * capacity is named, never silently left out. What bounds the read is REGISTER_SHEET_PREFIX.
 */
export const REGISTER_ROW_CAP = 1048576;
/**
 * Inflated XML of the register read at most: a register full to its capacity, every cell
 * filled and styled as Excel saves it, takes well under half of this. A register whose XML
 * goes on past it is refused by name (never read in part: its last lines would be missed).
 */
export const REGISTER_SHEET_PREFIX = Math.max(64 * 1024 * 1024, REGISTER_LAST_ROW * 16 * 96);
/** Rows read from any other sheet (enough to recognise a renamed tally). */
export const OTHER_SHEET_ROW_CAP = 400;
/** Inflated size of a part of ours (sheet XML, shared strings, workbook). */
export const PART_LIMIT = 64 * 1024 * 1024;
/** Inflated prefix of a sheet of ours: far more XML than OUR_SHEET_ROW_CAP rows of the form take. */
export const OUR_SHEET_PREFIX = 16 * 1024 * 1024;
/** Inflated prefix of another sheet's XML. */
const OTHER_SHEET_PREFIX = 4 * 1024 * 1024;

export class SelectiveReadError extends Error {
  constructor(
    readonly reason: 'damaged' | 'too-large',
    message: string,
    /** The sheet whose content goes on past what is read (a register beyond REGISTER_SHEET_PREFIX). */
    readonly sheet?: string,
  ) {
    super(message);
    this.name = 'SelectiveReadError';
  }
}

/**
 * Does a sheet's XML end as a part must (its root closed)? A part cut short (a copy that
 * stopped, a damaged zip entry) parses as far as it goes; read so, the sheet would look
 * like a form with rows deleted ("structure changed, use repair") while repair, which
 * needs the whole part, finds the file damaged: one diagnosis — damaged.
 */
export function sheetXmlComplete(xml: string): boolean {
  return /<\/(?:[\w.-]+:)?worksheet\s*>\s*$/.test(xml.slice(-200));
}

function decodeXml(s: string): string {
  if (!s.includes('&')) return s; // most attributes and values: nothing to decode, nothing to allocate
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()] ?? m;
  });
}

const ATTR = new Map<string, RegExp>();
function attr(tag: string, name: string): string | undefined {
  let re = ATTR.get(name);
  if (!re) ATTR.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  const m = re.exec(tag);
  return m ? decodeXml(m[1]!) : undefined;
}

/** The text of an <si> or <is>: every <t> run joined (phonetic <rPh> runs left out). */
function runText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g))
    out += m[1] === undefined ? '' : decodeXml(m[1]);
  return out;
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\s*\/>/g)) out.push(m[1] === undefined ? '' : runText(m[1]));
  return out;
}

/** Move a formula's relative references by (dr, dc), as Excel fills a shared formula. */
export function shiftFormula(f: string, dr: number, dc: number): string {
  if (!dr && !dc) return f;
  // Outside string literals only; A1 references with optional $ and an optional sheet prefix.
  return f
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(!])/g,
            (m, ca: string, col: string, ra: string, row: string, at: number, all: string) => {
              const before = all[at - 1];
              if (before && /[\w.]/.test(before) && before !== '$') return m;
              const c = ca ? columnNumber(col) : columnNumber(col) + dc;
              const r = ra ? +row : +row + dr;
              if (c < 1 || r < 1) return '#REF!';
              return `${ca}${a1(1, c).replace(/\d+$/, '')}${ra}${r}`;
            },
          ),
    )
    .join('');
}

/** The column number of an A1 reference ("AB12" → 28), without allocating. */
function refColumn(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

interface ParsedSheet {
  readonly cells: Map<number, Map<number, { value: string | number | boolean; formula?: string }>>;
  readonly maxRow: number;
  readonly maxCol: number;
}

/** Parse a worksheet's XML (complete rows only, up to `rowCap`). */
export function parseSheet(xml: string, strings: readonly string[], rowCap: number): ParsedSheet {
  const cells: ParsedSheet['cells'] = new Map();
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let maxRow = 0;
  let maxCol = 0;
  const sheetData = xml.indexOf('<sheetData');
  const body = sheetData < 0 ? '' : xml.slice(sheetData);
  for (const rm of body.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNo = Number(attr(rm[1]!, 'r') ?? maxRow + 1);
    if (rowNo > rowCap) break;
    maxRow = Math.max(maxRow, rowNo);
    let nextCol = 1;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = cm[1]!;
      const ref = attr(tag, 'r');
      const col = ref ? refColumn(ref) : nextCol;
      nextCol = col + 1;
      maxCol = Math.max(maxCol, col);
      const inner = cm[2] ?? '';
      // An empty cell (styled, or <c …></c>) holds neither value nor formula: nothing more to parse.
      if (inner === '') continue;
      const t = attr(tag, 't') ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value: string | number | boolean = '';
      if (t === 's') value = v === undefined ? '' : (strings[Number(v)] ?? '');
      else if (t === 'inlineStr') value = runText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
      else if (t === 'b') value = v === '1';
      else if (t === 'e' || t === 'str') value = v === undefined ? '' : decodeXml(v);
      else if (v !== undefined && v !== '') value = Number(v);
      let formula: string | undefined;
      const fm = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
      if (fm) {
        const ft = attr(fm[1]!, 't');
        const si = attr(fm[1]!, 'si');
        const text = fm[2] === undefined ? '' : decodeXml(fm[2]);
        if (ft === 'shared' && si !== undefined) {
          if (text) shared.set(si, { formula: text, row: rowNo, col });
          const master = shared.get(si);
          if (master) formula = shiftFormula(master.formula, rowNo - master.row, col - master.col);
        } else if (text) formula = text;
      }
      if (value === '' && formula === undefined) continue;
      let line = cells.get(rowNo);
      if (!line) cells.set(rowNo, (line = new Map()));
      line.set(col, { value, formula });
    }
  }
  return { cells, maxRow, maxCol };
}

/**
 * The grid over rows × cols. Every line with nothing in it is one shared frozen line (grids are
 * only read, as with read.ts's `readOnly`): the register's read extent is 5,005 lines of 16
 * columns, nearly all empty, and fresh lines were garbage enough per unit file that reading 200
 * files in the pane grew the page's young generation to its maximum (docs/MEASUREMENTS.md).
 */
function toGrid(p: ParsedSheet, rows: number, cols: number): SheetGrid {
  // Sized once: 5,005 pushes would regrow each array a dozen times.
  const values = new Array<(string | number | boolean)[]>(rows);
  const formulas = new Array<(string | number | boolean)[]>(rows);
  const blank = Object.freeze(new Array<string | number | boolean>(cols).fill('')) as (string | number | boolean)[];
  for (let r = 1; r <= rows; r++) {
    const line = p.cells.get(r);
    if (!line) {
      values[r - 1] = blank;
      formulas[r - 1] = blank;
      continue;
    }
    const v = new Array<string | number | boolean>(cols).fill('');
    const f = new Array<string | number | boolean>(cols).fill('');
    for (const [c, cell] of line) {
      if (c > cols) continue;
      v[c - 1] = cell.value;
      f[c - 1] = cell.formula !== undefined ? `=${cell.formula.replace(/^_xlfn\./g, '')}` : cell.value;
    }
    values[r - 1] = v;
    formulas[r - 1] = f;
  }
  return { values, formulas };
}

/**
 * The inflated text of the parts, as a host gives it. `whole` gives a part entire (undefined if
 * the file has no such part) and throws ZipPartError when it is damaged or inflates beyond
 * `limit`; `prefix` gives at most about `limit` bytes of a sheet's XML (the rest never inflated).
 */
export interface PartSource {
  whole(name: string, limit: number): string | undefined;
  prefix(name: string, limit: number): string;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** The sheets the workbook lists, in tab order, each with its part (if the relationships name one). */
export function sheetsOfWorkbook(workbook: string, rels: string): { name: string; path?: string }[] {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const out: { name: string; path?: string }[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1]!, 'name') ?? '';
    const rid = attr(m[1]!, 'r:id') ?? attr(m[1]!, 'id');
    out.push({ name, path: rid ? targets.get(rid) : undefined });
  }
  return out;
}

/**
 * Each sheet's print area (by tab index) from the workbook's _xlnm.Print_Area names, as the
 * exceljs reader gives it: the sheet name and the "$" left out ("A1:L30005"); several areas
 * joined by "&&" as exceljs joins them.
 */
export function printAreasOfWorkbook(workbook: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    if (attr(m[1]!, 'name') !== '_xlnm.Print_Area') continue;
    const index = Number(attr(m[1]!, 'localSheetId'));
    if (!Number.isInteger(index)) continue;
    const areas = m[2]!
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .split(',')
      .map((a) => (a.includes('!') ? a.slice(a.lastIndexOf('!') + 1) : a).replace(/\$/g, '').trim());
    out.set(index, areas.join('&&'));
  }
  return out;
}

function oursOf(plan: WorkbookPlan): Set<string> {
  return new Set([
    ...plan.sheets.map((s) => s.name),
    ...ADOPTABLE.map((s) => s.name),
    REPAIR_LOG_SHEET_NAME,
    CATALOGUE_SHEET_NAME,
  ]);
}

/** Ours: up to OUR_SHEET_PREFIX of XML (rows past the cap are never parsed); others: their first rows. */
function sheetPrefix(name: string, ours: ReadonlySet<string>, registers: ReadonlySet<string>): number {
  if (registers.has(name)) return REGISTER_SHEET_PREFIX;
  return ours.has(name) || isBackupSheetName(name) ? OUR_SHEET_PREFIX : OTHER_SHEET_PREFIX;
}

/** The register's sheet names: the plan's, and a standard name it may be adopted from. */
function registersOf(plan: WorkbookPlan): Set<string> {
  return new Set([
    ...plan.sheets.filter((s) => s.key === 'register').map((s) => s.name),
    ...ADOPTABLE.filter((s) => (s.key as string) === 'register').map((s) => s.name),
  ]);
}

/** A sheet's XML that stops before its end (the prefix bound was reached). */
function cutShort(xml: string, limit: number): boolean {
  return xml.length >= limit / 4 && !xml.includes('</sheetData>') && !/<sheetData\s*\/>/.test(xml);
}

function wholePart(parts: PartSource, name: string): string | undefined {
  return parts.whole(name, PART_LIMIT);
}

/**
 * Grids of the workbook (already sniffed): sheets of the plan in full (at least their read
 * extent, at most OUR_SHEET_ROW_CAP rows), the others over their first rows. `partNames`:
 * the parts the zip holds.
 */
export function readGridsSelective(
  parts: PartSource,
  partNames: ReadonlySet<string>,
  plan: WorkbookPlan,
): {
  grids: WorkbookGrids;
  sheetNames: string[];
} {
  const workbook = wholePart(parts, WORKBOOK);
  if (!workbook) throw new SelectiveReadError('damaged', WORKBOOK);
  const rels = wholePart(parts, WORKBOOK_RELS) ?? '';
  const strings = partNames.has(SHARED_STRINGS) ? sharedStrings(wholePart(parts, SHARED_STRINGS) ?? '') : [];
  const ours = oursOf(plan);
  const registers = registersOf(plan);
  const sheets = dict<SheetGrid>();
  const sheetNames: string[] = [];
  const printAreas = printAreasOfWorkbook(workbook);
  for (const [index, { name, path }] of sheetsOfWorkbook(workbook, rels).entries()) {
    sheetNames.push(name);
    if (!path || !partNames.has(path)) continue;
    const mine = ours.has(name);
    const register = registers.has(name);
    const limit = sheetPrefix(name, ours, registers);
    const xml = parts.prefix(path, limit);
    if (register && cutShort(xml, limit)) throw new SelectiveReadError('too-large', path, name);
    const parsed = parseSheet(
      xml,
      strings,
      register ? REGISTER_ROW_CAP : mine ? OUR_SHEET_ROW_CAP : OTHER_SHEET_ROW_CAP,
    );
    let rows = parsed.maxRow;
    let cols = parsed.maxCol;
    const planned = plan.sheets.find((s) => s.name === name);
    if (planned) {
      const { r2, c2 } = parseRange(planned.readExtent);
      rows = Math.max(rows, r2);
      cols = Math.max(cols, c2);
    }
    sheets[name] = { ...toGrid(parsed, rows, cols), printArea: printAreas.get(index) ?? null };
  }
  return { grids: { sheets }, sheetNames };
}
