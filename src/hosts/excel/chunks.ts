/**
 * Requests and responses of a size Excel takes, whatever the size of the register.
 *
 * Excel on the web refuses a request or a response above 5 MB ("Excel add-ins … payload
 * size limit of 5 MB for requests and responses", learn.microsoft.com/office/dev/add-ins/
 * concepts/resource-limits-and-performance-optimization#excel-add-ins; the error is
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). A write is split into
 * parts of at most WRITE_BUDGET bytes (one sync each: a large sheet in bands of rows, small
 * sheets packed together), a read into bands of rows whose response is kept under
 * READ_BUDGET. The count of syncs grows with the lines, never with the cells, and is 1 when
 * everything fits one request, as before.
 */
import { parseRange, rangeA1, type SheetPlan, type WorkbookPlan } from '../../core';
import type { ContextLike, RangeLike, WorksheetLike } from './api';
import { cellContent, outsideSameStyleAreas, renderSheet, styleBlocks, type RenderOptions } from './render';

/**
 * The limit is 5 MB. A write part is planned at 3.5 MB of *estimate*: the estimate counts every
 * character as two bytes and is 1.5 to 2 times what the real runtime sends (a blank create:
 * 1.78 MB sent; tests/realRuntime measures every request under 4 MB), so a blank workbook of
 * the form (seven sheets, the register's print styles alone near 0.7 MB of estimate) and the
 * sum of 200 units still go in one request.
 */
export const WRITE_BUDGET = 3.5 * 1024 * 1024;
export const READ_BUDGET = 2 * 1024 * 1024;

/**
 * What one formatted range costs in a request (a dozen property sets, 4-6 border edges, each
 * an action with its object path): measured over the real runtime at 2.5-3.5 KB.
 */
const BLOCK_BYTES = 4096;
/** One cell in the values/number-format arrays: the quotes, the comma and the JSON escaping. */
const CELL_OVERHEAD = 8;
/** Widths, heights, merges, validation rules, conditional formats, print setup: per item. */
const ITEM_BYTES = 1536;

/** Estimated request bytes of each row of `sheet` (index = row), and of what the sheet has once. */
export function rowCosts(
  sheet: SheetPlan,
  styles: WorkbookPlan['styles'],
): { rows: Map<number, number>; fixed: number } {
  const rows = new Map<number, number>();
  const add = (row: number, bytes: number) => rows.set(row, (rows.get(row) ?? 0) + bytes);
  let cols = 1;
  for (const c of sheet.cells) cols = Math.max(cols, c.col);
  for (const c of sheet.cells) {
    const content = cellContent(c);
    const text = typeof content === 'string' ? content.length * 2 : 12;
    const nf = (c.numberFormat ?? styles[c.style]?.numberFormat ?? 'General').length;
    add(c.row, text + nf + 2 * CELL_OVERHEAD);
  }
  // The empty cells of each written row: "" and "General".
  for (const row of [...rows.keys()]) add(row, cols * (2 + 9 + 2 * CELL_OVERHEAD));
  for (const b of styleBlocks(outsideSameStyleAreas(sheet, sheet.cells))) add(b.r1, BLOCK_BYTES);
  for (const a of sheet.areas ?? []) {
    const nf = styles[a.style]?.numberFormat;
    if (!nf) continue;
    const { r1, r2, c1, c2 } = parseRange(a.range);
    for (let r = r1; r <= r2; r++) add(r, (c2 - c1 + 1) * (nf.length + CELL_OVERHEAD));
  }
  // Row heights go with their band (render.ts): each counted on its row.
  for (const row of Object.keys(sheet.rowHeights)) add(Number(row), ITEM_BYTES);
  const items =
    sheet.columnWidths.length +
    sheet.merges.length +
    sheet.validations.reduce((n, v) => n + v.ranges.length, 0) +
    sheet.conditionalFormats.length +
    (sheet.areas?.length ?? 0) * 2 +
    8;
  return { rows, fixed: items * ITEM_BYTES };
}

export interface SheetPart {
  readonly sheet: SheetPlan;
  readonly band: NonNullable<RenderOptions['band']>;
  readonly bytes: number;
}

