/** "Mẫu in giấy khen": where the Giấy khen's fields print on the blank, and the printer's offset. */
import { a1 } from '../../a1';
import {
  CERTIFICATE_FIELDS,
  CERTIFICATE_PROPERTIES,
  DEFAULT_CERTIFICATE_LAYOUT,
  type CertificateFieldId,
} from '../../certificates/layout';
import { labelKey } from '../../format/vietnamese';
import {
  buildCertificateLayoutSheet,
  layoutCells,
  CERTIFICATE_LAYOUT_SHEET_NAME,
  fieldRow,
  LAYOUT_COLS,
  LAYOUT_SETTINGS,
  LAYOUT_SETTINGS_FIRST_ROW,
} from '../../layout/certificateLayout';
import type { CellValue } from '../../layout/types';
import type { SheetGrid } from '../../sheetGrid';
import { toCellValue, valueAt } from '../../sheetGrid';
import { CERTIFICATE_TEXT } from '../../text/certificates';
import { columnKeys, keepCell, share, type SheetDefinition } from '../sheetDefinition';

/**
 * Where each row of the sheet stands: found by its label in column A (a clerk's inserted row
 * moves it), else on its row as made when that row holds no other label.
 */
export function certificateLayoutRows(g: SheetGrid): Map<string, number> {
  const byLabel = new Map<string, number>();
  for (let r = 1; r <= g.values.length; r++) {
    const v = valueAt(g, r, 1);
    if (typeof v === 'string' && !byLabel.has(labelKey(v))) byLabel.set(labelKey(v), r);
  }
  const rows = new Map<string, number>();
  const place = (key: string, label: string, made: number) => {
    const found = byLabel.get(labelKey(label));
    const there = valueAt(g, made, 1);
    if (found !== undefined) rows.set(key, found);
    else if (there === null || there === undefined || there === '') rows.set(key, made);
  };
  LAYOUT_SETTINGS.forEach((s, i) => place(`${s.part}:${s.property}`, s.label, LAYOUT_SETTINGS_FIRST_ROW + i));
  for (const id of CERTIFICATE_FIELDS) place(id, CERTIFICATE_TEXT.fields[id], fieldRow(id));
  return rows;
}

/** Every value's cell: "page:width" → B4, "name:x" → B13 … (where the sheet has it). */
export function certificateLayoutCells(g: SheetGrid): Map<string, { row: number; col: number }> {
  const out = new Map<string, { row: number; col: number }>();
  const rows = certificateLayoutRows(g);
  for (const s of LAYOUT_SETTINGS) {
    const row = rows.get(`${s.part}:${s.property}`);
    if (row !== undefined) out.set(`${s.part}:${s.property}`, { row, col: 2 });
  }
  for (const id of CERTIFICATE_FIELDS) {
    const row = rows.get(id);
    if (row === undefined) continue;
    for (const p of CERTIFICATE_PROPERTIES) out.set(`${id}:${p}`, { row, col: LAYOUT_COLS[p] });
  }
  return out;
}

/** What the clerk's layout sheet holds: each value by "part:property", and the cell it was read from. */
export interface CertificateLayoutInputs {
  readonly values: Readonly<Record<string, CellValue>>;
  readonly addresses: Readonly<Record<string, string>>;
}

const SHIPPED = layoutCells(DEFAULT_CERTIFICATE_LAYOUT);

/**
 * What the clerk changed from the shipped layout, and where each value stands; undefined when
 * nothing was (or the sheet is absent): a sheet as made reads as no sheet at all, so a workbook
 * whose sheet repair re-adds reads back the inputs it had.
 */
export function readCertificateLayout(
  g: SheetGrid | undefined,
  used: Set<string>,
): CertificateLayoutInputs | undefined {
  if (!g) return undefined;
  const values: Record<string, CellValue> = {};
  const addresses: Record<string, string> = {};
  for (const [key, at] of certificateLayoutCells(g)) {
    const address = a1(at.row, at.col);
    // Every cell's address: a box off the blank is said at its width or height, changed or not.
    addresses[key] = address;
    const raw = toCellValue(valueAt(g, at.row, at.col));
    if (raw === null || raw === '') continue;
    used.add(address);
    const v = typeof raw === 'string' ? raw.normalize('NFC') : raw;
    if (v === SHIPPED[key]) continue;
    values[key] = v;
  }
  return Object.keys(values).length ? { values, addresses } : undefined;
}

export const CERTIFICATE_LAYOUT_SHEET: SheetDefinition = {
  key: 'certificateLayout',
  name: CERTIFICATE_LAYOUT_SHEET_NAME,
  // Made after the first workbooks: its absence is no finding (repair adds it, printing uses the default).
  marksOurs: false,
  adoptable: true,
  build: (_catalogue, inputs) => buildCertificateLayoutSheet(inputs.certificateLayout?.values),
  read: (_catalogue, grids, used) => {
    const r = readCertificateLayout(grids.sheets[CERTIFICATE_LAYOUT_SHEET_NAME], used);
    return r ? { certificateLayout: r } : {};
  },
  resemblance: (_catalogue, g) =>
    share(
      [
        ...CERTIFICATE_FIELDS.map((f: CertificateFieldId) => CERTIFICATE_TEXT.fields[f]),
        ...LAYOUT_SETTINGS.map((s) => s.label),
      ],
      columnKeys(g, 1, 40),
    ),
  keep(_catalogue, g, put) {
    for (const [key, at] of certificateLayoutCells(g)) put(`certificateLayout:${key}`, keepCell(g, at.row, at.col));
  },
};
