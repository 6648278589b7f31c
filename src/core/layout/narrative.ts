/**
 * Sheet "Nội dung báo cáo": the narrative of the report, one row per section of the
 * outline (number · heading · the clerk's text · a hint in its own locked column, so the
 * input starts empty and a hint is never mistaken for the clerk's text), then the list
 * of điển hình tiên tiến (name · address · model).
 */
import { a1 } from '../a1';
import { a4Print } from './print';
import { labelKey, normalizeText } from '../format/vietnamese';
import { OUTLINE, REPORT_TEXT } from '../text/report';
import type { CellPlan, CellValue, SheetPlan } from './types';

export interface ExemplaryModel {
  /** "Hộ bà Bé Thị Liên" */
  readonly name: string;
  /** "khối phố Trần Đăng Ninh, thị trấn Bắc Sơn" */
  readonly address: string;
  /** "Mô hình trồng cam đường canh" */
  readonly model: string;
}

export interface NarrativeInputs {
  /** Section key (OUTLINE) → the clerk's text; paragraphs separated by line breaks. */
  readonly sections: Readonly<Record<string, string>>;
  readonly models: readonly ExemplaryModel[];
}

export function emptyNarrative(): NarrativeInputs {
  return { sections: {}, models: [] };
}

export const NARRATIVE_SHEET_NAME = REPORT_TEXT.sheet.name;
export const NARRATIVE_HEADER_ROW = 3;
export const NARRATIVE_COLS = { number: 1, title: 2, text: 3, hint: 4 } as const;
/** Lines made ready for điển hình tiên tiến. */
export const MODEL_ROWS = 20;
/** The điển hình list's columns (A numbers the line). */
export const MODEL_COLS = { name: 2, address: 3, model: 4 } as const;

interface Layout {
  /** Section key → row. */
  readonly sectionRows: ReadonlyMap<string, number>;
  readonly part1Row: number;
  readonly part2Row: number;
  readonly modelsTitleRow: number;
  readonly modelsHeaderRow: number;
  readonly modelsFirstRow: number;
}

/** Row positions of the standard layout. */
export function narrativeLayout(): Layout {
  const sectionRows = new Map<string, number>();
  let row = NARRATIVE_HEADER_ROW + 1;
  const part1Row = row++;
  let part2Row = 0;
  for (const s of OUTLINE) {
    if (s.part === 2 && part2Row === 0) part2Row = row++;
    sectionRows.set(s.key, row++);
  }
  const modelsTitleRow = row + 1;
  return {
    sectionRows,
    part1Row,
    part2Row,
    modelsTitleRow,
    modelsHeaderRow: modelsTitleRow + 1,
    modelsFirstRow: modelsTitleRow + 2,
  };
}

/** Lines of a multi-line text as the report takes them: NFC, each line trimmed, blank lines dropped. */
export function narrativeText(v: unknown): string {
  if (v === null || v === undefined || typeof v === 'boolean') return '';
  return String(v)
    .normalize('NFC')
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Characters per line (Times New Roman 12 in columns C, B/C/D; the hint in D at 11). */
const TEXT_CHARS_PER_LINE = 80;
const HINT_CHARS_PER_LINE = 36;
const TITLE_CHARS_PER_LINE = 38;
const MODEL_CHARS_PER_LINE = [36, 80, 34] as const;
/** Excel's largest row height. */
const MAX_ROW_HEIGHT = 409;

/** Points a wrapped text needs: its lines (each paragraph at least one) × the line height. */
export function textHeight(text: string, charsPerLine: number, lineHeight: number): number {
  if (!text) return 0;
  const lines = text.split(/\r?\n/).reduce((n, p) => n + Math.max(1, Math.ceil(p.length / charsPerLine)), 0);
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * lineHeight + 6));
}

