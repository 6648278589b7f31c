/**
 * The tally's checks, one function per group of rules (each rule's entry in rules.ts
 * names its function in `check`). They run in order over one `TallyCheck`: the counts
 * are read first, and the cells no check can use are known to the checks after.
 */
import { a1 } from '../a1';
import type { Catalogue, CatalogueRow } from '../catalogue';
import { breakdownsOf, SUBJECTS } from '../catalogue';
import { dict } from '../dict';
import { formatCount, formatNumber, labelKey, normalizeText } from '../format/vietnamese';
import { parsePeriod, type InfoValues } from '../layout/info';
import {
  countFormula,
  legacyCountFormula,
  letterOf,
  RATE_COLUMNS,
  rateFormula,
  legacyRegisterCountFormula,
  registerCountFormula,
  TALLY_COLUMNS,
  TALLY_SHEET_NAME,
  tallyRowOf,
  type TallyColumn,
} from '../layout/tally';
import type { SheetGrid } from '../sheetGrid';
import { classifyCount, formulaAt, formulaKey, isEmpty, valueAt } from '../sheetGrid';
import type { ComputedRow, ComputedTally, Counts, Tally } from '../tally';
import { COUNT_COLUMNS, DIRECT_OF, columnAllowed, computeTally, isInputRow, rateAllowed } from '../tally';
import { TEXT } from '../text/vi';
import { isRegisterFormula } from '../workbook/sheets/tally';
import { columnName, display, type Collector, type FindingPlace } from './findings';
import { allowedOf, type RegisterPlace } from './register';
import { REGISTER_LAST_ROW } from '../layout/register';
import { lineQuantity, matchLine, registerIndex, type RegisterLine } from '../register';

/** What the tally's checks share. */
interface TallyCheck {
  readonly catalogue: Catalogue;
  readonly g: SheetGrid;
  readonly out: Collector;
  /** Register mode: what the register gives, the expected values of the count cells' formulas. */
  readonly fromRegister?: Tally;
  /** The clean counts read. */
  readonly tally: Record<string, Partial<Counts>>;
  /** "rowId:column" of input cells holding a value no check can use → their finding. */
  readonly invalid: Map<string, number>;
  /** Register mode: "rowId:column" of count cells whose sum a bad register line made unusable (the register's finding names it). */
  readonly fromBadLine: Set<string>;
  /**
   * Register mode: "rowId:column" of count cells where a number was typed over the register's
   * formula. The formula's finding (checkFormulas) is that cell's one finding: the checks that
   * compare it with its neighbours ("Trong đó", direct labour, yearly titles) leave it alone.
   */
  readonly typedOver: Set<string>;
  inputErrors: boolean;
  anyInput: boolean;
  firstInput?: { row: number; col: number };
}

const where = (t: TallyCheck, row: CatalogueRow, col: TallyColumn): FindingPlace => ({
  sheet: TALLY_SHEET_NAME,
  row: tallyRowOf(t.catalogue, row.id),
  col: TALLY_COLUMNS[col],
  level: row.level,
  rowId: row.id,
  column: col,
});

const names = (col: TallyColumn) => {
  const n = columnName(col);
  return { column: n.vi, columnEn: n.en };
};

/**
 * A count written with words around one whole number ("18 người", "khoảng 05") → that
 * number, so the message can say "gõ 18"; undefined when there is no single such number.
 */
export function countInText(raw: string): number | undefined {
  const runs = raw.match(/[-−+]?\d+(?:[.,]\d+)*/g) ?? [];
  if (runs.length !== 1 || !/^\d+$/.test(runs[0]!)) return undefined;
  return Number(runs[0]);
}

/** Is the table where the plan puts it, row by row? Returns the first mismatch. */
export function structureMismatch(
  catalogue: Catalogue,
  g: SheetGrid,
): { row: number; expected: string; found: string } | undefined {
  for (const row of catalogue.rows) {
    const r = tallyRowOf(catalogue, row.id);
    const v = valueAt(g, r, TALLY_COLUMNS.label);
    const found = typeof v === 'string' ? v : isEmpty(v) ? '' : String(v);
    const ok = [row.label, ...(row.aliases ?? [])].some((l) => labelKey(l) === labelKey(found));
    if (!ok) return { row: r, expected: row.label, found: normalizeText(found) || '(trống)' };
  }
  return undefined;
}

