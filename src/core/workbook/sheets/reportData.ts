/** "Số liệu báo cáo": the short facts the report drafts I.1, I.2, 1.3, 2.1–2.3, 3, 5 and III.1–III.3 from. */
import { a1 } from '../../a1';
import { labelKey } from '../../format/vietnamese';
import { TEXT } from '../../text/vi';
import {
  buildReportDataSheet,
  CAMPAIGN_COLUMNS,
  CAMPAIGN_ROWS,
  campaignRows,
  EVENT_COLUMNS,
  EVENT_FIRST_COL,
  type CampaignRow,
  type EventRow,
  REPORT_DATA_COLS,
  REPORT_DATA_FIELDS,
  REPORT_DATA_SHEET_NAME,
  reportDataRows,
  type ReportDataValues,
} from '../../layout/reportData';
import type { CellValue } from '../../layout/types';
import type { SheetGrid } from '../../sheetGrid';
import { toCellValue, valueAt } from '../../sheetGrid';
import { columnKeys, keepCell, share, type SheetDefinition } from '../sheetDefinition';

/** Where each field's value stands: beside its label (a moved row still counts), else on its row as made. */
export function reportDataFieldRows(g: SheetGrid): ReadonlyMap<string, number> {
  const byLabel = new Map<string, number>();
  for (let r = 1; r <= g.values.length; r++) {
    const v = valueAt(g, r, REPORT_DATA_COLS.label);
    if (typeof v === 'string' && !byLabel.has(labelKey(v))) byLabel.set(labelKey(v), r);
  }
  const made = reportDataRows().fields;
  const rows = new Map<string, number>();
  for (const x of REPORT_DATA_FIELDS) {
    const found = byLabel.get(labelKey(x.label));
    const row = made.get(x.key)!;
    // Its row as made only when that row holds no other label: a sheet made before a field was
    // added has another field (or the tables) there, whose value must not be read twice.
    const there = valueAt(g, row, REPORT_DATA_COLS.label);
    if (found !== undefined) rows.set(x.key, found);
    else if (there === null || there === undefined || there === '') rows.set(x.key, row);
  }
  return rows;
}

/**
 * First line of the campaigns and events tables: two rows under their title wherever it stands
 * (a sheet made before fields were added has its tables higher up), else where made now.
 */
export function tableFirstRow(g: SheetGrid): number {
  const title = labelKey(TEXT.reportData.campaignsTitle);
  for (let r = 1; r <= g.values.length; r++) {
    const v = valueAt(g, r, 1);
    if (typeof v === 'string' && labelKey(v) === title) return r + 2;
  }
  return campaignRows().first;
}

export function readReportData(g: SheetGrid | undefined, used: Set<string>): ReportDataValues {
  const out: Record<string, CellValue> = {};
  if (!g) return out;
  for (const [key, row] of reportDataFieldRows(g)) {
    const v = toCellValue(valueAt(g, row, REPORT_DATA_COLS.value));
    if (v !== null) {
      out[key] = typeof v === 'string' ? v.normalize('NFC') : v;
      used.add(a1(row, REPORT_DATA_COLS.value));
    }
  }
  return out;
}

/** The campaigns table's lines with something typed (blank lines skipped), from its first line down. */
export function readCampaigns(g: SheetGrid | undefined, used: Set<string>): CampaignRow[] {
  const out: CampaignRow[] = [];
  if (!g) return out;
  const first = tableFirstRow(g);
  for (let r = first; r <= Math.max(g.values.length, first + CAMPAIGN_ROWS - 1); r++) {
    const line: Record<string, CellValue> = {};
    CAMPAIGN_COLUMNS.forEach((c, j) => {
      const v = toCellValue(valueAt(g, r, j + 1));
      if (v === null) return;
      line[c] = typeof v === 'string' ? v.normalize('NFC') : v;
      used.add(a1(r, j + 1));
    });
    if (Object.keys(line).length) out.push(line as CampaignRow);
  }
  return out;
}

/** The events table's lines with something typed, from its first line down. */
export function readEvents(g: SheetGrid | undefined, used: Set<string>): EventRow[] {
  const out: EventRow[] = [];
  if (!g) return out;
  const first = tableFirstRow(g);
  for (let r = first; r <= g.values.length; r++) {
    const line: Record<string, CellValue> = {};
    EVENT_COLUMNS.forEach((c, j) => {
      const v = toCellValue(valueAt(g, r, EVENT_FIRST_COL + j));
      if (v === null) return;
      line[c] = typeof v === 'string' ? v.normalize('NFC') : v;
      used.add(a1(r, EVENT_FIRST_COL + j));
    });
    if (Object.keys(line).length) out.push(line as EventRow);
  }
  return out;
}

export const REPORT_DATA_SHEET: SheetDefinition = {
  key: 'reportData',
  name: REPORT_DATA_SHEET_NAME,
  // Made after the first workbooks: its absence is no finding (repair adds it), nor a mark of ours.
  marksOurs: false,
  adoptable: true,
  build: (_catalogue, inputs) =>
    buildReportDataSheet(inputs.reportData ?? {}, inputs.campaigns ?? [], inputs.events ?? []),
  read: (_catalogue, grids, used) => {
    const g = grids.sheets[REPORT_DATA_SHEET_NAME];
    return { reportData: readReportData(g, used), campaigns: readCampaigns(g, used), events: readEvents(g, used) };
  },
  resemblance: (_catalogue, g) =>
    share(
      REPORT_DATA_FIELDS.map((x) => x.label),
      columnKeys(g, REPORT_DATA_COLS.label, 80),
    ),
  keep(_catalogue, g, put) {
    for (const [key, row] of reportDataFieldRows(g)) put(`reportData:${key}`, keepCell(g, row, REPORT_DATA_COLS.value));
    // The campaigns table line by line, as made (blank lines stay where they are).
    const first = tableFirstRow(g);
    for (let i = 0; first + i <= g.values.length; i++) {
      CAMPAIGN_COLUMNS.forEach((c, j) => put(`reportData:campaign:${i}:${c}`, keepCell(g, first + i, j + 1)));
      EVENT_COLUMNS.forEach((c, j) => put(`reportData:event:${i}:${c}`, keepCell(g, first + i, EVENT_FIRST_COL + j)));
    }
  },
  // Room for every kept campaign line (a table the clerk made longer keeps its lines).
  makeRoom(inputs, kept) {
    const lines = (table: 'campaign' | 'event') => {
      let n = 0;
      for (const key of kept.keys()) {
        const m = new RegExp(`^reportData:${table}:(\\d+):`).exec(key);
        if (m) n = Math.max(n, Number(m[1]) + 1);
      }
      return n;
    };
    const pad = <T extends object>(have: readonly T[], n: number): T[] =>
      n > have.length ? [...have, ...Array.from({ length: n - have.length }, () => ({}) as T)] : [...have];
    return {
      ...inputs,
      campaigns: pad(inputs.campaigns ?? [], lines('campaign')),
      events: pad(inputs.events ?? [], lines('event')),
    };
  },
};
