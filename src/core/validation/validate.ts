/**
 * One-click validation: the grids a host read → findings, each naming its sheet,
 * cell, row label and column, with a per-level summary and the computed totals.
 * Pure and total: whatever the grid holds, it returns findings and never throws.
 */
import { a1 } from '../a1';
import type { Catalogue, CatalogueRow } from '../catalogue';
import { breakdownsOf } from '../catalogue';
import { formatCount, formatNumber, labelKey, normalizeText, parseCellDate } from '../format/vietnamese';
import type { SheetGrid, WorkbookGrids } from '../grid';
import { classifyCount, formulaAt, formulaKey, isEmpty, valueAt } from '../grid';
import {
  INFO_FIELDS,
  INFO_SHEET_NAME,
  INFO_VALUE_COL,
  infoRow,
  parsePeriod,
  parseYear,
  type InfoValues,
} from '../layout/info';
import {
  countFormula,
  legacyCountFormula,
  RATE_COLUMNS,
  rateFormula,
  TALLY_COLUMNS,
  TALLY_SHEET_NAME,
  tallyRowOf,
  type TallyColumn,
} from '../layout/tally';
import { TEXT } from '../text/vi';
import type { ComputedRow, ComputedTally, CountColumn, Counts, Tally } from '../tally';
import { COUNT_COLUMNS, DIRECT_OF, columnAllowed, computeTally, isInputRow, rateAllowed } from '../tally';
import { registerCountFormula } from '../layout/tally';
import { REGISTER_LAST_ROW, REGISTER_SHEET_NAME } from '../layout/register';
import { tallyFromRegister, type TallySource } from '../register';
import { allowedOf, checkRegister } from './register';
import { parseA1 } from '../a1';
import { DOCUMENTS_SHEET_NAME } from '../layout/documents';
import { NARRATIVE_SHEET_NAME } from '../layout/narrative';
import { readRepairLog, REPAIR_LOG_SHEET_NAME } from '../layout/repairLog';
import { locateSheets, tallyLookAlikesWithNumbers } from '../sheets';
import { isRegisterFormula, readWorkbookInputs, tallySourceOf } from '../workbook';

/** "Biểu tổng hợp (bản cũ)!D54" → ["Biểu tổng hợp (bản cũ)", "D54"]. */
function splitSheetAddress(ref: string): [string, string] {
  const i = ref.lastIndexOf('!');
  return i < 0 ? [ref, 'A1'] : [ref.slice(0, i), ref.slice(i + 1)];
}
import type { MessageFacts, RuleCode, Severity } from './rules';
import { DEPENDENT_NOTE, REPAIR_ACTION, RULES, type Surface } from './rules';

export interface Finding {
  readonly rule: RuleCode;
  readonly severity: Severity;
  /** Level I–IV, or undefined for the whole workbook (total row, info, structure). */
  readonly level?: string;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  /** Catalogue row and column, for tally findings. */
  readonly rowId?: string;
  readonly column?: TallyColumn;
  readonly message: string;
  readonly messageEn: string;
  readonly hint?: string;
  /** Cells whose checks wait on this one (it holds a value no check can use). */
  readonly dependents?: readonly string[];
}

export interface LevelSummary {
  readonly level: string | undefined;
  /** "Cấp Nhà nước", "Cấp tỉnh" … or "Chung". */
  readonly name: string;
  readonly errors: number;
  readonly warnings: number;
  /** False when the counts could not be checked at all (tally missing or its structure changed). */
  readonly checked?: boolean;
}

export interface ValidationResult {
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  /** One entry per level in form order, then "Chung" for findings outside any level. */
  readonly byLevel: readonly LevelSummary[];
  /** The tally as read (clean counts only), when the structure could be read. */
  readonly tally?: Tally;
  /** Totals and rates the core computes from the clean counts; matches the sheet's formulas. */
  readonly computed?: ComputedTally;
  readonly info: InfoValues;
  /** The form marker the workbook carries ("tong-hop-khen-thuong/2024"), set by the hosts that read it. */
  readonly form?: string;
  /** Where the tally's counts come from (the pane offers the switch to the register for 'typed'). */
  readonly tallySource?: TallySource;
}

const COLUMN_HEADERS = TEXT.subjects;
const COLUMN_HEADERS_EN = TEXT.subjectsEn;

function columnName(col: TallyColumn): { vi: string; en: string } {
  if (col === 'number' || col === 'label') return { vi: TEXT.tally.headers[col], en: col };
  return { vi: COLUMN_HEADERS[col], en: COLUMN_HEADERS_EN[col] };
}

