/**
 * Sheet "Số liệu báo cáo": short, structured facts the report drafts sentences from
 * (docs/REPORT-DATA.md) — the unit's profile (→ I.1, I.2), the other work of the period
 * (award fund, training, the award officer → 5) and a tick-list of difficulties and causes
 * (→ III.2, III.3, drafted only where ticked). One labelled input per field, in groups, as
 * "Thông tin chung" has: numbers, names, dates and labels, never prose. What stays true from
 * one period to the next (the profile, the officer) is carried into the next period's workbook
 * (`carriedReportData`), so it is typed once.
 */
import { a1 } from '../a1';
import { normalizeText, toExcelSerial } from '../format/vietnamese';
import type { UnitInfo } from './info';
import { TEXT } from '../text/vi';
import { a4Print } from './print';
import type { CellPlan, CellValue, SheetPlan, ValidationPlan } from './types';

export const REPORT_DATA_SHEET_NAME = 'Số liệu báo cáo';

export type ReportDataKind = 'text' | 'number' | 'date' | 'tick' | 'list';

export interface ReportDataField {
  readonly key: string;
  readonly label: string;
  readonly hint: string;
  readonly kind: ReportDataKind;
  readonly items?: readonly string[];
  /** Kept for the next period's workbook (the profile, the officer), not the period's own figures. */
  readonly carried: boolean;
}

export interface ReportDataGroup {
  readonly key: 'profile' | 'organisation' | 'results' | 'other' | 'difficulties' | 'causes';
  readonly title: string;
  readonly fields: readonly ReportDataField[];
}

/** The tick a clerk puts beside a difficulty or a cause (a dropdown of one item). */
export const TICK = 'x';
export const OFFICER_MODES = ['Chuyên trách', 'Kiêm nhiệm'] as const;

const f = (
  key: string,
  label: string,
  kind: ReportDataKind,
  hint: string,
  carried: boolean,
  items?: readonly string[],
): ReportDataField => ({ key, label, kind, hint, carried, ...(items ? { items } : {}) });

const TEXTS = TEXT.reportData;