/** Every input cell: a whole number ≥ 0 or empty; cells a row cannot have: empty. Reads the clean counts. */
export function checkCountCells(t: TallyCheck): void {
  const { catalogue, g, out, fromRegister } = t;
  for (const row of catalogue.rows) {
    if (!isInputRow(row)) continue;
    const r = tallyRowOf(catalogue, row.id);
    for (const col of COUNT_COLUMNS) {
      const raw = valueAt(g, r, TALLY_COLUMNS[col]);
      const facts = { label: row.label, ...names(col) };
      if (!columnAllowed(row, col)) {
        if (!isEmpty(raw)) {
          out.add('subject-not-allowed', where(t, row, col), {
            ...facts,
            value: display(raw),
            allowed: allowedOf(row),
          });
          t.inputErrors = true;
        }
        continue;
      }
      t.firstInput ??= { row: r, col: TALLY_COLUMNS[col] };
      const c = classifyCount(raw);
      // Register mode: a count cell shows what its formula sums; a bad sum (2,5) comes from a
      // register line, and the register's finding names that line — no echo here.
      if (fromRegister) {
        const byFormula = isRegisterFormula(formulaAt(g, r, TALLY_COLUMNS[col]));
        if (byFormula && c.kind !== 'empty' && c.kind !== 'count') {
          t.inputErrors = t.anyInput = true;
          // The checks that compare this cell (direct labour, "Trong đó") wait on the line's finding too.
          t.fromBadLine.add(`${row.id}:${col}`);
          continue;
        }
        // Something other than a clean count typed over the register's formula: one finding,
        // "formula-changed" (checkFormulas), not also one about the typed value (one bad cell, one
        // finding). A clean count is taken as typed so the sums above it agree with the sheet.
        if (!byFormula && c.kind !== 'empty' && c.kind !== 'count') {
          t.inputErrors = t.anyInput = true;
          continue;
        }
        if (!byFormula && c.kind === 'count') t.typedOver.add(`${row.id}:${col}`);
        // The register's formula counts what the register's lines give, whatever value Excel last
        // cached (a file saved without recalculation): the totals follow the inputs, and a stale
        // cache is one finding of checkFormulas.
        if (byFormula) {
          const n = fromRegister[row.id]?.[col];
          if (n !== undefined) {
            (t.tally[row.id] ??= {})[col] = n;
            if (n !== 0) t.anyInput = true;
          }
          continue;
        }
      }
      const bad = (i: number) => {
        t.invalid.set(`${row.id}:${col}`, i);
        t.inputErrors = t.anyInput = true;
      };
      switch (c.kind) {
        case 'empty':
          break;
        case 'count':
          (t.tally[row.id] ??= {})[col] = c.value;
          t.anyInput = true;
          break;
        case 'numericText': {
          const whole = Number.isInteger(c.value) && c.value >= 0;
          bad(
            out.add('count-text-number', where(t, row, col), {
              ...facts,
              value: c.raw,
              ...(whole ? { expected: display(c.value) } : {}),
            }),
          );
          break;
        }
        case 'text': {
          const n = countInText(c.raw);
          bad(
            out.add('count-not-number', where(t, row, col), {
              ...facts,
              value: c.raw,
              ...(n !== undefined ? { expected: display(n) } : {}),
            }),
          );
          break;
        }
        case 'negative':
          bad(out.add('count-negative', where(t, row, col), { ...facts, value: display(c.value) }));
          break;
        case 'fraction':
          bad(out.add('count-fraction', where(t, row, col), { ...facts, value: display(c.value) }));
          break;
        case 'boolean':
          bad(out.add('count-boolean', where(t, row, col), { ...facts, value: c.value ? 'TRUE' : 'FALSE' }));
          break;
        case 'error':
          bad(out.add('count-error-value', where(t, row, col), { ...facts, value: c.raw }));
          break;
      }
    }
    for (const rate of RATE_COLUMNS) {
      if (rateAllowed(row, rate)) continue;
      const raw = valueAt(g, r, TALLY_COLUMNS[rate]);
      if (!isEmpty(raw)) {
        out.add('subject-not-allowed', where(t, row, rate), {
          label: row.label,
          ...names(rate),
          value: display(raw),
          allowed: allowedOf(row),
        });
        t.inputErrors = true;
      }
    }
  }
}

/** Direct-labour SL within the count beside it. */
export function checkDirectLabour(t: TallyCheck): void {
  const { catalogue, out, tally } = t;
  for (const row of catalogue.rows) {
    if (!isInputRow(row)) continue;
    const r = tallyRowOf(catalogue, row.id);
    for (const sl of ['directCollective', 'directIndividual'] as const) {
      if (!columnAllowed(row, sl)) continue;
      const s = tally[row.id]?.[sl];
      if (s === undefined || s === 0) continue;
      const countCol = DIRECT_OF[sl];
      if ([countCol, sl].some((c) => t.fromBadLine.has(`${row.id}:${c}`) || t.typedOver.has(`${row.id}:${c}`)))
        continue;
      const blocker = t.invalid.get(`${row.id}:${countCol}`);
      if (blocker !== undefined) {
        out.waitsOn(blocker, a1(r, TALLY_COLUMNS[sl]));
        continue;
      }
      const count = tally[row.id]?.[countCol] ?? 0;
      const facts = {
        label: row.label,
        ...names(sl),
        value: formatCount(s),
        count: formatCount(count),
        expected: a1(r, TALLY_COLUMNS[countCol]),
      };
      if (count === 0) out.add('direct-without-count', where(t, row, sl), facts);
      else if (s > count) out.add('direct-exceeds-count', where(t, row, sl), facts);
    }
  }
}

