/**
 * Repair: the standard layout written over an existing workbook, every input cell keeping
 * what was typed in it; what cannot stay is kept aside and logged. The switch to the
 * register is a repair with other inputs.
 */
import { a1 } from '../a1';
import type { Catalogue } from '../catalogue';
import { formatNumber, normalizeText } from '../format/vietnamese';
import {
  isRegisterNumberFormula,
  REGISTER_FIRST_ROW,
  REGISTER_LAST_ROW,
  REGISTER_MODE_TEXTS,
  placeLines,
} from '../layout/register';
import {
  buildRepairLogSheet,
  readRepairLog,
  REPAIR_LOG_SHEET_NAME,
  type DisplacedReason,
  type RepairLogEntry,
} from '../layout/repairLog';
import { plainPrintArea, printAreaIntact } from '../layout/print';
import { tallyRowOf, TALLY_COLUMNS, TALLY_SHEET_NAME, withoutProposalTerms } from '../layout/tally';
import type { CellValue, WorkbookPlan } from '../layout/types';
import { registerPlanCell } from '../registerRepair';
import { sameCounts, switchCounts, type SwitchKeptCount } from '../registerSwitch';
import type { WorkbookGrids } from '../sheetGrid';
import { classifyCount, formulaKey, isEmpty, toCellValue } from '../sheetGrid';
import type { CountColumn, Counts } from '../tally';
import { TEXT } from '../text/vi';
import { alignTally, alignTallyRows, type TallyAlignment } from './align';
import type { WorkbookInputs } from './inputs';
import { buildWorkbookPlan } from './plan';
import { readWorkbookInputs } from './read';
import type { KeepContext, KeptCell } from './sheetDefinition';
import { SHEETS } from './sheetList';
import { adoptSheets, BACKUP_SUFFIX, locateSheets, type SheetLocation } from './sheetLocation';

export interface DisplacedCell {
  /** The sheet (its standard name) and the cell the content was in. */
  readonly sheet: string;
  readonly address: string;
  readonly content: CellValue;
  readonly reason: DisplacedReason;
  /** For an ambiguous row: the places it may belong to. */
  readonly note?: string;
}

export interface RepairPlan {
  /**
   * The workbook to write: the standard layout with every input cell holding what the
   * clerk typed there, wrong or not (validation flags it), and the repair log when
   * something had to move.
   */
  readonly plan: WorkbookPlan;
  /**
   * What cannot stay (a value typed over a formula or a label, content outside the table,
   * a row that cannot be placed). The host copies each of these sheets once to its
   * `backups` name before rewriting it; the repair log lists every value and where it is.
   */
  readonly displaced: readonly DisplacedCell[];
  readonly backupSheets: readonly string[];
  /** Standard sheet name → its backup's name (hidden, not printed). */
  readonly backups: ReadonlyMap<string, string>;
  /** Standard name → the current name of a renamed sheet repair adopts (the host renames it first). */
  readonly renamed: ReadonlyMap<string, string>;
  /** The lines this repair adds to the repair log (earlier lines are kept in the plan too). */
  readonly logEntries: readonly RepairLogEntry[];
  /** What repair put right that the clerk should hear of (a print area deleted or changed). */
  readonly mended: readonly MendedSetting[];
}

/** A sheet setting repair restored: the print area as found (null: none) and as set. */
export interface MendedSetting {
  readonly sheet: string;
  readonly setting: 'print-area';
  readonly found: string | null;
  readonly restored: string;
}

/** A standard sheet is missing and several sheets look like it: repair does not guess. */
export class AmbiguousSheetsError extends Error {
  constructor(readonly ambiguous: SheetLocation['ambiguous']) {
    super(`Ambiguous sheets: ${ambiguous.map((a) => `${a.sheet} ← ${a.candidates.join(' | ')}`).join('; ')}`);
    this.name = 'AmbiguousSheetsError';
  }
}

function sameContent(old: unknown, cell: { value?: CellValue; formula?: string }): boolean {
  if (cell.formula !== undefined) return typeof old === 'string' && formulaKey(old) === formulaKey(cell.formula);
  const v = cell.value ?? null;
  if (isEmpty(old)) return v === null || v === '';
  if (typeof old === 'string' && typeof v === 'string') return normalizeText(old) === normalizeText(v);
  return old === v;
}

/**
 * Every input cell's content in the old workbook, by the plan cell's key: each sheet
 * keeps its own (`SheetDefinition.keep`).
 */
function keptCells(catalogue: Catalogue, grids: WorkbookGrids, context: KeepContext): Map<string, KeptCell> {
  const kept = new Map<string, KeptCell>();
  const put = (key: string, c: KeptCell | undefined) => c && kept.set(key, c);
  for (const sheet of SHEETS) {
    const g = grids.sheets[sheet.name];
    if (g && sheet.keep) sheet.keep(catalogue, g, put, context);
  }
  return kept;
}

