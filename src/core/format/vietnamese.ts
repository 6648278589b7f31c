/**
 * Vietnamese number and date writing, as Nghị định 30/2020 and the forms use it:
 * thousands with ".", decimals with "," (1.628; 11,76 %), award counts with two
 * digits below ten (01 … 09), days below 10 and months 1–2 padded ("ngày 05 tháng 01",
 * but "tháng 6").
 */

/** An award count as written on the form and in the report: 1 → "01", 34 → "34", 1628 → "1.628". */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(n));
  return sign + (abs < 10 ? `0${abs}` : groupThousands(String(abs)));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 1628 → "1.628"; 1490.75 → "1.490,75"; fixed decimals when `decimals` is given. */
export function formatNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = decimals === undefined ? String(Math.abs(n)) : Math.abs(n).toFixed(decimals);
  const [int, frac] = s.split('.');
  return (n < 0 ? '-' : '') + groupThousands(int!) + (frac ? `,${frac}` : '');
}

/** A rate already rounded to 2 decimals: 11.76 → "11,76 %", 100 → "100 %". */
export function formatPercent(rate: number): string {
  const fixed = formatNumber(rate, 2).replace(/,00$/, '');
  return `${fixed} %`;
}

/**
 * A rate inside running text, as the report's body writes it: no space before "%"
 * ("đạt 11,76%"; "tỷ lệ 1,22%" in the Bắc Sơn report), so a line never breaks before it.
 */
export function formatRateInText(rate: number): string {
  return `${formatNumber(rate, 2).replace(/,00$/, '')}%`;
}

/** A date as dd/mm/yyyy (Phụ lục I style). */
export function formatShortDate(d: CalendarDate): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Day as written: padded below 10. */
export function formatDay(day: number): string {
  return pad2(day);
}

/** Month as written: 1 and 2 padded ("01", "02"), others not ("6", "12"). */
export function formatMonth(month: number): string {
  return month < 3 ? pad2(month) : String(month);
}

/** "ngày 18 tháng 6 năm 2024" */
export function formatLongDate(d: CalendarDate): string {
  return `ngày ${formatDay(d.day)} tháng ${formatMonth(d.month)} năm ${d.year}`;
}

/** "Bắc Sơn, ngày 18 tháng 6 năm 2024" */
export function formatPlaceAndDate(place: string, d: CalendarDate | undefined): string {
  const date = d ? formatLongDate(d) : 'ngày … tháng … năm …';
  return `${place || '…'}, ${date}`;
}

/**
 * Excel serial date → calendar date (1900 date system; serial 60 is Excel's fictitious
 * 29/02/1900, never a real report date).
 */
export function fromExcelSerial(serial: number): CalendarDate {
  const days = Math.floor(serial);
  const ms = Date.UTC(1899, 11, 30) + days * 86400000;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function toExcelSerial(d: CalendarDate): number {
  return Math.round((Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Read a date from a cell: an Excel serial, an ISO string or "dd/mm/yyyy". */
export function parseCellDate(v: unknown): CalendarDate | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return fromExcelSerial(v);
  if (typeof v === 'string') {
    const s = v.trim();
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
    if (m) return valid({ year: +m[1]!, month: +m[2]!, day: +m[3]! });
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (m) return valid({ year: +m[3]!, month: +m[2]!, day: +m[1]! });
  }
  return undefined;
}

function valid(d: CalendarDate): CalendarDate | undefined {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return t.getUTCFullYear() === d.year && t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day ? d : undefined;
}

/** Unicode NFC, trimmed, inner white space folded: how labels are compared. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Keys already made, by label. The same few hundred labels (the form's rows, its headings) are
 * keyed again for every workbook read: 200 units in the pane made many megabytes of
 * short-lived strings here (docs/MEASUREMENTS.md). Cleared when full, so clerks' free texts cannot make it grow without bound.
 */
const LABEL_KEYS = new Map<string, string>();
const LABEL_KEYS_MAX = 4096;

/** Case- and spacing-insensitive label comparison key ("TỔNG CỘNG (I + II + III+IV)" ~ "Tổng cộng (I+II+III+IV)"). */
export function labelKey(s: string): string {
  let key = LABEL_KEYS.get(s);
  if (key === undefined) {
    key = normalizeText(s)
      .toLocaleLowerCase('vi')
      .replace(/\s*([(),:+–-])\s*/g, '$1');
    if (LABEL_KEYS.size >= LABEL_KEYS_MAX) LABEL_KEYS.clear();
    if (s.length <= 512) LABEL_KEYS.set(s, key);
  }
  return key;
}

/** Characters that show nothing: zero-width spaces and joiners, BOM, soft hyphen, direction marks. */
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;

/**
 * The key two unit names are compared by ("Tên đơn vị" in aggregate's duplicate check):
 * NFC, invisible characters removed, every kind of space one space, trimmed, lower case.
 */
export function nameKey(s: string): string {
  return s
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu, ' ')
    .trim()
    .toLocaleLowerCase('vi');
}

/** Uppercase as Vietnamese writes it. */
export function upper(s: string): string {
  return s.normalize('NFC').toLocaleUpperCase('vi');
}
