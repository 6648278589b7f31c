/**
 * The standard workbook: what the clerk types (inputs) and the plan that lays it out —
 * the basis of create, repair, fill (the example) and aggregate, for every host.
 */
import type { Catalogue } from '../catalogue';
import { catalogueKey, DEFAULT_CATALOGUE, isBuiltInCatalogue } from '../catalogue';
import { buildCatalogueSheet } from '../layout/catalogueSheet';
import { buildDocumentsSheet, DOCUMENTS_SHEET_NAME, type DirectiveDocument } from '../layout/documents';
import { buildInfoSheet, INFO_SHEET_NAME, infoNames, type InfoValues } from '../layout/info';
import { buildNarrativeSheet, emptyNarrative, NARRATIVE_SHEET_NAME, type NarrativeInputs } from '../layout/narrative';
import { buildRegisterSheet, REGISTER_LAST_ROW, REGISTER_SHEET_NAME, registerNames } from '../layout/register';
import { STYLES } from '../layout/styles';
import { buildTallySheet, TALLY_SHEET_NAME, tallyLastRow } from '../layout/tally';
import type { SheetKey, SheetPlan, WorkbookPlan } from '../layout/types';
import { tallyFromRegister, type RegisterLine, type TallySource } from '../register';
import type { Tally } from '../tally';

/** Everything the clerk types, sheet by sheet. */
export interface WorkbookInputs {
  readonly info: InfoValues;
  readonly documents: readonly DirectiveDocument[];
  readonly tally: Tally;
  /** The report's narrative (sheet "Nội dung báo cáo"); absent = empty. */
  readonly narrative?: NarrativeInputs;
  /** The award register's lines (sheet "Danh sách khen thưởng"); absent = none. */
  readonly register?: readonly RegisterLine[];
  /**
   * Where the tally's counts come from. 'register': every count cell is a formula over the
   * register and `tally` is what the register gives (see `tallyFromRegister`); 'typed'
   * (absent): counts typed by hand, as in workbooks made before the register.
   */
  readonly tallySource?: TallySource;
}

/** A new workbook: empty, its tally following the register. */
export function emptyInputs(): WorkbookInputs {
  return { info: {}, documents: [], tally: {}, register: [], tallySource: 'register' };
}

/** The tally the inputs give: the register's sums in register mode, else the typed counts. */
export function effectiveTally(catalogue: Catalogue, inputs: WorkbookInputs): Tally {
  return inputs.tallySource === 'register'
    ? tallyFromRegister(catalogue, inputs.register ?? [], REGISTER_LAST_ROW)
    : inputs.tally;
}

/**
 * Sheets whose presence marks a workbook as ours. The register is not among them: a
 * clerk's own workbook may well have a sheet called "Danh sách khen thưởng".
 */
export const SHEET_NAMES: Readonly<
  Record<Exclude<SheetKey, 'units' | 'register' | 'catalogue' | 'repairLog'>, string>
> = {
  info: INFO_SHEET_NAME,
  documents: DOCUMENTS_SHEET_NAME,
  tally: TALLY_SHEET_NAME,
  narrative: NARRATIVE_SHEET_NAME,
};

/** One sheet of the standard workbook: how to lay it out from the inputs. */
export interface SheetDefinition {
  readonly key: SheetKey;
  readonly name: string;
  build(catalogue: Catalogue, inputs: WorkbookInputs): SheetPlan;
}

/** The sheets, in tab order. A new sheet is a new entry here; every host renders it. */
export const SHEETS: readonly SheetDefinition[] = [
  { key: 'info', name: INFO_SHEET_NAME, build: (c, i) => buildInfoSheet(i.info, catalogueKey(c)) },
  {
    key: 'tally',
    name: TALLY_SHEET_NAME,
    build: (c, i) => buildTallySheet(c, effectiveTally(c, i), i.info, i.tallySource ?? 'typed'),
  },
  {
    key: 'register',
    name: REGISTER_SHEET_NAME,
    build: (c, i) => buildRegisterSheet(c, i.register ?? [], i.info, i.tallySource ?? 'typed'),
  },
  { key: 'documents', name: DOCUMENTS_SHEET_NAME, build: (_c, i) => buildDocumentsSheet(i.documents, i.info) },
  {
    key: 'narrative',
    name: NARRATIVE_SHEET_NAME,
    build: (_c, i) => buildNarrativeSheet(i.narrative ?? emptyNarrative()),
  },
];

/** The whole workbook as a plan: blank for create, with inputs for repair, fill and aggregate. */
export function buildWorkbookPlan(
  catalogue: Catalogue = DEFAULT_CATALOGUE,
  inputs: WorkbookInputs = emptyInputs(),
): WorkbookPlan {
  return {
    formId: catalogue.formId,
    version: catalogue.version,
    sheets: [
      ...SHEETS.map((s) => s.build(catalogue, inputs)),
      // A catalogue from a file travels inside the workbook (very hidden); built-in forms need only their marker.
      ...(isBuiltInCatalogue(catalogue) ? [] : [buildCatalogueSheet(catalogue)]),
    ],
    names: [...infoNames(), ...registerNames()],
    styles: STYLES,
  };
}

export function sheetPlan(plan: WorkbookPlan, key: SheetKey): SheetPlan {
  const s = plan.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`The plan has no ${key} sheet`);
  return s;
}

export function isOurWorkbook(sheetNames: readonly string[]): boolean {
  return Object.values(SHEET_NAMES).some((n) => sheetNames.includes(n));
}

/** Last row of the tally table for this catalogue (for hosts that read a fixed extent). */
export function tallyTableEnd(catalogue: Catalogue): number {
  return tallyLastRow(catalogue);
}