/** The groups and their fields, in sheet order. Tick-list labels are the sentences drafted. */
export const REPORT_DATA_GROUPS: readonly ReportDataGroup[] = [
  {
    key: 'profile',
    title: TEXTS.groups.profile,
    fields: [
      f('office', 'Địa điểm trụ sở', 'text', 'Ví dụ: khối phố Hữu Vĩnh, thị trấn Bắc Sơn, tỉnh Lạng Sơn', true),
      f('phone', 'Điện thoại', 'text', 'Ví dụ: 0253.837.329', true),
      f('email', 'Thư điện tử', 'text', 'Ví dụ: vanphong@…', true),
      f('foundedOn', 'Ngày thành lập (theo văn bản thành lập)', 'date', 'Ngày/tháng/năm, ví dụ: 01/01/2020', true),
      f(
        'foundingAct',
        'Văn bản thành lập (số, ngày, cơ quan ban hành)',
        'text',
        'Ví dụ: Nghị quyết số 818/NQ-UBTVQH14 ngày 21/11/2019 của Ủy ban Thường vụ Quốc hội',
        true,
      ),
      f('area', 'Diện tích tự nhiên (ha)', 'number', 'Ví dụ: 1490,75', true),
      f('households', 'Số hộ', 'number', 'Ví dụ: 1628', true),
      f('population', 'Số nhân khẩu', 'number', 'Ví dụ: 7084', true),
      f('ethnicGroups', 'Các dân tộc (cách nhau bằng dấu phẩy)', 'text', 'Ví dụ: Tày, Nùng, Kinh, Dao', true),
      f('hamlets', 'Số thôn, khối phố', 'number', 'Ví dụ: 12', true),
      f('povertyYear', 'Năm của số hộ nghèo, cận nghèo', 'number', 'Ví dụ: 2023', false),
      f('poorHouseholds', 'Số hộ nghèo', 'number', 'Ví dụ: 20', false),
      f('poorRate', 'Tỷ lệ hộ nghèo (%)', 'number', 'Ví dụ: 1,22', false),
      f('nearPoorHouseholds', 'Số hộ cận nghèo', 'number', 'Ví dụ: 12', false),
      f('nearPoorRate', 'Tỷ lệ hộ cận nghèo (%)', 'number', 'Ví dụ: 0,73', false),
    ],
  },
  {
    key: 'organisation',
    title: TEXTS.groups.organisation,
    fields: [
      f('partyCells', 'Số chi bộ trực thuộc Đảng bộ', 'number', 'Ví dụ: 18', true),
      f('partyMembers', 'Số đảng viên', 'number', 'Ví dụ: 751', true),
      f('staff', 'Số cán bộ, công chức', 'number', 'Ví dụ: 19', true),
      f('ratingYear', 'Năm xếp loại', 'number', 'Năm trước kỳ báo cáo, ví dụ: 2023', false),
      f('partyRating', 'Xếp loại Đảng bộ', 'text', 'Ví dụ: hoàn thành tốt nhiệm vụ', false),
      f('governmentRating', 'Xếp loại chính quyền', 'text', 'Ví dụ: hoàn thành tốt nhiệm vụ', false),
      f('unionsRating', 'Xếp loại các đoàn thể', 'text', 'Ví dụ: hoàn thành tốt nhiệm vụ, xuất sắc', false),
      f(
        'partyCellsDetail',
        'Các chi bộ trực thuộc, theo loại (số và loại, cách nhau bằng dấu phẩy)',
        'text',
        'Ví dụ: 12 chi bộ khối phố, 03 chi bộ trường học, 01 chi bộ Công an',
        true,
      ),
      f(
        'staffTitle',
        'Danh hiệu mọi cán bộ, công chức cơ quan đều đạt (năm xếp loại)',
        'text',
        'Ví dụ: Lao động tiên tiến; để trống nếu không phải tất cả',
        false,
      ),
      f('cluster', 'Cụm, khối thi đua của đơn vị', 'text', 'Ví dụ: Cụm thi đua số 7', true),
    ],
  },
  {
    key: 'results',
    title: TEXTS.groups.results,
    fields: [
      f('sownArea', 'Tổng diện tích gieo trồng trong kỳ (ha)', 'number', 'Ví dụ: 170,2', false),
      f('plantedArea', 'Diện tích trồng cây nhân dân, cây ăn quả trong kỳ (ha)', 'number', 'Ví dụ: 7,3', false),
      f('outreachSessions', 'Số lượt tuyên truyền (văn hóa – thông tin)', 'number', 'Ví dụ: 15', false),
      f('outreachAudience', 'Số lượt người nghe tuyên truyền', 'number', 'Ví dụ: 15000', false),
      f('medicalVisits', 'Số lần khám bệnh tại trạm y tế', 'number', 'Ví dụ: 343', false),
      f('reformScore', 'Chỉ số cải cách hành chính (điểm, năm xếp loại)', 'number', 'Ví dụ: 91,08', false),
      f('reformRank', 'Thứ hạng chỉ số cải cách hành chính (thứ/tổng số)', 'text', 'Ví dụ: 02/18', false),
      f('reformRankAmong', 'Xếp hạng trong số', 'text', 'Ví dụ: xã, thị trấn', false),
      f('conscripts', 'Số công dân lên đường nhập ngũ', 'number', 'Ví dụ: 05', false),
      f('frontSessions', 'Số cuộc tuyên truyền của Mặt trận, đoàn thể', 'number', 'Ví dụ: 28', false),
      f('frontAudience', 'Số lượt hội viên, đoàn viên dự', 'number', 'Ví dụ: 3663', false),
    ],
  },
  {
    key: 'other',
    title: TEXTS.groups.other,
    fields: [
      f(
        'fundBudget',
        'Quỹ thi đua, khen thưởng được giao trong kỳ (đồng)',
        'number',
        'Để trống nếu không có số',
        false,
      ),
      f('fundSpent', 'Quỹ đã chi trong kỳ (đồng)', 'number', 'Để trống nếu không có số', false),
      f('fundProperly', TEXTS.fundProperly, 'tick', 'Đánh dấu x nếu đúng', false, [TICK]),
      f('trainingAttended', TEXTS.trainingAttended, 'tick', 'Đánh dấu x nếu đúng', false, [TICK]),
      f(
        'officerPost',
        'Chức danh người làm công tác thi đua, khen thưởng',
        'text',
        'Ví dụ: công chức Văn phòng - Thống kê',
        true,
      ),
      f('officerMode', 'Chuyên trách hay kiêm nhiệm', 'list', 'Chọn trong danh sách', true, OFFICER_MODES),
    ],
  },
  {
    key: 'difficulties',
    title: TEXTS.groups.difficulties,
    fields: TEXTS.difficulties.map(([key, label]) =>
      f(key, label, 'tick', 'Đánh dấu x nếu đúng với đơn vị', false, [TICK]),
    ),
  },
  {
    key: 'causes',
    title: TEXTS.groups.causes,
    fields: TEXTS.causes.map(([key, label]) => f(key, label, 'tick', 'Đánh dấu x nếu đúng với đơn vị', false, [TICK])),
  },
];