/** The plan with each input cell holding its kept content (and where it came from). */
function withKept(plan: WorkbookPlan, kept: ReadonlyMap<string, KeptCell>): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((c) => {
        const k = c.key === undefined ? undefined : kept.get(c.key);
        if (!k || (c.role !== 'input' && c.role !== 'unavailable')) return c;
        const source = { sheet: sheet.name, address: k.from };
        if (k.formula !== undefined) {
          const { value: _drop, ...rest } = c;
          return { ...rest, formula: k.formula, cached: k.value, source };
        }
        return { ...c, value: k.value, source };
      }),
    })),
  };
}

/** Cells that stay where they were (the register's lines) name the cell they were read from. */
function withKeptInPlace(plan: WorkbookPlan, grids: WorkbookGrids): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const def = SHEETS.find((s) => s.key === sheet.key);
      const g = grids.sheets[sheet.name];
      return def?.keepInPlace && g ? def.keepInPlace(sheet, g) : sheet;
    }),
  };
}

/** A formula with its row numbers left out: the same formula moved to another row has the same shape. */
function formulaShape(f: string): string {
  return formulaKey(f).replace(/\d+/g, '#');
}

function sameShape(old: unknown, cell: { formula?: string }): boolean {
  return cell.formula !== undefined && typeof old === 'string' && formulaShape(old) === formulaShape(cell.formula);
}

/** Old tally row → the row it has on the standard layout. */
function tallyRowMap(catalogue: Catalogue, alignment: TallyAlignment, rows: number): (r: number) => number {
  const map = new Map<number, number>();
  for (const [id, r] of alignment.rows) map.set(r, tallyRowOf(catalogue, id));
  let lastOld = 0;
  let lastNew = 0;
  for (const [r, n] of map) if (r > lastOld) [lastOld, lastNew] = [r, n];
  const firstOld = Math.min(...map.keys(), rows + 1);
  return (r) => map.get(r) ?? (r > lastOld && lastOld > 0 ? r - lastOld + lastNew : r < firstOld ? r : -1);
}

function displayContent(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatNumber(v);
  return v === null ? '' : String(v);
}

/**
 * Plan a repair of an existing workbook: labels, formulas, formats, validation and
 * protection restored; every input cell keeps what was typed in it, wrong or not. A
 * renamed sheet of ours is adopted (found by its content). What cannot stay is listed
 * (`displaced`), backed up once per sheet and logged, so validate can name it later.
 * Throws AmbiguousSheetsError when a missing sheet has several look-alikes.
 *
 * `sheetNames`: every sheet of the workbook (default: those in `grids`), for backup names.
 */
export function planRepair(
  catalogue: Catalogue,
  allGrids: WorkbookGrids,
  opts: { sheetNames?: readonly string[] } = {},
): RepairPlan {
  return repairWith(catalogue, allGrids, opts, (inputs) => ({ inputs })).plan;
}

/**
 * A repair that writes other inputs than those read: `change` gets the inputs read and
 * returns those to write, with whatever it has to tell (the switch to the register: lines added).
 */
