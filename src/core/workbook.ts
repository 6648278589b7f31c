/**
 * The standard workbook: what the clerk types (inputs), the plan that lays it out,
 * and reading the inputs back from a workbook's grids — the basis of create, repair,
 * fill (the example) and aggregate, for every host.
 */
import { a1 } from './a1';
import type { Catalogue, CatalogueRow } from './catalogue';
import { CATALOGUES, catalogueKey, DEFAULT_CATALOGUE, findCatalogue, isBuiltInCatalogue } from './catalogue';
import { buildCatalogueSheet, CATALOGUE_SHEET_NAME, readCarriedCatalogue } from './layout/catalogueSheet';
import { formatNumber, labelKey, normalizeText, toExcelSerial } from './format/vietnamese';
import type { SheetGrid, WorkbookGrids } from './grid';
import { classifyCount, formulaAt, formulaKey, isEmpty, toCellValue, valueAt } from './grid';
import {
  buildRepairLogSheet,
  readRepairLog,
  REPAIR_LOG_SHEET_NAME,
  type DisplacedReason,
  type RepairLogEntry,
} from './layout/repairLog';
import { adoptSheets, BACKUP_SUFFIX, locateSheets, withRenamedRegister, type SheetLocation } from './sheets';
import { registerPlanCell, withRegisterSources } from './registerRepair';
import { formFromContent } from './formDetection';
import { TEXT } from './text/vi';
import {
  buildDocumentsSheet,
  DOCUMENTS_FIRST_ROW,
  DOCUMENTS_SHEET_NAME,
  readDocuments,
  type DirectiveDocument,
} from './layout/documents';
import {
  buildInfoSheet,
  FORM_MARKER_NAME,
  INFO_FIELDS,
  INFO_FIRST_ROW,
  INFO_LABEL_COL,
  INFO_MARKER_ROW,
  INFO_SHEET_NAME,
  INFO_VALUE_COL,
  infoNames,
  type InfoKey,
  type InfoValues,
} from './layout/info';
import {
  buildNarrativeSheet,
  emptyNarrative,
  NARRATIVE_COLS,
  NARRATIVE_SHEET_NAME,
  narrativeFromJson,
  narrativePositions,
  readNarrative,
  type NarrativeInputs,
  type NarrativeJson,
} from './layout/narrative';
import {
  REGISTER_FIRST_ROW as REGISTER_FIRST_ROW_FOR_SWITCH,
  buildRegisterSheet,
  readRegisterLines,
  standardRows,
  REGISTER_LAST_ROW,
  REGISTER_MODE_TEXTS,
  REGISTER_NAMES,
  REGISTER_SHEET_NAME,
  registerNames,
  placeLines,
} from './layout/register';
import { locateRegisterLayout } from './layout/registerHeaders';
import { STYLES } from './layout/styles';
import {
  REGISTER_COLUMN_ORDER,
  registerFromTally,
  tallyFromRegister,
  type RegisterColumn,
  type RegisterLine,
  type TallySource,
} from './register';
import {
  buildTallySheet,
  RATE_COLUMNS,
  tallyRowOf,
  TALLY_COLUMNS,
  TALLY_FIRST_ROW,
  TALLY_SHEET_NAME,
  tallyLastRow,
} from './layout/tally';
import type { CellValue, SheetKey, SheetPlan, WorkbookPlan } from './layout/types';
import type { Counts, CountColumn, Tally } from './tally';
import { COUNT_COLUMNS, columnAllowed, isInputRow, rateAllowed } from './tally';

/** Everything the clerk types, sheet by sheet. */
export interface WorkbookInputs {
  readonly info: InfoValues;
  readonly documents: readonly DirectiveDocument[];
  readonly tally: Tally;
  /** The report's narrative (sheet "Nội dung báo cáo"); absent = empty. */
  readonly narrative?: NarrativeInputs;
  /** The award register's lines (sheet "Danh sách khen thưởng"); absent = none. */
  readonly register?: readonly RegisterLine[];
  /**
   * Where the tally's counts come from. 'register': every count cell is a formula over the
   * register and `tally` is what the register gives (see `tallyFromRegister`); 'typed'
   * (absent): counts typed by hand, as in workbooks made before the register.
   */
  readonly tallySource?: TallySource;
}

