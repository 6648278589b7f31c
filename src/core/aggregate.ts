/**
 * The aggregate (tổng hợp) of many units' tallies, shared by `tdkt aggregate` and the
 * pane's "Tổng hợp từ các đơn vị": what is kept of each unit, the refusals (units with
 * errors, the same unit twice, mixed forms / periods / years) and the cluster plan.
 * Pure: the hosts read the files (src/hosts/xlsx/unitFile.ts) and write the plan.
 */
import { catalogueKey, type Catalogue } from './catalogue';
import { nameKey } from './format/vietnamese';
import { PERIODS, parseUnitInfo } from './layout/info';
import type { SheetPlan, WorkbookPlan } from './layout/types';
import { buildUnitsSheet, type AggregatedUnit } from './layout/units';
import { addTallies, computeTally, grandTotal, type Tally } from './tally';
import { CLI_TEXT } from './text/cli';
import type { WorkbookGrids } from './sheetGrid';
import type { Surface } from './validation/rules';
import type { Finding } from './validation/findings';
import { validateWorkbook } from './validation/validate';
import { buildWorkbookPlan } from './workbook/plan';
import { readWorkbookInputs } from './workbook/read';
import { REGISTER_CAPACITY } from './layout/register';
import { registerFromTally, type RegisterLine } from './register';

/** One unit as the aggregate keeps it (not its grids: 200 files must fit in memory). */
export interface UnitRead {
  /** The file as the user gave it (a path on the command line, a file name in the pane). */
  readonly file: string;
  readonly catalogue: Catalogue;
  readonly formKey: string;
  /** "6 tháng đầu năm" / "Năm", "" if not given. */
  readonly period: string;
  /** "2024", "" if not given. */
  readonly year: string;
  readonly tally: Tally;
  /**
   * The unit's register lines for the cluster's register, each marked with the unit: its
   * own lines when its tally follows a register, else one line per typed count ("nhập tay").
   */
  readonly register?: readonly RegisterLine[];
  readonly unit: AggregatedUnit;
  /** The unit's error findings (for the CLI's first three, the pane's "xem lỗi"). */
  readonly errorFindings: readonly Finding[];
}

/** What a host read from a unit workbook. */
export interface UnitWorkbook {
  readonly grids: WorkbookGrids;
  readonly catalogue: Catalogue;
  /** The form marker as found, undefined if none. */
  readonly formKey?: string;
}

/**
 * Validate one unit workbook and keep what the aggregate needs. `file` is what the user
 * gave; `fileName` (default: the same) is what the units sheet shows.
 */
export function summariseUnit(file: string, read: UnitWorkbook, fileName = file, surface: Surface = 'pane'): UnitRead {
  const result = validateWorkbook(read.catalogue, read.grids, { surface });
  const info = parseUnitInfo(result.info);
  const inputs = readWorkbookInputs(read.catalogue, read.grids).inputs;
  // Counts as validated; with a changed structure, the inputs found by label.
  const tally = result.tally ?? inputs.tally;
  const total = grandTotal(read.catalogue, computeTally(read.catalogue, tally));
  const period = info.period ? PERIODS[info.period] : '';
  const own = inputs.tallySource === 'register' ? (inputs.register ?? []) : registerFromTally(read.catalogue, tally);
  const unitName = info.unitName || fileName;
  const register = own.map(({ row: _row, ...line }) => ({ ...line, unit: unitName }));
  return {
    file,
    catalogue: read.catalogue,
    formKey: read.formKey ?? catalogueKey(read.catalogue),
    period,
    year: info.year === undefined ? '' : String(info.year),
    tally,
    register,
    errorFindings: result.findings.filter((f) => f.severity === 'error'),
    unit: {
      name: info.unitName,
      file: fileName,
      period,
      year: info.year ?? '',
      totals: {
        collective: total.collective,
        individual: total.individual,
        household: total.household,
        directCollective: total.directCollective,
        directIndividual: total.directIndividual,
      },
      errors: result.errors,
      warnings: result.warnings,
    },
  };
}

/**
 * The cluster workbook's sheets: the units' register lines one after another (column
 * "Đơn vị" says whose), and the tally following them — the sum of the units' tallies. When
 * the lines do not fit the register's capacity, the tally is the typed sum instead (the
 * lines are still listed; validation says they are not counted).
 */
export function aggregateTallyPlan(units: readonly UnitRead[]): WorkbookPlan {
  const first = units[0]!;
  const tally = addTallies(units.map((u) => u.tally));
  const register = units.flatMap(
    (u) => u.register ?? registerFromTally(u.catalogue, u.tally).map((l) => ({ ...l, unit: u.unit.name || u.file })),
  );
  const info = {
    ...(first.period ? { period: first.period } : {}),
    ...(first.year ? { year: Number(first.year) } : {}),
  };
  const fits = register.length <= REGISTER_CAPACITY;
  return buildWorkbookPlan(first.catalogue, {
    info,
    documents: [],
    tally,
    register,
    tallySource: fits ? 'register' : 'typed',
  });
}

/** The sheet "Danh sách đơn vị" of the units added up. */
export function aggregateUnitsSheet(units: readonly UnitRead[]): SheetPlan {
  return buildUnitsSheet(units.map((u) => u.unit));
}

/** The cluster workbook: the standard plan with the summed tally, and the units sheet. */
export function aggregatePlan(units: readonly UnitRead[]): WorkbookPlan {
  const plan = aggregateTallyPlan(units);
  return { ...plan, sheets: [...plan.sheets, aggregateUnitsSheet(units)] };
}

