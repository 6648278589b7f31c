/**
 * The tally: counts typed per row, and the sums and direct-labour rates the sheet
 * computes from them. These functions are the cross-check of the sheet's formulas and
 * give the digits the sheet's formulas show (see excelRound).
 */
import type { Catalogue, CatalogueRow, Subject } from './catalogue';
import { breakdownsOf, childrenOfGroup, levelRows, membersOfLevel } from './catalogue';
import { directLabourRate } from './excelMath';
import { dict } from './dict';

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

/**
 * Does this column of this row hold a count at all? Input rows: where the row's subjects
 * allow it (else the cell is grey); a group or level: where one of its parts does; the
 * total: always. The one rule for which cells count — the checker reads only these,
 * and the sheet's sums (`sumParts` → layout's countFormula) add only these.
 */
export function countApplies(catalogue: Catalogue, row: CatalogueRow, col: CountColumn): boolean {
  if (isInputRow(row)) return columnAllowed(row, col);
  if (row.kind === 'total') return true;
  return sumMembers(catalogue, row).some((p) => countApplies(catalogue, p, col));
}

/** Every row a sum row is made of, whatever the column. */
function sumMembers(catalogue: Catalogue, row: CatalogueRow): CatalogueRow[] {
  if (row.kind === 'group') return childrenOfGroup(catalogue, row.id);
  if (row.kind === 'level') return membersOfLevel(catalogue, row.level!);
  if (row.kind === 'total') return levelRows(catalogue);
  return [];
}

/** The rows a sum row adds in one column: its members where the column applies (never a grey cell). */
export function sumParts(catalogue: Catalogue, row: CatalogueRow, col: CountColumn): CatalogueRow[] {
  return sumMembers(catalogue, row).filter((p) => countApplies(catalogue, p, col));
}

export function zeroCounts(): Counts {
  return { collective: 0, individual: 0, household: 0, directCollective: 0, directIndividual: 0 };
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
  const counts = new Map<string, Counts>();
  const countsOf = (row: CatalogueRow): Counts => {
    const known = counts.get(row.id);
    if (known) return known;
    const c = zeroCounts();
    for (const k of COUNT_COLUMNS) {
      if (isInputRow(row)) c[k] = columnAllowed(row, k) ? (tally[row.id]?.[k] ?? 0) : 0;
      else for (const p of sumParts(catalogue, row, k)) c[k] += countsOf(p)[k];
    }
    counts.set(row.id, c);
    return c;
  };
  for (const row of catalogue.rows) out.set(row.id, withRates(row.id, countsOf(row)));
  return out;
}

/** The grand total row (TỔNG CỘNG). */
/**
 * TỔNG CỘNG of a computed tally without its catalogue (the pane shows totals of whatever
 * form the workbook carries): computeTally sets the total row last.
 */
export function computedGrandTotal(computed: ComputedTally): ComputedRow | undefined {
  return [...computed.values()].at(-1);
}

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
  const out = dict<Partial<Counts>>();
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