/** A new workbook: empty, its tally following the register. */
export function emptyInputs(): WorkbookInputs {
  return { info: {}, documents: [], tally: {}, register: [], tallySource: 'register' };
}

/** The tally the inputs give: the register's sums in register mode, else the typed counts. */
export function effectiveTally(catalogue: Catalogue, inputs: WorkbookInputs): Tally {
  return inputs.tallySource === 'register'
    ? tallyFromRegister(catalogue, inputs.register ?? [], REGISTER_LAST_ROW)
    : inputs.tally;
}

/**
 * Sheets whose presence marks a workbook as ours. The register is not among them: a
 * clerk's own workbook may well have a sheet called "Danh sách khen thưởng".
 */
export const SHEET_NAMES: Readonly<
  Record<Exclude<SheetKey, 'units' | 'register' | 'catalogue' | 'repairLog'>, string>
> = {
  info: INFO_SHEET_NAME,
  documents: DOCUMENTS_SHEET_NAME,
  tally: TALLY_SHEET_NAME,
  narrative: NARRATIVE_SHEET_NAME,
};

/** One sheet of the standard workbook: how to lay it out from the inputs. */
export interface SheetDefinition {
  readonly key: SheetKey;
  readonly name: string;
  build(catalogue: Catalogue, inputs: WorkbookInputs): SheetPlan;
}

/** The sheets, in tab order. A new sheet is a new entry here; every host renders it. */
export const SHEETS: readonly SheetDefinition[] = [
  { key: 'info', name: INFO_SHEET_NAME, build: (c, i) => buildInfoSheet(i.info, catalogueKey(c)) },
  {
    key: 'tally',
    name: TALLY_SHEET_NAME,
    build: (c, i) => buildTallySheet(c, effectiveTally(c, i), i.info, i.tallySource ?? 'typed'),
  },
  {
    key: 'register',
    name: REGISTER_SHEET_NAME,
    build: (c, i) => buildRegisterSheet(c, i.register ?? [], i.info, i.tallySource ?? 'typed'),
  },
  { key: 'documents', name: DOCUMENTS_SHEET_NAME, build: (_c, i) => buildDocumentsSheet(i.documents, i.info) },
  {
    key: 'narrative',
    name: NARRATIVE_SHEET_NAME,
    build: (_c, i) => buildNarrativeSheet(i.narrative ?? emptyNarrative()),
  },
];

/** The whole workbook as a plan: blank for create, with inputs for repair, fill and aggregate. */
export function buildWorkbookPlan(
  catalogue: Catalogue = DEFAULT_CATALOGUE,
  inputs: WorkbookInputs = emptyInputs(),
): WorkbookPlan {
  return {
    formId: catalogue.formId,
    version: catalogue.version,
    sheets: [
      ...SHEETS.map((s) => s.build(catalogue, inputs)),
      // A catalogue from a file travels inside the workbook (very hidden); built-in forms need only their marker.
      ...(isBuiltInCatalogue(catalogue) ? [] : [buildCatalogueSheet(catalogue)]),
    ],
    names: [...infoNames(), ...registerNames()],
    styles: STYLES,
  };
}

export function sheetPlan(plan: WorkbookPlan, key: SheetKey): SheetPlan {
  const s = plan.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`The plan has no ${key} sheet`);
  return s;
}

// ── Which form is this workbook? ──────────────────────────────────────────────

export interface DetectedCatalogue {
  readonly catalogue?: Catalogue;
  /** The marker as found ("tong-hop-khen-thuong/2024"). */
  readonly key?: string;
  /** The catalogue came from the workbook's own hidden sheet (a province's form). */
  readonly carried?: boolean;
  /** Why a carried catalogue could not be used (the marker names no built-in form), or why the form is not known. */
  readonly problems?: readonly string[];
  /** No marker: the form was found from the tally's labels or the report period. */
  readonly basis?: 'labels' | 'period';
  /**
   * The marker names a form whose catalogue is missing or damaged: the built-in form the
   * content shows, to read and check the workbook with — never to rebuild it with.
   */
  readonly fallback?: Catalogue;
}

