/**
 * Where each field of a Giấy khen is printed on the clerk's pre-printed blank: the blank's
 * size, the printer's offset (x / y mm, what the clerk adjusts after printing the calibration
 * page) and, per field, its box in mm from the blank's top left corner, its font size, its
 * alignment, bold / italic, and whether it is printed at all (a blank with "TẶNG" or "GIẤY KHEN"
 * already printed on it). The default is data (defaultLayout.json, A4 landscape 297 × 210 mm);
 * a province's layout is a file of the same shape (CLI --layout), the clerk's is the sheet
 * "Mẫu in giấy khen". Every value is checked: each bad one is one Vietnamese message naming
 * where it is (the file's entry, or the sheet's cell).
 */
import { normalizeText } from '../format/vietnamese';
import { CERTIFICATE_TEXT } from '../text/certificates';
import DEFAULT_LAYOUT_JSON from './defaultLayout.json';

export const CERTIFICATE_FIELDS = [
  'conferrer',
  'confers',
  'award',
  'name',
  'position',
  'achievement',
  'decision',
  'bookNumber',
  'placeDate',
  'signerTitle',
  'signerName',
] as const;
export type CertificateFieldId = (typeof CERTIFICATE_FIELDS)[number];

export const CERTIFICATE_PROPERTIES = [
  'x',
  'y',
  'width',
  'height',
  'size',
  'align',
  'bold',
  'italic',
  'print',
] as const;
export type CertificateProperty = (typeof CERTIFICATE_PROPERTIES)[number];

export type FieldAlign = 'left' | 'center' | 'right';

export interface FieldLayout {
  /** The box, in mm from the blank's top left corner (before the offset). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Font size in points (shrunk when the text does not fit its box). */
  readonly size: number;
  readonly align: FieldAlign;
  readonly bold: boolean;
  readonly italic: boolean;
  /** False: left blank (the blank has it printed already). */
  readonly print: boolean;
}

export interface CertificateLayout {
  /** The blank's size in mm (A4 landscape: 297 × 210). */
  readonly page: { readonly width: number; readonly height: number };
  /** The printer's offset in mm, added to every box (+x right, +y down). */
  readonly offset: { readonly x: number; readonly y: number };
  readonly fields: Readonly<Record<CertificateFieldId, FieldLayout>>;
}

/** A bad entry: one message, and the cell when it comes from the sheet. */
export interface LayoutProblem {
  readonly message: string;
  readonly address?: string;
}

/** A layout as found in a file or a sheet: anything may be missing or wrong. */
export interface RawLayout {
  readonly page?: { readonly width?: unknown; readonly height?: unknown };
  readonly offset?: { readonly x?: unknown; readonly y?: unknown };
  readonly fields?: Partial<Record<CertificateFieldId, Partial<Record<CertificateProperty, unknown>>>>;
}

/** Where a raw value stands, for its message (a file's entry or a sheet's cell). */
export type Locate = (
  part: 'page' | 'offset' | CertificateFieldId,
  property: 'width' | 'height' | CertificateProperty,
) => { readonly at: string; readonly address?: string };

const LIMITS = {
  page: { min: 50, max: 600 },
  offset: { min: -50, max: 50 },
  position: { min: 0, max: 600 },
  size: { min: 1, max: 600 },
  font: { min: 5, max: 96 },
} as const;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A number as the clerk types it: 12, "12", "12,5" (Vietnamese decimal comma), "12.5". */
export function layoutNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v
    .trim()
    .replace(/\s*mm$/i, '')
    .replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(s) ? Number(s) : undefined;
}

function alignOf(v: unknown): FieldAlign | undefined {
  if (typeof v !== 'string') return undefined;
  const s = normalizeText(v).toLocaleLowerCase('vi');
  for (const [k, label] of Object.entries(CERTIFICATE_TEXT.aligns))
    if (s === k || s === label.toLocaleLowerCase('vi')) return k as FieldAlign;
  return undefined;
}