function display(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v === null || v === undefined) return '';
  return String(v);
}

class Collector {
  constructor(private readonly surface: Surface = 'pane') {}
  readonly findings: Finding[] = [];
  private readonly facts: MessageFacts[] = [];
  private readonly dependents = new Map<number, string[]>();
  /** Adds a finding; returns its index (for `waitsOn`). */
  add(
    rule: RuleCode,
    where: { sheet: string; row: number; col: number; level?: string; rowId?: string; column?: TallyColumn },
    facts: Omit<MessageFacts, 'sheet' | 'cell'>,
  ): number {
    const def = RULES[rule];
    const address = a1(where.row, where.col);
    const f: MessageFacts = { ...facts, sheet: where.sheet, cell: address, repair: REPAIR_ACTION[this.surface] };
    this.facts.push(f);
    return (
      this.findings.push({
        rule,
        severity: def.severity,
        level: where.level,
        sheet: where.sheet,
        row: where.row,
        col: where.col,
        address,
        rowId: where.rowId,
        column: where.column,
        message: def.vi(f).normalize('NFC'),
        messageEn: def.en(f),
        hint: 'hint' in def ? def.hint(f) : undefined,
      }) - 1
    );
  }
  /** A check of `dependent` was skipped because the finding `index` makes its input unusable. */
  waitsOn(index: number, dependent: string): void {
    const list = this.dependents.get(index) ?? [];
    if (!list.includes(dependent)) list.push(dependent);
    this.dependents.set(index, list);
    const f = this.findings[index]!;
    const def = RULES[f.rule];
    this.findings[index] = {
      ...f,
      dependents: [...list],
      message: `${def.vi(this.facts[index]!)} ${DEPENDENT_NOTE.vi(list)}`.normalize('NFC'),
      messageEn: `${def.en(this.facts[index]!)} ${DEPENDENT_NOTE.en(list)}`,
    };
  }
}

/**
 * A count written with words around one whole number ("18 người", "khoảng 05") → that
 * number, so the message can say "gõ 18"; undefined when there is no single such number.
 */
export function countInText(raw: string): number | undefined {
  const runs = raw.match(/[-−+]?\d+(?:[.,]\d+)*/g) ?? [];
  if (runs.length !== 1 || !/^\d+$/.test(runs[0]!)) return undefined;
  return Number(runs[0]);
}

/** "cá nhân", "tập thể và cá nhân": who a row is given to, as a message says it. */

