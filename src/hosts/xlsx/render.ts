/**
 * The .xlsx renderer: a core `WorkbookPlan` → an exceljs workbook. Everything the plan
 * holds is written (values, formulas with the core's cached results, styles, merges,
 * widths, heights, panes, print setup, protection, validation, conditional formats,
 * defined names); nothing of the form's layout lives here.
 */
import type ExcelJS from 'exceljs';
import {
  columnLetter,
  parseRange,
  quoteSheet,
  parseA1,
  type CellPlan,
  type CellStyle,
  type ConditionalFormatPlan,
  type SheetPlan,
  type ValidationPlan,
  type WorkbookPlan,
} from '../../core';

const argb = (hex: string): string => `FF${hex.replace(/^#/, '').toUpperCase()}`;

/**
 * An ISO date as the `Date` exceljs wants in a date rule's formulae: it writes
 * `dateToExcel(new Date(formula))`, so a day number (43831) would become a few seconds
 * after 01/01/1970 and Excel would refuse every real date.
 */
function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** The plan's style as exceljs's cell style. */
export function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: s.font.name,
      size: s.font.size,
      bold: s.font.bold ?? false,
      italic: s.font.italic ?? false,
      ...(s.font.color ? { color: { argb: argb(s.font.color) } } : {}),
    },
    alignment: {
      ...(s.horizontal ? { horizontal: s.horizontal } : {}),
      ...(s.vertical ? { vertical: s.vertical } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    },
    protection: { locked: s.locked },
  };
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    style.border = { top: thin, bottom: thin, left: thin, right: thin };
  }
  if (s.numberFormat) style.numFmt = s.numberFormat;
  return style;
}

function cellValue(c: CellPlan): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    const formula = c.formula.replace(/^=/, '');
    const cached = c.cached;
    return cached === undefined || cached === null
      ? ({ formula } as ExcelJS.CellFormulaValue)
      : ({ formula, result: cached } as ExcelJS.CellFormulaValue);
  }
  // A string is stored as a string (a shared string): exceljs never parses "=…" into a
  // formula, so a text that starts with "=" stays text; only `formula` makes a formula.
  return c.value ?? null;
}

function dataValidation(v: ValidationPlan): ExcelJS.DataValidation {
  const common = {
    allowBlank: v.allowBlank,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.errorTitle,
    error: v.errorMessage,
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.promptTitle ?? '', prompt: v.prompt } : {}),
  } as const;
  const r = v.rule;
  switch (r.type) {
    case 'wholeNumber':
      return r.max === undefined
        ? { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [r.min] }
        : { ...common, type: 'whole', operator: 'between', formulae: [r.min, r.max] };
    case 'list':
      return { ...common, type: 'list', formulae: [`"${r.items.join(',')}"`] };
    case 'listRange':
      return { ...common, type: 'list', formulae: [r.source.replace(/^=/, '')] };
    case 'date':
      return { ...common, type: 'date', operator: 'between', formulae: [isoToDate(r.min), isoToDate(r.max)] };
    case 'textLength':
      return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [r.max] };
  }
}

/**
 * A formula as the file stores it: functions newer than Excel 2007 carry the "_xlfn."
 * prefix in OOXML (Excel shows #NAME? without it); Excel and LibreOffice drop it on load.
 */
export function fileFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(/(?<![\w.])ISFORMULA\(/g, '_xlfn.ISFORMULA(');
}

function conditionalFormat(cf: ConditionalFormatPlan, priority: number): ExcelJS.ConditionalFormattingOptions {
  return {
    ref: cf.range,
    rules: [
      {
        type: 'expression',
        priority,
        formulae: [fileFormula(cf.formula)],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
          ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
          ...(cf.numberFormat ? { numFmt: cf.numberFormat } : {}),
        },
      },
    ],
  };
}