function flagOf(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  if (typeof v !== 'string') return undefined;
  const s = normalizeText(v).toLocaleLowerCase('vi');
  if (['có', 'co', 'x', 'true', 'yes'].includes(s)) return true;
  if (['không', 'khong', 'false', 'no'].includes(s)) return false;
  return undefined;
}

const shown = (v: unknown) => (typeof v === 'string' ? normalizeText(v) : (JSON.stringify(v) ?? String(v)));

/**
 * `raw` over `base`: a value given and good replaces the base's, a blank one keeps it, a bad one
 * is a problem (and the base's value is kept so the others can still be checked).
 */
export function resolveLayout(
  raw: RawLayout,
  base: CertificateLayout,
  locate: Locate,
): { layout: CertificateLayout; problems: LayoutProblem[] } {
  const problems: LayoutProblem[] = [];
  const problem = (where: ReturnType<Locate>, message: string) =>
    problems.push({ message, ...(where.address ? { address: where.address } : {}) });
  const num = (
    v: unknown,
    fallback: number,
    limits: { min: number; max: number },
    where: () => ReturnType<Locate>,
  ): number => {
    if (blank(v)) return fallback;
    const n = layoutNumber(v);
    const w = where();
    if (n === undefined) {
      problem(w, CERTIFICATE_TEXT.findings.notNumber(w.at, shown(v), limits.min, limits.max));
      return fallback;
    }
    if (n < limits.min || n > limits.max) {
      problem(w, CERTIFICATE_TEXT.findings.outOfRange(w.at, String(n).replace('.', ','), limits.min, limits.max));
      return fallback;
    }
    return n;
  };
  const page = {
    width: num(raw.page?.width, base.page.width, LIMITS.page, () => locate('page', 'width')),
    height: num(raw.page?.height, base.page.height, LIMITS.page, () => locate('page', 'height')),
  };
  const offset = {
    x: num(raw.offset?.x, base.offset.x, LIMITS.offset, () => locate('offset', 'x')),
    y: num(raw.offset?.y, base.offset.y, LIMITS.offset, () => locate('offset', 'y')),
  };
  const fields = {} as Record<CertificateFieldId, FieldLayout>;
  for (const id of CERTIFICATE_FIELDS) {
    const r = raw.fields?.[id] ?? {};
    const b = base.fields[id];
    const at = (p: CertificateProperty) => () => locate(id, p);
    const x = num(r.x, b.x, { min: 0, max: page.width - 1 }, at('x'));
    const y = num(r.y, b.y, { min: 0, max: page.height - 1 }, at('y'));
    const width = num(r.width, b.width, { min: 1, max: page.width }, at('width'));
    const height = num(r.height, b.height, { min: 1, max: page.height }, at('height'));
    const size = num(r.size, b.size, LIMITS.font, at('size'));
    const flag = (p: 'bold' | 'italic' | 'print', fallback: boolean) => {
      const v = r[p];
      if (blank(v)) return fallback;
      const f = flagOf(v);
      if (f === undefined) {
        const w = locate(id, p);
        problem(w, CERTIFICATE_TEXT.findings.badFlag(w.at, shown(v)));
        return fallback;
      }
      return f;
    };
    let align = b.align;
    if (!blank(r.align)) {
      const a = alignOf(r.align);
      const w = locate(id, 'align');
      if (a) align = a;
      else problem(w, CERTIFICATE_TEXT.findings.badAlign(w.at, shown(r.align)));
    }
    // The box on the blank: its right and bottom edges too (the offset moves the print, not the blank).
    if (x + width > page.width) {
      const w = locate(id, 'width');
      problem(w, CERTIFICATE_TEXT.findings.offPage(w.at, CERTIFICATE_TEXT.fields[id], round(x + width), page.width));
    }
    if (y + height > page.height) {
      const w = locate(id, 'height');
      problem(w, CERTIFICATE_TEXT.findings.offPage(w.at, CERTIFICATE_TEXT.fields[id], round(y + height), page.height));
    }
    fields[id] = {
      x,
      y,
      width,
      height,
      size,
      align,
      bold: flag('bold', b.bold),
      italic: flag('italic', b.italic),
      print: flag('print', b.print),
    };
  }
  return { layout: { page, offset, fields }, problems };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Where an entry of a layout file is: "trường “name” (Ông/Bà, họ tên), x". */
function fileLocate(file: string): Locate {
  return (part, property) => ({
    at: CERTIFICATE_TEXT.findings.fileAt(
      file,
      part === 'page' || part === 'offset'
        ? `${part}.${property}`
        : `trường “${part}” (${CERTIFICATE_TEXT.fields[part]}), ${property}`,
    ),
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A layout file's content (JSON text) over `base`: unknown entries, values that are not numbers,
 * sizes out of range, boxes off the blank — each one message naming the entry.
 */
export function parseLayoutFile(
  json: string,
  file: string,
  base: CertificateLayout = DEFAULT_CERTIFICATE_LAYOUT,
): { layout: CertificateLayout; problems: LayoutProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { layout: base, problems: [{ message: CERTIFICATE_TEXT.findings.fileNotJson(file) }] };
  }
  return layoutFromObject(data, file, base);
}

export function layoutFromObject(
  data: unknown,
  file: string,
  base: CertificateLayout,
): { layout: CertificateLayout; problems: LayoutProblem[] } {
  if (!isObject(data)) return { layout: base, problems: [{ message: CERTIFICATE_TEXT.findings.fileNotJson(file) }] };
  const problems: LayoutProblem[] = [];
  const T = CERTIFICATE_TEXT.findings;
  for (const k of Object.keys(data))
    if (!['page', 'offset', 'fields', '$schema', 'note'].includes(k))
      problems.push({ message: T.fileUnknownKey(file, k) });
  const fields: Record<string, Record<string, unknown>> = {};
  if (isObject(data.fields))
    for (const [k, v] of Object.entries(data.fields)) {
      if (!(CERTIFICATE_FIELDS as readonly string[]).includes(k)) {
        problems.push({ message: T.fileUnknownField(file, k, CERTIFICATE_FIELDS.join(', ')) });
        continue;
      }
      if (!isObject(v)) {
        problems.push({ message: T.fileUnknownField(file, k, CERTIFICATE_FIELDS.join(', ')) });
        continue;
      }
      for (const p of Object.keys(v))
        if (!(CERTIFICATE_PROPERTIES as readonly string[]).includes(p))
          problems.push({ message: T.fileUnknownProperty(file, k, p) });
      fields[k] = v;
    }
  const raw: RawLayout = {
    page: isObject(data.page) ? data.page : undefined,
    offset: isObject(data.offset) ? data.offset : undefined,
    fields,
  };
  const r = resolveLayout(raw, base, fileLocate(file));
  return { layout: r.layout, problems: [...problems, ...r.problems] };
}

/** A layout as a file of the same shape as defaultLayout.json (what a province ships). */
export function layoutToObject(layout: CertificateLayout): object {
  return { page: { ...layout.page }, offset: { ...layout.offset }, fields: { ...layout.fields } };
}

/** The shipped layout (A4 landscape), checked when loaded: a bad shipped file is a programming error. */
export const DEFAULT_CERTIFICATE_LAYOUT: CertificateLayout = (() => {
  const empty: CertificateLayout = {
    page: { width: 297, height: 210 },
    offset: { x: 0, y: 0 },
    fields: Object.fromEntries(
      CERTIFICATE_FIELDS.map((f) => [
        f,
        { x: 0, y: 0, width: 10, height: 10, size: 12, align: 'left', bold: false, italic: false, print: true },
      ]),
    ) as Record<CertificateFieldId, FieldLayout>,
  };
  const r = layoutFromObject(DEFAULT_LAYOUT_JSON, 'defaultLayout.json', empty);
  if (r.problems.length) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.layout;
})();
