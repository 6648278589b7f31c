/** Inputs as JSON (the example's data file, `tdkt create --data`). */
import type { Catalogue } from '../catalogue';
import { catalogueKey } from '../catalogue';
import { dict } from '../dict';
import { toExcelSerial } from '../format/vietnamese';
import type { DirectiveDocument } from '../layout/documents';
import { BASES_COLUMNS, INFO_FIELDS, type InfoKey, type ProvinceBasisRow } from '../layout/info';
import { narrativeFromJson, type NarrativeJson } from '../layout/narrative';
import {
  CAMPAIGN_COLUMNS,
  EVENT_COLUMNS,
  REPORT_DATA_FIELDS,
  type CampaignColumn,
  type CampaignRow,
  type EventColumn,
  type EventRow,
} from '../layout/reportData';
import { REGISTER_LAST_ROW } from '../layout/register';
import type { CellValue } from '../layout/types';
import {
  REGISTER_COLUMN_ORDER,
  tallyFromRegister,
  type RegisterColumn,
  type RegisterLine,
  type TallySource,
} from '../register';
import type { CountColumn, Counts } from '../tally';
import { COUNT_COLUMNS } from '../tally';
import type { WorkbookInputs } from './inputs';

/** The JSON form of a workbook's inputs: dates as ISO strings, the tally by catalogue row id. */
export interface WorkbookInputsJson {
  readonly form?: string;
  readonly info?: Readonly<Record<string, string | number | null>>;
  readonly documents?: readonly Partial<DirectiveDocument>[];
  readonly tally?: Readonly<Record<string, Readonly<Partial<Record<CountColumn, number>>>>>;
  readonly narrative?: NarrativeJson;
  /** "Số liệu báo cáo" by field key (layout/reportData.ts): numbers, short texts, ISO dates, "x" ticks. */
  readonly reportData?: Readonly<Record<string, string | number | null>>;
  /** The period's phong trào (layout/reportData.ts CampaignRow; dates as ISO strings). */
  readonly campaigns?: readonly Readonly<Record<string, string | number | null>>[];
  /** The Hội đồng's and cluster's activities (EventRow; the date as an ISO string). */
  readonly events?: readonly Readonly<Record<string, string | number | null>>[];
  /** The province's căn cứ lines ({ text, from?, until? }, dates as ISO strings; layout/info.ts). */
  readonly provinceBases?: readonly Readonly<Record<string, string | number | null>>[];
  /** Register lines (dates as ISO strings). Given → register mode; else a `tally` → hand-typed. */
  readonly register?: readonly Readonly<Partial<Record<RegisterColumn, string | number | null>>>[];
}