/** Write one plan sheet into an (empty) worksheet. */
export async function renderSheet(ws: ExcelJS.Worksheet, sheet: SheetPlan, plan: WorkbookPlan): Promise<void> {
  if (sheet.visibility) ws.state = sheet.visibility;
  sheet.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [row, h] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = h;

  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (name: string): Partial<ExcelJS.Style> => {
    let s = styleCache.get(name);
    if (!s) {
      const def = plan.styles[name];
      if (!def) throw new Error(`The plan has no style "${name}"`);
      s = toExcelStyle(def);
      styleCache.set(name, s);
    }
    return s;
  };
  // Empty input areas first (one shared style object per area: nothing mutates it later);
  // planned cells inside them then take their own style.
  //
  // An area in one column (the register's lines) is written as the column's style (<col style>),
  // not as thousands of empty styled cells: 5,000 lines × 13 columns of <c s=…/> made every
  // new file six times larger and slowed every reader of it (the pane's aggregate reads 200 of them).
  // Excel and LibreOffice apply a column's style to its cells that have none of their own;
  // the header rows above are planned cells with their own style.
  for (const area of sheet.areas ?? []) {
    const style = styleOf(area.style) as ExcelJS.Style;
    const { r1, c1, r2, c2 } = parseRange(area.range);
    if (c1 === c2) {
      ws.getColumn(c1).style = style;
      continue;
    }
    for (let r = r1; r <= r2; r++) {
      const row = ws.getRow(r);
      for (let c = c1; c <= c2; c++) row.getCell(c).style = style;
    }
  }
  // One style object per (style, number format), shared by its cells: exceljs keeps a cell's
  // style by reference and only reads it when writing, and a clone per cell was most of the
  // memory of a large register. Whoever changes a rendered cell's style later gives that cell
  // its own copy first (see ownStyle).
  const shared = new Map<string, ExcelJS.Style>();
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = cellValue(c);
    const key = c.numberFormat === undefined ? c.style : `${c.style}\u0000${c.numberFormat}`;
    let style = shared.get(key);
    if (!style) {
      style = structuredClone(styleOf(c.style)) as ExcelJS.Style;
      if (c.numberFormat) style.numFmt = c.numberFormat;
      shared.set(key, style);
    }
    cell.style = style;
  }
  for (const m of sheet.merges) ws.mergeCells(m);

  if (sheet.freeze && (sheet.freeze.rows || sheet.freeze.columns)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: sheet.freeze.columns,
        ySplit: sheet.freeze.rows,
        topLeftCell: `${columnLetter(sheet.freeze.columns + 1)}${sheet.freeze.rows + 1}`,
      },
    ];
  }

  const p = sheet.print;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: p.fitToWidth !== undefined || p.fitToHeight !== undefined,
    fitToWidth: p.fitToWidth ?? 1,
    fitToHeight: p.fitToHeight ?? 0,
    margins: { ...p.margins },
    horizontalCentered: p.centerHorizontally ?? false,
    ...(p.titleRows ? { printTitlesRow: p.titleRows } : {}),
    // exceljs writes "$" + each end as given: "A$1:L$5005" becomes "$A$1:$L$5005", the absolute
    // reference Excel and LibreOffice keep (whole columns, "A:L", it wrote as "$ANaN:$LNaN").
    ...(p.printArea ? { printArea: p.printArea.replace(/([A-Z]+)(\d+)/g, '$1$$$2') } : {}),
    ...(p.blackAndWhite ? { blackAndWhite: true } : {}),
  };
  // exceljs's break goes after a row: a break before row r is a break after r − 1.
  for (const r of p.rowBreaks ?? []) ws.getRow(r - 1).addPageBreak();

  for (const v of sheet.validations) {
    const dv = dataValidation(v);
    // exceljs's range-level validations (untyped): one entry per area.
    const dvs = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
      .dataValidations;
    for (const range of v.ranges) dvs.add(range, dv);
  }
  sheet.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(conditionalFormat(cf, i + 1)));

  if (sheet.protect) {
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      formatCells: false,
      insertRows: false,
      deleteRows: false,
    });
  }
}

/** Give a rendered cell its own style object before changing it (styles are shared: renderSheet). */
export function ownStyle(cell: ExcelJS.Cell): void {
  cell.style = structuredClone(cell.style);
}

/** Absolute reference of a plan name: 'Thông tin chung'!$B$4. */
export function nameReference(sheetName: string, address: string): string {
  if (address.includes(':')) {
    const { r1, c1, r2, c2 } = parseRange(address);
    return `${quoteSheet(sheetName)}!$${columnLetter(c1)}$${r1}:$${columnLetter(c2)}$${r2}`;
  }
  const { row, col } = parseA1(address);
  return `${quoteSheet(sheetName)}!$${columnLetter(col)}$${row}`;
}

/** Point the plan's defined names (TDKT_*) at their cells, replacing older definitions. */
export function renderNames(wb: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  const keep = model.filter((n) => !plan.names.some((p) => p.name === n.name));
  wb.definedNames.model = keep;
  for (const n of plan.names) {
    const sheet = plan.sheets.find((s) => s.key === n.sheet);
    if (!sheet) continue;
    wb.definedNames.add(nameReference(sheet.name, n.address), n.name);
  }
}

/** A new exceljs workbook holding the plan. */
export async function renderWorkbook(ExcelJSModule: typeof ExcelJS, plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJSModule.Workbook();
  wb.creator = 'TĐKT';
  for (const sheet of plan.sheets) await renderSheet(wb.addWorksheet(sheet.name), sheet, plan);
  renderNames(wb, plan);
  return wb;
}

/** Rows × columns of an A1 rectangle (exported for the reader). */
export function extentOf(range: string): { rows: number; cols: number } {
  const { r2, c2 } = parseRange(range);
  return { rows: r2, cols: c2 };
}