export function buildNarrativeSheet(inputs: NarrativeInputs = emptyNarrative()): SheetPlan {
  const L = narrativeLayout();
  const cells: CellPlan[] = [];
  const put = (c: Omit<CellPlan, 'address'>) => cells.push({ ...c, address: a1(c.row, c.col) });
  const sheetText = REPORT_TEXT.sheet;
  put({ row: 1, col: 1, role: 'title', value: sheetText.title, style: 'title' });
  put({ row: 2, col: 1, role: 'label', value: sheetText.instructions, style: 'hint' });
  sheetText.headers.forEach((h, i) =>
    put({ row: NARRATIVE_HEADER_ROW, col: i + 1, role: 'header', value: h, style: 'header' }),
  );
  put({ row: L.part1Row, col: 1, role: 'label', value: sheetText.part1, style: 'subtitle' });
  put({ row: L.part2Row, col: 1, role: 'label', value: sheetText.part2, style: 'subtitle' });
  const rowHeights: Record<number, number> = { 1: 36, 2: 48, [L.modelsTitleRow]: 24 };
  const merges = ['A1:D1', 'A2:D2', `A${L.part1Row}:D${L.part1Row}`, `A${L.part2Row}:D${L.part2Row}`];
  for (const s of OUTLINE) {
    const row = L.sectionRows.get(s.key)!;
    put({ row, col: NARRATIVE_COLS.number, role: 'label', value: s.number, style: 'number' });
    // A heading longer than column B wraps: its row needs its lines too.
    const titleHeight = textHeight(s.title, TITLE_CHARS_PER_LINE, 15.75);
    if (titleHeight > 20) rowHeights[row] = titleHeight;
    put({
      row,
      col: NARRATIVE_COLS.title,
      role: 'label',
      value: s.title,
      style: s.hasText ? 'label' : 'labelLevel',
      key: `narrative:${s.key}:title`,
    });
    if (s.hasText) {
      put({
        row,
        col: NARRATIVE_COLS.text,
        role: 'input',
        value: inputs.sections[s.key] || null,
        style: 'longTextInput',
        key: `narrative:${s.key}`,
      });
      put({ row, col: NARRATIVE_COLS.hint, role: 'label', value: s.hint, style: 'hint' });
      // Tall enough for what is typed (and for the hint beside it), printed or on screen:
      // Excel does not grow a row whose height is set.
      rowHeights[row] = Math.max(
        90,
        titleHeight,
        textHeight(inputs.sections[s.key] ?? '', TEXT_CHARS_PER_LINE, 15.75),
        textHeight(s.hint, HINT_CHARS_PER_LINE, 14.5),
      );
    }
  }
  put({ row: L.modelsTitleRow, col: 1, role: 'label', value: sheetText.modelsTitle, style: 'subtitle' });
  merges.push(`A${L.modelsTitleRow}:D${L.modelsTitleRow}`);
  sheetText.modelsHeaders.forEach((h, i) =>
    put({ row: L.modelsHeaderRow, col: i + 1, role: 'header', value: h, style: 'header' }),
  );
  const lines = Math.max(MODEL_ROWS, inputs.models.length);
  for (let i = 0; i < lines; i++) {
    const row = L.modelsFirstRow + i;
    const m = inputs.models[i];
    const filled = m !== undefined && (m.name || m.address || m.model);
    put({
      row,
      col: 1,
      role: 'computed',
      formula: `=IF(COUNTA(B${row}:D${row})=0,"",ROW()-${L.modelsFirstRow - 1})`,
      cached: filled ? i + 1 : '',
      style: 'number',
      key: `narrative:models:${i + 1}:number`,
    });
    if (m) {
      const h = Math.max(
        textHeight(m.name ?? '', MODEL_CHARS_PER_LINE[0], 15.75),
        textHeight(m.address ?? '', MODEL_CHARS_PER_LINE[1], 15.75),
        textHeight(m.model ?? '', MODEL_CHARS_PER_LINE[2], 15.75),
      );
      if (h > 20) rowHeights[row] = h;
    }
    (['name', 'address', 'model'] as const).forEach((field) =>
      put({
        row,
        col: MODEL_COLS[field],
        role: 'input',
        value: m?.[field] || null,
        style: 'longTextInput',
        key: `narrative:models:${i + 1}:${field}`,
      }),
    );
  }
  return {
    key: 'narrative',
    name: NARRATIVE_SHEET_NAME,
    columnWidths: [7, 42, 90, 40],
    rowHeights,
    cells,
    merges,
    freeze: { rows: NARRATIVE_HEADER_ROW, columns: 0 },
    print: a4Print('landscape', { titleRows: `${NARRATIVE_HEADER_ROW}:${NARRATIVE_HEADER_ROW}` }),
    protect: true,
    validations: [],
    conditionalFormats: [],
    readExtent: `A1:D${L.modelsFirstRow + lines + 40}`,
  };
}

