/** Reading the clerk's inputs back from a workbook's grids (tolerant: rows may have moved). */
import { a1 } from '../a1';
import type { Catalogue } from '../catalogue';
import { labelKey } from '../format/vietnamese';
import { DOCUMENTS_FIRST_ROW, DOCUMENTS_SHEET_NAME, readDocuments, type DirectiveDocument } from '../layout/documents';
import {
  INFO_FIELDS,
  INFO_FIRST_ROW,
  INFO_LABEL_COL,
  INFO_SHEET_NAME,
  INFO_VALUE_COL,
  type InfoKey,
  type InfoValues,
} from '../layout/info';
import { NARRATIVE_SHEET_NAME, readNarrative } from '../layout/narrative';
import { readRegisterLines, REGISTER_LAST_ROW, REGISTER_NAMES, REGISTER_SHEET_NAME } from '../layout/register';
import { TALLY_COLUMNS, TALLY_SHEET_NAME } from '../layout/tally';
import type { CellValue } from '../layout/types';
import { tallyFromRegister, type TallySource } from '../register';
import type { SheetGrid, WorkbookGrids } from '../sheetGrid';
import { classifyCount, formulaAt, isEmpty, toCellValue, valueAt } from '../sheetGrid';
import type { Counts, Tally } from '../tally';
import { COUNT_COLUMNS, columnAllowed, isInputRow } from '../tally';
import { alignTallyRows } from './align';
import type { WorkbookInputs } from './plan';

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
export function readWorkbookInputs(catalogue: Catalogue, grids: WorkbookGrids): ReadResult {
  const used = {
    info: new Set<string>(),
    tally: new Set<string>(),
    documents: new Set<string>(),
    register: new Set<string>(),
  };
  const narrative = readNarrative(grids.sheets[NARRATIVE_SHEET_NAME]?.values);
  const tallySource = tallySourceOf(catalogue, grids);
  const register = readRegisterLines(grids.sheets[REGISTER_SHEET_NAME]?.values, used.register);
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