export const REPORT_DATA_FIELDS: readonly ReportDataField[] = REPORT_DATA_GROUPS.flatMap((g) => g.fields);

export type ReportDataValues = Readonly<Record<string, CellValue>>;

/** A phong trào of the period: one row of the table under the fields (→ 2.3, Phần thứ hai I). */
export interface CampaignRow {
  readonly name?: CellValue;
  /** "Thường xuyên" | "Chuyên đề" | "Theo đợt" */
  readonly kind?: CellValue;
  readonly launchedBy?: CellValue;
  /** The launching document's số, ký hiệu as in Phụ lục I ("69/KH-UBND"). */
  readonly document?: CellValue;
  readonly from?: CellValue;
  readonly to?: CellValue;
  /** The date it was reviewed (sơ kết, tổng kết). */
  readonly reviewed?: CellValue;
  /** The decision that rewarded it: a Số QĐ of the award register. */
  readonly decision?: CellValue;
}
export type CampaignColumn = keyof CampaignRow;
export const CAMPAIGN_COLUMNS: readonly CampaignColumn[] = [
  'name',
  'kind',
  'launchedBy',
  'document',
  'from',
  'to',
  'reviewed',
  'decision',
];
export const CAMPAIGN_KINDS = ['Thường xuyên', 'Chuyên đề', 'Theo đợt'] as const;
/** Rows of the table (a period's phong trào fit with room to spare). */
export const CAMPAIGN_ROWS = 15;

/** An activity of the Hội đồng or the cluster: one row of the table right of the campaigns (→ 1.3; training → 5). */
export interface EventRow {
  readonly date?: CellValue;
  readonly kind?: CellValue;
  /** What it was, in a few words ("Tổng kết công tác thi đua năm 2023 của Cụm thi đua số 7"). */
  readonly content?: CellValue;
  /** Its result in a few words ("xếp thứ 2/8", "khen thưởng 03 tập thể và 12 cá nhân"). */
  readonly result?: CellValue;
}
export type EventColumn = keyof EventRow;
export const EVENT_COLUMNS: readonly EventColumn[] = ['date', 'kind', 'content', 'result'];
/** Sheet column of the events table's first column (J: after the campaigns' A–H and a blank I). */
export const EVENT_FIRST_COL = 10;
export const EVENT_KINDS = [
  'Họp Hội đồng',
  'Hội nghị Cụm thi đua',
  'Ký giao ước thi đua',
  'Kiểm tra chéo',
  'Sơ kết, tổng kết phong trào',
  'Tập huấn nghiệp vụ',
] as const;
export const EVENT_TRAINING = 'Tập huấn nghiệp vụ';

export const REPORT_DATA_FIRST_ROW = 4;
export const REPORT_DATA_COLS = { label: 1, value: 2, hint: 3 } as const;

/** The campaigns table: its title row, header row and first line (below the fields, after a blank row). */
export function campaignRows(): { readonly title: number; readonly header: number; readonly first: number } {
  const last = REPORT_DATA_FIRST_ROW + REPORT_DATA_GROUPS.reduce((n, g) => n + 1 + g.fields.length, 0) - 1;
  return { title: last + 2, header: last + 3, first: last + 4 };
}

/** Row of each field and of each group's heading, in sheet order (a heading row before its fields). */
export function reportDataRows(): {
  readonly fields: ReadonlyMap<string, number>;
  readonly groups: ReadonlyMap<string, number>;
} {
  const fields = new Map<string, number>();
  const groups = new Map<string, number>();
  let row = REPORT_DATA_FIRST_ROW;
  for (const g of REPORT_DATA_GROUPS) {
    groups.set(g.key, row++);
    for (const x of g.fields) fields.set(x.key, row++);
  }
  return { fields, groups };
}

