/**
 * Sheet "Mẫu in giấy khen": where each field of the Giấy khen prints on the clerk's blank,
 * kept in the workbook so the calibration is done once — the blank's size, the printer's offset
 * (x / y mm, adjusted after printing the calibration page) and one row per field (x, y, width,
 * height in mm, font size in pt, Căn lề, Đậm, Nghiêng, In). A new workbook gets the shipped
 * layout (certificates/defaultLayout.json); every value is an input the clerk may change.
 */
import { a1 } from '../a1';
import {
  CERTIFICATE_FIELDS,
  CERTIFICATE_PROPERTIES,
  DEFAULT_CERTIFICATE_LAYOUT,
  type CertificateFieldId,
  type CertificateLayout,
  type CertificateProperty,
} from '../certificates/layout';
import { CERTIFICATE_TEXT } from '../text/certificates';
import { a4Print } from './print';
import type { CellPlan, CellValue, SheetPlan, ValidationPlan } from './types';

export const CERTIFICATE_LAYOUT_SHEET_NAME = 'Mẫu in giấy khen';

/** The blank's size and the offset: a label in A, its value in B. */
export const LAYOUT_SETTINGS = [
  { part: 'page', property: 'width', label: CERTIFICATE_TEXT.sheet.pageWidth },
  { part: 'page', property: 'height', label: CERTIFICATE_TEXT.sheet.pageHeight },
  { part: 'offset', property: 'x', label: CERTIFICATE_TEXT.sheet.offsetX },
  { part: 'offset', property: 'y', label: CERTIFICATE_TEXT.sheet.offsetY },
] as const;
export const LAYOUT_SETTINGS_FIRST_ROW = 4;
export const LAYOUT_HEADER_ROW = 9;
export const LAYOUT_FIRST_FIELD_ROW = 10;
/** Column of each property (A holds the field's name). */
export const LAYOUT_COLS: Readonly<Record<CertificateProperty, number>> = Object.fromEntries(
  CERTIFICATE_PROPERTIES.map((p, i) => [p, i + 2]),
) as Record<CertificateProperty, number>;
const LAST_COL = CERTIFICATE_PROPERTIES.length + 1;

/** The clerk's layout as typed on the sheet: raw values by "part:property" ("page:width", "name:x"). */
export type LayoutCells = Readonly<Record<string, CellValue>>;

const flag = (b: boolean) => (b ? CERTIFICATE_TEXT.yes : CERTIFICATE_TEXT.no);

/** A layout as the sheet's values (a province's file written into the workbook, or the default). */
export function layoutCells(layout: CertificateLayout): Record<string, CellValue> {
  const out: Record<string, CellValue> = {
    'page:width': layout.page.width,
    'page:height': layout.page.height,
    'offset:x': layout.offset.x,
    'offset:y': layout.offset.y,
  };
  for (const id of CERTIFICATE_FIELDS) {
    const f = layout.fields[id];
    for (const p of CERTIFICATE_PROPERTIES) {
      const v = f[p];
      out[`${id}:${p}`] =
        p === 'align' ? CERTIFICATE_TEXT.aligns[f.align] : typeof v === 'boolean' ? flag(v) : (v as number);
    }
  }
  return out;
}

export function fieldRow(id: CertificateFieldId): number {
  return LAYOUT_FIRST_FIELD_ROW + CERTIFICATE_FIELDS.indexOf(id);
}

const TEXT_PROPS: ReadonlySet<CertificateProperty> = new Set(['align', 'bold', 'italic', 'print']);

export function buildCertificateLayoutSheet(values: LayoutCells | undefined): SheetPlan {
  // Values the clerk typed win; what was never typed (a new workbook, a sheet added by repair) is the default.
  const given = { ...layoutCells(DEFAULT_CERTIFICATE_LAYOUT), ...(values ?? {}) };
  const cells: CellPlan[] = [];
  const put = (c: Omit<CellPlan, 'address'>) => cells.push({ ...c, address: a1(c.row, c.col) });
  put({ row: 1, col: 1, role: 'title', value: CERTIFICATE_TEXT.sheet.title, style: 'title' });
  put({ row: 2, col: 1, role: 'label', value: CERTIFICATE_TEXT.sheet.note, style: 'note' });
  LAYOUT_SETTINGS.forEach((s, i) => {
    const row = LAYOUT_SETTINGS_FIRST_ROW + i;
    const key = `${s.part}:${s.property}`;
    put({ row, col: 1, role: 'label', value: s.label, style: 'formLabel' });
    put({
      row,
      col: 2,
      role: 'input',
      value: given[key] ?? null,
      style: 'numberInput',
      key: `certificateLayout:${key}`,
    });
  });
  put({ row: LAYOUT_HEADER_ROW, col: 1, role: 'header', value: CERTIFICATE_TEXT.sheet.fieldHeader, style: 'header' });
  for (const p of CERTIFICATE_PROPERTIES)
    put({
      row: LAYOUT_HEADER_ROW,
      col: LAYOUT_COLS[p],
      role: 'header',
      value: CERTIFICATE_TEXT.properties[p],
      style: 'header',
    });
  for (const id of CERTIFICATE_FIELDS) {
    const row = fieldRow(id);
    put({ row, col: 1, role: 'label', value: CERTIFICATE_TEXT.fields[id], style: 'label' });
    for (const p of CERTIFICATE_PROPERTIES) {
      const key = `${id}:${p}`;
      put({
        row,
        col: LAYOUT_COLS[p],
        role: 'input',
        value: given[key] ?? null,
        style: TEXT_PROPS.has(p) ? 'textInput' : 'numberInput',
        key: `certificateLayout:${key}`,
      });
    }
  }
  const first = LAYOUT_FIRST_FIELD_ROW;
  const last = first + CERTIFICATE_FIELDS.length - 1;
  const col = (p: CertificateProperty) => a1(first, LAYOUT_COLS[p]).replace(/\d+$/, '');
  const list = (p: CertificateProperty[], items: string[], prompt: string): ValidationPlan => ({
    ranges: p.map((x) => `${col(x)}${first}:${col(x)}${last}`),
    rule: { type: 'list', items },
    allowBlank: true,
    errorTitle: CERTIFICATE_TEXT.properties[p[0]!],
    errorMessage: prompt,
  });
  return {
    key: 'certificateLayout',
    name: CERTIFICATE_LAYOUT_SHEET_NAME,
    columnWidths: [34, 11, 11, 11, 11, 11, 9, 9, 10, 9],
    rowHeights: { 1: 24, 2: 48, [LAYOUT_HEADER_ROW]: 32 },
    cells,
    merges: [`A1:${a1(1, LAST_COL)}`, `A2:${a1(2, LAST_COL)}`],
    freeze: { rows: LAYOUT_HEADER_ROW, columns: 1 },
    print: a4Print('landscape'),
    protect: true,
    validations: [
      list(['align'], Object.values(CERTIFICATE_TEXT.aligns), 'Chọn Trái, Giữa hoặc Phải.'),
      list(['bold', 'italic', 'print'], [CERTIFICATE_TEXT.yes, CERTIFICATE_TEXT.no], 'Chọn Có hoặc Không.'),
    ],
    conditionalFormats: [],
    readExtent: `A1:${a1(last + 10, LAST_COL)}`,
  };
}
