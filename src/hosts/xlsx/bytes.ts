/**
 * An .xlsx from its bytes — the part of reading a file that runs in Node (the CLI) and in
 * the browser (the pane's "Tổng hợp"): recognising what the bytes are, loading them with
 * an exceljs the caller hands in (the pane imports it lazily, the CLI requires it), and
 * the grids with the form they belong to. No Node imports here.
 */
import type ExcelJS from 'exceljs';
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE,
  detectCatalogue,
  FILE_PROBLEMS,
  locateSheets,
  TALLY_SHEET_NAME,
  type Catalogue,
  type FileProblem,
  type WorkbookGrids,
  type WorkbookPlan,
} from '../../core';
import { readGrids, type ReadGridOptions } from './read';

/** Problems whose detail is our own Vietnamese text (the others' is a library's or the system's). */
const OWN_DETAIL: ReadonlySet<FileProblem> = new Set([
  'ambiguous-sheets',
  'output-folder-missing',
  'output-read-only',
  'sheet-too-large',
  'too-large-to-repair',
  'sheet-not-kept',
  'form-unknown',
]);

/** A file that cannot be used at all; `message` is the Vietnamese sentence for the clerk. */
export class XlsxFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly file: string,
    readonly detail?: string,
  ) {
    // Library and system detail stays out of the clerk's sentence (the CLI shows it with --debug).
    super(FILE_PROBLEMS[problem](file, OWN_DETAIL.has(problem) ? detail : undefined));
    this.name = 'XlsxFileError';
  }
}

export function shortReason(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n')[0]!.slice(0, 120);
}

// ── Recognising a file ────────────────────────────────────────────────────────

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Names of the entries in a zip's central directory, or undefined if it has none (truncated). */
export function zipEntryNames(buf: Uint8Array): string[] | undefined {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u32 = (i: number) => view.getUint32(i, true);
  const u16 = (i: number) => view.getUint16(i, true);
  const utf8 = new TextDecoder('utf-8');
  const min = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= min; i--) {
    if (u32(i) !== 0x06054b50) continue;
    const count = u16(i + 10);
    let p = u32(i + 16);
    const names: string[] = [];
    for (let k = 0; k < count; k++) {
      if (p + 46 > buf.length || u32(p) !== 0x02014b50) return undefined;
      const n = u16(p + 28);
      const extra = u16(p + 30);
      const comment = u16(p + 32);
      names.push(utf8.decode(buf.subarray(p + 46, Math.min(buf.length, p + 46 + n))));
      p += 46 + n + extra + comment;
    }
    return names;
  }
  return undefined;
}

