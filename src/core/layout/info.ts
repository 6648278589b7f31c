/**
 * Sheet "Thông tin chung": the report's header data, one labelled input per field.
 * The fields are data; the tally's title lines and the report read them by defined name.
 */
import { a1 } from '../a1';
import { a4Print } from './print';
import type { CalendarDate } from '../format/vietnamese';
import { formatDay, formatMonth, normalizeText, parseCellDate, upper } from '../format/vietnamese';
import type { CellPlan, CellValue, NamePlan, SheetPlan, ValidationPlan } from './types';
import { TEXT } from '../text/vi';

export type InfoKey =
  | 'parentBody'
  | 'issuingBody'
  | 'unitName'
  | 'place'
  | 'period'
  | 'year'
  | 'documentNumber'
  | 'documentCode'
  | 'reportDate'
  | 'signingAuthority'
  | 'signingBody'
  | 'signerTitle'
  | 'signerName'
  | 'addressee'
  | 'recipients';

export type InfoFieldKind = 'text' | 'longText' | 'list' | 'year' | 'number' | 'date';

export interface InfoField {
  readonly key: InfoKey;
  readonly label: string;
  readonly hint: string;
  readonly kind: InfoFieldKind;
  readonly items?: readonly string[];
  /** Needed for the report header; missing → a finding. */
  readonly required: boolean;
}

export const PERIODS = { halfYear: '6 tháng đầu năm', year: 'Năm' } as const;
export type PeriodKind = keyof typeof PERIODS;

export const SIGNING_AUTHORITIES = ['TM.', 'KT.'] as const;

export const INFO_FIELDS: readonly InfoField[] = [
  { key: 'parentBody', label: 'Cơ quan chủ quản', hint: 'Ví dụ: UBND XÃ ĐỒNG TÂM', kind: 'text', required: false },
  {
    key: 'issuingBody',
    label: 'Tên cơ quan / hội đồng ban hành báo cáo',
    hint: 'Ví dụ: HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ TRẤN BẮC SƠN',
    kind: 'text',
    required: true,
  },
  {
    key: 'unitName',
    label: 'Tên đơn vị (xã, phường, thị trấn)',
    hint: 'Ví dụ: thị trấn Bắc Sơn',
    kind: 'text',
    required: true,
  },
  { key: 'place', label: 'Địa danh (ghi ở dòng ngày tháng)', hint: 'Ví dụ: Bắc Sơn', kind: 'text', required: true },
  {
    key: 'period',
    label: 'Kỳ báo cáo',
    hint: 'Chọn “6 tháng đầu năm” (sơ kết) hoặc “Năm” (tổng kết)',
    kind: 'list',
    items: [PERIODS.halfYear, PERIODS.year],
    required: true,
  },
  { key: 'year', label: 'Năm', hint: 'Ví dụ: 2024', kind: 'year', required: true },
  { key: 'documentNumber', label: 'Số báo cáo', hint: 'Để trống nếu chưa lấy số', kind: 'number', required: false },
  {
    key: 'documentCode',
    label: 'Ký hiệu',
    hint: 'Ví dụ: BC-HĐTĐKT (viết hoa, không có dấu cách)',
    kind: 'text',
    required: true,
  },
  {
    key: 'reportDate',
    label: 'Ngày báo cáo',
    hint: 'Ngày/tháng/năm, ví dụ: 18/06/2024',
    kind: 'date',
    required: false,
  },
  {
    key: 'signingAuthority',
    label: 'Thẩm quyền ký',
    hint: 'TM. (thay mặt tập thể) hoặc KT. (ký thay người đứng đầu); để trống nếu người đứng đầu ký',
    kind: 'list',
    items: SIGNING_AUTHORITIES,
    required: false,
  },
  {
    key: 'signingBody',
    label: 'Tập thể hoặc chức vụ ghi sau TM./KT.',
    hint: 'Ví dụ: HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
    kind: 'text',
    required: false,
  },
  { key: 'signerTitle', label: 'Chức vụ người ký', hint: 'Ví dụ: CHỦ TỊCH', kind: 'text', required: true },
  { key: 'signerName', label: 'Họ và tên người ký', hint: 'Ví dụ: Nguyễn Hữu Đạt', kind: 'text', required: true },
  { key: 'addressee', label: 'Kính gửi', hint: 'Ví dụ: Sở Nội vụ tỉnh Lạng Sơn', kind: 'text', required: false },
  {
    key: 'recipients',
    label: 'Nơi nhận (mỗi nơi một dòng)',
    hint: 'Mỗi dòng một nơi nhận; dòng cuối “Lưu: VT, …”',
    kind: 'longText',
    required: false,
  },
];

export type InfoValues = Readonly<Partial<Record<InfoKey, CellValue>>>;

