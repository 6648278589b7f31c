/**
 * What a sheet of the standard workbook knows about itself: how to lay it out from the
 * inputs, read the clerk's inputs back, be found under another name, and keep what the
 * clerk typed when repair rewrites it. Each sheet is one module (./sheets/*) exporting one
 * definition; `SHEETS` (sheetList.ts) lists them, and create, read, repair, validate and
 * the hosts iterate that list.
 */
import { a1 } from '../a1';
import type { Catalogue } from '../catalogue';
import { labelKey } from '../format/vietnamese';
import type { CellValue, NamePlan, SheetKey, SheetPlan } from '../layout/types';
import type { SheetGrid, WorkbookGrids } from '../sheetGrid';
import { formulaAt, isEmpty, isFormulaAt, toCellValue, valueAt } from '../sheetGrid';
import type { TallyAlignment } from './align';
import type { WorkbookInputs } from './inputs';

/** What an input cell of the old sheet holds, to be written back as is. */
export interface KeptCell {
  readonly value: CellValue;
  readonly formula?: string;
  readonly from: string;
}

export function keepCell(g: SheetGrid, row: number, col: number): KeptCell | undefined {
  const old = formulaAt(g, row, col);
  if (isEmpty(old)) return undefined;
  // The clerk's own formula stays a formula; a text that merely starts with "=" stays text.
  const formula = isFormulaAt(g, row, col) ? (old as string) : undefined;
  return { value: toCellValue(valueAt(g, row, col)), formula, from: a1(row, col) };
}

/** Records a kept cell under its plan cell's key (nothing when the old cell was empty). */
export type PutKept = (key: string, cell: KeptCell | undefined) => void;

/** What repair works out once for the whole workbook and a sheet's `keep` may use. */
export interface KeepContext {
  /** The tally's rows as they stand on the old sheet. */
  readonly alignment: TallyAlignment;
}

/** What validate says when a sheet is absent and no other sheet looks like it. */
export type MissingRule = 'sheet-missing' | 'companion-missing';

export interface SheetDefinition {
  readonly key: SheetKey;
  readonly name: string;
  /** Its presence marks a workbook as ours. */
  readonly marksOurs: boolean;
  /** Validate: the finding when it is absent; undefined = an absent sheet is not a finding. */
  readonly whenMissing?: MissingRule;
  /** Found by its content under another name and adopted by repair (uses `resemblance`). */
  readonly adoptable: boolean;
  /** Lays the sheet out from the inputs (every host renders the plan). */
  build(catalogue: Catalogue, inputs: WorkbookInputs): SheetPlan;
  /** The workbook-level names its cells and columns go by (`TDKT_*`). */
  names?(): NamePlan[];
  /**
   * Its part of the inputs, read back from the workbook (tolerant: rows may have moved);
   * adds the addresses whose content went into the inputs to `used`. The sheet may be absent.
   */
  read(catalogue: Catalogue, grids: WorkbookGrids, used: Set<string>): Partial<WorkbookInputs>;
  /** How much of the sheet's fixed text a grid holds, 0–1. */
  resemblance?(catalogue: Catalogue, g: SheetGrid): number;
  /** Repair: every input cell's old content, by the key of the plan cell it goes to. */
  keep?(catalogue: Catalogue, g: SheetGrid, put: PutKept, context: KeepContext): void;
  /** Repair: the inputs with a line for every kept line (a list's lines keep their rows). */
  makeRoom?(inputs: WorkbookInputs, kept: ReadonlyMap<string, KeptCell>): WorkbookInputs;
  /** Repair: the planned sheet with each cell that stays where it was naming its old cell. */
  keepInPlace?(sheet: SheetPlan, g: SheetGrid): SheetPlan;
  /**
   * The print areas the form gives this sheet (plain A1): validate names any other one found
   * (deleted, changed, or exceljs's "ANaN"), and repair, which sets the planned one, says it mended it.
   */
  printAreas?(): readonly string[];
}

/** The keys of the text in a column's first `maxRows` rows. */
export function columnKeys(g: SheetGrid, col: number, maxRows: number): Set<string> {
  const out = new Set<string>();
  const n = Math.min(g.values.length, maxRows);
  for (let r = 1; r <= n; r++) {
    const v = valueAt(g, r, col);
    if (typeof v === 'string' && v.trim()) out.add(labelKey(v));
  }
  return out;
}

/** The share of `expected` texts found, 0–1. */
export function share(expected: readonly string[], found: ReadonlySet<string>): number {
  const keys = [...new Set(expected.map(labelKey))];
  if (keys.length === 0) return 0;
  return keys.filter((k) => found.has(k)).length / keys.length;
}

/** Lines needed so that every kept line of a list has its row (`documents:12:…` → 12). */
export function linesKept(kept: ReadonlyMap<string, KeptCell>, prefix: string): number {
  let n = 0;
  for (const key of kept.keys()) {
    if (!key.startsWith(prefix)) continue;
    const i = Number(key.slice(prefix.length).split(':')[0]);
    if (Number.isInteger(i)) n = Math.max(n, i);
  }
  return n;
}

/** A list padded with empty entries up to `n` lines. */
export function padded<T>(list: readonly T[], n: number, empty: T): T[] {
  return [...list, ...Array.from({ length: Math.max(0, n - list.length) }, () => empty)];
}
