/**
 * Repair: the standard layout written over an existing workbook, every input cell keeping
 * what was typed in it; what cannot stay is kept aside and logged. The switch to the
 * register is a repair with other inputs.
 */
import { a1 } from '../a1';
import type { Catalogue } from '../catalogue';
import { formatNumber, labelKey, normalizeText } from '../format/vietnamese';
import { DOCUMENTS_FIRST_ROW, DOCUMENTS_SHEET_NAME } from '../layout/documents';
import { INFO_FIELDS, INFO_FIRST_ROW, INFO_LABEL_COL, INFO_SHEET_NAME, INFO_VALUE_COL } from '../layout/info';
import { emptyNarrative, NARRATIVE_COLS, NARRATIVE_SHEET_NAME, narrativePositions } from '../layout/narrative';
import {
  REGISTER_FIRST_ROW as REGISTER_FIRST_ROW_FOR_SWITCH,
  REGISTER_MODE_TEXTS,
  REGISTER_SHEET_NAME,
  placeLines,
} from '../layout/register';
import {
  buildRepairLogSheet,
  readRepairLog,
  REPAIR_LOG_SHEET_NAME,
  type DisplacedReason,
  type RepairLogEntry,
} from '../layout/repairLog';
import { RATE_COLUMNS, tallyRowOf, TALLY_COLUMNS, TALLY_SHEET_NAME } from '../layout/tally';
import type { CellValue, WorkbookPlan } from '../layout/types';
import { registerFromTally } from '../register';
import type { SheetGrid, WorkbookGrids } from '../sheetGrid';
import { classifyCount, formulaAt, formulaKey, isEmpty, toCellValue, valueAt } from '../sheetGrid';
import type { CountColumn } from '../tally';
import { COUNT_COLUMNS, isInputRow, rateAllowed } from '../tally';
import { TEXT } from '../text/vi';
import { alignTally, type TallyAlignment } from './align';
import { buildWorkbookPlan, type WorkbookInputs } from './plan';
import { readWorkbookInputs } from './read';
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

/** What an input cell of the old sheet holds, to be written back as is. */
interface KeptCell {
  readonly value: CellValue;
  readonly formula?: string;
  readonly from: string;
}

function keepCell(g: SheetGrid, row: number, col: number): KeptCell | undefined {
  const old = formulaAt(g, row, col);
  if (isEmpty(old)) return undefined;
  const formula = typeof old === 'string' && old.startsWith('=') ? old : undefined;
  return { value: toCellValue(valueAt(g, row, col)), formula, from: a1(row, col) };
}

/**
 * Every input cell's content in the old workbook, by the plan cell's key: the tally by
 * its aligned row (a moved row keeps its counts, a count in a grey cell stays in it),
 * Thông tin chung by label, Phụ lục I and the models list by line, the narrative by heading.
 */
function keptCells(catalogue: Catalogue, grids: WorkbookGrids, alignment: TallyAlignment): Map<string, KeptCell> {
  const kept = new Map<string, KeptCell>();
  const put = (key: string, c: KeptCell | undefined) => c && kept.set(key, c);
  const tally = grids.sheets[TALLY_SHEET_NAME];
  if (tally) {
    for (const row of catalogue.rows) {
      const r = alignment.rows.get(row.id);
      if (r === undefined || !isInputRow(row)) continue;
      for (const col of COUNT_COLUMNS) put(`tally:${row.id}:${col}`, keepCell(tally, r, TALLY_COLUMNS[col]));
      for (const rate of RATE_COLUMNS) {
        if (!rateAllowed(row, rate)) put(`tally:${row.id}:${rate}`, keepCell(tally, r, TALLY_COLUMNS[rate]));
      }
    }
  }
  const info = grids.sheets[INFO_SHEET_NAME];
  if (info) {
    const byLabel = new Map<string, number>();
    for (let r = 1; r <= info.values.length; r++) {
      const v = valueAt(info, r, INFO_LABEL_COL);
      if (typeof v === 'string' && !byLabel.has(labelKey(v))) byLabel.set(labelKey(v), r);
    }
    INFO_FIELDS.forEach((f, i) => {
      const row = byLabel.get(labelKey(f.label)) ?? INFO_FIRST_ROW + i;
      put(`info:${f.key}`, keepCell(info, row, INFO_VALUE_COL));
    });
  }
  const docs = grids.sheets[DOCUMENTS_SHEET_NAME];
  if (docs) {
    for (let r = DOCUMENTS_FIRST_ROW; r <= docs.values.length; r++) {
      const i = r - DOCUMENTS_FIRST_ROW + 1;
      (['reference', 'summary', 'note'] as const).forEach((field, k) =>
        put(`documents:${i}:${field}`, keepCell(docs, r, 2 + k)),
      );
    }
  }
  const narrative = grids.sheets[NARRATIVE_SHEET_NAME];
  if (narrative) {
    const at = narrativePositions(narrative.values);
    for (const [key, row] of at.sections) put(`narrative:${key}`, keepCell(narrative, row, NARRATIVE_COLS.text));
    for (let r = at.modelsFirstRow; r <= narrative.values.length; r++) {
      const i = r - at.modelsFirstRow + 1;
      (['name', 'address', 'model'] as const).forEach((field, k) =>
        put(`narrative:models:${i}:${field}`, keepCell(narrative, r, 2 + k)),
      );
    }
  }
  return kept;
}