/** Is the table where the plan puts it, row by row? Returns the first mismatch. */
function structureMismatch(
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

function checkTally(
  catalogue: Catalogue,
  g: SheetGrid,
  out: Collector,
  /** Register mode: what the register gives, the expected values of the count cells' formulas. */
  fromRegister?: Tally,
): { tally: Tally; computed: ComputedTally; inputErrors: boolean } {
  const sheet = TALLY_SHEET_NAME;
  const tally: Record<string, Partial<Counts>> = {};
  let inputErrors = false;
  let anyInput = false;
  let firstInput: { row: number; col: number } | undefined;
  /** "rowId:column" of input cells holding a value no check can use → their finding. */
  const invalid = new Map<string, number>();
  const where = (row: CatalogueRow, col: TallyColumn) => ({
    sheet,
    row: tallyRowOf(catalogue, row.id),
    col: TALLY_COLUMNS[col],
    level: row.level,
    rowId: row.id,
    column: col,
  });
  const names = (col: TallyColumn) => {
    const n = columnName(col);
    return { column: n.vi, columnEn: n.en };
  };

  // 1. Every input cell: a whole number ≥ 0 or empty; cells a row cannot have: empty.
  for (const row of catalogue.rows) {
    if (!isInputRow(row)) continue;
    const r = tallyRowOf(catalogue, row.id);
    for (const col of COUNT_COLUMNS) {
      const raw = valueAt(g, r, TALLY_COLUMNS[col]);
      const facts = { label: row.label, ...names(col) };
      if (!columnAllowed(row, col)) {
        if (!isEmpty(raw)) {
          out.add('subject-not-allowed', where(row, col), { ...facts, value: display(raw), allowed: allowedOf(row) });
          inputErrors = true;
        }
        continue;
      }
      firstInput ??= { row: r, col: TALLY_COLUMNS[col] };
      const c = classifyCount(raw);
      // Register mode: a count cell shows what its formula sums; a bad sum (2,5) comes from a
      // register line, and the register's finding names that line — no echo here.
      if (fromRegister) {
        const byFormula = isRegisterFormula(formulaAt(g, r, TALLY_COLUMNS[col]));
        if (byFormula && c.kind !== 'empty' && c.kind !== 'count') {
          inputErrors = anyInput = true;
          continue;
        }
        // Something other than a clean count typed over the register's formula: one finding,
        // "formula-changed" (below), not also one about the typed value (one bad cell, one
        // finding). A clean count is taken as typed so the sums above it agree with the sheet.
        if (!byFormula && c.kind !== 'empty' && c.kind !== 'count') {
          inputErrors = anyInput = true;
          continue;
        }
      }
      const bad = (i: number) => {
        invalid.set(`${row.id}:${col}`, i);
        inputErrors = anyInput = true;
      };
      switch (c.kind) {
        case 'empty':
          break;
        case 'count':
          (tally[row.id] ??= {})[col] = c.value;
          anyInput = true;
          break;
        case 'numericText': {
          const whole = Number.isInteger(c.value) && c.value >= 0;
          bad(
            out.add('count-text-number', where(row, col), {
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
            out.add('count-not-number', where(row, col), {
              ...facts,
              value: c.raw,
              ...(n !== undefined ? { expected: display(n) } : {}),
            }),
          );
          break;
        }
        case 'negative':
          bad(out.add('count-negative', where(row, col), { ...facts, value: display(c.value) }));
          break;
        case 'fraction':
          bad(out.add('count-fraction', where(row, col), { ...facts, value: display(c.value) }));
          break;
        case 'boolean':
          bad(out.add('count-boolean', where(row, col), { ...facts, value: c.value ? 'TRUE' : 'FALSE' }));
          break;
        case 'error':
          bad(out.add('count-error-value', where(row, col), { ...facts, value: c.raw }));
          break;
      }
    }
    for (const rate of RATE_COLUMNS) {
      if (rateAllowed(row, rate)) continue;
      const raw = valueAt(g, r, TALLY_COLUMNS[rate]);
      if (!isEmpty(raw)) {
        out.add('subject-not-allowed', where(row, rate), {
          label: row.label,
          ...names(rate),
          value: display(raw),
          allowed: allowedOf(row),
        });
        inputErrors = true;
      }
    }
  }

  const computed = computeTally(catalogue, tally);
  const get = (id: string): ComputedRow => computed.get(id)!;

  // 2. Direct-labour SL within the count beside it.
  for (const row of catalogue.rows) {
    if (!isInputRow(row)) continue;
    const r = tallyRowOf(catalogue, row.id);
    for (const sl of ['directCollective', 'directIndividual'] as const) {
      if (!columnAllowed(row, sl)) continue;
      const s = tally[row.id]?.[sl];
      if (s === undefined || s === 0) continue;
      const countCol = DIRECT_OF[sl];
      const blocker = invalid.get(`${row.id}:${countCol}`);
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
      if (count === 0) out.add('direct-without-count', where(row, sl), facts);
      else if (s > count) out.add('direct-exceeds-count', where(row, sl), facts);
    }
  }

  // 3. "Trong đó" breakdowns: never above their award; complete lists not below it.
  for (const award of catalogue.rows) {
    if (award.kind !== 'award') continue;
    const parts = breakdownsOf(catalogue, award.id);
    if (parts.length === 0) continue;
    const first = tallyRowOf(catalogue, parts[0]!.id);
    const last = tallyRowOf(catalogue, parts[parts.length - 1]!.id);
    for (const col of COUNT_COLUMNS) {
      if (!columnAllowed(award, col) && !parts.some((p) => columnAllowed(p, col))) continue;
      const L = String.fromCharCode(64 + TALLY_COLUMNS[col]);
      const entered = parts.some((p) => tally[p.id]?.[col] !== undefined || invalid.has(`${p.id}:${col}`));
      if (!entered) continue;
      const blockers = [award, ...parts].flatMap((x) => invalid.get(`${x.id}:${col}`) ?? []);
      if (blockers.length > 0) {
        for (const b of blockers) out.waitsOn(b, a1(tallyRowOf(catalogue, award.id), TALLY_COLUMNS[col]));
        continue;
      }
      const sum = parts.reduce((s, p) => s + (tally[p.id]?.[col] ?? 0), 0);
      const count = get(award.id)[col];
      const facts = {
        label: award.label,
        ...names(col),
        sum: formatCount(sum),
        count: formatCount(count),
        rows: `${L}${first}:${L}${last}`,
      };
      if (sum > count) out.add('breakdown-exceeds', where(award, col), facts);
      else if (sum < count && award.breakdownComplete) out.add('breakdown-short', where(award, col), facts);
    }
  }

  // 4. Computed cells keep their formulas; their shown values match ours.
  let formulasIntact = true;
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
        out.add(e.register ? 'count-typed-over-register' : 'formula-changed', where(row, e.col), {
          label: row.label,
          ...names(e.col),
          expected: e.shown ?? e.formula,
          found: isEmpty(f) ? '' : display(f),
        });
      }
    }
    if (!formulasIntact || inputErrors) continue;
    for (const e of expectations) {
      const shown = valueAt(g, r, TALLY_COLUMNS[e.col]);
      const stale =
        (typeof shown === 'number' && (e.value === undefined || Math.abs(shown - e.value) > 1e-9)) ||
        (shown === '' && e.value !== undefined);
      if (stale) {
        out.add('computed-value-stale', where(row, e.col), {
          label: row.label,
          ...names(e.col),
          found: shown === '' ? '(trống)' : display(shown),
          expected: e.value === undefined ? '(trống)' : formatNumber(e.value),
        });
      }
    }
  }

  if (!anyInput && !inputErrors && firstInput && !fromRegister) {
    out.add('tally-empty', { sheet, row: firstInput.row, col: firstInput.col }, {});
  }
  return { tally, computed, inputErrors };
}

