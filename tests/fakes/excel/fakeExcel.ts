/**
 * A faithful fake of the Excel JavaScript API subset the add-in uses (src/hosts/excel/api.ts).
 *
 * Like Office.js: objects are proxies; property reads need `load` + `context.sync()` first
 * (else PropertyNotLoaded); writes are queued and applied in order at sync (an op that
 * fails stops the batch, the ops before it stay applied); a values/formulas array whose
 * shape differs from the range fails with InvalidArgument; strings are parsed like typed
 * input ("1" → 1, "'1" → text "1", "=…" → formula, "+ text" → #NAME?); writing to a
 * locked cell of a protected sheet fails with AccessDenied; getItemOrNullObject returns
 * null objects. Syncs are counted. No Node imports: the fake runs in a browser bundle too.
 */
import { columnLetter, columnNumber, parseA1, parseRange, rangeA1, a1 } from '../../../src/core';
import type {
  BorderLike,
  ConditionalFormatLike,
  ContextLike,
  DataValidationLike,
  ExcelRun,
  FontLike,
  NamedItemLike,
  PageLayoutLike,
  RangeFormatLike,
  RangeLike,
  WorkbookLike,
  WorksheetLike,
} from '../../../src/hosts/excel/api';

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export interface FakeCell {
  value: unknown;
  /** "=…" for formula cells, else the constant. */
  formula: unknown;
  numberFormat: string;
  locked: boolean;
  /**
   * Format properties by path: "font.bold", "fill.color", "horizontalAlignment", … A frozen
   * record shared by the cells formatted alike; a change gives the cell a new record.
   */
  format: Readonly<Record<string, unknown>>;
}

/**
 * The workbook lives in Excel, not in the add-in's page: the pane is a web page in a webview
 * and Office.js only sends batches of commands to the Office application ("Application-specific
 * API model", https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 * The fake keeps the workbook in the page, so what it keeps is memory the pane does not use
 * in Office: cells formatted alike share one frozen format record, and a large range formatted
 * before any of its cells holds anything (the register's 5,000 empty lines, a column each:
 * 65,000 cells) is one area record (FakeSheet.areas), not a cell per address. Every cell still
 * answers for its own format.
 */
const NO_FORMAT: Readonly<Record<string, unknown>> = Object.freeze({});

/** A range at least this large is formatted as an area (see FakeSheet.areas). */
const AREA_MIN_CELLS = 1000;
/** As Range.addresses(): the rows and columns of a range the fake walks cell by cell. */
const WALK_ROWS = 10000;
const WALK_COLS = 200;

function emptyCell(): FakeCell {
  return { value: '', formula: '', numberFormat: 'General', locked: true, format: NO_FORMAT };
}

/**
 * Formats set on a large range: what every cell of `box` that is not in FakeSheet.cells has.
 * Excel keeps a range's format without the pane holding anything per cell; the fake keeps it
 * once, and a cell written inside the area later starts from it.
 */
export interface FakeArea {
  readonly box: Box;
  readonly cell: FakeCell;
}

const sameBox = (a: Box, b: Box) => a.r1 === b.r1 && a.c1 === b.c1 && a.r2 === b.r2 && a.c2 === b.c2;
const inBox = (b: Box, row: number, col: number) => row >= b.r1 && row <= b.r2 && col >= b.c1 && col <= b.c2;
const covers = (outer: Box, inner: Box) =>
  outer.r1 <= inner.r1 && outer.c1 <= inner.c1 && outer.r2 >= inner.r2 && outer.c2 >= inner.c2;

export interface FakeValidation {
  range: string;
  /** The order the properties were set in (after the last clear of the range). */
  order?: string[];
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
  ignoreBlanks?: boolean;
}

export interface FakeConditionalFormat {
  range: string;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  /** ConditionalRangeFormat.numberFormat (ExcelApi 1.6). */
  numberFormat?: string;
}

