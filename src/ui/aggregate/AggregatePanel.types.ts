/** The pane's "Tổng hợp từ các đơn vị": its host part and its state. */
import type { UnitRead } from '../../core';

/** A picked file: a browser File, or a stand-in in tests. */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type AggregateWriteResult =
  | { readonly kind: 'written'; readonly sheets: readonly string[]; readonly printSetup: boolean }
  | { readonly kind: 'occupied'; readonly sheets: readonly string[] };

/** Host functions (TdktHost.aggregate): read one unit file; write the aggregate as new sheets. */
export interface AggregateHost {
  /** Throws an error whose message is the clerk's sentence when the file cannot be used. */
  readUnit(file: PickedFile): Promise<UnitRead>;
  write(units: readonly UnitRead[]): Promise<AggregateWriteResult>;
}

/** One picked file in the table. */
export interface UnitRow {
  readonly file: string;
  readonly unit?: UnitRead;
  /** Why the file could not be read (it is not added). */
  readonly problem?: string;
}

export type AggregatePhase = 'idle' | 'reading' | 'writing';

export interface AggregateProgress {
  /** Files read so far. */
  readonly done: number;
  readonly total: number;
  /** The file being read. */
  readonly current?: string;
}
