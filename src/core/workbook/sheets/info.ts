/** "Thông tin chung": the unit, the period, the signatory — one value per labelled row. */
import { a1 } from '../../a1';
import { catalogueKey } from '../../catalogue';
import { labelKey } from '../../format/vietnamese';
import {
  buildInfoSheet,
  INFO_FIELDS,
  INFO_FIRST_ROW,
  INFO_LABEL_COL,
  INFO_SHEET_NAME,
  INFO_VALUE_COL,
  infoNames,
  type InfoKey,
  type InfoValues,
} from '../../layout/info';
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

export const INFO_SHEET: SheetDefinition = {
  key: 'info',
  name: INFO_SHEET_NAME,
  marksOurs: true,
  whenMissing: 'sheet-missing',
  adoptable: true,
  build: (catalogue, inputs) => buildInfoSheet(inputs.info, catalogueKey(catalogue)),
  names: infoNames,
  read: (_catalogue, grids, used) => ({ info: readInfo(grids.sheets[INFO_SHEET_NAME], used) }),
  resemblance: (_catalogue, g) =>
    share(
      INFO_FIELDS.map((f) => f.label),
      columnKeys(g, INFO_LABEL_COL, 80),
    ),
  // Thông tin chung by label.
  keep(_catalogue, info, put) {
    for (const [key, row] of infoRows(info)) put(`info:${key}`, keepCell(info, row, INFO_VALUE_COL));
  },
};