export const INFO_SHEET_NAME = 'Thông tin chung';
export const INFO_FIRST_ROW = 4;
export const INFO_LABEL_COL = 1;
export const INFO_VALUE_COL = 2;
export const INFO_HINT_COL = 3;
/** Row of the form marker, below the fields. */
export const INFO_MARKER_ROW = INFO_FIRST_ROW + INFO_FIELDS.length + 1;

/**
 * The province's own căn cứ lines (its Quy chế thi đua, khen thưởng …), a table under the
 * marker: the decision and the Tờ trình cite them after the national lines, in the table's
 * order, those in force on the document's date. Empty in a new workbook (no decision number is
 * invented: the hint shows the form with "…", and a line left with "…" is a finding).
 */
export interface ProvinceBasisRow {
  readonly from?: CellValue;
  readonly text?: CellValue;
  readonly until?: CellValue;
}
export type ProvinceBasisColumn = keyof ProvinceBasisRow;
export const BASES_COLUMNS: Readonly<Record<ProvinceBasisColumn, number>> = { from: 1, text: 2, until: 3 };
/** Lines made ready (a province cites one to three). */
export const BASES_ROWS = 5;
/** The table as made: its title, the hint, the header, the first line. */
export const BASES_TITLE_ROW = INFO_MARKER_ROW + 2;
export const BASES_FIRST_ROW = BASES_TITLE_ROW + 3;

export function infoRow(key: InfoKey): number {
  return INFO_FIRST_ROW + INFO_FIELDS.findIndex((f) => f.key === key);
}

export function infoAddress(key: InfoKey): string {
  return a1(infoRow(key), INFO_VALUE_COL);
}

/** Defined name of a field: TDKT_IssuingBody. */
export function infoName(key: InfoKey): string {
  return `TDKT_${key[0]!.toUpperCase()}${key.slice(1)}`;
}

export const FORM_MARKER_NAME = 'TDKT_Form';

export function infoNames(): NamePlan[] {
  return [
    ...INFO_FIELDS.map((f) => ({ name: infoName(f.key), sheet: 'info' as const, address: infoAddress(f.key) })),
    { name: FORM_MARKER_NAME, sheet: 'info' as const, address: a1(INFO_MARKER_ROW, INFO_VALUE_COL) },
  ];
}

function validationFor(f: InfoField, address: string): ValidationPlan | undefined {
  switch (f.kind) {
    case 'list':
      return {
        ranges: [address],
        rule: { type: 'list', items: f.items ?? [] },
        allowBlank: true,
        errorTitle: TEXT.validation.listTitle,
        errorMessage: TEXT.validation.listMessage((f.items ?? []).join(', ')),
      };
    case 'year':
      return {
        ranges: [address],
        rule: { type: 'wholeNumber', min: 2000, max: 2100 },
        allowBlank: true,
        errorTitle: TEXT.validation.yearTitle,
        errorMessage: TEXT.validation.yearMessage,
      };
    case 'number':
      return {
        ranges: [address],
        rule: { type: 'wholeNumber', min: 1, max: 99999 },
        allowBlank: true,
        errorTitle: TEXT.validation.documentNumberTitle,
        errorMessage: TEXT.validation.documentNumberMessage,
      };
    case 'date':
      return {
        ranges: [address],
        rule: { type: 'date', min: '2000-01-01', max: '2100-12-31' },
        allowBlank: true,
        errorTitle: TEXT.validation.dateTitle,
        errorMessage: TEXT.validation.dateMessage,
      };
    default:
      return undefined;
  }
}

const INPUT_STYLE: Record<InfoFieldKind, string> = {
  text: 'textInput',
  longText: 'longTextInput',
  list: 'textInput',
  year: 'numberInput',
  number: 'numberInput',
  date: 'dateInput',
};

