/**
 * Sheet "Danh sách khen thưởng": the award register, one line per decision entry
 * (STT · Số QĐ · Ngày QĐ · Cấp / cơ quan quyết định · Danh hiệu, hình thức · Loại ·
 * Đối tượng · Số lượng · Tên · Chức vụ, đơn vị · Lao động trực tiếp · Ghi chú · Đơn vị (khi
 * tổng hợp) · then what the documents need: Thành tích · Số tờ trình · Ngày tờ trình · Số vào sổ ·
 * Tiền thưởng (đồng)).
 *
 * Room for REGISTER_CAPACITY lines. Only filled lines are cells of the plan; the empty
 * lines are areas (formatted as ranges) and the data validation covers whole columns of
 * the capacity, so a new workbook's plan and its create request stay small. The
 * dropdown lists stand in locked columns to the right of the table (outside the print
 * area): award labels carry their level, because the form repeats labels across levels.
 */
import { a1, columnLetter, rangeA1 } from '../a1';
import type { Catalogue } from '../catalogue';
import { SUBJECTS } from '../catalogue';
import { isEmpty, toCellValue } from '../sheetGrid';
import {
  awardKey,
  REGISTER_COLUMN_ORDER,
  registerAwards,
  registerKinds,
  subjectLabel,
  DIRECT_MARK,
  type RegisterColumn,
  type RegisterLine,
  type TallySource,
} from '../register';
import { TEXT } from '../text/vi';
import { periodTitle, periodTitleFormula, type InfoValues } from './info';
import { a4Print } from './print';
import { locateRegisterLayout, STANDARD_REGISTER_LAYOUT, type RegisterLayout } from './registerHeaders';
import type { AreaPlan, CellPlan, NamePlan, SheetPlan, ValidationPlan } from './types';

export const REGISTER_SHEET_NAME = 'Danh sách khen thưởng';
export const REGISTER_HEADER_ROW = 5;
export const REGISTER_FIRST_ROW = 6;
/**
 * Lines the formulas, the validation and the formatting cover: what a commune records in a
 * year, with room to spare (docs/ARCHITECTURE.md, "Register capacity", says why this number).
 * Every reader, writer and check takes the capacity from here.
 */
export const REGISTER_CAPACITY = 30000;
export const REGISTER_LAST_ROW = REGISTER_FIRST_ROW + REGISTER_CAPACITY - 1;

/** Sheet column (1-based) of each register column. */
export const REGISTER_COLUMNS: Readonly<Record<RegisterColumn, number>> = Object.fromEntries(
  REGISTER_COLUMN_ORDER.map((c, i) => [c, i + 1]),
) as Record<RegisterColumn, number>;
export const REGISTER_LAST_COL = REGISTER_COLUMN_ORDER.length;
/** The dropdown lists: award labels, then Loại labels, one column each, after a blank column. */
export const REGISTER_LIST_COLS = { award: REGISTER_LAST_COL + 2, kind: REGISTER_LAST_COL + 3 } as const;

/** Names the tally's formulas use (short formulas; the register can move without touching them). */
export const REGISTER_NAMES: Readonly<Partial<Record<RegisterColumn, string>>> = {
  award: 'TDKT_DS_DanhHieu',
  kind: 'TDKT_DS_Loai',
  subject: 'TDKT_DS_DoiTuong',
  quantity: 'TDKT_DS_SoLuong',
  direct: 'TDKT_DS_LaoDongTrucTiep',
  // A line with a Tờ trình and no Số QĐ is a proposal: the formulas leave it out.
  decision: 'TDKT_DS_SoQD',
  proposal: 'TDKT_DS_ToTrinh',
};

/** The register's line 3 in either mode (repair and the switch may rewrite it). */
export const REGISTER_MODE_TEXTS: readonly string[] = [
  TEXT.register.instructionsRegister,
  TEXT.register.instructionsTyped,
];

export function registerColumnRange(col: RegisterColumn): string {
  const L = columnLetter(REGISTER_COLUMNS[col]);
  return `${L}${REGISTER_FIRST_ROW}:${L}${REGISTER_LAST_ROW}`;
}