/** The sheet in bands of rows of at most `budget` estimated bytes (one band when it fits). */
export function sheetParts(sheet: SheetPlan, styles: WorkbookPlan['styles'], budget = WRITE_BUDGET): SheetPart[] {
  const { rows, fixed } = rowCosts(sheet, styles);
  const order = [...rows.keys()].sort((a, b) => a - b);
  const total = fixed + order.reduce((n, r) => n + rows.get(r)!, 0);
  if (total <= budget) {
    return [{ sheet, band: { r1: 1, r2: Infinity, first: true, last: true }, bytes: total }];
  }
  const bands: { r1: number; r2: number; bytes: number }[] = [];
  let start = 1;
  let bytes = fixed;
  for (const r of order) {
    const b = rows.get(r)!;
    if (bytes + b > budget && bytes > 0 && r > start) {
      bands.push({ r1: start, r2: r - 1, bytes });
      start = r;
      bytes = 0;
    }
    bytes += b;
  }
  bands.push({ r1: start, r2: Infinity, bytes });
  return bands.map((b, i) => ({
    sheet,
    band: { r1: b.r1, r2: b.r2, first: i === 0, last: i === bands.length - 1 },
    bytes: b.bytes,
  }));
}

/**
 * Requests of a bounded size: `room(bytes)` syncs what is queued first when `bytes` more
 * would go over the budget. The caller's last sync sends the rest.
 */
export class WriteBatch {
  private queued = 0;
  /** Syncs this batch made (the caller's last one not counted). */
  syncs = 0;
  constructor(
    private readonly ctx: ContextLike,
    private readonly budget = WRITE_BUDGET,
    /** Told after each of the batch's syncs how many it has made (progress). */
    private readonly onSync?: (syncs: number) => void,
  ) {}
  /**
   * A sheet to write to after a sync: a sheet made by `worksheets.add` in an earlier request is
   * found again by name. (The proxy `add` returned stands for "the result of that add" and the
   * runtime can send it again only if Excel's answer told it the sheet's id, which a page should
   * not rely on; `getItem(name)` means the same sheet in every request.)
   */
  sheet(ws: WorksheetLike, name: string): WorksheetLike {
    return this.syncs ? this.ctx.workbook.worksheets.getItem(name) : ws;
  }
  async room(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) {
      await this.ctx.sync();
      this.syncs++;
      this.queued = 0;
      this.onSync?.(this.syncs);
    }
    this.queued += bytes;
  }
}

/** The parts of each sheet, in the order `renderSheets` writes them. */
export function writeParts(
  targets: readonly { readonly s: SheetPlan }[],
  styles: WorkbookPlan['styles'],
): SheetPart[][] {
  return targets.map(({ s }) => sheetParts(s, styles));
}

/**
 * How many requests `renderSheets` sends for these parts (the batch's syncs and the caller's
 * last one): the same packing as `WriteBatch.room`, without writing. For the progress shown.
 */
export function requestCount(parts: readonly (readonly SheetPart[])[], budget = WRITE_BUDGET): number {
  let requests = 1;
  let queued = 0;
  for (const part of parts.flat()) {
    if (queued > 0 && queued + part.bytes > budget) {
      requests++;
      queued = 0;
    }
    queued += part.bytes;
  }
  return requests;
}

/**
 * Render the sheets (each onto its worksheet) in requests of at most the batch's budget,
 * in order: small sheets share a request, a large one is written in bands of rows.
 * `parts`: the sheets' parts when the caller has them already (`writeParts`).
 */
export async function renderSheets(
  batch: WriteBatch,
  targets: readonly { readonly s: SheetPlan; readonly ws: WorksheetLike }[],
  styles: WorkbookPlan['styles'],
  options: RenderOptions = {},
  parts: readonly (readonly SheetPart[])[] = writeParts(targets, styles),
): Promise<void> {
  for (const [i, { s, ws }] of targets.entries()) {
    const own = parts[i]!;
    for (const part of own) {
      await batch.room(part.bytes);
      renderSheet(batch.sheet(ws, s.name), s, styles, own.length > 1 ? { ...options, band: part.band } : options);
    }
  }
}