export interface FakeBorder {
  range: string;
  edge: string;
  style?: string;
  weight?: string;
  color?: string;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: string[] = [];
  columnWidths = new Map<string, number>();
  rowHeights = new Map<number, number>();
  freeze?: { rows?: number; at?: string };
  pageLayout: Record<string, unknown> = {};
  /** Rows that start a printed page (worksheet.horizontalPageBreaks, ExcelApi 1.9). */
  rowBreaks: number[] = [];
  /** Ranges whose rows were fitted to their content (RangeFormat.autofitRows, ExcelApi 1.2). */
  autofitRows: string[] = [];
  protection: { protected: boolean; password?: string; options?: unknown } = { protected: false };
  validations: FakeValidation[] = [];
  /** Ranges whose data validation was cleared, in order. */
  validationClears: string[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  borders: FakeBorder[] = [];
  /** Worksheet.visibility (ExcelApi 1.1 read, 1.2 write). */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  constructor(public name: string) {}

  /** `borders` by range and edge, for the list it was made from (see border()). */
  private borderIndex?: { list: FakeBorder[]; byKey: Map<string, FakeBorder> };
  /**
   * The border record of `range`'s `edge`, made (last in `borders`) when it has none. Looked up
   * in an index: a large register sets thousands of borders, and a search of the list for each
   * one made its render quadratic.
   */
  border(range: string, edge: string): FakeBorder {
    if (this.borderIndex?.list !== this.borders || this.borderIndex.byKey.size !== this.borders.length) {
      const byKey = new Map<string, FakeBorder>();
      for (const b of this.borders) if (!byKey.has(`${b.range}\n${b.edge}`)) byKey.set(`${b.range}\n${b.edge}`, b);
      this.borderIndex = { list: this.borders, byKey };
    }
    const key = `${range}\n${edge}`;
    let b = this.borderIndex.byKey.get(key);
    if (!b) {
      this.borders.push((b = { range, edge }));
      this.borderIndex.byKey.set(key, b);
    }
    return b;
  }

  /** Formatted areas, newest last (see FakeArea); disjoint: a range overlapping one makes it cells first. */
  areas: FakeArea[] = [];

  private areaAt(address: string): FakeArea | undefined {
    if (this.areas.length === 0) return undefined;
    const { row, col } = parseA1(address);
    return this.areas.find((a) => inBox(a.box, row, col));
  }
  /** The cell as Excel would report it: its own record, or (a copy of) its area's, or none. */
  cell(address: string): FakeCell | undefined {
    const c = this.cells.get(address);
    if (c) return c;
    const area = this.areaAt(address);
    return area && { ...area.cell };
  }
  /** The cell's own record, made (from its area's, if any) when it has none. */
  ensure(address: string): FakeCell {
    let c = this.cells.get(address);
    if (!c) {
      const area = this.areaAt(address);
      c = area ? { ...area.cell } : emptyCell();
      this.cells.set(address, c);
    }
    return c;
  }
  /** The area's cells made records of their own (a range now cuts across it), and the area gone. */
  private dissolve(area: FakeArea): void {
    this.areas = this.areas.filter((a) => a !== area);
    const { r1, c1 } = area.box;
    const r2 = Math.min(area.box.r2, r1 + WALK_ROWS);
    const c2 = Math.min(area.box.c2, c1 + WALK_COLS);
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        const address = a1(r, c);
        if (!this.cells.has(address)) this.cells.set(address, { ...area.cell });
      }
  }
  /**
   * A format change (`change`) to every cell of `box`, whose addresses are `addresses()`: a
   * large range with cells that have no record of their own becomes (or updates) an area, and
   * the cells of it that have records of their own change too; otherwise cell by cell.
   */
  restyle(box: Box, addresses: () => readonly string[], change: (c: FakeCell) => void): void {
    const large = (box.r2 - box.r1 + 1) * (box.c2 - box.c1 + 1) >= AREA_MIN_CELLS;
    // A range whose every cell has its own record (content written there) needs no area.
    if (large && !addresses().every((a) => this.cells.has(a))) {
      let area = this.areas.find((a) => sameBox(a.box, box));
      if (!area) {
        for (const other of this.areas.filter((a) => intersects(a.box, box))) this.dissolve(other);
        area = { box: { ...box }, cell: emptyCell() };
        this.areas.push(area);
      }
      change(area.cell);
      for (const a of addresses()) {
        const own = this.cells.get(a);
        if (own) change(own);
      }
      return;
    }
    for (const a of addresses()) change(this.ensure(a));
  }
  /** Before clearing `box`: the areas inside it go, the ones it cuts across become cells. */
  clearAreas(box: Box): void {
    for (const area of this.areas.filter((a) => intersects(a.box, box))) {
      if (covers(box, area.box)) this.areas = this.areas.filter((a) => a !== area);
      else this.dissolve(area);
    }
  }
  clone(name: string): FakeSheet {
    const s = new FakeSheet(name);
    for (const [k, c] of this.cells) s.cells.set(k, { ...c }); // format records are frozen: shared
    s.areas = this.areas.map((a) => ({ box: { ...a.box }, cell: { ...a.cell } }));
    s.merges = [...this.merges];
    s.columnWidths = new Map(this.columnWidths);
    s.rowHeights = new Map(this.rowHeights);
    s.autofitRows = [...this.autofitRows];
    s.freeze = this.freeze && { ...this.freeze };
    s.pageLayout = { ...this.pageLayout };
    s.rowBreaks = [...this.rowBreaks];
    s.protection = { ...this.protection };
    s.validations = this.validations.map((v) => ({ ...v, order: v.order && [...v.order] }));
    s.conditionalFormats = this.conditionalFormats.map((v) => ({ ...v }));
    s.borders = this.borders.map((v) => ({ ...v }));
    return s;
  }
  /**
   * The used range (Worksheet.getUsedRangeOrNullObject, ExcelApi 1.4): the smallest box of the
   * cells with a value or formatting (`valuesOnly`: with a value); null on a blank sheet.
   */
  usedBox(valuesOnly: boolean): Box | null {
    let box: Box | null = null;
    const take = (r1: number, c1: number, r2: number, c2: number) => {
      box = box
        ? { r1: Math.min(box.r1, r1), c1: Math.min(box.c1, c1), r2: Math.max(box.r2, r2), c2: Math.max(box.c2, c2) }
        : { r1, c1, r2, c2 };
    };
    for (const [address, c] of this.cells) {
      const hasValue = !(c.value === '' || c.value === null) || !(c.formula === '' || c.formula === null);
      if (valuesOnly && !hasValue) continue;
      const { row, col } = parseA1(address);
      take(row, col, row, col);
    }
    if (!valuesOnly) for (const a of this.areas) take(a.box.r1, a.box.c1, a.box.r2, a.box.c2);
    return box;
  }
  /** Values and formulas of a rectangle, as Range.values / Range.formulas return them. */
  read(range: string): { values: unknown[][]; formulas: unknown[][] } {
    const { r1, c1, r2, c2 } = parseRange(range);
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    for (let r = r1; r <= r2; r++) {
      const v: unknown[] = [];
      const f: unknown[] = [];
      for (let c = c1; c <= c2; c++) {
        const cell = this.cells.get(a1(r, c));
        v.push(cell ? cell.value : '');
        f.push(cell ? cell.formula : '');
      }
      values.push(v);
      formulas.push(f);
    }
    return { values, formulas };
  }
}

/** The user's locale, which decides how Excel reads a typed string. */
export type FakeLocale = 'vi-VN' | 'en-US';

/** Excel's date serial (1900 system) of a calendar day. */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** The number pattern of each locale, built once (every cell written goes through it). */
const NUMBER_PATTERN = new Map<FakeLocale, { re: RegExp; group: string }>();
function numberPattern(locale: FakeLocale): { re: RegExp; group: string } {
  let p = NUMBER_PATTERN.get(locale);
  if (!p) {
    const [dec, group] = locale === 'vi-VN' ? [',', '.'] : ['.', ','];
    const esc = (c: string) => `\\${c}`;
    p = { re: new RegExp(`^([-+]?)(\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)(?:${esc(dec)}(\\d+))?$`), group };
    NUMBER_PATTERN.set(locale, p);
  }
  return p;
}

function parseNumber(s: string, locale: FakeLocale): number | undefined {
  const { re, group } = numberPattern(locale);
  const m = re.exec(s);
  if (!m) return undefined;
  const n = Number(`${m[2]!.split(group).join('')}${m[3] ? `.${m[3]}` : ''}`);
  return m[1] === '-' ? -n : n;
}

