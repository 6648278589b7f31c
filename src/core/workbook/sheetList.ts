/**
 * The sheets of the standard workbook, in tab order: the one list. Create renders each,
 * reading, repair and validate go through each, and the hosts know our sheets from it.
 * A new sheet is a new module in ./sheets and an entry here.
 *
 * Three sheets of ours are not in it, because the clerk types nothing on them: the
 * carried catalogue (layout/catalogueSheet.ts: the plan adds it for a catalogue from a
 * file, detect.ts reads it), the repair log (layout/repairLog.ts: repair writes it,
 * validate reads it) and the cluster's units list (layout/units.ts: only in the
 * aggregate's workbook).
 */
import type { SheetKey } from '../layout/types';
import type { SheetDefinition } from './sheetDefinition';
import { CERTIFICATE_LAYOUT_SHEET } from './sheets/certificateLayout';
import { DOCUMENTS_SHEET } from './sheets/documents';
import { INFO_SHEET } from './sheets/info';
import { NARRATIVE_SHEET } from './sheets/narrative';
import { REGISTER_SHEET } from './sheets/register';
import { REPORT_DATA_SHEET } from './sheets/reportData';
import { TALLY_SHEET } from './sheets/tally';

export const SHEETS: readonly SheetDefinition[] = [
  INFO_SHEET,
  TALLY_SHEET,
  REGISTER_SHEET,
  DOCUMENTS_SHEET,
  NARRATIVE_SHEET,
  REPORT_DATA_SHEET,
  CERTIFICATE_LAYOUT_SHEET,
];

/** The keys of the sheets whose presence marks a workbook as ours. */
export type MarkingSheetKey = Exclude<
  SheetKey,
  'units' | 'register' | 'reportData' | 'certificateLayout' | 'catalogue' | 'repairLog'
>;

/** Sheets whose presence marks a workbook as ours, by key. */
export const SHEET_NAMES = Object.fromEntries(
  SHEETS.filter((s) => s.marksOurs).map((s) => [s.key, s.name]),
) as Readonly<Record<MarkingSheetKey, string>>;

export function isOurWorkbook(sheetNames: readonly string[]): boolean {
  return Object.values(SHEET_NAMES).some((n) => sheetNames.includes(n));
}

/** The sheets repair adopts when found under another name (by their content). */
export const ADOPTABLE: readonly SheetDefinition[] = SHEETS.filter((s) => s.adoptable);
