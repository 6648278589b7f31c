/** The aggregate port: "Tổng hợp từ các đơn vị" (read unit files, write the aggregate as new sheets). */
import type { UnitRead } from '../core';
import type { PickedFile } from './files';

export type AggregateWriteResult =
  | { readonly kind: 'written'; readonly sheets: readonly string[]; readonly printSetup: boolean }
  | { readonly kind: 'occupied'; readonly sheets: readonly string[] };

/** Write requests sent to Excel so far, of all the write takes (1 when it fits one request). */
export interface WriteProgress {
  readonly written: number;
  readonly total: number;
}

/** Host functions (TdktHost.aggregate): read one unit file; write the aggregate as new sheets. */
export interface AggregateHost {
  /** Throws an error whose message is the clerk's sentence when the file cannot be used. */
  readUnit(file: PickedFile): Promise<UnitRead>;
  /** `onProgress`: the write's requests sent so far of all it takes, as they go (the pane's progress line). */
  write(units: readonly UnitRead[], onProgress?: (progress: WriteProgress) => void): Promise<AggregateWriteResult>;
}