function parseDate(s: string, locale: FakeLocale): number | undefined {
  const m = /^(\d{1,4})[/-](\d{1,2})(?:[/-](\d{1,4}))?$/.exec(s);
  if (!m) return undefined;
  const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  // vi-VN: ngày/tháng/năm; en-US: month/day/year. Without a year: the current year.
  let [day, month] = locale === 'vi-VN' ? [a, b] : [b, a];
  let year = c ?? new Date().getFullYear();
  if (m[1]!.length === 4 && c !== undefined) [year, month, day] = [a, b, c]; // ISO-like yyyy-mm-dd
  if (year < 100) year += year < 30 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return dateSerial(year, month, day);
}

/**
 * Excel's reading of a typed string in a locale: a Vietnamese Excel reads what the clerk types
 * ("2,5" as 2.5, "1.628" as 1628, "50%" as 0.5, "05/01/2020" as 5 January 2020); strings
 * written through `values`/`formulas` are read locale-neutrally ("en-US" here, see
 * FakeRange.typed). A leading apostrophe keeps the text as it is.
 */
export function parseTyped(
  input: unknown,
  locale: FakeLocale = 'vi-VN',
): { value: unknown; formula: unknown; numberFormat?: string } {
  if (typeof input !== 'string') return { value: input ?? '', formula: input ?? '' };
  if (input.startsWith("'")) return { value: input.slice(1), formula: input.slice(1) };
  if (input.startsWith('=')) return { value: '', formula: input };
  const t = input.trim();
  const n = parseNumber(t, locale);
  if (n !== undefined) return { value: n, formula: n };
  const pct = /^(.*?)\s*%$/.exec(t);
  const p = pct ? parseNumber(pct[1]!, locale) : undefined;
  if (p !== undefined) {
    const v = Number((p / 100).toPrecision(15));
    return { value: v, formula: v, numberFormat: '0%' };
  }
  const d = parseDate(t, locale);
  if (d !== undefined) return { value: d, formula: d, numberFormat: locale === 'vi-VN' ? 'dd/mm/yyyy' : 'm/d/yyyy' };
  if (/^(TRUE|FALSE)$/i.test(t)) {
    const b = t.toUpperCase() === 'TRUE';
    return { value: b, formula: b };
  }
  if (/^[+-]./.test(input)) return { value: '#NAME?', formula: `=${input}` };
  return { value: input, formula: input };
}

export interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function boxOf(address: string): Box {
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(address);
  if (cols) return { r1: 1, r2: 1048576, c1: columnNumber(cols[1]!), c2: columnNumber(cols[2]!) };
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { r1: Number(rows[1]), r2: Number(rows[2]), c1: 1, c2: 16384 };
  try {
    return parseRange(address);
  } catch {
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: "${address}"`);
  }
}

function intersects(a: Box, b: Box): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export interface FakeWorkbookOptions {
  /**
   * What a method call on a null object does at sync: "propagate" (a null object again,
   * the behaviour the adapter relies on) or "throw" (ItemNotFound), to test the fallback.
   */
  readonly nullChaining?: 'propagate' | 'throw';
  /**
   * Excel that does not apply pageLayout.zoom's fit-to-pages (horizontalFitToPages,
   * verticalFitToPages) unless the Page Layout tab is active (office-js#1860: "If I am not on the
   * Page Layout tab, then Scale to Fit > Width does not get set. However the printGridlines and
   * orientation do get set … but does *not* happen when zoom = { scale: 200 }").
   */
  readonly fitToPagesIgnored?: boolean;
  /**
   * Excel that refuses unprotect() with AccessDenied on a protected sheet that has no password
   * (office-js#6784: "protect() and unprotect() now throw AccessDenied", the sheet reporting
   * isPasswordProtected: false).
   */
  readonly unprotectAccessDenied?: boolean;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, string>();
  syncCount = 0;
  /** Every context.sync(), with how many operations it carried. */
  syncLog: number[] = [];
  runCount = 0;
  /** The clerk is typing in a cell: every sync fails like Excel's. */
  editMode = false;
  activeSheet?: string;
  /**
   * What the clerk has selected. `areas`: more than one (Ctrl+click), which
   * `workbook.getSelectedRange()` refuses ("If there are multiple ranges selected, this method
   * will throw an error", @types/office-js Workbook.getSelectedRange, ExcelApi 1.1; the code is
   * "InvalidSelection", OfficeDev/office-js-docs-pr#2477 — also when a chart is selected,
   * by design, OfficeDev/office-js#2268). Microsoft's reference: "Gets the currently selected single
   * range from the workbook. If there are multiple ranges selected, this method will throw an
   * error." (learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)).
   */
  selection?: { sheet: string; address: string; areas?: readonly string[] };
  /** Excel's recalculation, if a test wants formula cells to show results. */
  calculate?: (wb: FakeWorkbook) => void;
  /**
   * What each sync waits for before Excel answers, if set. In Office a sync is a request to the
   * host and its answer an event (the runtime's request executor, excel-web-16.00.js; a message
   * to the host on the desktop): the page's thread runs other tasks meanwhile — paints the
   * pane's progress. Without it the fake answers within the same task.
   */
  roundTrip?: () => Promise<void>;
  /** Cell writes applied so far (values/formulas), for the change events. */
  changes = 0;
  /** Event handlers registered (at sync) through worksheets.onAdded / onDeleted / onChanged. */
  readonly handlers = { added: [] as Handler[], deleted: [] as Handler[], changed: [] as Handler[] };
  readonly options: FakeWorkbookOptions;
  /** Options every new fake gets unless it passes its own (suites run in both null-chaining modes). */
  static defaults: FakeWorkbookOptions = {};

  constructor(sheetNames: readonly string[] = ['Sheet1'], options: FakeWorkbookOptions = {}) {
    this.options = { ...FakeWorkbook.defaults, ...options };
    for (const n of sheetNames) this.sheets.push(new FakeSheet(n));
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** `Excel.run`'s twin. */
  readonly run: ExcelRun = async <T>(batch: (context: ContextLike) => Promise<T>): Promise<T> => {
    this.runCount++;
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.queue.length) await ctx.sync(); // Excel.run flushes what is still queued
    return result;
  };
}

type Op = () => void;
type Handler = (args: unknown) => Promise<unknown>;

class FakeContext implements ContextLike {
  queue: Op[] = [];
  /** Operations queued since the last sync that may change the workbook (anything but a load). */
  private queuedWrites = 0;
  readonly workbook: WorkbookLike;
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  async sync(): Promise<void> {
    if (this.wb.roundTrip) await this.wb.roundTrip();
    this.wb.syncCount++;
    const ops = this.queue;
    const wrote = this.queuedWrites > 0;
    this.queue = [];
    this.queuedWrites = 0;
    this.wb.syncLog.push(ops.length);
    if (this.wb.editMode) {
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    const sheetsBefore = this.wb.sheets.length;
    const changesBefore = this.wb.changes;
    try {
      for (const op of ops) op();
    } finally {
      // Like Excel's events: delivered later, to every runtime that registered, whoever
      // made the change (OfficeExtension.EventHandlers; WorksheetCollection.onAdded 1.7,
      // onChanged 1.9).
      const fire = (hs: Handler[], type: string) => {
        for (const h of [...hs]) void Promise.resolve().then(() => h({ type, source: 'Local' }));
      };
      if (this.wb.sheets.length > sheetsBefore) fire(this.wb.handlers.added, 'WorksheetAdded');
      if (this.wb.changes > changesBefore) fire(this.wb.handlers.changed, 'WorksheetChanged');
    }
    // Automatic calculation: "Excel calculates new formula results every time the relevant data
    // is changed" (Excel.CalculationMode.automatic,
    // https://learn.microsoft.com/javascript/api/excel/excel.calculationmode): a batch that only
    // loads changes nothing, so nothing is recalculated.
    if (wrote) this.wb.calculate?.(this.wb);
  }
  /** Queue an operation; `read`: a load, which changes nothing in the workbook. */
  push(op: Op, read = false): void {
    this.queue.push(op);
    if (!read) this.queuedWrites++;
  }
}

/** Property bag with Office's load/sync discipline. */
class Loadable {
  protected readonly data: Record<string, unknown> = {};
  protected readonly loaded = new Set<string>();
  constructor(protected readonly ctx: FakeContext) {}
  protected snapshot(_props: readonly string[]): Record<string, unknown> {
    return {};
  }
  protected isNull(): boolean {
    return false;
  }
  load(propertyNames?: string | string[]): this {
    const list = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? '').split(','))
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.push(() => {
      this.data.isNullObject = this.isNull();
      this.loaded.add('isNullObject');
      if (this.isNull()) return;
      Object.assign(this.data, this.snapshot(list));
      for (const p of list) this.loaded.add(p.split('/')[0]!);
    }, true);
    return this;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.data[prop] as T;
  }
  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }
}

type SheetRef = () => FakeSheet | null;

class FakeWorkbookProxy implements WorkbookLike {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNames(ctx);
  }
  /** The selection as one range (Excel always has one: A1 of the active sheet when nothing else was chosen). */
  getSelectedRange(): RangeLike {
    const wb = this.ctx.wb;
    const sel = wb.selection ?? { sheet: wb.activeSheet ?? wb.sheets[0]!.name, address: 'A1' };
    const ref: SheetRef = () => {
      if (sel.areas && sel.areas.length > 1) {
        throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
      }
      const s = wb.sheet(sel.sheet);
      if (!s) throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.');
      return s;
    };
    return new FakeRange(this.ctx, ref, sel.address);
  }
}

function checkSheetName(wb: FakeWorkbook, name: string, self?: FakeSheet): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: sheet name "${name}"`);
  }
  if (wb.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) {
    throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
  }
}