export function registerNames(): NamePlan[] {
  return Object.entries(REGISTER_NAMES).map(([col, name]) => ({
    name: name!,
    sheet: 'register' as const,
    address: registerColumnRange(col as RegisterColumn),
  }));
}

const STYLE_OF: Readonly<Record<RegisterColumn, string>> = {
  number: 'registerNumber',
  decision: 'registerText',
  date: 'registerDate',
  authority: 'registerText',
  award: 'registerText',
  kind: 'registerText',
  subject: 'registerText',
  quantity: 'registerNumber',
  name: 'registerText',
  position: 'registerText',
  direct: 'registerNumber',
  note: 'registerText',
  achievement: 'registerText',
  proposal: 'registerText',
  proposalDate: 'registerDate',
  bookNumber: 'registerText',
  money: 'registerNumber',
  unit: 'registerText',
};

/**
 * The blank lines' style of a column where it differs from its filled cells': "Ngày tờ trình"
 * carries no date format over its 30,000 empty cells (sent cell by cell to Excel, about 0.4 MB
 * of every create and repair request); a date typed there is recognised by Excel as in any
 * cell, and a filled line's date is written with the date format.
 */
const AREA_STYLE_OF: Readonly<Partial<Record<RegisterColumn, string>>> = { proposalDate: 'registerNumber' };

/** A filled line's cell style where it is not its column's style with borders: money shows its thousands grouped. */
const OWN_LINE_STYLE_OF: Readonly<Partial<Record<RegisterColumn, string>>> = { money: 'registerMoneyLine' };

/** A filled line's cells print with borders (blank lines stay borderless, so they print nothing). */
const LINE_STYLE_OF: Readonly<Record<RegisterColumn, string>> = Object.fromEntries(
  Object.entries(STYLE_OF).map(([c, s]) => [c, OWN_LINE_STYLE_OF[c as RegisterColumn] ?? `${s}Line`]),
) as Record<RegisterColumn, string>;

/**
 * The register's print setup: landscape A4 at one page wide, the header row repeated, the
 * columns narrow enough that the lines print at 10–11 pt (13 columns at their typing widths
 * printed at about 7 pt), and a print area of rows (never whole columns: exceljs writes
 * "$A:$M" back as "$ANaN:$MNaN") that stops before the dropdown lists; "Đơn vị" is printed
 * only where the lines carry it (a cluster's aggregate). The documents' columns (Thành tích,
 * Tờ trình, Số vào sổ) stand right of it and are not printed: with them the list would print
 * under 9 pt, and the decision's danh sách is where they are read. Blank lines have no border or fill,
 * so Excel and LibreOffice leave their pages out.
 */
export const REGISTER_PRINT_WIDTHS = [5, 14, 11, 13, 23, 12, 9, 7, 22, 18, 8, 12, 14, 40, 16, 12, 10, 14] as const;

export function registerPrintArea(withUnit: boolean): string {
  return `A1:${columnLetter(withUnit ? REGISTER_COLUMNS.unit : REGISTER_COLUMNS.note)}${REGISTER_LAST_ROW}`;
}

/**
 * A filled line's height: the most lines any of its texts wraps to in its column (12 pt Times
 * New Roman: about 1,1 characters per unit of column width), 16 pt a line. A set height, so
 * Excel and LibreOffice lay the page out alike (neither grows a row for wrapped text on open).
 */
function lineHeight(line: RegisterLine): number {
  let lines = 1;
  REGISTER_COLUMN_ORDER.forEach((c, i) => {
    const v = line[c];
    if (v === undefined || v === null || typeof v !== 'string') return;
    const perLine = Math.max(4, Math.floor(REGISTER_PRINT_WIDTHS[i]! * 1.1));
    const wrapped = v.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, wrapped);
  });
  return 16 * lines + 2;
}

