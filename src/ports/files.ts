/** A file the clerk picked in the pane (<input type=file>): a browser File, or a stand-in in tests. */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}