const STYLE: Record<ReportDataKind, string> = {
  text: 'textInput',
  number: 'numberInput',
  date: 'dateInput',
  tick: 'textInput',
  list: 'textInput',
};

function validationFor(x: ReportDataField, address: string): ValidationPlan | undefined {
  if (x.kind === 'tick' || x.kind === 'list')
    return {
      ranges: [address],
      rule: { type: 'list', items: x.items ?? [] },
      allowBlank: true,
      errorTitle: TEXT.validation.listTitle,
      errorMessage: TEXT.validation.listMessage((x.items ?? []).join(', ')),
    };
  if (x.kind === 'date')
    return {
      ranges: [address],
      rule: { type: 'date', min: '1900-01-01', max: '2100-12-31' },
      allowBlank: true,
      errorTitle: TEXT.validation.dateTitle,
      errorMessage: TEXT.validation.dateMessage,
    };
  return undefined;
}

export function buildReportDataSheet(
  values: ReportDataValues,
  campaigns: readonly CampaignRow[] = [],
  events: readonly EventRow[] = [],
): SheetPlan {
  const cells: CellPlan[] = [];
  const put = (c: Omit<CellPlan, 'address'>) => cells.push({ ...c, address: a1(c.row, c.col) });
  put({ row: 1, col: 1, role: 'title', value: TEXTS.title, style: 'title' });
  put({ row: 2, col: 1, role: 'label', value: TEXTS.instructions, style: 'hint' });
  put({ row: 3, col: 1, role: 'header', value: TEXT.info.headerField, style: 'header' });
  put({ row: 3, col: 2, role: 'header', value: TEXT.info.headerValue, style: 'header' });
  put({ row: 3, col: 3, role: 'header', value: TEXT.info.headerHint, style: 'header' });
  const { fields, groups } = reportDataRows();
  const validations: ValidationPlan[] = [];
  const merges = ['A1:H1', 'A2:H2'];
  let last = 3;
  for (const g of REPORT_DATA_GROUPS) {
    const row = groups.get(g.key)!;
    put({ row, col: 1, role: 'label', value: g.title, style: 'header', key: `reportData:group:${g.key}` });
    merges.push(`A${row}:C${row}`);
    for (const x of g.fields) {
      const r = fields.get(x.key)!;
      last = r;
      put({ row: r, col: REPORT_DATA_COLS.label, role: 'label', value: x.label, style: 'formLabel' });
      put({
        row: r,
        col: REPORT_DATA_COLS.value,
        role: 'input',
        value: values[x.key] ?? null,
        style: STYLE[x.kind],
        key: `reportData:${x.key}`,
      });
      put({ row: r, col: REPORT_DATA_COLS.hint, role: 'label', value: x.hint, style: 'hint' });
      const v = validationFor(x, a1(r, REPORT_DATA_COLS.value));
      if (v) validations.push(v);
    }
  }
  // The campaigns table: one row per phong trào, dates as dates, the kind from a list.
  const t = campaignRows();
  put({
    row: t.title,
    col: 1,
    role: 'label',
    value: TEXTS.campaignsTitle,
    style: 'header',
    key: 'reportData:campaigns',
  });
  merges.push(`A${t.title}:H${t.title}`);
  CAMPAIGN_COLUMNS.forEach((c, i) =>
    put({ row: t.header, col: i + 1, role: 'header', value: TEXTS.campaignHeaders[c], style: 'header' }),
  );
  const dateCols = new Set<CampaignColumn>(['from', 'to', 'reviewed']);
  for (let i = 0; i < Math.max(CAMPAIGN_ROWS, campaigns.length); i++) {
    const row = t.first + i;
    CAMPAIGN_COLUMNS.forEach((c, j) =>
      put({
        row,
        col: j + 1,
        role: 'input',
        value: campaigns[i]?.[c] ?? null,
        style: dateCols.has(c) ? 'dateInput' : 'textInput',
        key: `reportData:campaign:${i}:${c}`,
      }),
    );
  }
  const lastCampaign = t.first + Math.max(CAMPAIGN_ROWS, campaigns.length) - 1;
  validations.push({
    ranges: [`B${t.first}:B${lastCampaign}`],
    rule: { type: 'list', items: CAMPAIGN_KINDS },
    allowBlank: true,
    errorTitle: TEXT.validation.listTitle,
    errorMessage: TEXT.validation.listMessage(CAMPAIGN_KINDS.join(', ')),
  });
  validations.push({
    ranges: [`E${t.first}:G${lastCampaign}`],
    rule: { type: 'date', min: '1900-01-01', max: '2100-12-31' },
    allowBlank: true,
    errorTitle: TEXT.validation.dateTitle,
    errorMessage: TEXT.validation.dateMessage,
  });
  // The Hội đồng's and cluster's activities, right of the campaigns (their lines grow on their own).
  put({
    row: t.title,
    col: EVENT_FIRST_COL,
    role: 'label',
    value: TEXTS.eventsTitle,
    style: 'header',
    key: 'reportData:events',
  });
  merges.push(`J${t.title}:M${t.title}`);
  EVENT_COLUMNS.forEach((c, i) =>
    put({ row: t.header, col: EVENT_FIRST_COL + i, role: 'header', value: TEXTS.eventHeaders[c], style: 'header' }),
  );
  const eventLines = Math.max(CAMPAIGN_ROWS, events.length);
  for (let i = 0; i < eventLines; i++)
    EVENT_COLUMNS.forEach((c, j) =>
      put({
        row: t.first + i,
        col: EVENT_FIRST_COL + j,
        role: 'input',
        value: events[i]?.[c] ?? null,
        style: c === 'date' ? 'dateInput' : 'textInput',
        key: `reportData:event:${i}:${c}`,
      }),
    );
  const lastEvent = t.first + eventLines - 1;
  validations.push({
    ranges: [`K${t.first}:K${lastEvent}`],
    rule: { type: 'list', items: EVENT_KINDS },
    allowBlank: true,
    errorTitle: TEXT.validation.listTitle,
    errorMessage: TEXT.validation.listMessage(EVENT_KINDS.join(', ')),
  });
  validations.push({
    ranges: [`J${t.first}:J${lastEvent}`],
    rule: { type: 'date', min: '1900-01-01', max: '2100-12-31' },
    allowBlank: true,
    errorTitle: TEXT.validation.dateTitle,
    errorMessage: TEXT.validation.dateMessage,
  });
  last = Math.max(lastCampaign, lastEvent);
  return {
    key: 'reportData',
    name: REPORT_DATA_SHEET_NAME,
    columnWidths: [60, 40, 40, 16, 12, 12, 12, 18, 2, 12, 24, 50, 30],
    rowHeights: { 1: 24, 2: 46 },
    cells,
    merges,
    freeze: { rows: 3, columns: 0 },
    print: a4Print('portrait'),
    protect: true,
    validations,
    conditionalFormats: [],
    readExtent: `A1:M${last + 10}`,
  };
}