/**
 * The STT of a filled line, numbered by formula: the line's row less the header's, blank
 * while none of the line's own cells (Số QĐ … the last column) holds anything. Only on the
 * filled lines: a formula on every line of the capacity would make each blank line content,
 * and LibreOffice then prints the whole print area (measured: 667 pages for 5 filled lines of
 * 30,000, tests/core/registerStt.test.ts says why). A cheap formula on its own row: no range
 * that grows with the register, so a large register recalculates in one pass.
 *
 * `layout`: where the register stands when the clerk moved it (the entry help writes on the
 * sheet as found): the header row it counts from, the line's cells as far as its columns go
 * (a column the clerk inserted among them counted, as Excel widens the range on insert), the
 * STT's own cell never among them. Create and repair write the register as made.
 */
export function registerNumberFormula(row: number, layout: RegisterLayout = STANDARD_REGISTER_LAYOUT): string {
  const number = layout.columns.get('number');
  const others = [...layout.columns].filter(([c]) => c !== 'number').map(([, at]) => at);
  const from = others.length ? Math.min(...others) : 2;
  const to = others.length ? Math.max(...others) : REGISTER_LAST_COL;
  const spans =
    number !== undefined && number > from && number < to
      ? [
          [from, number - 1],
          [number + 1, to],
        ]
      : [[from, to]];
  const refs = spans.map(([a, b]) => `${columnLetter(a!)}${row}:${columnLetter(b!)}${row}`).join(',');
  return `=IF(COUNTA(${refs})=0,"",ROW()-${layout.headerRow})`;
}

/**
 * Is this content the STT formula (on any row, of any layout)? Repair restores it without a
 * word. Compared by shape: rows, columns and the header row aside.
 */
export function isRegisterNumberFormula(content: unknown): boolean {
  if (typeof content !== 'string') return false;
  const shape = (f: string) =>
    f
      .replace(/\s+/g, '')
      .toUpperCase()
      .replace(/\$?[A-Z]{1,3}\$?\d+/g, 'R')
      .replace(/\d+/g, '#');
  return shape(content) === shape(registerNumberFormula(REGISTER_FIRST_ROW));
}

/** Rows of filled lines as contiguous ranges across the register's columns (bordered areas). */
function lineBands(rows: readonly number[], lastLetter: string): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(`A${sorted[i]}:${lastLetter}${sorted[j]}`);
    i = j + 1;
  }
  return out;
}

/** Where each line stands: its own row if it has one, else the next free row. */
export function placeLines(lines: readonly RegisterLine[]): { row: number; line: RegisterLine }[] {
  const taken = new Set(lines.map((l) => l.row).filter((r): r is number => r !== undefined));
  let next = REGISTER_FIRST_ROW;
  return lines.map((line) => {
    if (line.row !== undefined) return { row: line.row, line };
    while (taken.has(next)) next++;
    taken.add(next);
    return { row: next, line };
  });
}

/** The lines that would stand below the capacity (not counted by the sheet): how many, and the first row. */
export function linesBeyondCapacity(lines: readonly RegisterLine[]): { count: number; first: number } | undefined {
  const rows = placeLines(lines)
    .map((p) => p.row)
    .filter((r) => r > REGISTER_LAST_ROW);
  return rows.length ? { count: rows.length, first: Math.min(...rows) } : undefined;
}

