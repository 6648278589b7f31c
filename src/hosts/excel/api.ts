/**
 * The subset of the Excel JavaScript API the add-in uses, as structural interfaces.
 * The real `Excel.RequestContext` satisfies them, and so does the fake in
 * tests/fakes/excel — the adapter is written against these, never against globals.
 *
 * Requirement sets (create/repair need 1.8; the print setup, 1.9, is skipped without it):
 *   1.1  Range.values/formulas/numberFormat/format.font|fill|alignment|wrapText, select, activate
 *   1.2  merge, format.columnWidth/rowHeight, format.protection.locked, worksheet.protection
 *   1.4  getItemOrNullObject, getUsedRangeOrNullObject, isNullObject, workbook.names.add / getItemOrNullObject
 *   1.6  conditionalFormats.add("Custom")
 *   1.7  worksheet.freezePanes, worksheet.copy (repair's backup sheets), worksheets.onAdded/onDeleted
 *   (1.9 worksheets.onChanged: the pane notices what a ribbon command or the clerk changed)
 *   1.8  range.dataValidation
 *   1.9  worksheet.pageLayout (A4, orientation, fit to 1 page wide, print titles, margins)
 */

export interface ClientObjectLike {
  load(propertyNames?: string | string[]): unknown;
  readonly isNullObject: boolean;
}

export interface FontLike {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
}

export interface BorderLike {
  style: string;
  color: string;
  weight: string;
}

export interface RangeFormatLike {
  readonly font: FontLike;
  readonly fill: { color: string };
  readonly borders: { getItem(index: string): BorderLike };
  readonly protection: { locked: boolean };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  columnWidth: number;
  rowHeight: number;
  /** Best-fit row heights for the current data (ExcelApi 1.2). */
  autofitRows(): void;
}

export interface DataValidationLike {
  rule: unknown;
  errorAlert: unknown;
  prompt: unknown;
  ignoreBlanks: boolean;
  clear(): void;
}

export interface ConditionalFormatLike {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string }; numberFormat: string };
  };
}

export interface RangeLike extends ClientObjectLike {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly address: string;
  /** Zero-based row of the range's first cell; and its number of rows (ExcelApi 1.1). */
  readonly rowIndex: number;
  readonly rowCount: number;
  /** Zero-based column of the range's first cell; and its number of columns (ExcelApi 1.1). */
  readonly columnIndex: number;
  readonly columnCount: number;
  /** The sheet the range is on (ExcelApi 1.1). */
  readonly worksheet: WorksheetLike;
  readonly format: RangeFormatLike;
  readonly dataValidation: DataValidationLike;
  readonly conditionalFormats: { add(type: string): ConditionalFormatLike; clearAll(): void };
  merge(across?: boolean): void;
  unmerge(): void;
  clear(applyTo?: string): void;
  select(): void;
}

export interface PageLayoutLike {
  /** Read back (the zoom) after it is set: ExcelApi 1.9, as the rest of pageLayout. */
  load(propertyNames?: string | string[]): unknown;
  orientation: string;
  paperSize: string;
  zoom: unknown;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  blackAndWhite: boolean;
  setPrintTitleRows(rows: string): void;
  setPrintArea(area: string): void;
  /** ExcelApi 1.9: the print area, its `address` naming the sheet ("Sheet1!A1:L30005"); a null object when none. */
  getPrintAreaOrNullObject(): {
    load(props: string): unknown;
    readonly isNullObject: boolean;
    readonly address: string;
  };
}

export interface WorksheetLike extends ClientObjectLike {
  name: string;
  /** ExcelApi 1.1 to read, 1.2 to set ("Visible" | "Hidden" | "VeryHidden"). */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  getRange(address?: string): RangeLike;
  /**
   * "The smallest range that encompasses any cells that have a value or formatting assigned to
   * them"; `valuesOnly`: cells with values only. A blank sheet gives a null object (ExcelApi 1.4).
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  activate(): void;
  copy(positionType?: string, relativeTo?: unknown): WorksheetLike;
  readonly freezePanes: { freezeRows(count?: number): void; freezeAt(frozenRange: string): void };
  readonly protection: ClientObjectLike & {
    readonly protected: boolean;
    protect(options?: unknown, password?: string): void;
    unprotect(password?: string): void;
  };
  readonly pageLayout: PageLayoutLike;
  /** ExcelApi 1.9: manual page breaks before rows. */
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown; removePageBreaks(): void };
}

export interface NamedItemLike extends ClientObjectLike {
  readonly name: string;
  delete(): void;
}

/** OfficeExtension.EventHandlers: `add` registers at the next sync; handlers return a promise. */
export interface EventHandlersLike {
  add(handler: (args: unknown) => Promise<unknown>): unknown;
}

export interface WorkbookLike {
  readonly worksheets: ClientObjectLike & {
    /** ExcelApi 1.7. */
    readonly onAdded: EventHandlersLike;
    /** ExcelApi 1.7. */
    readonly onDeleted: EventHandlersLike;
    /** Any worksheet changed: ExcelApi 1.9. */
    readonly onChanged: EventHandlersLike;
    readonly items: WorksheetLike[];
    add(name?: string): WorksheetLike;
    getItem(name: string): WorksheetLike;
    getItemOrNullObject(name: string): WorksheetLike;
  };
  /** The selected range; throws InvalidSelection (at sync) when several areas or a chart are selected. ExcelApi 1.1. */
  getSelectedRange(): RangeLike;
  readonly names: ClientObjectLike & {
    readonly items: NamedItemLike[];
    add(name: string, reference: string, comment?: string): unknown;
    getItemOrNullObject(name: string): NamedItemLike;
  };
}

export interface ContextLike {
  readonly workbook: WorkbookLike;
  sync(): Promise<unknown>;
}

/** Shaped like `Excel.run`: the real app passes `Excel.run`, tests pass the fake's. */
export type ExcelRun = <T>(batch: (context: ContextLike) => Promise<T>) => Promise<T>;