/** Is a tick-list field ticked (any mark: "x", "X", "✓")? */
export function isTicked(v: CellValue | undefined): boolean {
  return typeof v === 'string' ? normalizeText(v) !== '' : v === true || (typeof v === 'number' && v !== 0);
}

/** The facts that stay true into the next period (profile, organisation, officer): typed once. */
export function carriedReportData(values: ReportDataValues | undefined): ReportDataValues {
  const out: Record<string, CellValue> = {};
  for (const x of REPORT_DATA_FIELDS) {
    const v = values?.[x.key];
    if (x.carried && v !== undefined && v !== null && v !== '') out[x.key] = v;
  }
  return out;
}

/** The phong trào still running after `periodEnd` (no end date, or one after it): carried into the next period. */
export function carriedCampaigns(
  rows: readonly CampaignRow[] | undefined,
  periodEnd: number | undefined,
): CampaignRow[] {
  return (rows ?? []).filter((r) => {
    const to = typeof r.to === 'number' ? r.to : undefined;
    return (
      normalizeText(String(r.name ?? '')) !== '' && (to === undefined || periodEnd === undefined || to > periodEnd)
    );
  });
}

/** The period's last day (30/06 or 31/12) as an Excel serial, or undefined without a period and year. */
export function periodLastDay(info: Pick<UnitInfo, 'period' | 'year'>): number | undefined {
  if (info.year === undefined || info.period === undefined) return undefined;
  return toExcelSerial({
    year: info.year,
    month: info.period === 'year' ? 12 : 6,
    day: info.period === 'year' ? 31 : 30,
  });
}