export function buildRegisterSheet(
  catalogue: Catalogue,
  lines: readonly RegisterLine[],
  info: InfoValues,
  source: TallySource,
): SheetPlan {
  const cells: CellPlan[] = [];
  const put = (c: Omit<CellPlan, 'address'>) => cells.push({ ...c, address: a1(c.row, c.col) });
  const lastLetter = columnLetter(REGISTER_LAST_COL);
  put({ row: 1, col: 1, role: 'title', value: TEXT.register.title, style: 'title' });
  put({ row: 2, col: 1, role: 'title', formula: periodTitleFormula(), cached: periodTitle(info), style: 'subtitle' });
  put({
    row: 3,
    col: 1,
    role: 'label',
    value: source === 'register' ? TEXT.register.instructionsRegister : TEXT.register.instructionsTyped,
    style: 'hint',
    key: 'register:mode',
  });
  REGISTER_COLUMN_ORDER.forEach((c) =>
    put({
      row: REGISTER_HEADER_ROW,
      col: REGISTER_COLUMNS[c],
      role: 'header',
      value: TEXT.register.headers[c],
      style: 'header',
    }),
  );

  const placed = placeLines(lines);
  let lastLine = REGISTER_FIRST_ROW - 1;
  for (const { row, line } of placed) {
    lastLine = Math.max(lastLine, row);
    // The STT: the form's formula, whatever number the line carried (a typed one is the clerk's:
    // repair keeps it aside and logs it when it differs from the formula's).
    put({
      row,
      col: REGISTER_COLUMNS.number,
      role: 'computed',
      formula: registerNumberFormula(row),
      cached: row - REGISTER_HEADER_ROW,
      style: LINE_STYLE_OF.number,
      key: `register:${row}:number`,
    });
    for (const c of REGISTER_COLUMN_ORDER) {
      if (c === 'number') continue;
      const v = line[c];
      if (v === undefined || v === null || v === '') continue;
      put({
        row,
        col: REGISTER_COLUMNS[c],
        role: 'input',
        value: v,
        style: LINE_STYLE_OF[c],
        key: `register:${row}:${c}`,
      });
    }
  }

  // The dropdown lists, locked, right of the table.
  const awards = registerAwards(catalogue).map((r) => awardKey(catalogue, r));
  const kinds = registerKinds(catalogue);
  const listHeader = (col: number, value: string) =>
    put({ row: REGISTER_HEADER_ROW, col, role: 'header', value, style: 'header' });
  listHeader(REGISTER_LIST_COLS.award, TEXT.register.listAwards);
  listHeader(REGISTER_LIST_COLS.kind, TEXT.register.listKinds);
  awards.forEach((v, i) =>
    put({ row: REGISTER_FIRST_ROW + i, col: REGISTER_LIST_COLS.award, role: 'label', value: v, style: 'label' }),
  );
  kinds.forEach((v, i) =>
    put({ row: REGISTER_FIRST_ROW + i, col: REGISTER_LIST_COLS.kind, role: 'label', value: v, style: 'label' }),
  );
  const listRange = (col: number, n: number) => {
    const L = columnLetter(col);
    return `$${L}$${REGISTER_FIRST_ROW}:$${L}$${REGISTER_FIRST_ROW + Math.max(n, 1) - 1}`;
  };

  const column = (c: RegisterColumn) => registerColumnRange(c);
  const validations: ValidationPlan[] = [
    {
      ranges: [column('date')],
      rule: { type: 'date', min: '2000-01-01', max: '2100-12-31' },
      allowBlank: true,
      errorTitle: TEXT.validation.dateTitle,
      errorMessage: TEXT.validation.dateMessage,
    },
    {
      ranges: [column('proposalDate')],
      rule: { type: 'date', min: '2000-01-01', max: '2100-12-31' },
      allowBlank: true,
      errorTitle: TEXT.validation.dateTitle,
      errorMessage: TEXT.register.proposalDateMessage,
    },
    {
      ranges: [column('award')],
      rule: { type: 'listRange', source: listRange(REGISTER_LIST_COLS.award, awards.length) },
      allowBlank: true,
      errorTitle: TEXT.validation.listTitle,
      errorMessage: TEXT.register.awardMessage,
    },
    {
      ranges: [column('kind')],
      rule: { type: 'listRange', source: listRange(REGISTER_LIST_COLS.kind, kinds.length) },
      allowBlank: true,
      errorTitle: TEXT.validation.listTitle,
      errorMessage: TEXT.register.kindMessage,
    },
    {
      ranges: [column('subject')],
      rule: { type: 'list', items: SUBJECTS.map(subjectLabel) },
      allowBlank: true,
      errorTitle: TEXT.validation.listTitle,
      errorMessage: TEXT.validation.listMessage(SUBJECTS.map(subjectLabel).join(', ')),
    },
    {
      ranges: [column('quantity')],
      rule: { type: 'wholeNumber', min: 1 },
      allowBlank: true,
      errorTitle: TEXT.validation.countTitle,
      errorMessage: TEXT.register.quantityMessage,
      promptTitle: TEXT.register.headers.quantity,
      prompt: TEXT.register.quantityPrompt,
    },
    {
      ranges: [column('money')],
      rule: { type: 'wholeNumber', min: 0 },
      allowBlank: true,
      errorTitle: TEXT.register.moneyTitle,
      errorMessage: TEXT.register.moneyMessage,
    },
    {
      ranges: [column('direct')],
      rule: { type: 'list', items: [DIRECT_MARK] },
      allowBlank: true,
      errorTitle: TEXT.validation.listTitle,
      errorMessage: TEXT.register.directMessage,
    },
  ];

  const areas: AreaPlan[] = [
    ...REGISTER_COLUMN_ORDER.map((c) => ({ range: column(c), style: AREA_STYLE_OF[c] ?? STYLE_OF[c] })),
    // The empty cells of a filled line get the line's borders too.
    ...lineBands(
      placed.map((p) => p.row),
      lastLetter,
    ).map((range) => ({ range, style: 'registerTextLine' })),
  ];
  const merges = [`A1:${lastLetter}1`, `A2:${lastLetter}2`, `A3:${lastLetter}3`];
  const widths = [...REGISTER_PRINT_WIDTHS, 2, 40, 24];
  const withUnit = lines.some((l) => l.unit !== undefined && l.unit !== null && l.unit !== '');
  const extentRows = Math.max(REGISTER_LAST_ROW, lastLine);
  return {
    key: 'register',
    name: REGISTER_SHEET_NAME,
    columnWidths: widths,
    rowHeights: {
      1: 24,
      3: 32,
      [REGISTER_HEADER_ROW]: 72,
      ...Object.fromEntries(placed.map(({ row, line }) => [row, lineHeight(line)])),
    },
    cells,
    merges,
    freeze: { rows: REGISTER_HEADER_ROW, columns: 0 },
    print: {
      ...a4Print('landscape', { titleRows: `${REGISTER_HEADER_ROW}:${REGISTER_HEADER_ROW}` }),
      printArea: registerPrintArea(withUnit),
    },
    protect: true,
    validations,
    conditionalFormats: [],
    // The lists' columns too, so a read-back shows them (and repair sees them intact).
    readExtent: `A1:${columnLetter(REGISTER_LIST_COLS.kind)}${extentRows}`,
    areas,
  };
}

