/** "Thông tin chung": the unit, the period, the signatory — one value per labelled row. */
import { a1 } from '../../a1';
import { catalogueKey } from '../../catalogue';
import { labelKey } from '../../format/vietnamese';
import {
  BASES_COLUMNS,
  BASES_ROWS,
  buildInfoSheet,
  INFO_FIELDS,
  INFO_FIRST_ROW,
  INFO_LABEL_COL,
  INFO_SHEET_NAME,
  INFO_VALUE_COL,
  infoNames,
  type InfoKey,
  type InfoValues,
  type ProvinceBasisColumn,
  type ProvinceBasisRow,
} from '../../layout/info';
import { TEXT } from '../../text/vi';
import type { CellValue } from '../../layout/types';
import type { SheetGrid } from '../../sheetGrid';
import { toCellValue, valueAt } from '../../sheetGrid';
import { columnKeys, keepCell, share, type SheetDefinition } from '../sheetDefinition';

/**
 * Where each field's value stands: beside its label (a moved row still counts), else on its
 * standard row. A label found twice counts where it is first; the copy below is the
 * clerk's, and repair keeps it aside and logs it. Reading, repair and validate all locate
 * a field here, so they agree on its cell.
 */
export function infoRows(g: SheetGrid): ReadonlyMap<InfoKey, number> {
  const byLabel = new Map<string, number>();
  for (let r = 1; r <= g.values.length; r++) {
    const v = valueAt(g, r, INFO_LABEL_COL);
    if (typeof v === 'string' && !byLabel.has(labelKey(v))) byLabel.set(labelKey(v), r);
  }
  return new Map(INFO_FIELDS.map((f, i) => [f.key, byLabel.get(labelKey(f.label)) ?? INFO_FIRST_ROW + i]));
}

export function readInfo(g: SheetGrid | undefined, used: Set<string>): InfoValues {
  const out: Partial<Record<InfoKey, CellValue>> = {};
  if (!g) return out;
  for (const [key, row] of infoRows(g)) {
    const v = toCellValue(valueAt(g, row, INFO_VALUE_COL));
    if (v !== null) {
      out[key] = typeof v === 'string' ? v.normalize('NFC') : v;
      used.add(a1(row, INFO_VALUE_COL));
    }
  }
  return out;
}

/**
 * First line of the province's căn cứ table: three rows under its title wherever it stands (a
 * row the clerk inserted above moves it), else where made. A sheet made before the table has
 * none: nothing there is read as a căn cứ line.
 */
export function basesFirstRow(g: SheetGrid): number | undefined {
  const title = labelKey(TEXT.info.basesTitle);
  for (let r = 1; r <= g.values.length; r++) {
    const v = valueAt(g, r, 1);
    if (typeof v === 'string' && labelKey(v) === title) return r + 3;
  }
  return undefined;
}

const BASES_ENTRIES = Object.entries(BASES_COLUMNS) as [ProvinceBasisColumn, number][];

/** The province's căn cứ lines typed (blank lines skipped), with the sheet row of each. */
export function readProvinceBases(
  g: SheetGrid | undefined,
  used: Set<string>,
): (ProvinceBasisRow & { readonly row: number })[] {
  const out: (ProvinceBasisRow & { row: number })[] = [];
  const first = g ? basesFirstRow(g) : undefined;
  if (!g || first === undefined) return out;
  // The lines as made, then on while lines follow without a gap (a table the clerk made longer):
  // what stands further down, after a blank row, is the clerk's own, not a căn cứ line.
  for (let r = first; r <= g.values.length; r++) {
    const line: Record<string, CellValue> = {};
    for (const [c, col] of BASES_ENTRIES) {
      const v = toCellValue(valueAt(g, r, col));
      if (v === null) continue;
      line[c] = typeof v === 'string' ? v.normalize('NFC') : v;
    }
    if (!Object.keys(line).length) {
      if (r > first + BASES_ROWS - 1) break;
      continue;
    }
    for (const [c, col] of BASES_ENTRIES) if (line[c] !== undefined) used.add(a1(r, col));
    out.push({ ...line, row: r });
  }
  return out;
}

export const INFO_SHEET: SheetDefinition = {
  key: 'info',
  name: INFO_SHEET_NAME,
  marksOurs: true,
  whenMissing: 'sheet-missing',
  adoptable: true,
  build: (catalogue, inputs) => buildInfoSheet(inputs.info, catalogueKey(catalogue), inputs.provinceBases ?? []),
  names: infoNames,
  read: (_catalogue, grids, used) => {
    const g = grids.sheets[INFO_SHEET_NAME];
    // Each line where it stands (a blank line between stays: repair writes each back on its own row).
    const found = readProvinceBases(g, used);
    const first = g ? basesFirstRow(g) : undefined;
    const bases: ProvinceBasisRow[] = [];
    for (const { row, ...b } of found) {
      while (bases.length < row - first!) bases.push({});
      bases.push(b);
    }
    return { info: readInfo(g, used), ...(bases.length ? { provinceBases: bases } : {}) };
  },
  resemblance: (_catalogue, g) =>
    share(
      INFO_FIELDS.map((f) => f.label),
      columnKeys(g, INFO_LABEL_COL, 80),
    ),
  // Thông tin chung by label.
  keep(_catalogue, info, put) {
    for (const [key, row] of infoRows(info)) put(`info:${key}`, keepCell(info, row, INFO_VALUE_COL));
    // The căn cứ table line by line, as found (blank lines stay where they are).
    const first = basesFirstRow(info);
    if (first === undefined) return;
    const last = Math.max(first + BASES_ROWS - 1, ...readProvinceBases(info, new Set()).map((b) => b.row));
    for (let i = 0; first + i <= last; i++)
      for (const [c, col] of BASES_ENTRIES) put(`info:basis:${i}:${c}`, keepCell(info, first + i, col));
  },
  // Room for every kept line (a table the clerk made longer keeps its lines).
  makeRoom(inputs, kept) {
    let n = 0;
    for (const key of kept.keys()) {
      const m = /^info:basis:(\d+):/.exec(key);
      if (m) n = Math.max(n, Number(m[1]) + 1);
    }
    const have = inputs.provinceBases ?? [];
    return n > have.length
      ? { ...inputs, provinceBases: [...have, ...Array.from({ length: n - have.length }, () => ({}))] }
      : inputs;
  },
};
