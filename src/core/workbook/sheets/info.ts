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

export function readInfo(g: SheetGrid | undefined, used: Set<string>): InfoValues {
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
    const byLabel = new Map<string, number>();
    for (let r = 1; r <= info.values.length; r++) {
      const v = valueAt(info, r, INFO_LABEL_COL);
      if (typeof v === 'string' && !byLabel.has(labelKey(v))) byLabel.set(labelKey(v), r);
    }
    INFO_FIELDS.forEach((f, i) => {
      const row = byLabel.get(labelKey(f.label)) ?? INFO_FIRST_ROW + i;
      put(`info:${f.key}`, keepCell(info, row, INFO_VALUE_COL));
    });
  },
};