class FakeWorksheets extends Loadable {
  readonly onAdded = this.events('added');
  readonly onDeleted = this.events('deleted');
  readonly onChanged = this.events('changed');
  private events(kind: 'added' | 'deleted' | 'changed') {
    return {
      add: (h: Handler) => {
        this.ctx.push(() => this.ctx.wb.handlers[kind].push(h));
        return {};
      },
    };
  }
  override snapshot(): Record<string, unknown> {
    return {
      items: this.ctx.wb.sheets.map((s) => {
        const p = new FakeWorksheet(this.ctx, () => s);
        p.markLoaded({ name: s.name });
        return p;
      }),
    };
  }
  get items(): WorksheetLike[] {
    return this.read('items');
  }
  add(name?: string): WorksheetLike {
    let created: FakeSheet | null = null;
    this.ctx.push(() => {
      const wb = this.ctx.wb;
      const n = name ?? `Sheet${wb.sheets.length + 1}`;
      checkSheetName(wb, n);
      created = new FakeSheet(n);
      wb.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, () => created);
  }
  getItem(name: string): WorksheetLike {
    // Once found, the proxy is the sheet itself, not its name: renaming it keeps the proxy valid
    // ("Worksheet.id … remains the same even when the worksheet is renamed or moved",
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member).
    let found: FakeSheet | undefined;
    return new FakeWorksheet(this.ctx, () => {
      const s = found ?? this.ctx.wb.sheet(name);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: sheet "${name}".`);
      return (found = s);
    });
  }
  getItemOrNullObject(name: string): WorksheetLike {
    let resolved: FakeSheet | null | undefined;
    return new FakeWorksheet(
      this.ctx,
      () => (resolved === undefined ? (resolved = this.ctx.wb.sheet(name) ?? null) : resolved),
      true,
    );
  }
}

class FakeWorksheet extends Loadable implements WorksheetLike {
  readonly freezePanes: WorksheetLike['freezePanes'];
  readonly protection: WorksheetLike['protection'];
  readonly pageLayout: PageLayoutLike;
  readonly horizontalPageBreaks: WorksheetLike['horizontalPageBreaks'];
  constructor(
    ctx: FakeContext,
    readonly ref: SheetRef,
    readonly nullable = false,
  ) {
    super(ctx);
    const op = (f: (s: FakeSheet) => void) => this.ctx.push(() => f(this.target()));
    this.freezePanes = {
      freezeRows: (count = 1) => op((s) => (s.freeze = { rows: count })),
      freezeAt: (at: string) => op((s) => (s.freeze = { at })),
    };
    this.protection = new FakeProtection(ctx, () => this.ref());
    this.pageLayout = pageLayoutProxy(
      (f) => op(f),
      ctx,
      () => this.target(),
    );
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagebreakcollection
    // add: "Adds a page break before the top-left cell of the range specified."
    this.horizontalPageBreaks = {
      add: (range: string) =>
        op((s) => {
          const row = Number(/\d+/.exec(range)?.[0]);
          if (!s.rowBreaks.includes(row)) s.rowBreaks.push(row);
        }),
      removePageBreaks: () => op((s) => (s.rowBreaks = [])),
    };
  }
  markLoaded(d: Record<string, unknown>): void {
    Object.assign(this.data, d, { isNullObject: false });
    for (const k of Object.keys(d)) this.loaded.add(k);
    this.loaded.add('isNullObject');
  }
  protected override isNull(): boolean {
    return this.ref() === null;
  }
  override snapshot(): Record<string, unknown> {
    return { name: this.target().name, visibility: this.target().visibility };
  }
  /** The sheet, for an operation at sync (a null object here is an error). */
  target(): FakeSheet {
    const s = this.ref();
    if (!s) throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist (null object).');
    return s;
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.ctx.push(() => {
      const s = this.target();
      checkSheetName(this.ctx.wb, v, s);
      s.name = v;
    });
  }
  get visibility(): WorksheetLike['visibility'] {
    return this.read('visibility');
  }
  /**
   * Like Excel, refuses to hide the last visible sheet: "a workbook must always contain at
   * least one visible worksheet" (Worksheet.visibility, @types/office-js "ExcelApi 1.1 for
   * reading visibility; 1.2 for setting it"; XlSheetVisibility in the Excel VBA reference).
   */
  set visibility(v: WorksheetLike['visibility']) {
    this.ctx.push(() => {
      const s = this.target();
      if (v !== 'Visible' && !this.ctx.wb.sheets.some((x) => x !== s && x.visibility === 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v;
    });
  }
  getRange(address?: string): RangeLike {
    if (address === undefined) throw new FakeOfficeError('NotImplemented', 'getRange() without address is not faked');
    const ref: SheetRef = () => {
      const s = this.ref();
      if (s === null && this.nullable && this.ctx.wb.options.nullChaining === 'throw') {
        throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.');
      }
      return s;
    };
    return new FakeRange(this.ctx, ref, address);
  }
  /**
   * Worksheet.getUsedRangeOrNullObject (ExcelApi 1.4): "The used range is the smallest range that
   * encompasses any cells that have a value or formatting assigned to them … If the entire
   * worksheet is blank, then this method returns an object with its isNullObject property set
   * to true"; valuesOnly: "Considers only cells with values as used cells" (@types/office-js).
   * Only its position is faked (rowIndex, rowCount, columnIndex, columnCount, address).
   */
  getUsedRangeOrNullObject(valuesOnly = false): RangeLike {
    return new FakeUsedRange(this.ctx, () => this.ref(), valuesOnly) as unknown as RangeLike;
  }
  activate(): void {
    this.ctx.push(() => (this.ctx.wb.activeSheet = this.target().name));
  }
  copy(positionType = 'None', relativeTo?: unknown): WorksheetLike {
    let created: FakeSheet | null = null;
    this.ctx.push(() => {
      const s0 = this.target();
      const s = relativeTo instanceof FakeWorksheet ? relativeTo.target() : s0;
      const wb = this.ctx.wb;
      let i = 2;
      while (wb.sheet(`${s0.name.slice(0, 26)} (${i})`)) i++;
      created = s0.clone(`${s0.name.slice(0, 26)} (${i})`);
      // "The default value is "None", which inserts the worksheet at the beginning"
      // (@types/office-js, Worksheet.copy, ExcelApi 1.7).
      if (positionType === 'End') wb.sheets.push(created);
      else if (positionType === 'None' || positionType === 'Beginning') wb.sheets.unshift(created);
      else if (positionType === 'Before') wb.sheets.splice(wb.sheets.indexOf(s), 0, created);
      else wb.sheets.splice(wb.sheets.indexOf(s) + 1, 0, created);
    });
    return new FakeWorksheet(this.ctx, () => created);
  }
}

/** What a range's place loads as (ExcelApi 1.1), the same for a range and a used range. */
const GEOMETRY = ['address', 'rowIndex', 'rowCount', 'columnIndex', 'columnCount'] as const;

/**
 * The place of the range `address` (as the sheet names it) over the cells `b`. "Returns the row
 * number of the first cell in the range. Zero-indexed." (@types/office-js, Range.rowIndex,
 * ExcelApi 1.1; columnIndex likewise.)
 */
function geometry(address: string, b: Box): Record<(typeof GEOMETRY)[number], unknown> {
  return {
    address,
    rowIndex: b.r1 - 1,
    rowCount: b.r2 - b.r1 + 1,
    columnIndex: b.c1 - 1,
    columnCount: b.c2 - b.c1 + 1,
  };
}

/** A range's place, once loaded: the getters a range and a used range share. */
class RangeGeometry extends Loadable {
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
}

class FakeUsedRange extends RangeGeometry {
  constructor(
    ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly valuesOnly: boolean,
  ) {
    super(ctx);
  }
  private box(): Box | null {
    return this.ref()?.usedBox(this.valuesOnly) ?? null;
  }
  protected override isNull(): boolean {
    return this.box() === null;
  }
  override snapshot(props: readonly string[]): Record<string, unknown> {
    const b = this.box()!;
    const all: Record<string, unknown> = geometry(`${this.ref()!.name}!${rangeA1(b.r1, b.c1, b.r2, b.c2)}`, b);
    // The used range is a Range (@types/office-js, Worksheet.getUsedRangeOrNullObject returns
    // Excel.Range): its values load like any range's (the repair log is read this way).
    if (props.includes('values')) all.values = this.ref()!.read(rangeA1(b.r1, b.c1, b.r2, b.c2)).values;
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (!(p in all)) throw new FakeOfficeError('NotImplemented', `Loading "${p}" on a used range is not faked`);
      out[p] = all[p as keyof typeof all];
    }
    return out;
  }
  get values(): unknown[][] {
    return this.read('values');
  }
}

class FakeProtection extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly ref: () => FakeSheet | null,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return this.ref() === null;
  }
  private sheet(): FakeSheet {
    const s = this.ref();
    if (!s) throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist (null object).');
    return s;
  }
  override snapshot(): Record<string, unknown> {
    return { protected: this.sheet().protection.protected };
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protect(options?: unknown, password?: string): void {
    this.ctx.push(() => {
      const s = this.sheet();
      if (s.protection.protected) throw new FakeOfficeError('InvalidOperation', 'The sheet is already protected.');
      s.protection = { protected: true, password, options };
    });
  }
  unprotect(password?: string): void {
    this.ctx.push(() => {
      const s = this.sheet();
      if (this.ctx.wb.options.unprotectAccessDenied && s.protection.protected && s.protection.password === undefined) {
        throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.');
      }
      if (s.protection.password !== undefined && s.protection.password !== password) {
        throw new FakeOfficeError('InvalidArgument', 'The password is incorrect.');
      }
      s.protection = { protected: false };
    });
  }
}

/**
 * PageLayoutZoomOptions as documented (ExcelApi 1.9): horizontalFitToPages / verticalFitToPages
 * are numbers of pages, scale a percentage from 10 to 400. Nothing documents 0 as "automatic"
 * (and office-js#1860 reports fit-to-pages not applied), so the fake refuses what the docs do
 * not define rather than guess what Excel makes of it.
 */
function checkZoom(z: unknown): void {
  const bad = (why: string) => new FakeOfficeError('InvalidArgument', `pageLayout.zoom: ${why}`);
  if (!z || typeof z !== 'object') throw bad('not an object');
  for (const [k, v] of Object.entries(z)) {
    if (k === 'scale') {
      if (typeof v !== 'number' || v < 10 || v > 400) throw bad(`scale ${String(v)}`);
    } else if (k === 'horizontalFitToPages' || k === 'verticalFitToPages') {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw bad(`${k} ${String(v)}`);
    } else throw bad(`unknown option ${k}`);
  }
}

function pageLayoutProxy(
  op: (f: (s: FakeSheet) => void) => void,
  ctx: FakeContext,
  sheet: () => FakeSheet,
): PageLayoutLike {
  const loaded: Record<string, unknown> = {};
  const target: Record<string, unknown> = {
    setPrintTitleRows: (rows: string) => op((s) => (s.pageLayout.printTitleRows = rows)),
    setPrintArea: (area: string) => op((s) => (s.pageLayout.printArea = area)),
    // ExcelApi 1.9 PageLayout.getPrintAreaOrNullObject(): a RangeAreas whose `address` names the
    // sheet ("Sheet1!A1:B4", @types/office-js RangeAreas.address), a null object when none is set.
    getPrintAreaOrNullObject: () => {
      const areas: Record<string, unknown> = {};
      areas.load = () =>
        ctx.push(() => {
          const a = sheet().pageLayout.printArea as string | undefined;
          areas.isNullObject = !a;
          areas.address = a ? `'${sheet().name.replace(/'/g, "''")}'!${a}` : '';
        }, true);
      return areas;
    },
    // Only the zoom is faked for reads (what the host reads back after setting it).
    load: (props?: string | string[]) => {
      const list = Array.isArray(props) ? props : String(props ?? '').split(',');
      ctx.push(() => {
        for (const p of list.map((x) => x.trim())) {
          if (p !== 'zoom') throw new FakeOfficeError('NotImplemented', `Loading pageLayout.${p} is not faked`);
          // Excel answers with the options it holds (an object, never undefined).
          loaded.zoom = { ...((sheet().pageLayout.zoom as object | undefined) ?? {}) };
        }
      }, true);
    },
  };
  return new Proxy(target, {
    get(t, prop: string) {
      if (prop in t) return t[prop];
      if (prop in loaded) return loaded[prop];
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${prop}' is not available (load and sync first).`);
    },
    set(_t, prop: string, value: unknown) {
      op((s) => {
        if (prop === 'zoom') {
          checkZoom(value);
          if (ctx.wb.options.fitToPagesIgnored) {
            const { horizontalFitToPages: _h, verticalFitToPages: _v, ...kept } = value as Record<string, unknown>;
            if (Object.keys(kept).length) s.pageLayout.zoom = kept;
            return;
          }
        }
        s.pageLayout[prop] = value;
      });
      return true;
    },
  }) as unknown as PageLayoutLike;
}