/** "Trong đó" breakdowns: never above their award; complete lists not below it. */
export function checkBreakdowns(t: TallyCheck, computed: ComputedTally): void {
  const { catalogue, out, tally } = t;
  for (const award of catalogue.rows) {
    if (award.kind !== 'award') continue;
    const parts = breakdownsOf(catalogue, award.id);
    if (parts.length === 0) continue;
    const first = tallyRowOf(catalogue, parts[0]!.id);
    const last = tallyRowOf(catalogue, parts[parts.length - 1]!.id);
    for (const col of COUNT_COLUMNS) {
      if (!columnAllowed(award, col) && !parts.some((p) => columnAllowed(p, col))) continue;
      const letter = letterOf(col);
      const entered = parts.some((p) => tally[p.id]?.[col] !== undefined || t.invalid.has(`${p.id}:${col}`));
      if (!entered) continue;
      if ([award, ...parts].some((x) => t.fromBadLine.has(`${x.id}:${col}`) || t.typedOver.has(`${x.id}:${col}`)))
        continue;
      const blockers = [award, ...parts].flatMap((x) => t.invalid.get(`${x.id}:${col}`) ?? []);
      if (blockers.length > 0) {
        for (const b of blockers) out.waitsOn(b, a1(tallyRowOf(catalogue, award.id), TALLY_COLUMNS[col]));
        continue;
      }
      const sum = parts.reduce((s, p) => s + (tally[p.id]?.[col] ?? 0), 0);
      const count = computed.get(award.id)![col];
      const facts = {
        label: award.label,
        ...names(col),
        sum: formatCount(sum),
        count: formatCount(count),
        rows: `${letter}${first}:${letter}${last}`,
      };
      if (sum > count) out.add('breakdown-exceeds', where(t, award, col), facts);
      else if (sum < count && award.breakdownComplete) out.add('breakdown-short', where(t, award, col), facts);
    }
  }
}

/** Computed cells keep their formulas; their shown values match ours. */
export function checkFormulas(t: TallyCheck, computed: ComputedTally): void {
  const { catalogue, g, out, fromRegister } = t;
  const get = (id: string): ComputedRow => computed.get(id)!;
  let formulasIntact = true;
  const stale: {
    row: CatalogueRow;
    col: TallyColumn;
    shown: unknown;
    value: number | undefined;
    register: boolean;
  }[] = [];
  for (const row of catalogue.rows) {
    const r = tallyRowOf(catalogue, row.id);
    const expectations: {
      col: TallyColumn;
      formula: string;
      legacy?: string;
      value: number | undefined;
      /** How the message shows the formula (the register's are too long to quote). */
      shown?: string;
      /** A count cell that sums the register (its own message: the count belongs in a register line). */
      register?: boolean;
    }[] = [];
    if (!isInputRow(row)) {
      for (const col of COUNT_COLUMNS)
        expectations.push({
          col,
          formula: countFormula(catalogue, row, col)!,
          legacy: legacyCountFormula(catalogue, row, col),
          value: get(row.id)[col],
        });
    } else if (fromRegister) {
      for (const col of COUNT_COLUMNS) {
        if (!columnAllowed(row, col)) continue;
        expectations.push({
          col,
          formula: registerCountFormula(catalogue, row, col),
          legacy: legacyRegisterCountFormula(catalogue, row, col),
          value: fromRegister[row.id]?.[col] ?? 0,
          shown: TEXT.register.formulaShown,
          register: true,
        });
      }
    }
    for (const rate of RATE_COLUMNS) {
      if (rateAllowed(row, rate))
        expectations.push({ col: rate, formula: rateFormula(catalogue, row, rate), value: get(row.id)[rate] });
    }
    for (const e of expectations) {
      const f = formulaAt(g, r, TALLY_COLUMNS[e.col]);
      const known = formulaKey(f) === formulaKey(e.formula) || (!!e.legacy && formulaKey(f) === formulaKey(e.legacy));
      if (!known || typeof f !== 'string' || !f.trim().startsWith('=')) {
        formulasIntact = false;
        out.add(e.register ? 'count-typed-over-register' : 'formula-changed', where(t, row, e.col), {
          label: row.label,
          ...names(e.col),
          expected: e.shown ?? e.formula,
          found: isEmpty(f) ? '' : display(f),
        });
      }
    }
    if (!formulasIntact || t.inputErrors) continue;
    for (const e of expectations) {
      const shown = valueAt(g, r, TALLY_COLUMNS[e.col]);
      const isStale =
        (typeof shown === 'number' && (e.value === undefined || Math.abs(shown - e.value) > 1e-9)) ||
        (shown === '' && e.value !== undefined);
      if (isStale) stale.push({ row, col: e.col, shown, value: e.value, register: !!e.register });
    }
  }
  // Values not recalculated have one cause (manual calculation, a file saved without
  // recalculating): one finding, at the first count the register gives if one is stale (where
  // the change was), else at the first cell; it says how many others wait on F9 too.
  const first = stale.find((x) => x.register) ?? stale[0];
  if (first) {
    out.add('computed-value-stale', where(t, first.row, first.col), {
      label: first.row.label,
      ...names(first.col),
      found: first.shown === '' ? '(trống)' : display(first.shown),
      expected: first.value === undefined ? '(trống)' : formatNumber(first.value),
      ...(stale.length > 1 ? { count: String(stale.length - 1) } : {}),
    });
  }
}