type Values = readonly (readonly unknown[])[];

function at(values: Values, row: number, col: number): unknown {
  const line = values[row - 1];
  return Array.isArray(line) ? line[col - 1] : undefined;
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export interface NarrativeRead {
  readonly inputs: NarrativeInputs;
  /** A1 addresses whose content went into `inputs`. */
  readonly consumed: ReadonlySet<string>;
  /** Section key → the row its text is on (found by heading; else the standard row). */
  readonly rows: Readonly<Record<string, number>>;
}

/**
 * Read the narrative back from a grid (values anchored at A1). Sections are found by
 * their heading (a moved row still counts), else at the standard row; the list of
 * điển hình under its title row.
 */
/** Where the narrative's inputs are on a grid: sections by heading (else the standard row), the models' first line. */
export function narrativePositions(values: Values): {
  readonly sections: ReadonlyMap<string, number>;
  readonly modelsFirstRow: number;
} {
  const L = narrativeLayout();
  const byTitle = new Map<string, number>();
  let modelsTitleRow: number | undefined;
  for (let r = 1; r <= values.length; r++) {
    const t = at(values, r, NARRATIVE_COLS.title);
    if (typeof t === 'string' && !byTitle.has(labelKey(t))) byTitle.set(labelKey(t), r);
    const a = at(values, r, 1);
    if (typeof a === 'string' && labelKey(a) === labelKey(REPORT_TEXT.sheet.modelsTitle)) modelsTitleRow ??= r;
  }
  const sections = new Map<string, number>();
  for (const s of OUTLINE) {
    if (s.hasText) sections.set(s.key, byTitle.get(labelKey(s.title)) ?? L.sectionRows.get(s.key)!);
  }
  return { sections, modelsFirstRow: (modelsTitleRow ?? L.modelsTitleRow) + 2 };
}

export function readNarrative(values: Values | undefined): NarrativeRead {
  const consumed = new Set<string>();
  const pos = narrativePositions(values ?? []);
  if (!values) return { inputs: emptyNarrative(), consumed, rows: Object.fromEntries(pos.sections) };
  const sections: Record<string, string> = {};
  for (const [key, row] of pos.sections) {
    const v = at(values, row, NARRATIVE_COLS.text);
    if (isBlank(v)) continue;
    const text = narrativeText(v);
    if (text) sections[key] = text;
    consumed.add(a1(row, NARRATIVE_COLS.text));
  }
  const first = pos.modelsFirstRow;
  const models: ExemplaryModel[] = [];
  const cellText = (v: unknown) => (isBlank(v) || typeof v === 'boolean' ? '' : normalizeText(String(v)));
  for (let r = first; r <= values.length; r++) {
    const m = {
      name: cellText(at(values, r, MODEL_COLS.name)),
      address: cellText(at(values, r, MODEL_COLS.address)),
      model: cellText(at(values, r, MODEL_COLS.model)),
    };
    for (let c = MODEL_COLS.name; c <= MODEL_COLS.model; c++) if (!isBlank(at(values, r, c))) consumed.add(a1(r, c));
    if (m.name || m.address || m.model) models.push(m);
  }
  return { inputs: { sections, models }, consumed, rows: Object.fromEntries(pos.sections) };
}

/** JSON → narrative inputs (the example's "narrative" key). Throws on unknown section keys. */
export interface NarrativeJson {
  readonly sections?: Readonly<Record<string, string | readonly string[]>>;
  readonly models?: readonly Partial<ExemplaryModel>[];
}

export function narrativeFromJson(json: NarrativeJson | undefined): NarrativeInputs {
  if (!json) return emptyNarrative();
  const sections: Record<string, string> = {};
  for (const [k, v] of Object.entries(json.sections ?? {})) {
    const s = OUTLINE.find((x) => x.key === k);
    if (!s || !s.hasText) throw new Error(`Unknown narrative section "${k}"`);
    const text = narrativeText(Array.isArray(v) ? v.join('\n') : (v as string));
    if (text) sections[k] = text;
  }
  const models = (json.models ?? []).map((m) => ({
    name: normalizeText(m.name ?? ''),
    address: normalizeText(m.address ?? ''),
    model: normalizeText(m.model ?? ''),
  }));
  return { sections, models };
}

export type { CellValue };