/**
 * The lines typed in a register grid (values anchored at A1); blank lines skipped. Columns
 * are found by their headers and lines start under the header row, wherever a clerk's
 * inserted or deleted column or row put them (`layout`, found when not given). Each
 * line's `row` is its sheet row as found; `standardRow` maps it onto the layout as made.
 */
export function readRegisterLines(
  values: readonly (readonly unknown[])[] | undefined,
  used?: Set<string>,
  layout: RegisterLayout = locateRegisterLayout(values),
  formulas?: readonly (readonly unknown[])[],
): RegisterLine[] {
  const out: RegisterLine[] = [];
  if (!values) return out;
  const columns = [...layout.columns];
  for (let r = layout.headerRow + 1; r <= values.length; r++) {
    const src = values[r - 1];
    if (!Array.isArray(src)) continue;
    const line: { -readonly [K in keyof RegisterLine]: RegisterLine[K] } = {};
    let any = false;
    for (const [column, col] of columns) {
      const raw = src[col - 1];
      if (raw === '' || raw === null || raw === undefined || isEmpty(raw)) continue;
      const v = toCellValue(raw);
      if (v === null) continue;
      // The STT formula's number is the form's, not the clerk's: no input, and no line by itself.
      if (column === 'number' && isRegisterNumberFormula(formulas?.[r - 1]?.[col - 1])) {
        used?.add(a1(r, col));
        continue;
      }
      // As typed (not normalised): the tally's SUMIFS match the cell as it is, and so does the twin.
      line[column] = v;
      used?.add(a1(r, col));
      any = true;
    }
    if (any) {
      line.row = r;
      out.push(line);
    }
  }
  return out;
}

/** Lines read from a register as found, with their rows on the standard layout (what the named ranges cover). */
export function standardRows(lines: readonly RegisterLine[], layout: RegisterLayout): RegisterLine[] {
  if (layout.shift === 0) return [...lines];
  return lines.map((l) => (l.row === undefined ? l : { ...l, row: l.row - layout.shift }));
}

export { rangeA1 };