/**
 * The catalogue a workbook was made with: the built-in form its marker names, else the
 * catalogue it carries on its hidden sheet (checked like a file; its key must match the
 * marker). For a built-in key the built-in form wins: files may not take built-in keys,
 * so the two cannot disagree, and a fix to a built-in form reaches old workbooks.
 * `catalogue` is undefined if the workbook is not ours or its form cannot be known.
 */
export function detectCatalogue(grids: WorkbookGrids): DetectedCatalogue {
  const info = grids.sheets[INFO_SHEET_NAME];
  const marker = valueAt(info, INFO_MARKER_ROW, INFO_VALUE_COL);
  if (typeof marker === 'string' && marker.trim()) {
    const key = marker.trim();
    const builtIn = findCatalogue(key);
    if (builtIn) return { catalogue: builtIn, key };
    const carried = readCarriedCatalogue(grids.sheets[CATALOGUE_SHEET_NAME], Object.keys(CATALOGUES));
    if (carried?.catalogue && catalogueKey(carried.catalogue) === key)
      return { catalogue: carried.catalogue, key, carried: true };
    const fallback = formFromContent(grids).catalogue;
    if (!carried) return { key, ...(fallback ? { fallback } : {}) };
    return {
      key,
      problems: carried.problems.length ? carried.problems : [`"${CATALOGUE_SHEET_NAME}": ${carried.key} ≠ ${key}`],
      ...(fallback ? { fallback } : {}),
    };
  }
  // No marker (cleared, or "Thông tin chung" gone): the form the sheets' own labels show, else
  // the period's; never a default, which would rebuild a 2025 workbook as the 2024 form.
  const content = formFromContent(grids);
  if (content.catalogue)
    return { catalogue: content.catalogue, key: catalogueKey(content.catalogue), basis: content.basis };
  return content.problem ? { problems: [content.problem] } : {};
}

export function isOurWorkbook(sheetNames: readonly string[]): boolean {
  return Object.values(SHEET_NAMES).some((n) => sheetNames.includes(n));
}

export { FORM_MARKER_NAME };

// ── Reading inputs back (tolerant: rows may have moved) ───────────────────────

export interface ReadResult {
  readonly inputs: WorkbookInputs;
  /** Per sheet name, the addresses whose content was carried into `inputs`. */
  readonly consumed: ReadonlyMap<string, ReadonlySet<string>>;
}

function readInfo(g: SheetGrid | undefined, used: Set<string>): InfoValues {
  const out: Partial<Record<InfoKey, CellValue>> = {};
  if (!g) return out;
  // By label first (a moved row still counts), then by the standard position.
  const byLabel = new Map<string, number>();
  for (let r = 1; r <= g.values.length; r++) {
    const v = valueAt(g, r, INFO_LABEL_COL);
    if (typeof v === 'string') byLabel.set(labelKey(v), r);
  }
  INFO_FIELDS.forEach((f, i) => {
    const row = byLabel.get(labelKey(f.label)) ?? INFO_FIRST_ROW + i;
    const v = toCellValue(valueAt(g, row, INFO_VALUE_COL));
    if (v !== null) {
      out[f.key] = typeof v === 'string' ? v.normalize('NFC') : v;
      used.add(a1(row, INFO_VALUE_COL));
    }
  });
  return out;
}

/**
 * Match catalogue rows to sheet rows, so that a row the clerk inserted, deleted or
 * relabelled, or a block that moved, is still found. Returns catalogue row id → sheet row.
 *
 * Labels repeat on the form ("Lao động tiên tiến", "Giấy khen", "Khen chuyên đề" stand at
 * several levels), so a greedy forward search would take a later level's row when one
 * label is mistyped and shift everything after it. Instead: the longest common
 * subsequence of catalogue labels and sheet labels (in order), then each gap between two
 * matched rows where the catalogue and the sheet have the same number of rows is paired
 * by position (a relabelled row keeps its counts).
 */
export function alignTallyRows(catalogue: Catalogue, g: SheetGrid): Map<string, number> {
  return alignTally(catalogue, g).rows;
}