export function buildInfoSheet(
  values: InfoValues,
  formKey: string,
  bases: readonly ProvinceBasisRow[] = [],
): SheetPlan {
  const cells: CellPlan[] = [];
  const put = (c: Omit<CellPlan, 'address'>) => cells.push({ ...c, address: a1(c.row, c.col) });
  put({ row: 1, col: 1, role: 'title', value: TEXT.info.title, style: 'title' });
  put({ row: 2, col: 1, role: 'label', value: TEXT.info.instructions, style: 'hint' });
  put({ row: 3, col: 1, role: 'header', value: TEXT.info.headerField, style: 'header' });
  put({ row: 3, col: 2, role: 'header', value: TEXT.info.headerValue, style: 'header' });
  put({ row: 3, col: 3, role: 'header', value: TEXT.info.headerHint, style: 'header' });
  const validations: ValidationPlan[] = [];
  const rowHeights: Record<number, number> = { 1: 24, 2: 30 };
  INFO_FIELDS.forEach((f, i) => {
    const row = INFO_FIRST_ROW + i;
    put({ row, col: INFO_LABEL_COL, role: 'label', value: f.label, style: 'formLabel', key: `info:${f.key}:label` });
    put({
      row,
      col: INFO_VALUE_COL,
      role: 'input',
      value: values[f.key] ?? null,
      style: INPUT_STYLE[f.kind],
      key: `info:${f.key}`,
    });
    put({ row, col: INFO_HINT_COL, role: 'label', value: f.hint, style: 'hint' });
    const v = validationFor(f, a1(row, INFO_VALUE_COL));
    if (v) validations.push(v);
    if (f.kind === 'longText') rowHeights[row] = 96;
  });
  put({ row: INFO_MARKER_ROW, col: INFO_LABEL_COL, role: 'label', value: TEXT.info.markerLabel, style: 'marker' });
  put({ row: INFO_MARKER_ROW, col: INFO_VALUE_COL, role: 'marker', value: formKey, style: 'marker', key: 'info:form' });
  // The province's căn cứ lines.
  put({ row: BASES_TITLE_ROW, col: 1, role: 'label', value: TEXT.info.basesTitle, style: 'header', key: 'info:bases' });
  put({ row: BASES_TITLE_ROW + 1, col: 1, role: 'label', value: TEXT.info.basesHint, style: 'hint' });
  rowHeights[BASES_TITLE_ROW] = 32;
  rowHeights[BASES_TITLE_ROW + 1] = 62;
  for (const [c, col] of Object.entries(BASES_COLUMNS))
    put({
      row: BASES_TITLE_ROW + 2,
      col,
      role: 'header',
      value: TEXT.info.basesHeaders[c as ProvinceBasisColumn],
      style: 'header',
    });
  const basesLines = Math.max(BASES_ROWS, bases.length);
  for (let i = 0; i < basesLines; i++) {
    const row = BASES_FIRST_ROW + i;
    for (const [c, col] of Object.entries(BASES_COLUMNS))
      put({
        row,
        col,
        role: 'input',
        value: bases[i]?.[c as ProvinceBasisColumn] ?? null,
        style: c === 'text' ? 'longTextInput' : 'dateInput',
        key: `info:basis:${i}:${c}`,
      });
    rowHeights[row] = 48;
  }
  const basesLast = BASES_FIRST_ROW + basesLines - 1;
  validations.push({
    ranges: [`A${BASES_FIRST_ROW}:A${basesLast}`, `C${BASES_FIRST_ROW}:C${basesLast}`],
    rule: { type: 'date', min: '2000-01-01', max: '2100-12-31' },
    allowBlank: true,
    errorTitle: TEXT.validation.dateTitle,
    errorMessage: TEXT.validation.dateMessage,
  });
  return {
    key: 'info',
    name: INFO_SHEET_NAME,
    columnWidths: [40, 60, 48],
    rowHeights,
    cells,
    merges: [
      'A1:C1',
      'A2:C2',
      `A${BASES_TITLE_ROW}:C${BASES_TITLE_ROW}`,
      `A${BASES_TITLE_ROW + 1}:C${BASES_TITLE_ROW + 1}`,
    ],
    freeze: { rows: 3, columns: 0 },
    print: a4Print('portrait'),
    protect: true,
    validations,
    conditionalFormats: [],
    readExtent: `A1:C${basesLast + 10}`,
  };
}

/** The header data as typed values the report and the aggregator use. */
export interface UnitInfo {
  readonly parentBody: string;
  readonly issuingBody: string;
  readonly unitName: string;
  readonly place: string;
  readonly period: PeriodKind | undefined;
  readonly year: number | undefined;
  readonly documentNumber: string;
  readonly documentCode: string;
  readonly reportDate: CalendarDate | undefined;
  readonly signingAuthority: string;
  readonly signingBody: string;
  readonly signerTitle: string;
  readonly signerName: string;
  readonly addressee: string;
  readonly recipients: readonly string[];
}

/** Document numbers: 01–09 padded, others as they are (TEXT(n,"00") on the sheet). */
function pad2(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return normalizeText(String(v));
}

export function parsePeriod(v: CellValue | undefined): PeriodKind | undefined {
  const s = text(v).toLocaleLowerCase('vi');
  if (s === PERIODS.halfYear.toLocaleLowerCase('vi') || s === '6 tháng') return 'halfYear';
  if (s === PERIODS.year.toLocaleLowerCase('vi') || s === 'cả năm') return 'year';
  return undefined;
}

export function parseYear(v: CellValue | undefined): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : undefined;
}

