/** Reading the clerk's inputs back from a workbook's grids (tolerant: rows may have moved). */
import type { Catalogue } from '../catalogue';
import type { WorkbookGrids } from '../sheetGrid';
import { effectiveTally, type WorkbookInputs } from './inputs';
import { SHEETS } from './sheetList';
import { withRenamedRegister } from './sheetLocation';

export interface ReadResult {
  readonly inputs: WorkbookInputs;
  /** Per sheet name, the addresses whose content was carried into `inputs`. */
  readonly consumed: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Read everything typed in a workbook (of this catalogue's form), sheet by sheet. */
export function readWorkbookInputs(catalogue: Catalogue, given: WorkbookGrids): ReadResult {
  // A renamed register still feeds the tally: its lines are read where they are.
  const grids = withRenamedRegister(catalogue, given);
  const consumed = new Map<string, ReadonlySet<string>>();
  let inputs: WorkbookInputs = { info: {}, documents: [], tally: {} };
  for (const sheet of SHEETS) {
    const used = new Set<string>();
    inputs = { ...inputs, ...sheet.read(catalogue, grids, used) };
    consumed.set(sheet.name, used);
  }
  // Register mode: the counts are the register's sums.
  return { inputs: { ...inputs, tally: effectiveTally(catalogue, inputs) }, consumed };
}