/** A typed tally with no count at all (register mode: the register says so). */
export function checkTallyEmpty(t: TallyCheck): void {
  if (!t.anyInput && !t.inputErrors && t.firstInput && !t.fromRegister) {
    t.out.add('tally-empty', { sheet: TALLY_SHEET_NAME, row: t.firstInput.row, col: t.firstInput.col }, {});
  }
}

/** The tally's checks in order; returns the clean counts and what they compute to. */
export function checkTally(
  catalogue: Catalogue,
  g: SheetGrid,
  out: Collector,
  /** Register mode: what the register gives, the expected values of the count cells' formulas. */
  fromRegister?: Tally,
): { tally: Tally; computed: ComputedTally; inputErrors: boolean; typedOver: ReadonlySet<string> } {
  const t: TallyCheck = {
    catalogue,
    g,
    out,
    fromRegister,
    tally: dict<Partial<Counts>>(),
    invalid: new Map(),
    fromBadLine: new Set(),
    typedOver: new Set(),
    inputErrors: false,
    anyInput: false,
  };
  checkCountCells(t);
  const computed = computeTally(catalogue, t.tally);
  checkDirectLabour(t);
  checkBreakdowns(t, computed);
  checkFormulas(t, computed);
  checkTallyEmpty(t);
  return { tally: t.tally, computed, inputErrors: t.inputErrors, typedOver: t.typedOver };
}

/** The register's lines behind the tally (register mode), for findings that point at them. */
export interface RegisterBehind {
  readonly lines: readonly RegisterLine[];
  readonly at: RegisterPlace;
}

/**
 * A yearly title ("xét tặng hằng năm") counted in a six-month tally: one warning per row, at
 * what gives the count — in register mode the register's lines of that title (the tally's cell
 * is a formula the clerk cannot change), else the typed count. A count typed over the
 * register's formula has its own finding and no other (`typedOver`).
 */
export function checkYearlyTitles(
  catalogue: Catalogue,
  tally: Tally,
  info: InfoValues,
  out: Collector,
  register?: RegisterBehind,
  typedOver: ReadonlySet<string> = new Set(),
): void {
  if (parsePeriod(info.period) !== 'halfYear') return;
  const index = register && registerIndex(catalogue);
  for (const row of catalogue.rows) {
    if (!row.yearly) continue;
    const col = SUBJECTS.find((c) => (tally[row.id]?.[c] ?? 0) > 0 && !typedOver.has(`${row.id}:${c}`));
    if (!col) continue;
    const n = columnName(col);
    const period = `“${normalizeText(String(info.period))}”`;
    const lines = index
      ? register.lines.filter((l) => {
          if (l.row === undefined || l.row > REGISTER_LAST_ROW || lineQuantity(l.quantity) === 0) return false;
          const m = matchLine(index, l);
          return m.award?.id === row.id && !!m.subject && columnAllowed(row, m.subject);
        })
      : [];
    if (register && lines.length > 0) {
      const places = lines.map((l) => register.at(l.row!, 'award', row.level, row.id));
      out.add('yearly-title-half-year', places[0]!, {
        label: row.label,
        column: TEXT.register.headers.award,
        columnEn: 'award',
        value: period,
        rows: TEXT.register.lines(places.map((p) => p.row)),
        count: String(lines.length),
      });
      continue;
    }
    out.add(
      'yearly-title-half-year',
      {
        sheet: TALLY_SHEET_NAME,
        row: tallyRowOf(catalogue, row.id),
        col: TALLY_COLUMNS[col],
        level: row.level,
        rowId: row.id,
        column: col,
      },
      { label: row.label, column: n.vi, columnEn: n.en, value: period },
    );
  }
}