function repairWith<T extends { readonly inputs: WorkbookInputs }>(
  catalogue: Catalogue,
  allGrids: WorkbookGrids,
  opts: { sheetNames?: readonly string[] },
  change: (read: WorkbookInputs, adopted: WorkbookGrids) => T,
): { plan: RepairPlan; changed: T } {
  const location = locateSheets(catalogue, allGrids);
  if (location.ambiguous.length > 0) throw new AmbiguousSheetsError(location.ambiguous);
  const grids = adoptSheets(allGrids, location.renamed);
  const read = readWorkbookInputs(catalogue, grids).inputs;
  const changed = change(read, grids);
  const { inputs } = changed;
  const switched = read.tallySource !== 'register' && inputs.tallySource === 'register';
  const carried = (key: string | undefined, old: unknown): boolean => {
    if (!switched || !key?.startsWith('tally:')) return false;
    const [, rowId, col] = key.split(':') as [string, string, CountColumn];
    const c = classifyCount(old);
    // Only a clean count is carried into lines: a text such as "1.000" stays in its cell.
    return c.kind === 'count' && read.tally[rowId]?.[col] === c.value;
  };
  const tallyGrid = grids.sheets[TALLY_SHEET_NAME];
  const alignment: TallyAlignment = tallyGrid ? alignTally(catalogue, tallyGrid) : { rows: new Map(), ambiguous: [] };
  const kept = keptCells(catalogue, grids, { alignment });
  // Lists keep every line where it was: room for every kept line.
  const roomy = SHEETS.reduce((i, sheet) => sheet.makeRoom?.(i, kept) ?? i, inputs);
  const plan = withKeptInPlace(withKept(buildWorkbookPlan(catalogue, roomy), kept), grids);

  const ambiguousRows = new Map(alignment.ambiguous.map((a) => [a.row, a]));
  const displaced: DisplacedCell[] = [];
  for (const sheet of plan.sheets) {
    const g = grids.sheets[sheet.name];
    if (!g) continue;
    const used = new Set(sheet.cells.filter((c) => c.source).map((c) => c.source!.address));
    const planned = new Map(sheet.cells.map((c) => [c.address, c]));
    // Where an old row stands on the new layout: the tally's rows by their alignment (rows
    // inserted or deleted above shift everything), the rows under the table by the last one's offset.
    const planRow = sheet.key === 'tally' ? tallyRowMap(catalogue, alignment, g.values.length) : (r: number) => r;
    // The register by its headers: an inserted or deleted column or row moves its cells, not their meaning.
    const planAt =
      sheet.key === 'register'
        ? registerPlanCell(g, planned, (old, cell) => sameContent(old, cell) || sameShape(old, cell))
        : (r: number, c: number) => planned.get(a1(planRow(r), c));
    const source = g.formulas ?? g.values;
    for (let r = 1; r <= source.length; r++) {
      const line = source[r - 1];
      if (!Array.isArray(line)) continue;
      for (let c = 1; c <= line.length; c++) {
        // formulaAt(g, r, c), read from the line at hand: this loop visits every cell of a
        // register at capacity.
        const old: unknown = line[c - 1];
        if (isEmpty(old)) continue;
        const address = a1(r, c);
        if (used.has(address)) continue;
        const p = planAt(r, c);
        if (p && p.source === undefined && sameContent(old, p)) continue;
        // The register's mode line is ours in either mode (the switch rewrites it).
        if (p?.key === 'register:mode' && REGISTER_MODE_TEXTS.some((t) => sameContent(old, { value: t }))) continue;
        // The switch to the register: a typed count carried into a register line ("nhập tay").
        if (carried(p?.key, old)) continue;
        // The form's own formula, moved with its row (Excel adjusts the references): restored, not the clerk's.
        if (p?.formula !== undefined && typeof old === 'string' && formulaShape(old) === formulaShape(p.formula))
          continue;
        if (sheet.key === 'register') {
          // The STT formula on a line emptied since: the form's own, dropped with its line.
          if (isRegisterNumberFormula(old)) continue;
          // A typed STT the formula gives back (a register numbered by hand): nothing is lost.
          if (p?.key?.endsWith(':number') && p.formula !== undefined && old === p.cached) continue;
        }
        // A register count formula of a workbook made before the proposals were left out: ours, rewritten.
        if (
          p?.formula !== undefined &&
          typeof old === 'string' &&
          formulaShape(old) === formulaShape(withoutProposalTerms(p.formula))
        )
          continue;
        const ambiguous = sheet.key === 'tally' ? ambiguousRows.get(r) : undefined;
        // An unplaced row's number and label are the form's own text, restored by the layout.
        if (ambiguous && c <= TALLY_COLUMNS.label) continue;
        const reason: DisplacedReason = ambiguous
          ? 'ambiguous-row'
          : !p
            ? 'outside-table'
            : p.role === 'computed'
              ? 'over-formula'
              : p.role === 'input' || p.role === 'unavailable'
                ? 'outside-table'
                : 'over-label';
        displaced.push({
          sheet: sheet.name,
          address,
          content: toCellValue(old),
          reason,
          ...(ambiguous ? { note: TEXT.repairLog.ambiguousNote(r, ambiguous.label, ambiguous.candidates) } : {}),
        });
      }
    }
  }
  // Print areas: the plan sets the form's; one found otherwise (deleted, changed, "ANaN") is named as mended.
  const mended: MendedSetting[] = [];
  for (const sheet of plan.sheets) {
    const found = grids.sheets[sheet.name]?.printArea;
    const accepted = SHEETS.find((s) => s.key === sheet.key)?.printAreas?.();
    if (!accepted?.length || !sheet.print.printArea || found === undefined || printAreaIntact(accepted, found))
      continue;
    mended.push({
      sheet: sheet.name,
      setting: 'print-area',
      found: found === null ? null : (plainPrintArea(found) ?? found),
      restored: sheet.print.printArea,
    });
  }
  const backupSheets = [...new Set(displaced.map((d) => d.sheet))];
  const taken = [...(opts.sheetNames ?? Object.keys(allGrids.sheets))];
  const backups = new Map<string, string>();
  for (const sheet of backupSheets) {
    const name = backupSheetName(sheet, taken);
    taken.push(name);
    backups.set(sheet, name);
  }
  const logEntries: RepairLogEntry[] = displaced.map((d) => ({
    sheet: d.sheet,
    address: d.address,
    content: displayContent(d.content),
    movedTo: `${backups.get(d.sheet)!}!${d.address}`,
    reason: d.reason,
    ...(d.note ? { note: d.note } : {}),
  }));
  const log = [...readRepairLog(allGrids.sheets[REPAIR_LOG_SHEET_NAME]), ...logEntries];
  const full: WorkbookPlan = log.length ? { ...plan, sheets: [...plan.sheets, buildRepairLogSheet(log)] } : plan;
  return {
    plan: { plan: full, displaced, backupSheets, backups, renamed: location.renamed, logEntries, mended },
    changed,
  };
}