/** JSON → inputs, with the report date as an Excel serial like a typed date. Throws on unknown keys. */
export function inputsFromJson(catalogue: Catalogue, json: WorkbookInputsJson): WorkbookInputs {
  const info: Partial<Record<InfoKey, CellValue>> = {};
  for (const [k, v] of Object.entries(json.info ?? {})) {
    const field = INFO_FIELDS.find((f) => f.key === k);
    if (!field) throw new Error(`Unknown info field "${k}"`);
    if (v === null || v === '') continue;
    if (field.kind === 'date' && typeof v === 'string') {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m) throw new Error(`Info field "${k}" must be an ISO date (YYYY-MM-DD), got "${v}"`);
      info[field.key] = toExcelSerial({ year: +m[1]!, month: +m[2]!, day: +m[3]! });
    } else {
      info[field.key] = typeof v === 'string' ? v.normalize('NFC') : v;
    }
  }
  const reportData: Record<string, CellValue> = {};
  for (const [k, v] of Object.entries(json.reportData ?? {})) {
    const field = REPORT_DATA_FIELDS.find((f) => f.key === k);
    if (!field) throw new Error(`Unknown reportData field "${k}"`);
    if (v === null || v === '') continue;
    if (field.kind === 'date' && typeof v === 'string') {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m) throw new Error(`reportData field "${k}" must be an ISO date (YYYY-MM-DD), got "${v}"`);
      reportData[k] = toExcelSerial({ year: +m[1]!, month: +m[2]!, day: +m[3]! });
    } else reportData[k] = typeof v === 'string' ? v.normalize('NFC') : v;
  }
  const campaigns = (json.campaigns ?? []).map((row, i) => {
    const out: Record<string, CellValue> = {};
    for (const [k, v] of Object.entries(row)) {
      if (!CAMPAIGN_COLUMNS.includes(k as CampaignColumn))
        throw new Error(`Unknown campaigns column "${k}" on row ${i + 1}`);
      if (v === null || v === '') continue;
      const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
      out[k] =
        m && ['from', 'to', 'reviewed'].includes(k)
          ? toExcelSerial({ year: +m[1]!, month: +m[2]!, day: +m[3]! })
          : typeof v === 'string'
            ? v.normalize('NFC')
            : v;
    }
    return out as CampaignRow;
  });
  const events = (json.events ?? []).map((row, i) => {
    const out: Record<string, CellValue> = {};
    for (const [k, v] of Object.entries(row)) {
      if (!EVENT_COLUMNS.includes(k as EventColumn)) throw new Error(`Unknown events column "${k}" on row ${i + 1}`);
      if (v === null || v === '') continue;
      const m = typeof v === 'string' && k === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
      out[k] = m
        ? toExcelSerial({ year: +m[1]!, month: +m[2]!, day: +m[3]! })
        : typeof v === 'string'
          ? v.normalize('NFC')
          : v;
    }
    return out as EventRow;
  });
  const provinceBases = (json.provinceBases ?? []).map((row, i) => {
    const out: Record<string, CellValue> = {};
    for (const [k, v] of Object.entries(row)) {
      if (!(k in BASES_COLUMNS)) throw new Error(`Unknown provinceBases column "${k}" on row ${i + 1}`);
      if (v === null || v === '') continue;
      const m = typeof v === 'string' && k !== 'text' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
      out[k] = m
        ? toExcelSerial({ year: +m[1]!, month: +m[2]!, day: +m[3]! })
        : typeof v === 'string'
          ? v.normalize('NFC')
          : v;
    }
    return out as ProvinceBasisRow;
  });
  const tally = dict<Partial<Counts>>();
  for (const [id, counts] of Object.entries(json.tally ?? {})) {
    const row = catalogue.rows.find((r) => r.id === id);
    if (!row) throw new Error(`Unknown tally row "${id}" in ${catalogueKey(catalogue)}`);
    for (const [col, v] of Object.entries(counts)) {
      if (!COUNT_COLUMNS.includes(col as CountColumn)) throw new Error(`Unknown tally column "${col}" on row "${id}"`);
      (tally[id] ??= {})[col as CountColumn] = v;
    }
  }
  const documents = (json.documents ?? []).map((d) => ({
    reference: (d.reference ?? '').normalize('NFC'),
    summary: (d.summary ?? '').normalize('NFC'),
    note: (d.note ?? '').normalize('NFC'),
  }));
  const register: RegisterLine[] | undefined = json.register?.map((l, i) => {
    const line: Partial<Record<RegisterColumn, CellValue>> = {};
    for (const [k, v] of Object.entries(l)) {
      if (!REGISTER_COLUMN_ORDER.includes(k as RegisterColumn))
        throw new Error(`Unknown register column "${k}" on line ${i + 1}`);
      if (v === null || v === '') continue;
      if ((k === 'date' || k === 'proposalDate') && typeof v === 'string') {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
        if (!m) throw new Error(`Register line ${i + 1}: ${k} must be an ISO date (YYYY-MM-DD), got "${v}"`);
        line[k] = toExcelSerial({ year: +m[1]!, month: +m[2]!, day: +m[3]! });
      } else {
        line[k as RegisterColumn] = typeof v === 'string' ? v.normalize('NFC') : v;
      }
    }
    return line;
  });
  if (register && json.tally && Object.keys(json.tally).length) {
    throw new Error('Give either "register" lines or a typed "tally", not both (the register gives the tally)');
  }
  const tallySource: TallySource = register || !json.tally ? 'register' : 'typed';
  return {
    info,
    documents,
    // Register mode: the tally is what the register gives (as read back from a workbook).
    tally: tallySource === 'register' ? tallyFromRegister(catalogue, register ?? [], REGISTER_LAST_ROW) : tally,
    narrative: narrativeFromJson(json.narrative),
    ...(Object.keys(reportData).length ? { reportData } : {}),
    ...(campaigns.length ? { campaigns } : {}),
    ...(events.length ? { events } : {}),
    ...(provinceBases.length ? { provinceBases } : {}),
    register: register ?? [],
    tallySource,
  };
}
