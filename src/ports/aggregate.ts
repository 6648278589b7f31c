/** The aggregate port: "Tổng hợp từ các đơn vị" (read unit files, write the aggregate as new sheets). */
import type { UnitRead } from '../core';
import type { PickedFile } from './files';

export type AggregateWriteResult =
  | { readonly kind: 'written'; readonly sheets: readonly string[]; readonly printSetup: boolean }
  | { readonly kind: 'occupied'; readonly sheets: readonly string[] };

/** Host functions (TdktHost.aggregate): read one unit file; write the aggregate as new sheets. */
export interface AggregateHost {
  /** Throws an error whose message is the clerk's sentence when the file cannot be used. */
  readUnit(file: PickedFile): Promise<UnitRead>;
  write(units: readonly UnitRead[]): Promise<AggregateWriteResult>;
}