/** A sheet row repair cannot place: its label recurs on the form and it stands outside its level's order. */
export interface AmbiguousRow {
  /** The sheet row. */
  readonly row: number;
  readonly label: string;
  /** Catalogue rows it may be (each with the row it has on the standard form). */
  readonly candidates: readonly string[];
}

export interface TallyAlignment {
  /** Catalogue row id → sheet row; ambiguous rows left out. */
  readonly rows: Map<string, number>;
  readonly ambiguous: readonly AmbiguousRow[];
}

function hasCounts(g: SheetGrid, r: number): boolean {
  for (let c = TALLY_COLUMNS.collective; c <= TALLY_COLUMNS.directIndividualRate; c++) {
    if (!isEmpty(formulaAt(g, r, c))) return true;
  }
  return false;
}

/**
 * The alignment, with the rows it must not guess about. A row whose label recurs on the
 * form ("Khen chuyên đề", "Lao động tiên tiến") found where the order does not expect it
 * (a block moved into another level) may belong to either place: it is left unplaced,
 * and so is the row of the same label it competes with, while the other level's row of
 * that label is missing — so a count is never filed under another level's award.
 */
export function alignTally(catalogue: Catalogue, g: SheetGrid): TallyAlignment {
  const first = 1;
  const last = g.values.length;
  const labels: string[] = [];
  for (let r = first; r <= last; r++) {
    const v = valueAt(g, r, TALLY_COLUMNS.label);
    labels.push(typeof v === 'string' ? labelKey(v) : '');
  }
  const { keys } = labelKeysOf(catalogue);
  const n = keys.length;
  const m = labels.length;
  // lcs[i][j]: matches possible between catalogue rows i.. and sheet rows j..
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = keys[i]!.has(labels[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (keys[i]!.has(labels[j]!) && lcs[i]![j] === lcs[i + 1]![j + 1]! + 1) pairs.push([i++, j++]);
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  const out = new Map<string, number>();
  const anchors: [number, number][] = [[-1, -1], ...pairs, [n, m]];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [i, j] = anchors[k]!;
    if (i >= 0) out.set(catalogue.rows[i]!.id, first + j);
    const [ni, nj] = anchors[k + 1]!;
    // The leading gap holds the titles and headers: never paired by position.
    if (i >= 0 && ni - i === nj - j) {
      for (let d = 1; d < ni - i; d++) out.set(catalogue.rows[i + d]!.id, first + j + d);
    }
  }
  return { rows: out, ambiguous: findAmbiguous(catalogue, g, labels, out) };
}

interface CatalogueLabelKeys {
  /** Per catalogue row, the keys of its label and aliases. */
  readonly keys: readonly ReadonlySet<string>[];
  /** Per key, the catalogue rows it may be. */
  readonly byLabel: ReadonlyMap<string, readonly CatalogueRow[]>;
}

/**
 * The catalogue's label keys, worked out once per catalogue: aligning a tally needs them
 * several times for each workbook read (validate, inputs, the register mode), and the
 * pane's aggregate reads 200 workbooks.
 */
const LABEL_KEYS = new WeakMap<Catalogue, CatalogueLabelKeys>();
function labelKeysOf(catalogue: Catalogue): CatalogueLabelKeys {
  let k = LABEL_KEYS.get(catalogue);
  if (!k) {
    const keys = catalogue.rows.map((row) => new Set([row.label, ...(row.aliases ?? [])].map(labelKey)));
    const byLabel = new Map<string, CatalogueRow[]>();
    catalogue.rows.forEach((row, i) => {
      for (const key of keys[i]!) byLabel.set(key, [...(byLabel.get(key) ?? []), row]);
    });
    LABEL_KEYS.set(catalogue, (k = { keys, byLabel }));
  }
  return k;
}

function findAmbiguous(
  catalogue: Catalogue,
  g: SheetGrid,
  labels: readonly string[],
  rows: Map<string, number>,
): AmbiguousRow[] {
  const { byLabel } = labelKeysOf(catalogue);
  const rowOf = new Map<number, CatalogueRow>();
  for (const [id, r] of rows)
    rowOf.set(
      r,
      catalogue.rows.find((x) => x.id === id)!,
    );
  const matched = [...rowOf.keys()].sort((a, b) => a - b);
  if (matched.length === 0) return [];
  const lo = matched[0]!;
  const hi = matched[matched.length - 1]!;
  const standardRow = (c: CatalogueRow) => TALLY_FIRST_ROW + catalogue.rows.indexOf(c);
  const place = (c: CatalogueRow) => {
    const level = catalogue.levels.find((l) => l.id === c.level);
    return `${level ? `cấp ${level.shortName}, ` : ''}dòng ${standardRow(c)}`;
  };
  const out: AmbiguousRow[] = [];
  const unplace = new Set<number>();
  for (let r = lo + 1; r < hi; r++) {
    const key = labels[r - 1]!;
    const same = byLabel.get(key);
    if (rowOf.has(r) || !same || same.length < 2 || !hasCounts(g, r)) continue;
    // The region the row stands in, from the nearest placed row above: its award for a
    // breakdown label ("Trong đó: Khen chuyên đề" recurs under several awards of one level),
    // its level for any other label.
    const above = rowOf.get(matched.filter((x) => x < r).pop()!)!;
    const breakdown = same[0]!.kind === 'breakdown';
    const region = breakdown
      ? above.kind === 'breakdown'
        ? `award:${above.parent}`
        : `award:${above.id}`
      : `level:${above.level}`;
    const scope = (c: CatalogueRow) => (breakdown ? `award:${c.parent}` : `level:${c.level}`);
    const here = same.filter((c) => scope(c) === region && rows.has(c.id));
    const rival = here.map((c) => rows.get(c.id)!).sort((a, b) => Math.abs(a - r) - Math.abs(b - r))[0];
    // The rival's own label may be another spelling (an alias) that another region's row bears:
    // then the rival may be that row, moved here.
    const rivalSame = rival === undefined ? [] : (byLabel.get(labels[rival - 1]!) ?? []);
    const elsewhere = [...new Set([...same, ...rivalSame])].filter((c) => scope(c) !== region && !rows.has(c.id));
    const free = same.filter((c) => scope(c) === region && !rows.has(c.id));
    if (free.length === 1 && elsewhere.length === 0) {
      // A row moved within its own region: the one free row of that label is its place.
      rows.set(free[0]!.id, r);
      rowOf.set(r, free[0]!);
      continue;
    }
    const candidates = [...here.filter((c) => rows.get(c.id) === rival), ...elsewhere].map(place);
    out.push({ row: r, label: String(valueAt(g, r, TALLY_COLUMNS.label)), candidates });
    if (rival !== undefined && elsewhere.length > 0 && !unplace.has(rival)) {
      unplace.add(rival);
      out.push({ row: rival, label: String(valueAt(g, rival, TALLY_COLUMNS.label)), candidates });
    }
  }
  for (const [id, r] of [...rows]) if (unplace.has(r)) rows.delete(id);
  return out.sort((a, b) => a.row - b.row);
}

/** Does this formula read the register (a register-mode count cell)? */
export function isRegisterFormula(f: unknown): boolean {
  return typeof f === 'string' && f.toUpperCase().includes(REGISTER_NAMES.quantity!.toUpperCase());
}

/**
 * Register mode: the workbook has the register sheet and its tally's count cells hold the
 * register formulas (any one of them is enough: a count typed over one of them is then
 * kept aside by repair, not taken for a hand-typed tally).
 */
export function tallySourceOf(catalogue: Catalogue, grids: WorkbookGrids): TallySource {
  const g = grids.sheets[TALLY_SHEET_NAME];
  if (!g || !grids.sheets[REGISTER_SHEET_NAME]) return 'typed';
  const rows = alignTallyRows(catalogue, g);
  for (const row of catalogue.rows) {
    const r = rows.get(row.id);
    if (r === undefined || !isInputRow(row)) continue;
    for (const col of COUNT_COLUMNS) {
      if (columnAllowed(row, col) && isRegisterFormula(formulaAt(g, r, TALLY_COLUMNS[col]))) return 'register';
    }
  }
  return 'typed';
}

function readTally(catalogue: Catalogue, g: SheetGrid | undefined, used: Set<string>): Tally {
  const out: Record<string, Partial<Counts>> = {};
  if (!g) return out;
  const rows = alignTallyRows(catalogue, g);
  for (const row of catalogue.rows) {
    const r = rows.get(row.id);
    if (r === undefined || !isInputRow(row)) continue;
    for (const col of COUNT_COLUMNS) {
      if (!columnAllowed(row, col)) continue;
      const c = classifyCount(valueAt(g, r, TALLY_COLUMNS[col]));
      // Only clean numbers become inputs; anything else stays "displaced" so the
      // host keeps a copy of the old sheet instead of dropping what was typed.
      if (c.kind === 'count') {
        (out[row.id] ??= {})[col] = c.value;
        used.add(a1(r, TALLY_COLUMNS[col]));
      } else if (c.kind === 'numericText' && Number.isInteger(c.value) && c.value >= 0) {
        (out[row.id] ??= {})[col] = c.value;
        used.add(a1(r, TALLY_COLUMNS[col]));
      }
    }
  }
  return out;
}

function readDocumentsGrid(g: SheetGrid | undefined, used: Set<string>): DirectiveDocument[] {
  if (!g) return [];
  const values = g.values.map((line) => (Array.isArray(line) ? line.map(toCellValue) : []));
  for (let r = DOCUMENTS_FIRST_ROW; r <= values.length; r++) {
    for (let c = 2; c <= 4; c++) if (!isEmpty(valueAt(g, r, c))) used.add(a1(r, c));
  }
  return readDocuments(values);
}

/** Read everything typed in a workbook (of this catalogue's form). */
export function readWorkbookInputs(catalogue: Catalogue, given: WorkbookGrids): ReadResult {
  // A renamed register still feeds the tally: its lines are read where they are.
  const grids = withRenamedRegister(catalogue, given);
  const used = {
    info: new Set<string>(),
    tally: new Set<string>(),
    documents: new Set<string>(),
    register: new Set<string>(),
  };
  const narrative = readNarrative(grids.sheets[NARRATIVE_SHEET_NAME]?.values);
  const tallySource = tallySourceOf(catalogue, grids);
  const registerValues = grids.sheets[REGISTER_SHEET_NAME]?.values;
  const registerLayout = locateRegisterLayout(registerValues);
  // By the headers; each line on its row of the layout as made (what the named ranges cover).
  const register = standardRows(readRegisterLines(registerValues, used.register, registerLayout), registerLayout);
  const inputs: WorkbookInputs = {
    info: readInfo(grids.sheets[INFO_SHEET_NAME], used.info),
    // Register mode: the counts are the register's (the cells' formulas are the layout's,
    // not inputs; anything typed over them is not consumed, so repair keeps it aside).
    tally:
      tallySource === 'register'
        ? tallyFromRegister(catalogue, register, REGISTER_LAST_ROW)
        : readTally(catalogue, grids.sheets[TALLY_SHEET_NAME], used.tally),
    documents: readDocumentsGrid(grids.sheets[DOCUMENTS_SHEET_NAME], used.documents),
    narrative: narrative.inputs,
    register,
    tallySource,
  };
  return {
    inputs,
    consumed: new Map([
      [INFO_SHEET_NAME, used.info],
      [TALLY_SHEET_NAME, used.tally],
      [DOCUMENTS_SHEET_NAME, used.documents],
      [NARRATIVE_SHEET_NAME, narrative.consumed],
      [REGISTER_SHEET_NAME, used.register],
    ]),
  };
}

// ── Repair ────────────────────────────────────────────────────────────────────

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
        const old = formulaAt(g, r, c);
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

export { BACKUP_SUFFIX };

/** "Biểu tổng hợp (bản cũ)", shortened to Excel's 31-character limit, numbered if taken. */
export function backupSheetName(name: string, existing: readonly string[]): string {
  for (let i = 1; i < 100; i++) {
    const suffix = i === 1 ? BACKUP_SUFFIX : ` (bản cũ ${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!existing.includes(candidate)) return candidate;
  }
  throw new Error('Too many backup sheets');
}

/** Last row of the tally table for this catalogue (for hosts that read a fixed extent). */
export function tallyTableEnd(catalogue: Catalogue): number {
  return tallyLastRow(catalogue);
}

export type { CatalogueRow, CountColumn };

// ── Inputs as JSON (the example's data file, `tdkt create --data`) ─────────────

/** The JSON form of a workbook's inputs: dates as ISO strings, the tally by catalogue row id. */
export interface WorkbookInputsJson {
  readonly form?: string;
  readonly info?: Readonly<Record<string, string | number | null>>;
  readonly documents?: readonly Partial<DirectiveDocument>[];
  readonly tally?: Readonly<Record<string, Readonly<Partial<Record<CountColumn, number>>>>>;
  readonly narrative?: NarrativeJson;
  /** Register lines (dates as ISO strings). Given → register mode; else a `tally` → hand-typed. */
  readonly register?: readonly Readonly<Partial<Record<RegisterColumn, string | number | null>>>[];
}

/** JSON → inputs, with the report date as an Excel serial like a typed date. Throws on unknown keys. */
export function inputsFromJson(catalogue: Catalogue, json: WorkbookInputsJson): WorkbookInputs {
  const info: Partial<Record<InfoKey, CellValue>> = {};
  for (const [k, v] of Object.entries(json.info ?? {})) {
    const field = INFO_FIELDS.find((f) => f.key === k);
    if (!field) throw new Error(`Unknown info field "${k}"`);
    if (v === null || v === '') continue;
    if (field.kind === 'date' && typeof v === 'string') {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m) throw new Error(`Info field "${k}" must be an ISO date (YYYY-MM-DD), got "${v}"`);
      info[field.key] = toExcelSerial({ year: +m[1]!, month: +m[2]!, day: +m[3]! });
    } else {
      info[field.key] = typeof v === 'string' ? v.normalize('NFC') : v;
    }
  }
  const tally: Record<string, Partial<Counts>> = {};
  for (const [id, counts] of Object.entries(json.tally ?? {})) {
    const row = catalogue.rows.find((r) => r.id === id);
    if (!row) throw new Error(`Unknown tally row "${id}" in ${catalogueKey(catalogue)}`);
    for (const [col, v] of Object.entries(counts)) {
      if (!COUNT_COLUMNS.includes(col as CountColumn)) throw new Error(`Unknown tally column "${col}" on row "${id}"`);
      (tally[id] ??= {})[col as CountColumn] = v;
    }
  }
  const documents = (json.documents ?? []).map((d) => ({
    reference: (d.reference ?? '').normalize('NFC'),
    summary: (d.summary ?? '').normalize('NFC'),
    note: (d.note ?? '').normalize('NFC'),
  }));
  const register: RegisterLine[] | undefined = json.register?.map((l, i) => {
    const line: Partial<Record<RegisterColumn, CellValue>> = {};
    for (const [k, v] of Object.entries(l)) {
      if (!REGISTER_COLUMN_ORDER.includes(k as RegisterColumn))
        throw new Error(`Unknown register column "${k}" on line ${i + 1}`);
      if (v === null || v === '') continue;
      if (k === 'date' && typeof v === 'string') {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
        if (!m) throw new Error(`Register line ${i + 1}: date must be an ISO date (YYYY-MM-DD), got "${v}"`);
        line.date = toExcelSerial({ year: +m[1]!, month: +m[2]!, day: +m[3]! });
      } else {
        line[k as RegisterColumn] = typeof v === 'string' ? v.normalize('NFC') : v;
      }
    }
    return line;
  });
  if (register && json.tally && Object.keys(json.tally).length) {
    throw new Error('Give either "register" lines or a typed "tally", not both (the register gives the tally)');
  }
  const tallySource: TallySource = register || !json.tally ? 'register' : 'typed';
  return {
    info,
    documents,
    // Register mode: the tally is what the register gives (as read back from a workbook).
    tally: tallySource === 'register' ? tallyFromRegister(catalogue, register ?? [], REGISTER_LAST_ROW) : tally,
    narrative: narrativeFromJson(json.narrative),
    register: register ?? [],
    tallySource,
  };
}