/** Rows of `values` written in bands of at most `budget` estimated bytes, one sync each but the last. */
export async function writeRowsInBands(
  ctx: ContextLike,
  sheet: WorksheetLike,
  firstRow: number,
  firstCol: number,
  values: readonly (readonly unknown[])[],
  each: (range: RangeLike) => void = () => undefined,
  budget = WRITE_BUDGET,
): Promise<number> {
  let syncs = 0;
  let start = 0;
  let bytes = 0;
  const flush = async (end: number, last: boolean) => {
    if (end <= start) return;
    const cols = values[start]!.length;
    const range = sheet.getRange(rangeA1(firstRow + start, firstCol, firstRow + end - 1, firstCol + cols - 1));
    range.values = values.slice(start, end) as unknown[][];
    each(range);
    if (!last) {
      await ctx.sync();
      syncs++;
    }
    start = end;
    bytes = 0;
  };
  for (let i = 0; i < values.length; i++) {
    const b = JSON.stringify(values[i]).length * 2;
    if (bytes + b > budget && i > start) await flush(i, false);
    bytes += b;
  }
  await flush(values.length, true);
  return syncs;
}

// ── Reads ─────────────────────────────────────────────────────────────────────

/** What one cell costs in a response before anything is known of the sheet (per property). */
const FIRST_GUESS_CELL_BYTES = 64;
/** Never assume less than this per cell and property, whatever a band measured. */
const MIN_CELL_BYTES = 12;

export interface BandRead {
  readonly sheet: string;
  /** A1 rectangle. */
  readonly address: string;
  readonly props: readonly string[];
}

export interface ReadGrids {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat?: unknown[][];
}

/**
 * Read rectangles (`extents`, by sheet, from A1 or from row `fromRow`) in bands of rows whose responses stay
 * under READ_BUDGET: the first band is sized on a cautious guess of what a cell costs, the
 * next ones on what the bands before really cost. Several small sheets share a sync.
 */
export async function readInBands(
  ctx: ContextLike,
  extents: readonly {
    readonly name: string;
    readonly sheet: WorksheetLike;
    /** The last row and column to read. */
    readonly rows: number;
    readonly cols: number;
    /** The first row (default 1): the grids start there. */
    readonly fromRow?: number;
  }[],
  props: readonly ('values' | 'formulas' | 'numberFormat')[],
  budget = READ_BUDGET,
): Promise<Map<string, ReadGrids>> {
  const out = new Map<string, ReadGrids>();
  let perCell = FIRST_GUESS_CELL_BYTES * props.length;
  type Pending = { name: string; r1: number; r2: number; range: RangeLike };
  let pending: Pending[] = [];
  let planned = 0;
  const flush = async () => {
    if (!pending.length) return;
    await ctx.sync();
    let measured = 0;
    let cells = 0;
    for (const p of pending) {
      const g = out.get(p.name)!;
      const values = p.range.values;
      const formulas = props.includes('formulas') ? p.range.formulas : values;
      const nf = props.includes('numberFormat') ? p.range.numberFormat : undefined;
      g.values.push(...values);
      g.formulas.push(...formulas);
      if (nf) g.numberFormat!.push(...nf);
      measured += JSON.stringify(values).length + (formulas === values ? 0 : JSON.stringify(formulas).length);
      if (nf) measured += JSON.stringify(nf).length;
      cells += values.length * (values[0]?.length ?? 0);
    }
    // Non-ASCII text may travel escaped (\\uXXXX): count it twice.
    if (cells) perCell = Math.max(MIN_CELL_BYTES * props.length, (2 * measured) / cells);
    pending = [];
    planned = 0;
  };
  for (const e of extents) {
    out.set(e.name, { values: [], formulas: [], ...(props.includes('numberFormat') ? { numberFormat: [] } : {}) });
    let r = e.fromRow ?? 1;
    while (r <= e.rows) {
      const room = Math.floor((budget - planned) / (perCell * e.cols));
      if (room < 1 && pending.length) {
        await flush();
        continue;
      }
      const r2 = Math.min(e.rows, r + Math.max(room, 1) - 1);
      const range = e.sheet.getRange(rangeA1(r, 1, r2, e.cols));
      range.load([...props]);
      pending.push({ name: e.name, r1: r, r2, range });
      planned += (r2 - r + 1) * e.cols * perCell;
      r = r2 + 1;
    }
  }
  await flush();
  return out;
}
