/**
 * The tally: counts typed per row, and the sums and direct-labour rates the sheet
 * computes from them. These functions are the cross-check of the sheet's formulas and
 * give the digits the sheet's formulas show (see excelRound).
 */
import type { Catalogue, CatalogueRow, Subject } from './catalogue';
import { breakdownsOf, childrenOfGroup, levelRows, membersOfLevel } from './catalogue';
import { directLabourRate } from './excelMath';

/** The five number columns of a row: three counts and two direct-labour SL. */
export type CountColumn = 'collective' | 'individual' | 'household' | 'directCollective' | 'directIndividual';

export const COUNT_COLUMNS: readonly CountColumn[] = [
  'collective',
  'individual',
  'household',
  'directCollective',
  'directIndividual',
];

/** The rate columns: direct-labour SL ÷ count × 100. */
export type RateColumn = 'directCollectiveRate' | 'directIndividualRate';

/** For a direct-labour column: the count column it is a part of. */
export const DIRECT_OF: Readonly<Record<'directCollective' | 'directIndividual', Subject>> = {
  directCollective: 'collective',
  directIndividual: 'individual',
};

export const RATE_OF: Readonly<Record<RateColumn, { sl: 'directCollective' | 'directIndividual'; count: Subject }>> = {
  directCollectiveRate: { sl: 'directCollective', count: 'collective' },
  directIndividualRate: { sl: 'directIndividual', count: 'individual' },
};

export type Counts = Record<CountColumn, number>;

/** What the clerk typed: row id → the counts given (missing = empty = 0). */
export type Tally = Readonly<Record<string, Readonly<Partial<Counts>>>>;

export interface ComputedRow extends Counts {
  readonly rowId: string;
  /** Blank (undefined) where the count is 0, like the sheet. */
  readonly directCollectiveRate: number | undefined;
  readonly directIndividualRate: number | undefined;
}

export type ComputedTally = ReadonlyMap<string, ComputedRow>;

/** Is this a row whose cells the clerk types? */
export function isInputRow(row: CatalogueRow): boolean {
  return row.kind === 'award' || row.kind === 'breakdown';
}

/** May this (input) row carry a number in this column? */
export function columnAllowed(row: CatalogueRow, column: CountColumn): boolean {
  if (column === 'directCollective' || column === 'directIndividual') {
    return row.subjects.includes(DIRECT_OF[column]);
  }
  return row.subjects.includes(column);
}

/** May this row show a rate in this column? Computed rows always; input rows where the SL is allowed. */
export function rateAllowed(row: CatalogueRow, rate: RateColumn): boolean {
  return !isInputRow(row) || columnAllowed(row, RATE_OF[rate].sl);
}

export function zeroCounts(): Counts {
  return { collective: 0, individual: 0, household: 0, directCollective: 0, directIndividual: 0 };
}

function addInto(acc: Counts, x: Counts): void {
  for (const k of COUNT_COLUMNS) acc[k] += x[k];
}

function withRates(rowId: string, c: Counts): ComputedRow {
  return {
    rowId,
    ...c,
    directCollectiveRate: directLabourRate(c.directCollective, c.collective),
    directIndividualRate: directLabourRate(c.directIndividual, c.individual),
  };
}

/**
 * Every row's numbers: input rows as typed (only allowed columns count, as the sheet's
 * sums are built from the same cells), groups, levels and the grand total summed.
 * Breakdown rows are never added into anything.
 */
export function computeTally(catalogue: Catalogue, tally: Tally): ComputedTally {
  const out = new Map<string, ComputedRow>();
  const inputCounts = (row: CatalogueRow): Counts => {
    const given = tally[row.id] ?? {};
    const c = zeroCounts();
    for (const k of COUNT_COLUMNS) c[k] = given[k] ?? 0;
    return c;
  };
  for (const row of catalogue.rows) {
    if (isInputRow(row)) out.set(row.id, withRates(row.id, inputCounts(row)));
  }
  for (const row of catalogue.rows) {
    if (row.kind !== 'group') continue;
    const sum = zeroCounts();
    for (const child of childrenOfGroup(catalogue, row.id)) addInto(sum, out.get(child.id)!);
    out.set(row.id, withRates(row.id, sum));
  }
  const total = zeroCounts();
  for (const level of levelRows(catalogue)) {
    const sum = zeroCounts();
    for (const m of membersOfLevel(catalogue, level.level!)) addInto(sum, out.get(m.id)!);
    out.set(level.id, withRates(level.id, sum));
    addInto(total, sum);
  }
  for (const row of catalogue.rows) {
    if (row.kind === 'total') out.set(row.id, withRates(row.id, total));
  }
  return out;
}

/** The grand total row (TỔNG CỘNG). */
export function grandTotal(catalogue: Catalogue, computed: ComputedTally): ComputedRow {
  const row = catalogue.rows.find((r) => r.kind === 'total');
  if (!row) throw new Error(`Catalogue ${catalogue.formId}/${catalogue.version} has no total row`);
  return computed.get(row.id)!;
}

/** Sum of a breakdown's rows in one column. */
export function breakdownSum(catalogue: Catalogue, computed: ComputedTally, awardId: string, col: CountColumn): number {
  return breakdownsOf(catalogue, awardId).reduce((s, b) => s + (computed.get(b.id)?.[col] ?? 0), 0);
}

/** Add several units' tallies (the cluster office's job). */
export function addTallies(tallies: readonly Tally[]): Tally {
  const out: Record<string, Partial<Counts>> = {};
  for (const t of tallies) {
    for (const [rowId, counts] of Object.entries(t)) {
      const acc = (out[rowId] ??= {});
      for (const k of COUNT_COLUMNS) {
        const v = counts[k];
        if (v !== undefined) acc[k] = (acc[k] ?? 0) + v;
      }
    }
  }
  return out;
}
