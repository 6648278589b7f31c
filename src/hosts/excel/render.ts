/**
 * Render a WorkbookPlan with the Excel JavaScript API. Everything is queued on the
 * context; the caller syncs once. No row of the form is known here: cells, styles,
 * merges, validation, conditional formats and print setup all come from the plan.
 */
import {
  a1,
  columnLetter,
  parseRange,
  quoteSheet,
  rangeA1,
  type CellPlan,
  type CellStyle,
  type NamePlan,
  type SheetPlan,
  type ValidationPlan,
  type WorkbookPlan,
} from '../../core';
import type { RangeLike, WorkbookLike, WorksheetLike } from './api';

/**
 * Excel parses a string written to `formulas`/`values` like typed input: "1" becomes a
 * number, "+ Tập thể…" a (broken) formula, "=HYPERLINK(…)" a live formula, "1/2" a date
 * (@types/office-js, Range.values: "If the returned value starts with a plus ("+"), minus
 * ("-"), or equal sign ("="), Excel interprets this value as a formula"). A leading
 * apostrophe keeps such a constant as text, exactly as typing it with ' does (Microsoft,
 * "Excel worksheet and expression evaluation": input that begins with the string prefix is
 * placed in the cell unchanged, the prefix not shown). Every text cell of a plan goes
 * through here; only a plan cell's `formula` is written as a formula.
 */
