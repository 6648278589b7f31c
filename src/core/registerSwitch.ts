/**
 * The switch of a hand-typed tally to the register, count cell by count cell. A typed count
 * becomes "nhập tay" lines only where the lines give back exactly the number the cell holds;
 * any other cell stays typed where it is (the sheet then shows what it showed, and validate
 * names the cell until the clerk enters its lines): a text such as "1.000" (a thousand, in
 * the Vietnamese notation — read as 1 it would be a line of 1 with the text kept nowhere),
 * a fraction, a negative; a direct-labour count above its count, "Trong đó" lines above
 * their award — numbers no set of lines can give. TỔNG CỘNG is computed before and after as
 * the sheet's SUMs compute it (numbers only), so what is said about it is what is so.
 */
import { a1 } from './a1';
import type { Catalogue } from './catalogue';
import { dict } from './dict';
import { formatNumber } from './format/vietnamese';
import { classifyCount, sumValue, valueAt, type SheetGrid } from './sheetGrid';
import { TALLY_COLUMNS, tallyRowOf } from './layout/tally';
import { registerFromTally, tallyFromRegister, type RegisterLine } from './register';
import {
  columnAllowed,
  computeTally,
  COUNT_COLUMNS,
  grandTotal,
  isInputRow,
  type CountColumn,
  type Counts,
  type Tally,
} from './tally';
import { TEXT } from './text/vi';

/** Why a typed count stays typed: not a count at all, or a number no lines can give. */
export type SwitchKeptReason = 'not-a-count' | 'inexact';

/** A typed count the switch leaves in its cell. */
export interface SwitchKeptCount {
  readonly rowId: string;
  readonly label: string;
  readonly column: CountColumn;
  /** The cell on the tally after the switch (the standard layout). */
  readonly address: string;
  /** What the cell holds, as typed (a number, "1.000", "", …). */
  readonly content: unknown;
  readonly reason: SwitchKeptReason;
  /** What the "nhập tay" lines would have given the cell. */
  readonly fromLines: number;
}

export interface CountsSwitch {
  /** The "nhập tay" lines, placed from `firstRow` on. */
  readonly lines: readonly RegisterLine[];
  /** "rowId:column" of the count cells that stay typed. */
  readonly typed: ReadonlySet<string>;
  /** Those cells' numbers as the sheet's SUM takes them (a text adds nothing). */
  readonly typedTally: Tally;
  readonly kept: readonly SwitchKeptCount[];
  /** TỔNG CỘNG before the switch and after it (lines already in the register counted too). */
  readonly before: Counts;
  readonly after: Counts;
}

/** The key of a count cell in `typed`. */
export function typedCountKey(rowId: string, col: CountColumn): string {
  return `${rowId}:${col}`;
}

/**
 * Plan the switch of the tally `g` (rows aligned: catalogue row id → sheet row) with the
 * register already holding `existing` lines; new lines go from `firstRow` on, and only
 * lines up to `lastRow` are counted (as the sheet's formulas count them).
 */
