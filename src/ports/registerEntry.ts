/** The register-entry port: the pane's "Nhập nhanh" over the open workbook's award register. */
import type { DecisionFields, EntryChoices, PastedName } from '../core';

export type FillResult =
  | {
      readonly kind: 'filled';
      readonly filledCells: number;
      readonly filledLines: number;
      /** Lines of the selection with nothing in them, left empty. */
      readonly emptyLines: number;
      /** Cells that held something else, kept as typed ("E8"). */
      readonly kept: readonly { readonly address: string; readonly existing: string }[];
    }
  /** The selection is on another sheet. */
  | { readonly kind: 'not-register' }
  /** Columns the write needs are not on the register's header row (deleted or retitled): nothing written. */
  | { readonly kind: 'missing-columns'; readonly headers: readonly string[] }
  /** The selection is on the register but above its lines (title, header); `firstRow`: the sheet row its lines start on. */
  | { readonly kind: 'not-lines'; readonly firstRow: number }
  /** Several areas (or a chart) are selected: Excel gives no single range. */
  | { readonly kind: 'not-one-range' }
  /** The selected lines are all empty. */
  | { readonly kind: 'empty-selection' }
  | { readonly kind: 'no-register' };

export type AddResult =
  | { readonly kind: 'added'; readonly count: number; readonly firstRow: number; readonly lastRow: number }
  | { readonly kind: 'full'; readonly free: number; readonly asked: number }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'no-register' }
  /** Columns the new lines need are not on the register's header row: nothing written. */
  | { readonly kind: 'missing-columns'; readonly headers: readonly string[] };

/** Host functions (TdktHost.registerEntry). */
export interface RegisterEntryHost {
  /** The dropdowns, from the workbook's own form; undefined when it has no register sheet. */
  choices(): Promise<EntryChoices | undefined>;
  /** Fill the decision into the selected register lines (empty cells of lines in use only). */
  fillSelection(fields: DecisionFields): Promise<FillResult>;
  /** Add one line per name below the last line in use, and select them. */
  addNames(names: readonly PastedName[], fields: DecisionFields): Promise<AddResult>;
}