class FakeRange extends RangeGeometry implements RangeLike {
  private readonly box: Box;
  // Made on first use: rendering a sheet takes hundreds of ranges, most of which use only one.
  private formatObject?: RangeFormatLike;
  private validationObject?: DataValidationLike;
  private conditionalFormatsObject?: RangeLike['conditionalFormats'];
  constructor(
    ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly addr: string,
  ) {
    super(ctx);
    this.box = boxOf(addr);
  }
  get format(): RangeFormatLike {
    return (this.formatObject ??= this.formatProxy());
  }
  get dataValidation(): DataValidationLike {
    return (this.validationObject ??= this.validationProxy());
  }
  get conditionalFormats(): RangeLike['conditionalFormats'] {
    return (this.conditionalFormatsObject ??= {
      add: (type: string) => this.addConditionalFormat(type),
      clearAll: () =>
        this.write(false, (s) => {
          s.conditionalFormats = s.conditionalFormats.filter((f) => !intersects(boxOf(f.range), this.box));
        }),
    });
  }
  protected override isNull(): boolean {
    return this.ref() === null;
  }
  private sheet(): FakeSheet {
    const s = this.ref();
    if (!s) throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist (null object).');
    return s;
  }
  private get rows(): number {
    return this.box.r2 - this.box.r1 + 1;
  }
  private get cols(): number {
    return this.box.c2 - this.box.c1 + 1;
  }
  /**
   * Cells of the range, capped (whole columns would be a million rows); the register needs
   * 5,000 lines. Worked out once per range: formatting one range sets a dozen properties.
   */
  private cellAddresses?: readonly string[];
  private addresses(): readonly string[] {
    if (this.cellAddresses) return this.cellAddresses;
    const out: string[] = [];
    const r2 = Math.min(this.box.r2, this.box.r1 + WALK_ROWS);
    const c2 = Math.min(this.box.c2, this.box.c1 + WALK_COLS);
    for (let r = this.box.r1; r <= r2; r++) for (let c = this.box.c1; c <= c2; c++) out.push(a1(r, c));
    return (this.cellAddresses = out);
  }
  /** Queue a write; on a protected sheet it fails if it touches a locked cell. */
  private write(touchesCells: boolean, f: (s: FakeSheet) => void, lockedOnly = true): void {
    this.ctx.push(() => {
      const s = this.sheet();
      if (s.protection.protected) {
        const locked = !touchesCells || !lockedOnly || this.addresses().some((a) => s.cell(a)?.locked ?? true);
        if (locked) {
          throw new FakeOfficeError(
            'AccessDenied',
            `The cell or chart you're trying to change is on a protected sheet (${s.name}!${this.addr}).`,
          );
        }
      }
      f(s);
    });
  }
  override snapshot(props: readonly string[]): Record<string, unknown> {
    const s = this.sheet();
    const out: Record<string, unknown> = {};
    const { values, formulas } = s.read(rangeA1(this.box.r1, this.box.c1, this.box.r2, this.box.c2));
    const place = geometry(`${s.name}!${this.addr}`, this.box);
    for (const p of props) {
      if (p === 'values') out.values = values;
      else if (p === 'formulas') out.formulas = formulas;
      else if ((GEOMETRY as readonly string[]).includes(p)) out[p] = place[p as keyof typeof place];
      else if (p === 'numberFormat')
        out.numberFormat = values.map((line, i) =>
          line.map((_v, j) => s.cell(a1(this.box.r1 + i, this.box.c1 + j))?.numberFormat ?? 'General'),
        );
      else throw new FakeOfficeError('NotImplemented', `Loading "${p}" is not faked`);
    }
    return out;
  }
  private grid(name: string, v: unknown, apply: (cell: FakeCell, x: unknown) => void, s: FakeSheet): void {
    if (v === null || v === undefined) {
      throw new FakeOfficeError('InvalidArgument', `null is not a valid input for ${name} (${this.addr}).`);
    }
    if (Array.isArray(v)) {
      if (v.length !== this.rows || v.some((line) => !Array.isArray(line) || line.length !== this.cols)) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${name} ${this.addr}: range ${this.rows}×${this.cols}).`,
        );
      }
      const first = (v as unknown[][])[0]?.[0];
      if (name === 'numberFormat' && first !== null && v.every((line: unknown[]) => line.every((x) => x === first))) {
        // One format for the whole range (the register's date column): as a single format, an area.
        s.restyle(
          this.box,
          () => this.addresses(),
          (c) => apply(c, first),
        );
        return;
      }
      // null in a 2-D array leaves that cell as it is (learn.microsoft.com, "Blank and null
      // values in Excel add-ins": "Use null in 2-D arrays to leave specific cells unchanged").
      v.forEach((line: unknown[], i) =>
        line.forEach((x, j) => {
          if (x !== null) apply(s.ensure(a1(this.box.r1 + i, this.box.c1 + j)), x);
        }),
      );
      if (name !== 'numberFormat') this.ctx.wb.changes++;
    } else if (name === 'numberFormat') {
      s.restyle(
        this.box,
        () => this.addresses(),
        (c) => apply(c, v),
      );
    } else {
      for (const a of this.addresses()) apply(s.ensure(a), v);
    }
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  /**
   * A string written through the API is read in the locale-neutral way, whatever the user's
   * locale: "Locale-shaped strings (such as the date "19-8-2025" in nl-NL or fr-FR, format
   * DD-MM-YYYY) are stored as text instead of as dates … use a locale-neutral format like ISO
   * (YYYY-MM-DD)" (@types/office-js, Range.values). So "2.5" and "5/1/2020" (1 May) are parsed,
   * "31/12/2024" stays text. What the clerk types by hand is read in vi-VN (parseTyped's default).
   */
  private typed(c: FakeCell, x: unknown): void {
    if (x === '') {
      // What parseTyped gives an empty string, without its patterns (most cells a sheet writes are empty).
      c.value = '';
      c.formula = '';
      return;
    }
    const { numberFormat, ...parsed } = parseTyped(x, 'en-US');
    Object.assign(c, parsed);
    if (numberFormat && c.numberFormat === 'General') c.numberFormat = numberFormat;
  }
  set values(v: unknown[][]) {
    this.write(true, (s) => this.grid('values', v, (c, x) => this.typed(c, x), s));
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write(true, (s) => this.grid('formulas', v, (c, x) => this.typed(c, x), s));
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write(true, (s) => this.grid('numberFormat', v, (c, x) => (c.numberFormat = String(x)), s), false);
  }
  /** The range's sheet (Range.worksheet, ExcelApi 1.1). */
  get worksheet(): WorksheetLike {
    return new FakeWorksheet(this.ctx, this.ref);
  }
  merge(): void {
    this.write(
      true,
      (s) => {
        if (s.merges.some((m) => intersects(boxOf(m), this.box))) {
          throw new FakeOfficeError('InvalidOperation', `Cannot merge ${this.addr}: it overlaps a merged area.`);
        }
        // Merging keeps the upper-left cell's value only; and when that cell is empty, the fill
        // set on the area before merging is dropped (office-js#6557, confirmed: "call merge
        // BEFORE setting fill properties", or give the primary cell a value).
        const [first, ...rest] = this.addresses();
        const top = s.cell(first!);
        const empty =
          !top || ((top.value === '' || top.value === null) && (top.formula === '' || top.formula === null));
        // Records of their own for the cells it changes (a cell of an area answers with a copy).
        const own = (a: string) => (s.cell(a) ? s.ensure(a) : undefined);
        for (const a of rest) {
          const c = own(a);
          if (c) Object.assign(c, { value: '', formula: '' });
        }
        if (empty)
          for (const a of [first!, ...rest]) {
            const c = own(a);
            if (c && 'fill.color' in c.format) {
              const { ['fill.color']: _dropped, ...kept } = c.format;
              c.format = Object.freeze(kept);
            }
          }
        s.merges.push(this.addr);
      },
      false,
    );
  }
  unmerge(): void {
    this.write(true, (s) => (s.merges = s.merges.filter((m) => !intersects(boxOf(m), this.box))), false);
  }
  clear(): void {
    this.write(
      true,
      (s) => {
        s.clearAreas(this.box);
        for (const a of this.addresses()) s.cells.delete(a);
        s.borders = s.borders.filter((b) => !intersects(boxOf(b.range), this.box));
      },
      false,
    );
  }
  select(): void {
    this.ctx.push(() => {
      const s = this.sheet();
      this.ctx.wb.activeSheet = s.name;
      this.ctx.wb.selection = { sheet: s.name, address: this.addr };
    });
  }
  private cellFormat(path: string, value: unknown): void {
    this.write(
      true,
      (s) => {
        // Each distinct record gets one successor, shared by every cell that had it.
        const next = new Map<Readonly<Record<string, unknown>>, Readonly<Record<string, unknown>>>();
        s.restyle(
          this.box,
          () => this.addresses(),
          (c) => {
            let f = next.get(c.format);
            if (!f) next.set(c.format, (f = Object.freeze({ ...c.format, [path]: value })));
            c.format = f;
          },
        );
      },
      false,
    );
  }
  private formatProxy(): RangeFormatLike {
    const prop = <T extends object>(prefix: string, keys: readonly string[]): T => {
      const o = {};
      for (const k of keys) {
        Object.defineProperty(o, k, {
          get: () => {
            throw new FakeOfficeError('PropertyNotLoaded', `The property '${k}' is not available.`);
          },
          set: (v: unknown) => this.cellFormat(`${prefix}${k}`, v),
        });
      }
      return o as T;
    };
    const font = prop<FontLike>('font.', ['name', 'size', 'bold', 'italic', 'color']);
    const fill = prop<{ color: string }>('fill.', ['color']);
    const protection = {} as { locked: boolean };
    Object.defineProperty(protection, 'locked', {
      set: (v: boolean) =>
        this.write(
          true,
          (s) => {
            s.restyle(
              this.box,
              () => this.addresses(),
              (c) => (c.locked = v),
            );
          },
          false,
        ),
    });
    const borders = {
      getItem: (edge: string): BorderLike => {
        const rec = (s: FakeSheet): FakeBorder => s.border(this.addr, edge);
        const o = {} as BorderLike;
        for (const k of ['style', 'weight', 'color'] as const) {
          Object.defineProperty(o, k, { set: (v: string) => this.write(true, (s) => (rec(s)[k] = v), false) });
        }
        return o;
      },
    };
    const f = prop<RangeFormatLike>('', ['horizontalAlignment', 'verticalAlignment', 'wrapText']);
    Object.defineProperty(f, 'columnWidth', {
      set: (v: number) =>
        this.write(false, (s) => {
          for (let c = this.box.c1; c <= this.box.c2; c++) s.columnWidths.set(columnLetter(c), v);
        }),
    });
    Object.defineProperty(f, 'rowHeight', {
      set: (v: number) =>
        this.write(false, (s) => {
          for (let r = this.box.r1; r <= this.box.r2; r++) s.rowHeights.set(r, v);
        }),
    });
    // "Changes the height of the rows of the current range to achieve the best fit, based on the
    // current data in the columns" (@types/office-js, RangeFormat.autofitRows, ExcelApi 1.2). On a
    // protected sheet only where the protection allows formatting rows (WorksheetProtectionOptions
    // .allowFormatRows); the fake records the range, it does not measure text.
    const autofitRows = () =>
      this.ctx.push(() => {
        const s = this.sheet();
        const allowed = (s.protection.options as { allowFormatRows?: boolean } | undefined)?.allowFormatRows;
        if (s.protection.protected && !allowed) {
          throw new FakeOfficeError('AccessDenied', `Formatting rows is not allowed on the protected sheet ${s.name}.`);
        }
        s.autofitRows.push(this.addr);
      });
    Object.assign(f, { font, fill, borders, protection, autofitRows });
    return f;
  }
  private validationProxy(): DataValidationLike {
    const rec = (s: FakeSheet): FakeValidation => {
      let v = s.validations.find((x) => x.range === this.addr);
      if (!v) s.validations.push((v = { range: this.addr }));
      return v;
    };
    const o = {
      clear: () =>
        this.write(false, (s) => {
          s.validations = s.validations.filter((v) => !intersects(boxOf(v.range), this.box));
          s.validationClears.push(this.addr);
        }),
    } as DataValidationLike;
    for (const k of ['rule', 'errorAlert', 'prompt', 'ignoreBlanks'] as const) {
      Object.defineProperty(o, k, {
        set: (v: unknown) =>
          this.write(false, (s) => {
            const r = rec(s);
            if (k === 'rule' && r.rule !== undefined) {
              throw new FakeOfficeError('InvalidOperation', `${this.addr} already has a data validation rule.`);
            }
            (r as unknown as Record<string, unknown>)[k] = v;
            (r.order ??= []).push(k);
          }),
      });
    }
    return o;
  }
  private addConditionalFormat(type: string): ConditionalFormatLike {
    let rec: FakeConditionalFormat | undefined;
    this.write(false, (s) => {
      rec = { range: this.addr, type };
      s.conditionalFormats.push(rec);
    });
    const set = (f: (r: FakeConditionalFormat) => void) => this.ctx.push(() => f(rec!));
    const custom = {
      rule: {} as { formula: string },
      format: { fill: {} as { color: string }, font: {} as { color: string } } as {
        fill: { color: string };
        font: { color: string };
        numberFormat: string;
      },
    };
    Object.defineProperty(custom.rule, 'formula', { set: (v: string) => set((r) => (r.formula = v)) });
    Object.defineProperty(custom.format.fill, 'color', { set: (v: string) => set((r) => (r.fill = v)) });
    Object.defineProperty(custom.format.font, 'color', { set: (v: string) => set((r) => (r.fontColor = v)) });
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalrangeformat#excel-excel-conditionalrangeformat-numberformat
    Object.defineProperty(custom.format, 'numberFormat', { set: (v: string) => set((r) => (r.numberFormat = v)) });
    return { custom };
  }
}

class FakeNames extends Loadable {
  override snapshot(): Record<string, unknown> {
    return { items: [...this.ctx.wb.names.keys()].map((n) => new FakeNamedItem(this.ctx, n, true)) };
  }
  get items(): NamedItemLike[] {
    return this.read('items');
  }
  add(name: string, reference: string): unknown {
    this.ctx.push(() => {
      const wb = this.ctx.wb;
      if ([...wb.names.keys()].some((n) => n.toUpperCase() === name.toUpperCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', `The name "${name}" already exists.`);
      }
      wb.names.set(name, reference);
    });
    return new FakeNamedItem(this.ctx, name, false);
  }
  getItemOrNullObject(name: string): NamedItemLike {
    return new FakeNamedItem(this.ctx, name, false);
  }
}

class FakeNamedItem extends Loadable implements NamedItemLike {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    preloaded: boolean,
  ) {
    super(ctx);
    if (preloaded) {
      this.data.name = key;
      this.data.isNullObject = false;
      this.loaded.add('name');
      this.loaded.add('isNullObject');
    }
  }
  protected override isNull(): boolean {
    return !this.ctx.wb.names.has(this.key);
  }
  override snapshot(): Record<string, unknown> {
    return { name: this.key };
  }
  get name(): string {
    return this.read('name');
  }
  delete(): void {
    this.ctx.push(() => {
      if (!this.ctx.wb.names.delete(this.key)) {
        throw new FakeOfficeError('ItemNotFound', `The name "${this.key}" doesn't exist.`);
      }
    });
  }
}