export function switchCounts(
  catalogue: Catalogue,
  g: SheetGrid | undefined,
  rows: ReadonlyMap<string, number>,
  existing: readonly RegisterLine[],
  firstRow: number,
  lastRow: number,
): CountsSwitch {
  const cells: { rowId: string; label: string; col: CountColumn; raw: unknown }[] = [];
  for (const row of catalogue.rows) {
    if (!isInputRow(row)) continue;
    const r = rows.get(row.id);
    for (const col of COUNT_COLUMNS) {
      if (!columnAllowed(row, col)) continue;
      const raw = g && r !== undefined ? valueAt(g, r, TALLY_COLUMNS[col]) : undefined;
      cells.push({ rowId: row.id, label: row.label, col, raw });
    }
  }
  const put = (t: Record<string, Partial<Counts>>, id: string, col: CountColumn, n: number) =>
    ((t[id] ??= {})[col] = n);
  // Only clean counts become lines; what the sheet's SUM sees is every number.
  const clean = dict<Partial<Counts>>();
  const shown = dict<Partial<Counts>>();
  for (const c of cells) {
    const k = classifyCount(c.raw);
    if (k.kind === 'count') put(clean, c.rowId, c.col, k.value);
    if (typeof c.raw === 'number') put(shown, c.rowId, c.col, sumValue(c.raw));
  }
  const lines = registerFromTally(catalogue, clean).map((l, i) => ({ ...l, row: firstRow + i }));
  const fromLines = tallyFromRegister(catalogue, lines, lastRow);
  const all = tallyFromRegister(catalogue, [...existing, ...lines], lastRow);

  const typed = new Set<string>();
  const typedTally = dict<Partial<Counts>>();
  const after = dict<Partial<Counts>>();
  const kept: SwitchKeptCount[] = [];
  for (const c of cells) {
    const k = classifyCount(c.raw);
    const n = fromLines[c.rowId]?.[c.col] ?? 0;
    const exact = (k.kind === 'empty' && n === 0) || (k.kind === 'count' && k.value === n);
    const number = shown[c.rowId]?.[c.col];
    if (exact) {
      put(after, c.rowId, c.col, all[c.rowId]?.[c.col] ?? 0);
      continue;
    }
    typed.add(typedCountKey(c.rowId, c.col));
    if (number !== undefined) {
      put(typedTally, c.rowId, c.col, number);
      put(after, c.rowId, c.col, number);
    }
    kept.push({
      rowId: c.rowId,
      label: c.label,
      column: c.col,
      address: a1(tallyRowOf(catalogue, c.rowId), TALLY_COLUMNS[c.col]),
      content: c.raw ?? '',
      reason: k.kind === 'empty' || k.kind === 'count' ? 'inexact' : 'not-a-count',
      fromLines: n,
    });
  }
  const total = (t: Tally) => {
    const {
      rowId: _id,
      directCollectiveRate: _a,
      directIndividualRate: _b,
      ...counts
    } = grandTotal(catalogue, computeTally(catalogue, t));
    return counts;
  };
  return { lines, typed, typedTally, kept, before: total(shown), after: total(after) };
}

/** Do two TỔNG CỘNG rows hold the same counts? */
export function sameCounts(a: Counts, b: Counts): boolean {
  return COUNT_COLUMNS.every((c) => a[c] === b[c]);
}

/** What the switch did, in sentences: TỔNG CỘNG before and after (as they are), then each count left typed. */
export function switchSummary(o: {
  readonly kept: readonly SwitchKeptCount[];
  readonly before?: Counts;
  readonly after?: Counts;
  readonly unchanged: boolean;
}): string[] {
  const words = (c: Counts) =>
    TEXT.registerSwitch.totals({
      collective: formatNumber(c.collective),
      individual: formatNumber(c.individual),
      household: formatNumber(c.household),
      directCollective: formatNumber(c.directCollective),
      directIndividual: formatNumber(c.directIndividual),
    });
  const out: string[] = [];
  if (o.before && o.after)
    out.push(
      o.unchanged
        ? TEXT.registerSwitch.same(words(o.after))
        : TEXT.registerSwitch.changed(words(o.before), words(o.after)),
    );
  if (o.kept.length) out.push(TEXT.registerSwitch.keptHeader(o.kept.length));
  for (const k of o.kept) {
    const content =
      k.content === '' || k.content === null || k.content === undefined
        ? TEXT.registerSwitch.empty
        : typeof k.content === 'number'
          ? formatNumber(k.content)
          : typeof k.content === 'boolean'
            ? k.content
              ? 'TRUE'
              : 'FALSE'
            : String(k.content);
    const why =
      k.reason === 'not-a-count'
        ? TEXT.registerSwitch.notACount
        : TEXT.registerSwitch.inexact(formatNumber(k.fromLines));
    out.push(TEXT.registerSwitch.kept(k.address, k.label, TEXT.subjects[k.column], content, why));
  }
  return out;
}