// ── Refusals ──────────────────────────────────────────────────────────────────

/** Units whose "Tên đơn vị" reads the same (case, spacing and Unicode form aside). */
export interface DuplicateGroup {
  readonly name: string;
  readonly files: readonly string[];
}

/**
 * Two files of the same unit (a resubmission, a copy under another name) would be counted
 * twice. Units are the same when their "Tên đơn vị" reads the same (nameKey: NFC, case,
 * spacing and invisible characters aside); units without a name are not compared.
 */
export function duplicateUnits(units: readonly UnitRead[]): DuplicateGroup[] {
  const byName = new Map<string, UnitRead[]>();
  for (const u of units) {
    const key = nameKey(u.unit.name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), u]);
  }
  return [...byName.values()]
    .filter((same) => same.length > 1)
    .map((same) => ({ name: same[0]!.unit.name, files: same.map((u) => u.unit.file) }));
}

export type MixedProperty = 'form' | 'period' | 'year';

/** The first property on which the units differ, with each file's value. */
export interface Mixed {
  readonly property: MixedProperty;
  readonly values: readonly { readonly file: string; readonly value: string }[];
}

const MIXED_CHECKS: readonly [MixedProperty, (u: UnitRead) => string][] = [
  ['form', (u) => u.formKey],
  ['period', (u) => u.period],
  ['year', (u) => u.year],
];

export function mixedUnits(units: readonly UnitRead[]): Mixed | undefined {
  for (const [property, get] of MIXED_CHECKS) {
    if (new Set(units.map(get)).size > 1)
      return { property, values: units.map((u) => ({ file: u.file, value: get(u) })) };
  }
  return undefined;
}

const MIXED_WHAT: Record<MixedProperty, string> = {
  form: CLI_TEXT.mixedForm,
  period: CLI_TEXT.mixedPeriod,
  year: CLI_TEXT.mixedYear,
};

/** The one message for units that differ. */
export function mixedMessage(mixed: Mixed): string {
  const list = mixed.values.map((v) => CLI_TEXT.mixedLine(v.file, v.value || CLI_TEXT.notGiven)).join('\n');
  return CLI_TEXT.aggregateMixed(MIXED_WHAT[mixed.property], list);
}

export function duplicateMessage(group: DuplicateGroup): string {
  return CLI_TEXT.duplicateUnit(group.name, group.files.join(', '));
}

/** Everything that stops an aggregate, in the order the CLI reports them. */
export interface AggregateCheck {
  readonly mixed?: Mixed;
  readonly duplicates: readonly DuplicateGroup[];
  readonly withErrors: readonly UnitRead[];
}

export function checkUnits(units: readonly UnitRead[]): AggregateCheck {
  return {
    ...(units.length ? { mixed: mixedUnits(units) } : {}),
    duplicates: duplicateUnits(units),
    withErrors: units.filter((u) => u.unit.errors > 0),
  };
}

export interface AggregateOverrides {
  /** Add up the units with errors (their clean counts). */
  readonly allowErrors?: boolean;
  /** Keep units whose name appears twice. */
  readonly allowDuplicates?: boolean;
  /** Add up units of different periods or years (never different forms: their rows differ). */
  readonly allowMixedPeriods?: boolean;
}

export type Refusal =
  | { readonly kind: 'mixed'; readonly mixed: Mixed; readonly message: string }
  | { readonly kind: 'duplicate'; readonly groups: readonly DuplicateGroup[]; readonly message: string }
  | { readonly kind: 'errors'; readonly units: readonly UnitRead[]; readonly message: string };

/** The first refusal that the overrides do not lift, or undefined when the aggregate may go ahead. */
export function aggregateRefusal(check: AggregateCheck, overrides: AggregateOverrides = {}): Refusal | undefined {
  const m = check.mixed;
  if (m && (m.property === 'form' || !overrides.allowMixedPeriods)) {
    return { kind: 'mixed', mixed: m, message: mixedMessage(m) };
  }
  if (check.duplicates.length && !overrides.allowDuplicates) {
    return { kind: 'duplicate', groups: check.duplicates, message: duplicateMessage(check.duplicates[0]!) };
  }
  if (check.withErrors.length && !overrides.allowErrors) {
    return { kind: 'errors', units: check.withErrors, message: CLI_TEXT.aggregateUnitErrors(check.withErrors.length) };
  }
  return undefined;
}

// ── Each unit's standing (the pane's table) ───────────────────────────────────

export type UnitStanding = 'otherForm' | 'otherPeriod' | 'duplicate' | 'errors';

/** The value most units share (ties: the first unit's), for "khác kỳ" / "khác mẫu biểu". */
function majority(units: readonly UnitRead[], get: (u: UnitRead) => string): string | undefined {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(get(u), (counts.get(get(u)) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/**
 * What stands against each unit, in the order units were given: another form or another
 * period/year than most units, the same name as another unit, errors. Empty: hợp lệ.
 */
export function unitStandings(units: readonly UnitRead[]): UnitStanding[][] {
  const form = majority(units, (u) => u.formKey);
  const period = majority(units, (u) => `${u.period}\u0000${u.year}`);
  const dup = new Set(duplicateUnits(units).flatMap((g) => g.files));
  return units.map((u) => {
    const out: UnitStanding[] = [];
    if (u.formKey !== form) out.push('otherForm');
    else if (`${u.period}\u0000${u.year}` !== period) out.push('otherPeriod');
    if (dup.has(u.unit.file)) out.push('duplicate');
    if (u.unit.errors > 0) out.push('errors');
    return out;
  });
}