/** A yearly title ("xét tặng hằng năm") counted in a six-month tally: one warning per row. */
function checkYearlyTitles(catalogue: Catalogue, tally: Tally, info: InfoValues, out: Collector): void {
  if (parsePeriod(info.period) !== 'halfYear') return;
  for (const row of catalogue.rows) {
    if (!row.yearly) continue;
    const col = (['collective', 'individual', 'household'] as const).find((c) => (tally[row.id]?.[c] ?? 0) > 0);
    if (!col) continue;
    const n = columnName(col);
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
      { label: row.label, column: n.vi, columnEn: n.en, value: `“${normalizeText(String(info.period))}”` },
    );
  }
}

function checkInfo(g: SheetGrid | undefined, info: InfoValues, out: Collector): void {
  if (!g) return;
  for (const f of INFO_FIELDS) {
    const row = infoRow(f.key);
    const v = info[f.key];
    const where = { sheet: INFO_SHEET_NAME, row, col: INFO_VALUE_COL };
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
      if (f.required) out.add('info-missing', where, { field: f.label });
      continue;
    }
    if (f.key === 'period' && parsePeriod(v) === undefined) {
      out.add('info-invalid', where, {
        field: f.label,
        value: display(v),
        expected: 'chọn “6 tháng đầu năm” hoặc “Năm”',
      });
    } else if (f.key === 'year' && parseYear(v) === undefined) {
      out.add('info-invalid', where, {
        field: f.label,
        value: display(v),
        expected: 'năm gồm 4 chữ số, từ 2000 đến 2100',
      });
    } else if (f.key === 'reportDate' && (typeof v !== 'number' || parseCellDate(v) === undefined)) {
      out.add('info-invalid', where, {
        field: f.label,
        value: display(v),
        expected: 'nhập ngày dạng ngày/tháng/năm để Excel hiểu là ngày',
      });
    } else if (f.key === 'documentCode' && typeof v === 'string' && /\s/.test(v.trim())) {
      out.add('info-invalid', where, {
        field: f.label,
        value: v,
        expected: 'ký hiệu viết liền, không có dấu cách (ví dụ BC-HĐTĐKT)',
      });
    }
  }
}

const LEVEL_NAME_GENERAL = 'Chung';

function summarise(catalogue: Catalogue, findings: readonly Finding[], checked: boolean): LevelSummary[] {
  const entries: LevelSummary[] = [];
  for (const l of [...catalogue.levels.map((x) => x.id), undefined]) {
    const mine = findings.filter((f) => f.level === l);
    const level = catalogue.levels.find((x) => x.id === l);
    entries.push({
      level: l,
      name: level ? `Cấp ${level.shortName}` : LEVEL_NAME_GENERAL,
      errors: mine.filter((f) => f.severity === 'error').length,
      warnings: mine.filter((f) => f.severity === 'warning').length,
      ...(level && !checked ? { checked: false } : {}),
    });
  }
  return entries;
}

export { describeLevel } from './describe';

const severityRank = (s: Severity) => (s === 'error' ? 0 : 1);