export function asTypedText(s: string): string {
  if (s === '') return s;
  if (/^[=+\-@']/.test(s)) return `'${s}`;
  if (/^\s*[-+]?[\d.,]+\s*%?\s*$/.test(s)) return `'${s}`;
  if (/^\s*\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?\s*$/.test(s)) return `'${s}`;
  if (/^\s*(TRUE|FALSE)\s*$/i.test(s)) return `'${s}`;
  return s;
}

/** What to write into `formulas` for a planned cell. */
export function cellContent(c: CellPlan): unknown {
  if (c.formula !== undefined) return c.formula;
  const v = c.value ?? '';
  return typeof v === 'string' ? asTypedText(v) : v;
}

/** The rectangle A1:… holding every planned cell. */
export function planBox(sheet: SheetPlan): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const c of sheet.cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  return { rows, cols };
}

/** Excel's column width (characters of the default font) → points, as the API takes it. */
export function columnWidthPoints(chars: number): number {
  // Calibri 11: maximum digit width 7 px, 5 px padding; 96 dpi → 0.75 pt per px.
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const INCH = 72;

export interface StyleBlock {
  readonly r1: number;
  readonly r2: number;
  readonly c1: number;
  readonly c2: number;
  readonly style: string;
}

/**
 * Cells of one style as few rectangles as simply found: same-style neighbours in a row
 * become a run, and identical runs on consecutive rows one block. Fewer ranges, fewer
 * queued actions (the request payload of a sync is limited, notably on Excel on the web).
 */
export function styleBlocks(cells: readonly CellPlan[]): StyleBlock[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: StyleBlock[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.r1 === c.row && last.c2 === c.col - 1 && last.style === c.style) {
      runs[runs.length - 1] = { ...last, c2: c.col };
    } else {
      runs.push({ r1: c.row, r2: c.row, c1: c.col, c2: c.col, style: c.style });
    }
  }
  const open = new Map<string, StyleBlock>(); // "c1:c2:style" → block still growing downwards
  const blocks: StyleBlock[] = [];
  for (const run of runs) {
    const key = `${run.c1}:${run.c2}:${run.style}`;
    const b = open.get(key);
    if (b && b.r2 === run.r1 - 1) {
      open.set(key, { ...b, r2: run.r1 });
    } else {
      if (b) blocks.push(b);
      open.set(key, run);
    }
  }
  blocks.push(...open.values());
  return blocks.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function applyStyle(range: RangeLike, style: CellStyle, multiColumn: boolean, multiRow: boolean): void {
  const f = range.format;
  f.font.name = style.font.name;
  f.font.size = style.font.size;
  f.font.bold = !!style.font.bold;
  f.font.italic = !!style.font.italic;
  if (style.font.color) f.font.color = style.font.color;
  if (style.fill) f.fill.color = style.fill;
  if (style.horizontal) f.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) f.verticalAlignment = V_ALIGN[style.vertical];
  f.wrapText = !!style.wrap;
  f.protection.locked = style.locked;
  if (style.border) {
    const edges = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      ...(multiColumn ? ['InsideVertical'] : []),
      ...(multiRow ? ['InsideHorizontal'] : []),
    ];
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

/** The Excel data-validation rule for a plan rule. */
export function validationRule(v: ValidationPlan): unknown {
  const r = v.rule;
  switch (r.type) {
    case 'wholeNumber':
      return r.max === undefined
        ? { wholeNumber: { formula1: r.min, operator: 'GreaterThanOrEqualTo' } }
        : { wholeNumber: { formula1: r.min, formula2: r.max, operator: 'Between' } };
    case 'list':
      return { list: { inCellDropDown: true, source: r.items.join(',') } };
    case 'listRange':
      return { list: { inCellDropDown: true, source: r.source.startsWith('=') ? r.source : `=${r.source}` } };
    case 'date':
      return { date: { formula1: r.min, formula2: r.max, operator: 'Between' } };
    case 'textLength':
      return { textLength: { formula1: r.max, operator: 'LessThanOrEqualTo' } };
  }
}

/** How our sheets are protected (no password: the clerk can always unprotect). */
export const SHEET_PROTECTION = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowSort: false,
  allowInsertRows: false,
  allowDeleteRows: false,
} as const;

export interface RenderOptions {
  /** worksheet.pageLayout (ExcelApi 1.9) is there; without it the print setup is skipped. */
  readonly pageLayout?: boolean;
  /**
   * Only rows r1..r2 of the sheet (a part of a large sheet, written in a request of its own:
   * chunks.ts): its cells, and its input areas cut to those rows. `first` carries what the
   * sheet has once before its cells (visibility, widths, heights), `last` what comes after all
   * of them (merges, validation, conditional formats, panes, print setup, protection last).
   */
  readonly band?: { readonly r1: number; readonly r2: number; readonly first: boolean; readonly last: boolean };
}

/** The part of `range` (A1) inside rows r1..r2, or undefined. */
function clipRows(range: string, r1: number, r2: number): string | undefined {
  const b = parseRange(range);
  const top = Math.max(b.r1, r1);
  const bottom = Math.min(b.r2, r2);
  return top > bottom ? undefined : rangeA1(top, b.c1, bottom, b.c2);
}

/** Cells that an input area of the same style already formats need no style block of their own. */
export function outsideSameStyleAreas(sheet: SheetPlan, cells: readonly CellPlan[]): CellPlan[] {
  const areas = (sheet.areas ?? []).map((a) => ({ ...parseRange(a.range), style: a.style }));
  if (!areas.length) return [...cells];
  return cells.filter(
    (c) => !areas.some((a) => a.style === c.style && c.row >= a.r1 && c.row <= a.r2 && c.col >= a.c1 && c.col <= a.c2),
  );
}

/** Queue everything one sheet of the plan needs onto `ws` (a new or a cleared sheet). */
export function renderSheet(
  ws: WorksheetLike,
  sheet: SheetPlan,
  styles: WorkbookPlan['styles'],
  options: RenderOptions = {},
): void {
  const band = options.band ?? { r1: 1, r2: Infinity, first: true, last: true };
  const cells = options.band ? sheet.cells.filter((c) => c.row >= band.r1 && c.row <= band.r2) : sheet.cells;
  const top = cells.reduce((m, c) => Math.min(m, c.row), options.band ? Infinity : 1);
  if (band.first && sheet.visibility) ws.visibility = sheet.visibility === 'veryHidden' ? 'VeryHidden' : 'Hidden';
  const { rows, cols } = planBox({ ...sheet, cells });
  const content: unknown[][] = Array.from({ length: rows - top + 1 }, () => Array.from({ length: cols }, () => ''));
  const formats: unknown[][] = Array.from({ length: rows - top + 1 }, () =>
    Array.from({ length: cols }, () => 'General'),
  );
  for (const c of cells) {
    content[c.row - top]![c.col - 1] = cellContent(c);
    const nf = c.numberFormat ?? styles[c.style]?.numberFormat;
    if (nf) formats[c.row - top]![c.col - 1] = nf;
  }
  if (cells.length) {
    const box = ws.getRange(rangeA1(top, 1, rows, cols));
    // Formats before content, so a count "00" shows as typed and dates as dd/mm/yyyy.
    box.numberFormat = formats;
    box.formulas = content;
  }

  if (band.first) {
    sheet.columnWidths.forEach((w, i) => {
      const letter = columnLetter(i + 1);
      ws.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(w);
    });
  }
  // Row heights with their band (a register of filled lines has one per line: all of them in
  // the first request would pass the request limit); a run of rows of one height is one range.
  for (const run of heightRuns(sheet.rowHeights, band.r1, band.r2)) {
    ws.getRange(`${run.r1}:${run.r2}`).format.rowHeight = run.height;
  }

  // Empty input areas (the register's lines): one range each, before the planned cells. Their
  // number format too (the date column's dd/mm/yyyy), as the .xlsx gives it in the column's
  // style: a date typed into an empty line shows as the lines above show theirs.
  for (const area of sheet.areas ?? []) {
    const style = styles[area.style];
    const address = clipRows(area.range, band.r1, band.r2);
    if (!style || !address) continue;
    const { r1, c1, r2, c2 } = parseRange(address);
    const range = ws.getRange(address);
    applyStyle(range, style, c2 > c1, r2 > r1);
    if (style.numberFormat) {
      range.numberFormat = Array.from({ length: r2 - r1 + 1 }, () =>
        Array.from({ length: c2 - c1 + 1 }, () => style.numberFormat),
      );
    }
  }
  // The register's typed lines are inside its input areas, already formatted alike: a style
  // block per line would only make the request larger.
  for (const b of styleBlocks(outsideSameStyleAreas(sheet, cells))) {
    const style = styles[b.style];
    if (!style) continue;
    applyStyle(ws.getRange(rangeA1(b.r1, b.c1, b.r2, b.c2)), style, b.c2 > b.c1, b.r2 > b.r1);
  }
  if (!band.last) return;
  // Merges after formatting, which is safe because every merged area's top-left cell holds
  // content (pinned by tests/core: Excel drops the fill of an empty-topped area, office-js#6557;
  // merging first loses borders on the web instead, office-js#6405).
  for (const m of sheet.merges) ws.getRange(m).merge(false);

  // As Microsoft's samples do: clear whatever rule the range may carry, set the rule, then
  // the options that qualify it (ignoreBlanks, alerts, prompt).
  for (const v of sheet.validations) {
    for (const address of v.ranges) {
      const dv = ws.getRange(address).dataValidation;
      dv.clear();
      dv.rule = validationRule(v);
      dv.ignoreBlanks = v.allowBlank;
      dv.errorAlert = { showAlert: true, style: 'Stop', title: v.errorTitle, message: v.errorMessage };
      if (v.prompt) dv.prompt = { showPrompt: true, title: v.promptTitle ?? '', message: v.prompt };
    }
  }
  for (const cf of sheet.conditionalFormats) {
    const f = ws.getRange(cf.range).conditionalFormats.add('Custom');
    f.custom.rule.formula = cf.formula;
    f.custom.format.fill.color = cf.fill;
    if (cf.fontColor) f.custom.format.font.color = cf.fontColor;
    if (cf.numberFormat) f.custom.format.numberFormat = cf.numberFormat;
  }

  if (sheet.freeze) {
    const { rows: fr, columns: fc } = sheet.freeze;
    if (fc > 0) ws.freezePanes.freezeAt(rangeA1(1, 1, Math.max(fr, 1), fc));
    else if (fr > 0) ws.freezePanes.freezeRows(fr);
  }

  if (options.pageLayout !== false) renderPrintSetup(ws, sheet);

  // Protection last: everything above writes to locked cells.
  if (sheet.protect) {
    ws.protection.protect(SHEET_PROTECTION);
  }
}

/**
 * The documented part of the plan's fit: PageLayoutZoomOptions takes page counts (and a
 * scale); the plan's 0 ("as many pages as needed") has no documented value, so it is left
 * out rather than sent as 0. Fit 1 page wide, any height: { horizontalFitToPages: 1 }.
 */
export function printZoom(
  p: SheetPlan['print'],
): { horizontalFitToPages?: number; verticalFitToPages?: number } | undefined {
  const z: { horizontalFitToPages?: number; verticalFitToPages?: number } = {};
  if (p.fitToWidth) z.horizontalFitToPages = p.fitToWidth;
  if (p.fitToHeight) z.verticalFitToPages = p.fitToHeight;
  return Object.keys(z).length ? z : undefined;
}

/** A4, orientation, fit to 1 page wide, print titles, margins (inches → points). ExcelApi 1.9. */
function renderPrintSetup(ws: WorksheetLike, sheet: SheetPlan): void {
  const p = sheet.print;
  const pl = ws.pageLayout;
  pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  pl.paperSize = p.paper;
  const zoom = printZoom(p);
  if (zoom) pl.zoom = zoom;
  pl.topMargin = p.margins.top * INCH;
  pl.bottomMargin = p.margins.bottom * INCH;
  pl.leftMargin = p.margins.left * INCH;
  pl.rightMargin = p.margins.right * INCH;
  pl.headerMargin = p.margins.header * INCH;
  pl.footerMargin = p.margins.footer * INCH;
  if (p.centerHorizontally) pl.centerHorizontally = true;
  if (p.titleRows) {
    const [r1, r2] = p.titleRows.split(':');
    pl.setPrintTitleRows(`$${r1}:$${r2 ?? r1}`);
  }
  if (p.printArea) pl.setPrintArea(p.printArea);
  if (p.blackAndWhite) pl.blackAndWhite = true;
  // Manual breaks (ExcelApi 1.9, as pageLayout): "adds a page break before the top-left cell".
  ws.horizontalPageBreaks.removePageBreaks();
  for (const r of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${r}`);
}

/** Absolute reference of a plan name: ='Thông tin chung'!$B$4 */
export function nameReference(plan: WorkbookPlan, n: NamePlan): string {
  const sheet = plan.sheets.find((s) => s.key === n.sheet);
  if (!sheet) throw new Error(`Name ${n.name} refers to a sheet the plan lacks (${n.sheet})`);
  const { r1, c1, r2, c2 } = parseRange(n.address);
  const corner = `$${columnLetter(c1)}$${r1}`;
  const end = r2 !== r1 || c2 !== c1 ? `:$${columnLetter(c2)}$${r2}` : '';
  return `=${quoteSheet(sheet.name)}!${corner}${end}`;
}

/** Queue the workbook names; `existing` are names already there (deleted first). */
export function renderNames(workbook: WorkbookLike, plan: WorkbookPlan, existing: readonly string[]): void {
  const have = new Set(existing.map((n) => n.toUpperCase()));
  for (const n of plan.names) {
    if (have.has(n.name.toUpperCase())) workbook.names.getItemOrNullObject(n.name).delete();
    workbook.names.add(n.name, nameReference(plan, n));
  }
}

export { a1 };

/** The sheet's row heights between rows r1 and r2, as runs of consecutive rows of one height. */
export function heightRuns(
  heights: Readonly<Record<number, number>>,
  r1: number,
  r2: number,
): { r1: number; r2: number; height: number }[] {
  const rows = Object.keys(heights)
    .map(Number)
    .filter((r) => r >= r1 && r <= r2)
    .sort((a, b) => a - b);
  const runs: { r1: number; r2: number; height: number }[] = [];
  for (const r of rows) {
    const h = heights[r]!;
    const last = runs[runs.length - 1];
    if (last && last.r2 === r - 1 && last.height === h) last.r2 = r;
    else runs.push({ r1: r, r2: r, height: h });
  }
  return runs;
}