/** Lines needed so that every kept line of a list has its row (`documents:12:…` → 12). */
function linesKept(kept: ReadonlyMap<string, KeptCell>, prefix: string): number {
  let n = 0;
  for (const key of kept.keys()) {
    if (!key.startsWith(prefix)) continue;
    const i = Number(key.slice(prefix.length).split(':')[0]);
    if (Number.isInteger(i)) n = Math.max(n, i);
  }
  return n;
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

/** The register's lines stay where they were: each planned line cell names the cell it was read from. */
function withRegisterSources(plan: WorkbookPlan, grids: WorkbookGrids): WorkbookPlan {
  const g = grids.sheets[REGISTER_SHEET_NAME];
  if (!g) return plan;
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) =>
      sheet.key !== 'register'
        ? sheet
        : {
            ...sheet,
            cells: sheet.cells.map((c) =>
              c.role === 'input' && !isEmpty(formulaAt(g, c.row, c.col))
                ? { ...c, source: { sheet: REGISTER_SHEET_NAME, address: c.address } }
                : c,
            ),
          },
    ),
  };
}

/** A formula with its row numbers left out: the same formula moved to another row has the same shape. */
function formulaShape(f: string): string {
  return formulaKey(f).replace(/\d+/g, '#');
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
  opts: {
    sheetNames?: readonly string[];
    /** What to write instead of the inputs read (the switch to the register changes them). */
    transform?: (inputs: WorkbookInputs) => WorkbookInputs;
  } = {},
): RepairPlan {
  const location = locateSheets(catalogue, allGrids);
  if (location.ambiguous.length > 0) throw new AmbiguousSheetsError(location.ambiguous);
  const grids = adoptSheets(allGrids, location.renamed);
  const read = readWorkbookInputs(catalogue, grids).inputs;
  const inputs = opts.transform ? opts.transform(read) : read;
  const switched = read.tallySource !== 'register' && inputs.tallySource === 'register';
  const carried = (key: string | undefined, old: unknown): boolean => {
    if (!switched || !key?.startsWith('tally:')) return false;
    const [, rowId, col] = key.split(':') as [string, string, CountColumn];
    const c = classifyCount(old);
    return (c.kind === 'count' || c.kind === 'numericText') && read.tally[rowId]?.[col] === c.value;
  };
  const tallyGrid = grids.sheets[TALLY_SHEET_NAME];
  const alignment: TallyAlignment = tallyGrid ? alignTally(catalogue, tallyGrid) : { rows: new Map(), ambiguous: [] };
  const kept = keptCells(catalogue, grids, alignment);
  // Lists keep every line where it was: pad with empty entries up to the last kept line.
  const pad = <T>(list: readonly T[], n: number, empty: T): T[] => [
    ...list,
    ...Array.from({ length: Math.max(0, n - list.length) }, () => empty),
  ];
  const narrative = inputs.narrative ?? emptyNarrative();
  const base = buildWorkbookPlan(catalogue, {
    ...inputs,
    documents: pad(inputs.documents, linesKept(kept, 'documents:'), { reference: '', summary: '', note: '' }),
    narrative: {
      ...narrative,
      models: pad(narrative.models, linesKept(kept, 'narrative:models:'), { name: '', address: '', model: '' }),
    },
  });
  const plan = withRegisterSources(withKept(base, kept), grids);

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
    const source = g.formulas ?? g.values;
    for (let r = 1; r <= source.length; r++) {
      const line = source[r - 1];
      if (!Array.isArray(line)) continue;
      for (let c = 1; c <= line.length; c++) {
        const old = formulaAt(g, r, c);
        if (isEmpty(old)) continue;
        const address = a1(r, c);
        if (used.has(address)) continue;
        const p = planned.get(a1(planRow(r), c));
        if (p && p.source === undefined && sameContent(old, p)) continue;
        // The register's mode line is ours in either mode (the switch rewrites it).
        if (p?.key === 'register:mode' && REGISTER_MODE_TEXTS.some((t) => sameContent(old, { value: t }))) continue;
        // The switch to the register: a typed count carried into a register line ("nhập tay").
        if (carried(p?.key, old)) continue;
        // The form's own formula, moved with its row (Excel adjusts the references): restored, not the clerk's.
        if (p?.formula !== undefined && typeof old === 'string' && formulaShape(old) === formulaShape(p.formula))
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
  return { plan: full, displaced, backupSheets, backups, renamed: location.renamed, logEntries };
}

/**
 * Switch a hand-typed workbook to the register: every clean count typed in the tally
 * becomes one register line ("Số lượng" = the count, Ghi chú "nhập tay"), placed after
 * the lines already in the register, and the tally's count cells become the register's
 * formulas — every total and rate stays what it was. Everything else is a repair (what
 * cannot be placed is kept aside the same way). `already` = the workbook was in register
 * mode (nothing to convert; the plan is a plain repair).
 */
export function planSwitchToRegister(
  catalogue: Catalogue,
  grids: WorkbookGrids,
  opts: { sheetNames?: readonly string[] } = {},
): RepairPlan & { readonly already: boolean; readonly added: number; readonly existing: number } {
  let already = false;
  let added = 0;
  let existing = 0;
  const transform = (inputs: WorkbookInputs): WorkbookInputs => {
    existing = inputs.register?.length ?? 0;
    if (inputs.tallySource === 'register') {
      already = true;
      return inputs;
    }
    const placed = placeLines(inputs.register ?? []);
    const after = placed.reduce((m, x) => Math.max(m, x.row), REGISTER_FIRST_ROW_FOR_SWITCH - 1);
    const lines = registerFromTally(catalogue, inputs.tally).map((l, i) => ({ ...l, row: after + 1 + i }));
    added = lines.length;
    return {
      ...inputs,
      register: [...placed.map((x) => ({ ...x.line, row: x.row })), ...lines],
      tallySource: 'register',
    };
  };
  const plan = planRepair(catalogue, grids, { ...opts, transform });
  return { ...plan, already, added, existing };
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
