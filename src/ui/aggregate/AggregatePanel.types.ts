/** The pane's "Tổng hợp từ các đơn vị": its state (the host part is in src/ports/aggregate.ts). */
import type { UnitRead } from '../../core';

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
