/**
 * The workbook as a plan: every sheet, cell, merge, format, validation rule,
 * conditional format, name and print setting the standard workbook has, as plain data.
 *
 * Renderers (the Excel JavaScript API in the add-in, exceljs for .xlsx files) turn a
 * plan into a workbook; neither holds a copy of the layout or the formulas.
 */

export type SheetKey =
  | 'info'
  | 'documents'
  | 'tally'
  | 'narrative'
  | 'reportData'
  | 'certificateLayout'
  | 'register'
  | 'units'
  | 'catalogue'
  | 'repairLog';

/** What a cell is for; decides locking, tint and what repair may overwrite. */
export type CellRole =
  | 'title' // sheet titles and sub-titles (may be formulas)
  | 'header' // table headers
  | 'label' // row labels, numbers, notes: fixed text
  | 'input' // typed by the clerk: unlocked, tinted, never overwritten by repair
  | 'computed' // formulas: locked
  | 'unavailable' // a column the row cannot have: greyed, locked, red if filled
  | 'marker'; // the form id, so a reader knows the workbook is ours

export type CellValue = string | number | boolean | null;

export interface CellPlan {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly role: CellRole;
  /** Constant content (labels; an input's current value when repairing or filling). */
  readonly value?: CellValue;
  /** Formula in English A1 syntax, starting with "=". */
  readonly formula?: string;
  /** For formulas: the result the core computes, written as the cached value in files. */
  readonly cached?: CellValue;
  readonly style: StyleName;
  /** Semantic key, e.g. "tally:I.1:collective", "info:year", "documents:3:summary". */
  readonly key?: string;
  /**
   * Repair: the cell of the old workbook this input's content comes from, so a host can
   * carry what the plain value cannot say (a date's number format, rich text, a hyperlink).
   */
  readonly source?: { readonly sheet: string; readonly address: string };
  /** A number format that overrides the style's (repair: a date typed in an input cell keeps its format). */
  readonly numberFormat?: string;
}

export type StyleName = string;

export interface CellStyle {
  readonly font: {
    readonly name: string;
    readonly size: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly color?: string;
  };
  /** Background colour, "#RRGGBB". */
  readonly fill?: string;
  readonly horizontal?: 'left' | 'center' | 'right' | 'justify';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  /** Thin black borders on all four sides. */
  readonly border?: boolean;
  readonly numberFormat?: string;
  /** Locked under sheet protection (Excel's default is locked). */
  readonly locked: boolean;
}

export type ValidationRule =
  | { readonly type: 'wholeNumber'; readonly min: number; readonly max?: number }
  | { readonly type: 'list'; readonly items: readonly string[] }
  /** A dropdown of the cells of a range on the same sheet ("$N$6:$N$40"); items with commas need it. */
  | { readonly type: 'listRange'; readonly source: string }
  | { readonly type: 'date'; readonly min: string; readonly max: string } // ISO dates
  | { readonly type: 'textLength'; readonly max: number };

export interface ValidationPlan {
  /** A1 areas (each a cell or a rectangle) the rule applies to. */
  readonly ranges: readonly string[];
  readonly rule: ValidationRule;
  readonly allowBlank: boolean;
  readonly errorTitle: string;
  readonly errorMessage: string;
  readonly promptTitle?: string;
  readonly prompt?: string;
}

export interface ConditionalFormatPlan {
  /** One rectangle. */
  readonly range: string;
  /** A formula for the top-left cell of `range`, relative references moving over the range. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
  /** A number format while the rule holds (e.g. "General", so 2.5 is not shown as "03"). */
  readonly numberFormat?: string;
  /** Why the cell lights up (for tests and docs). */
  readonly reason:
    'unavailable-filled' | 'breakdown-exceeds' | 'direct-exceeds-count' | 'input-not-count' | 'formula-lost';
}

export interface PrintPlan {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: 'A4';
  /** Pages wide; 0 = automatic. */
  readonly fitToWidth?: number;
  /** Pages tall; 0 = automatic. */
  readonly fitToHeight?: number;
  /** Rows repeated on every printed page, e.g. "5:7". */
  readonly titleRows?: string;
  /** Margins in inches, as both Excel APIs take them. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly centerHorizontally?: boolean;
  readonly printArea?: string;
  /** Print without the screen tints (input yellow, computed blue, grey): black on white. */
  readonly blackAndWhite?: boolean;
  /** Rows that start a new printed page (manual breaks), e.g. a level heading never left alone at a page foot. */
  readonly rowBreaks?: readonly number[];
}

/**
 * A rectangle of empty input cells styled as one range (the award register's 5,000 lines):
 * renderers format it with one call, never cell by cell in the plan. Cells of `cells`
 * inside it keep their own content and style.
 */
export interface AreaPlan {
  readonly range: string;
  readonly style: StyleName;
}

export interface SheetPlan {
  readonly key: SheetKey;
  readonly name: string;
  /**
   * Absent: visible. 'hidden': not printed, reachable through Unhide (the repair log).
   * 'veryHidden': not listed under Unhide in Excel (a carried catalogue). Excel JS
   * `Worksheet.visibility = "Hidden" | "VeryHidden"` (ExcelApi 1.1); exceljs `state`.
   */
  readonly visibility?: 'hidden' | 'veryHidden';
  /** Column widths in characters (Excel's column width unit). */
  readonly columnWidths: readonly number[];
  /** Row heights in points, for rows that need more than the default. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly cells: readonly CellPlan[];
  readonly merges: readonly string[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print: PrintPlan;
  /** Protected without a password: the clerk can unprotect it. */
  readonly protect: boolean;
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** The extent a host reads to validate or repair (covers the table and some room below). */
  readonly readExtent: string;
  /** Empty input areas formatted as ranges (absent = none). */
  readonly areas?: readonly AreaPlan[];
}

export interface NamePlan {
  readonly name: string;
  readonly sheet: SheetKey;
  /** A cell or a rectangle, relative form ("B4", "H6:H5005"); renderers make it absolute. */
  readonly address: string;
}

export interface WorkbookPlan {
  readonly formId: string;
  readonly version: string;
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
  readonly styles: Readonly<Record<StyleName, CellStyle>>;
}
