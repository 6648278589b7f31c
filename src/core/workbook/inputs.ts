/** What the clerk types in the standard workbook, sheet by sheet. */
import type { Catalogue } from '../catalogue';
import type { DirectiveDocument } from '../layout/documents';
import type { CertificateLayoutInputs } from './sheets/certificateLayout';
import type { InfoValues, ProvinceBasisRow } from '../layout/info';
import type { NarrativeInputs } from '../layout/narrative';
import type { CampaignRow, EventRow, ReportDataValues } from '../layout/reportData';
import { REGISTER_LAST_ROW } from '../layout/register';
import { tallyFromRegister, type RegisterLine, type TallySource } from '../register';
import { dict } from '../dict';
import type { CountColumn, Counts, Tally } from '../tally';

/** Everything the clerk types, sheet by sheet. */
export interface WorkbookInputs {
  readonly info: InfoValues;
  /** The province's căn cứ lines (the table on "Thông tin chung"); absent = none. */
  readonly provinceBases?: readonly ProvinceBasisRow[];
  readonly documents: readonly DirectiveDocument[];
  readonly tally: Tally;
  /** The report's narrative (sheet "Nội dung báo cáo"); absent = empty. */
  readonly narrative?: NarrativeInputs;
  /**
   * Where each section's text was read ("Nội dung báo cáo": section key → row, found by heading
   * where the clerk moved rows); absent = the standard layout. The report points at these cells.
   */
  readonly narrativeRows?: Readonly<Record<string, number>>;
  /** Short facts the report drafts from (sheet "Số liệu báo cáo"); absent = none. */
  readonly reportData?: ReportDataValues;
  /** The period's phong trào (the table on "Số liệu báo cáo"); absent = none. */
  readonly campaigns?: readonly CampaignRow[];
  /** The Hội đồng's and cluster's activities (the table beside it); absent = none. */
  readonly events?: readonly EventRow[];
  /**
   * Where the Giấy khen's fields print (sheet "Mẫu in giấy khen"): the values the clerk changed
   * from the shipped layout, with their cells; absent = the shipped layout.
   */
  readonly certificateLayout?: CertificateLayoutInputs;
  /** The award register's lines (sheet "Danh sách khen thưởng"); absent = none. */
  readonly register?: readonly RegisterLine[];
  /**
   * Where the tally's counts come from. 'register': every count cell is a formula over the
   * register and `tally` is what the register gives (see `tallyFromRegister`); 'typed'
   * (absent): counts typed by hand, as in workbooks made before the register.
   */
  readonly tallySource?: TallySource;
  /**
   * Register mode: count cells ("rowId:column") that stay typed, their numbers in `tally` —
   * what the switch to the register could not turn into lines exactly.
   */
  readonly typedCounts?: ReadonlySet<string>;
}

/** A new workbook: empty, its tally following the register. */
export function emptyInputs(): WorkbookInputs {
  return { info: {}, documents: [], tally: {}, register: [], tallySource: 'register' };
}

/** The tally the inputs give: the register's sums in register mode, else the typed counts. */
export function effectiveTally(catalogue: Catalogue, inputs: WorkbookInputs): Tally {
  if (inputs.tallySource !== 'register') return inputs.tally;
  const t = tallyFromRegister(catalogue, inputs.register ?? [], REGISTER_LAST_ROW);
  if (!inputs.typedCounts?.size) return t;
  const out = dict<Partial<Counts>>();
  for (const id of Object.keys(t)) out[id] = { ...t[id] };
  for (const key of inputs.typedCounts) {
    const [id, col] = key.split(':') as [string, CountColumn];
    const c = (out[id] ??= {});
    if (inputs.tally[id]?.[col] !== undefined) c[col] = inputs.tally[id][col];
    else delete c[col];
  }
  return out;
}