/** Does `buf` contain `needle`? */
function includesBytes(buf: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= buf.length; i++) {
    for (let k = 0; k < needle.length; k++) if (buf[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** "EncryptedPackage" in UTF-16LE, as a compound file's directory names its streams. */
const ENCRYPTED_PACKAGE = Uint8Array.from([...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]));

/**
 * Is this OLE compound file an encrypted Office package (a password-protected .xlsx)? An
 * encrypted OOXML file holds the streams "EncryptionInfo" and "EncryptedPackage"
 * (MS-OFFCRYPTO 2.3.4); an old .xls holds "Workbook" or "Book".
 */
function isEncryptedPackage(buf: Uint8Array): boolean {
  return includesBytes(buf, ENCRYPTED_PACKAGE);
}

/** Why some bytes are not a usable .xlsx, or undefined if they look like one. */
export function sniffXlsx(buf: Uint8Array): FileProblem | undefined {
  if (buf.length === 0) return 'empty';
  if (buf.length >= 8 && OLE_MAGIC.every((b, i) => buf[i] === b))
    return isEncryptedPackage(buf) ? 'encrypted' : 'old-xls';
  if (buf.length < 4 || buf[0] !== 0x50 || buf[1] !== 0x4b || buf[2] !== 0x03 || buf[3] !== 0x04) return 'not-zip';
  const names = zipEntryNames(buf);
  if (!names) return 'corrupt';
  if (!names.includes('xl/workbook.xml') || !names.includes('[Content_Types].xml')) return 'not-xlsx';
  return undefined;
}

/**
 * Worksheet parts that reading values and formulas does not need (exceljs's `ignoreNodes`):
 * skipping them halves the load time of one of our workbooks (docs/MEASUREMENTS.md), which
 * counts when the aggregate reads 200 of them. Only for workbooks that are read, never
 * written back (validation rules, formats and protection would be lost).
 */
const VALUES_ONLY_IGNORED = [
  'dataValidations',
  'conditionalFormatting',
  'pageSetup',
  'printOptions',
  'headerFooter',
  'pageMargins',
  'sheetProtection',
  'rowBreaks',
  'extLst',
];

/**
 * exceljs turns every defined name into one object per cell it covers (its DefinedNames
 * model setter fills a CellMatrix): the register's five `TDKT_DS_*` names, 5,000 rows each,
 * are 25,000 objects per workbook — half of what reading a unit allocates, and the reason
 * 200 units in the pane took too much memory (docs/MEASUREMENTS.md). A workbook that is only read keeps the names as
 * exceljs parsed them (`{ name, ranges }`, what `definedNames.model` returns) and never
 * expands them; nothing that reads values asks a name for its cells.
 */
export function keepDefinedNamesUnexpanded(wb: ExcelJS.Workbook): void {
  let parsed: unknown = [];
  Object.defineProperty(wb.definedNames, 'model', {
    configurable: true,
    get: () => parsed,
    set: (v: unknown) => {
      parsed = v ?? [];
    },
  });
}

/** Load .xlsx bytes with exceljs; any reason they cannot be used becomes an XlsxFileError naming `file`. */
export async function loadWorkbookBytes(
  exceljs: typeof ExcelJS,
  buf: Uint8Array,
  file: string,
  opts: { valuesOnly?: boolean } = {},
): Promise<ExcelJS.Workbook> {
  const problem = sniffXlsx(buf);
  if (problem) throw new XlsxFileError(problem, file);
  const wb = new exceljs.Workbook();
  if (opts.valuesOnly) keepDefinedNamesUnexpanded(wb);
  try {
    await wb.xlsx.load(
      buf as unknown as ExcelJS.Buffer,
      opts.valuesOnly ? { ignoreNodes: VALUES_ONLY_IGNORED } : undefined,
    );
  } catch (e) {
    throw new XlsxFileError('corrupt', file, shortReason(e));
  }
  return wb;
}

// ── Reading ───────────────────────────────────────────────────────────────────

export interface ReadWorkbook {
  readonly grids: WorkbookGrids;
  /** The form the workbook was made with (the default form if its marker is unknown or absent). */
  readonly catalogue: Catalogue;
  /** The marker as found ("tong-hop-khen-thuong/2024"), undefined if none. */
  readonly formKey?: string;
  /**
   * The form is not known: the marker names a form this version does not know (or whose
   * carried catalogue is damaged), or there is no marker and the content does not tell.
   * `catalogue` is then the form the content shows best (or the default): good to check
   * with, never to repair with.
   */
  readonly unknownForm: boolean;
  /** Why the catalogue the workbook carries could not be used (a damaged "TĐKT biểu mẫu" sheet). */
  readonly formProblems?: readonly string[];
  readonly sheetNames: readonly string[];
}

const DEFAULT_PLAN = (() => {
  let p: WorkbookPlan | undefined;
  return () => (p ??= buildWorkbookPlan(DEFAULT_CATALOGUE));
})();

/** How a host reads a workbook's grids with a plan (exceljs over a loaded workbook, or the selective XML reader). */
export type GridReader = (plan: WorkbookPlan) => { grids: WorkbookGrids; sheetNames: readonly string[] };

/**
 * A workbook's grids with the form it belongs to, whatever reads them: read with the default
 * form's plan, find the form by the marker (detectCatalogue), and read again with the
 * workbook's own form when it is another (a longer form has rows the default plan does not read).
 */
export function readWithForm(read: GridReader): ReadWorkbook {
  let { grids, sheetNames } = read(DEFAULT_PLAN());
  const found = detectCatalogue(grids);
  // The marker's form unknown: read and check with the form the content shows (labels, period), else the default.
  const catalogue = found.catalogue ?? found.fallback ?? DEFAULT_CATALOGUE;
  const plan = catalogue !== DEFAULT_CATALOGUE ? buildWorkbookPlan(catalogue) : DEFAULT_PLAN();
  // A sheet of ours the clerk renamed (found by its content) was read as a sheet not ours, over
  // its first rows only: read again, under its own name, as the sheet it is (a renamed
  // register's lines past those rows would otherwise be left out of the totals).
  const { renamed } = locateSheets(catalogue, grids);
  if (catalogue !== DEFAULT_CATALOGUE || renamed.size)
    ({ grids, sheetNames } = read({
      ...plan,
      sheets: plan.sheets.map((s) => (renamed.has(s.name) ? { ...s, name: renamed.get(s.name)! } : s)),
    }));
  return {
    grids,
    catalogue,
    formKey: found.key,
    unknownForm: !found.catalogue && (found.key !== undefined || found.problems !== undefined),
    ...(found.problems ? { formProblems: found.problems } : {}),
    sheetNames,
  };
}

/** Grids of an open workbook with the form it belongs to (`readOnly`: see ReadGridOptions). */
export function gridsOfWorkbook(wb: ExcelJS.Workbook, opts: ReadGridOptions = {}): ReadWorkbook {
  return readWithForm((plan) => ({
    grids: readGrids(wb, plan, opts),
    sheetNames: wb.worksheets.map((w) => w.name),
  }));
}

/** The grids of a loaded workbook; a library failure on a malformed part is a damaged file. */
export function readOrCorrupt(file: string, wb: ExcelJS.Workbook, opts: ReadGridOptions = {}): ReadWorkbook {
  try {
    return gridsOfWorkbook(wb, opts);
  } catch (e) {
    throw new XlsxFileError('corrupt', file, shortReason(e));
  }
}

/**
 * Refuse a workbook with no tally sheet. A renamed tally (found by its content) is read, and
 * validate says so; no tally at all is refused.
 */
export function requireTally(read: ReadWorkbook, file: string): void {
  if (read.grids.sheets[TALLY_SHEET_NAME]) return;
  const located = locateSheets(read.catalogue, read.grids);
  const lookAlike =
    located.renamed.has(TALLY_SHEET_NAME) || located.ambiguous.some((a) => a.sheet === TALLY_SHEET_NAME);
  if (!lookAlike) throw new XlsxFileError('no-tally', file);
}

/**
 * Read tally-workbook bytes into grids. Throws XlsxFileError when they are not an .xlsx,
 * corrupt or truncated, or (unless `requireTally` is false) have no tally sheet.
 * `valuesOnly`: skip the worksheet parts grids do not hold (faster; see VALUES_ONLY_IGNORED),
 * keep the defined names unexpanded, and give read-only grids (blank lines shared).
 */
export async function readWorkbookBytes(
  exceljs: typeof ExcelJS,
  buf: Uint8Array,
  file: string,
  opts: { requireTally?: boolean; valuesOnly?: boolean } = {},
): Promise<ReadWorkbook> {
  const read = readOrCorrupt(file, await loadWorkbookBytes(exceljs, buf, file, opts), { readOnly: opts.valuesOnly });
  if (opts.requireTally ?? true) requireTally(read, file);
  return read;
}