/** Findings in the order a clerk fixes them: errors first, then by sheet position. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      a.sheet.localeCompare(b.sheet) ||
      a.row - b.row ||
      a.col - b.col,
  );
}

/** Validate a workbook of the given form. */
export function validateWorkbook(
  catalogue: Catalogue,
  grids: WorkbookGrids,
  options: { readonly surface?: Surface } = {},
): ValidationResult {
  const out = new Collector(options.surface);
  let tally: Tally | undefined;
  let computed: ComputedTally | undefined;
  let info: InfoValues = {};
  let tallySource: TallySource | undefined;
  try {
    info = readWorkbookInputs(catalogue, { sheets: { [INFO_SHEET_NAME]: grids.sheets[INFO_SHEET_NAME]! } }).inputs.info;
  } catch {
    info = {};
  }
  const g = grids.sheets[TALLY_SHEET_NAME];
  const location = locateSheets(catalogue, grids);
  const lookAlike = (sheet: string) =>
    location.renamed.get(sheet) ?? location.ambiguous.find((a) => a.sheet === sheet)?.candidates.join('”, “');
  if (!g) {
    const found = lookAlike(TALLY_SHEET_NAME);
    if (found) out.add('sheet-renamed', { sheet: TALLY_SHEET_NAME, row: 1, col: 1 }, { found });
    else out.add('sheet-missing', { sheet: TALLY_SHEET_NAME, row: 1, col: 1 }, {});
  } else {
    const mismatch = structureMismatch(catalogue, g);
    if (mismatch) {
      out.add(
        'structure-changed',
        { sheet: TALLY_SHEET_NAME, row: mismatch.row, col: TALLY_COLUMNS.label },
        { expected: mismatch.expected, found: mismatch.found },
      );
    } else {
      const source: TallySource = (tallySource = tallySourceOf(catalogue, grids));
      const register = checkRegister(catalogue, grids.sheets[REGISTER_SHEET_NAME]?.values, info, source);
      for (const f of register.findings) out.add(f.rule, f.where, f.facts);
      const fromRegister =
        source === 'register' ? tallyFromRegister(catalogue, register.lines, REGISTER_LAST_ROW) : undefined;
      ({ tally, computed } = checkTally(catalogue, g, out, fromRegister));
      checkYearlyTitles(catalogue, tally, info, out);
    }
  }
  if (!grids.sheets[INFO_SHEET_NAME]) {
    const found = lookAlike(INFO_SHEET_NAME);
    if (found) out.add('sheet-renamed', { sheet: INFO_SHEET_NAME, row: 1, col: 1 }, { found });
    else out.add('sheet-missing', { sheet: INFO_SHEET_NAME, row: 1, col: 1 }, {});
  } else checkInfo(grids.sheets[INFO_SHEET_NAME], info, out);
  // The companion sheets the report reads: missing or renamed is said, never silently empty.
  for (const sheet of [DOCUMENTS_SHEET_NAME, NARRATIVE_SHEET_NAME]) {
    if (grids.sheets[sheet]) continue;
    const found = lookAlike(sheet);
    if (found) out.add('sheet-renamed', { sheet, row: 1, col: 1 }, { found });
    else out.add('companion-missing', { sheet, row: 1, col: 1 }, {});
  }
  // An empty tally while a look-alike sheet holds numbers: the counts are on the wrong sheet.
  const empty = out.findings.findIndex((f) => f.rule === 'tally-empty');
  if (empty >= 0) {
    const others = tallyLookAlikesWithNumbers(catalogue, grids);
    if (others.length) {
      const f = out.findings[empty]!;
      out.findings.splice(empty, 1);
      out.add('tally-empty-elsewhere', { sheet: f.sheet, row: f.row, col: f.col }, { found: others.join('”, “') });
    }
  }
  // What repair had to move: named until the clerk clears the line on the repair log.
  for (const e of readRepairLog(grids.sheets[REPAIR_LOG_SHEET_NAME])) {
    const [to, at] = splitSheetAddress(e.movedTo);
    let row = 1;
    let col = 1;
    try {
      ({ row, col } = parseA1(at));
    } catch {
      /* a hand-edited line: point at A1 */
    }
    out.add(
      'value-displaced',
      { sheet: to, row, col },
      { value: e.content, found: `${e.sheet}!${e.address}`, expected: e.movedTo, field: e.note },
    );
  }

  const findings = sortFindings(out.findings);
  return {
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    byLevel: summarise(catalogue, findings, tally !== undefined),
    tally,
    computed,
    info,
    tallySource,
  };
}

export type { CountColumn };
