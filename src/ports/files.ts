/** A file the clerk picked in the pane (<input type=file>): a browser File, or a stand-in in tests. */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What a workbook picker (`<input type=file accept=…>`) offers: .xlsx files, the only workbooks the hosts read. */
export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