/**
 * Switch a hand-typed workbook to the register: every typed count that lines can give back
 * exactly becomes "nhập tay" lines (Số lượng = the count), placed after the lines already
 * in the register, and its cell the register's formula; a count they cannot (`kept`: a
 * text such as "1.000", SL above its count, …) stays typed in its cell, and validate names
 * it. `before` / `after`: TỔNG CỘNG as the sheet computes it, so the caller says whether the
 * totals stayed (`unchanged`) from the numbers, never by assumption. Everything else is a
 * repair (what cannot be placed is kept aside the same way). `already` = the workbook was
 * in register mode (nothing to convert; the plan is a plain repair).
 */
export function planSwitchToRegister(
  catalogue: Catalogue,
  grids: WorkbookGrids,
  opts: { sheetNames?: readonly string[] } = {},
): RepairPlan & SwitchOutcome {
  const { plan, changed } = repairWith(catalogue, grids, opts, (read, adopted) =>
    switchedInputs(catalogue, read, adopted),
  );
  const { before, after } = changed;
  // The totals stayed only if the numbers say so and nothing typed in the tally was moved aside.
  const unchanged =
    !!before && !!after && sameCounts(before, after) && !plan.displaced.some((d) => d.sheet === TALLY_SHEET_NAME);
  return {
    ...plan,
    already: changed.already,
    added: changed.added,
    existing: changed.existing,
    kept: changed.kept,
    ...(before && after ? { before, after } : {}),
    unchanged,
  };
}

/** What the switch to the register did, beside the repair plan. */
export interface SwitchOutcome {
  readonly already: boolean;
  /** "nhập tay" lines made from typed counts. */
  readonly added: number;
  /** Lines the register held before (now counted too). */
  readonly existing: number;
  /** Typed counts left in their cells (each a finding until the clerk enters its lines). */
  readonly kept: readonly SwitchKeptCount[];
  /** TỔNG CỘNG before and after the switch, as the sheet computes it (absent when `already`). */
  readonly before?: Counts;
  readonly after?: Counts;
  /** The totals are the same after the switch and nothing of the tally was moved aside. */
  readonly unchanged: boolean;
}

/**
 * The inputs in register mode: each typed count that lines give back exactly becomes
 * "nhập tay" lines after those already there; the others stay typed (`switchCounts`).
 */
function switchedInputs(
  catalogue: Catalogue,
  inputs: WorkbookInputs,
  adopted: WorkbookGrids,
): Omit<SwitchOutcome, 'unchanged'> & { readonly inputs: WorkbookInputs } {
  const existing = inputs.register?.length ?? 0;
  if (inputs.tallySource === 'register') return { inputs, already: true, added: 0, existing, kept: [] };
  const placed = placeLines(inputs.register ?? []).map((x) => ({ ...x.line, row: x.row }));
  const after = placed.reduce((m, x) => Math.max(m, x.row), REGISTER_FIRST_ROW - 1);
  const g = adopted.sheets[TALLY_SHEET_NAME];
  const rows = g ? alignTallyRows(catalogue, g) : new Map<string, number>();
  const counts = switchCounts(catalogue, g, rows, placed, after + 1, REGISTER_LAST_ROW);
  return {
    inputs: {
      ...inputs,
      register: [...placed, ...counts.lines],
      tally: counts.typedTally,
      typedCounts: counts.typed,
      tallySource: 'register',
    },
    already: false,
    added: counts.lines.length,
    existing,
    kept: counts.kept,
    before: counts.before,
    after: counts.after,
  };
}

/** "Biểu tổng hợp (bản cũ)", shortened to Excel's 31-character limit, numbered if taken. */
export function backupSheetName(name: string, existing: readonly string[]): string {
  for (let i = 1; i < 100; i++) {
    const suffix = i === 1 ? BACKUP_SUFFIX : ` (bản cũ ${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!existing.includes(candidate)) return candidate;
  }
  throw new Error('Too many backup sheets');
}