export function parseUnitInfo(values: InfoValues): UnitInfo {
  const docNo = values.documentNumber;
  return {
    parentBody: text(values.parentBody),
    issuingBody: text(values.issuingBody),
    unitName: text(values.unitName),
    place: text(values.place),
    period: parsePeriod(values.period),
    year: parseYear(values.year),
    documentNumber: typeof docNo === 'number' ? pad2(docNo) : text(docNo),
    documentCode: text(values.documentCode),
    reportDate: parseCellDate(values.reportDate ?? undefined),
    signingAuthority: text(values.signingAuthority),
    signingBody: text(values.signingBody),
    signerTitle: text(values.signerTitle),
    signerName: text(values.signerName),
    addressee: text(values.addressee),
    recipients: String(values.recipients ?? '')
      .split(/\r?\n/)
      .map((s) => normalizeText(s))
      .filter((s) => s.length > 0),
  };
}

// ── Title lines shared by the tally and Phụ lục I: one formula, one core twin ──

const N = (k: InfoKey) => infoName(k);

/** "6 THÁNG ĐẦU NĂM 2024" / "NĂM 2024", as a sheet formula. */
export function periodTitleFormula(): string {
  const year = `IF(${N('year')}="","…",${N('year')})`;
  return `=IF(${N('period')}="${PERIODS.year}","NĂM "&${year},"6 THÁNG ĐẦU NĂM "&${year})`;
}

/** The same text as periodTitleFormula shows. */
export function periodTitle(values: InfoValues): string {
  const y = values.year === null || values.year === undefined || values.year === '' ? '…' : String(values.year);
  return text(values.period) === PERIODS.year ? `NĂM ${y}` : `6 THÁNG ĐẦU NĂM ${y}`;
}

/** "(Kèm theo Báo cáo số 15/BC-HĐTĐKT ngày 18 tháng 6 năm 2024 của …)", as a sheet formula. */
export function attachmentLineFormula(): string {
  const no = N('documentNumber');
  const code = N('documentCode');
  const date = N('reportDate');
  const body = N('issuingBody');
  const unit = N('unitName');
  const number = `IF(${no}="","…",IF(ISNUMBER(${no}),TEXT(${no},"00"),${no}))`;
  // Sentence case for a name typed in capitals (as the header prints it): lower case, the
  // unit's own name as typed ("Bắc Sơn"), the first letter capital — sentenceCase's twin.
  const low = `IF(${unit}="",LOWER(${body}),SUBSTITUTE(LOWER(${body}),LOWER(${unit}),${unit}))`;
  const sentence = `UPPER(LEFT(${low},1))&MID(${low},2,LEN(${low}))`;
  const bodyText = `IF(${body}="","…",IF(EXACT(${body},UPPER(${body})),${sentence},${body}))`;
  const dateText = `IF(ISNUMBER(${date}),"ngày "&TEXT(DAY(${date}),"00")&" tháng "&IF(MONTH(${date})<3,"0","")&MONTH(${date})&" năm "&YEAR(${date}),"ngày … tháng … năm …")`;
  return `="(Kèm theo Báo cáo số "&${number}&"/"&IF(${code}="","BC-…",${code})&" "&${dateText}&" của "&${bodyText}&")"`;
}

/** The same text as attachmentLineFormula shows. */
export function attachmentLine(values: InfoValues): string {
  const no = values.documentNumber;
  const number = no === null || no === undefined || no === '' ? '…' : typeof no === 'number' ? pad2(no) : String(no);
  const code =
    values.documentCode === null || values.documentCode === undefined || values.documentCode === ''
      ? 'BC-…'
      : String(values.documentCode);
  const d = typeof values.reportDate === 'number' ? parseCellDate(values.reportDate) : undefined;
  const dateText = d ? `ngày ${formatDay(d.day)} tháng ${formatMonth(d.month)} năm ${d.year}` : 'ngày … tháng … năm …';
  const body =
    values.issuingBody === null || values.issuingBody === undefined || values.issuingBody === ''
      ? '…'
      : sentenceCase(String(values.issuingBody), text(values.unitName));
  return `(Kèm theo Báo cáo số ${number}/${code} ${dateText} của ${body})`;
}

/**
 * "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ TRẤN BẮC SƠN" → "Hội đồng thi đua – khen thưởng thị
 * trấn Bắc Sơn": a name typed in capitals, in the sentence it is quoted in; the unit's name
 * keeps its own capitals. A name already in mixed case is left as typed.
 */
export function sentenceCase(name: string, unitName = ''): string {
  if (name !== name.toLocaleUpperCase('vi')) return name;
  let low = name.toLocaleLowerCase('vi');
  if (unitName) low = low.split(unitName.toLocaleLowerCase('vi')).join(unitName);
  return low.charAt(0).toLocaleUpperCase('vi') + low.slice(1);
}

export { upper };
