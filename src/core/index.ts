/**
 * The domain core's surface for the other layers (hosts, ports, UI, CLI): what they use,
 * nothing more. Pure TypeScript, no Office, DOM or Node imports (enforced by
 * tests/core/purity.test.ts and the ESLint config). Tests and scripts that need a core
 * internal import it from its module.
 */
export { a1, columnLetter, columnNumber, parseA1, parseRange, quoteSheet, rangeA1 } from './a1';
export {
  CATALOGUES,
  type Catalogue,
  DEFAULT_CATALOGUE,
  FORMS_BY_PERIOD,
  type ReportPeriod,
  catalogueForDate,
  catalogueForPeriod,
  catalogueKey,
  catalogueToJson,
  checkCatalogue,
  currentPeriod,
  findCatalogue,
  parseCatalogue,
} from './catalogue';
export { dict } from './dict';
export { formatCount, formatPercent } from './format/vietnamese';
export { type SheetGrid, type WorkbookGrids } from './sheetGrid';
export { CATALOGUE_MAX_CHARS, CATALOGUE_SHEET_NAME, CATALOGUE_SHEET_READ } from './layout/catalogueSheet';
export { INFO_SHEET_NAME, PERIODS, type PeriodKind, parsePeriod, parseYear } from './layout/info';
export { TALLY_SHEET_NAME } from './layout/tally';
export {
  type CellPlan,
  type CellValue,
  type CellStyle,
  type ConditionalFormatPlan,
  type NamePlan,
  type SheetPlan,
  type ValidationPlan,
  type WorkbookPlan,
} from './layout/types';
export { type ComputedRow, type ComputedTally, computedGrandTotal, grandTotal } from './tally';
export { TEXT } from './text/vi';
export { CLI_TEXT, FILE_DETAILS, FILE_PROBLEMS, type FileProblem } from './text/cli';
export { CATALOGUE_TEXT } from './text/catalogue';
export { type Finding } from './validation/findings';
export { type ValidationResult, describeLevel, validateWorkbook } from './validation/validate';
export { type WorkbookInputs, emptyInputs } from './workbook/inputs';
export { ADOPTABLE, SHEETS, isOurWorkbook } from './workbook/sheetList';
export { buildWorkbookPlan } from './workbook/plan';
export { type DetectedCatalogue, detectCatalogue } from './workbook/detect';
export { AmbiguousSheetsError, type RepairPlan, planRepair, planSwitchToRegister } from './workbook/repair';
export { type WorkbookInputsJson, inputsFromJson } from './workbook/json';
export { REGISTER_FIRST_ROW, REGISTER_LAST_COL, REGISTER_LAST_ROW, REGISTER_SHEET_NAME } from './layout/register';
export { switchSummary } from './registerSwitch';
export {
  type DecisionFields,
  type EntryChoices,
  type PastedList,
  type PastedName,
  checkDecision,
  entryChoices,
  parseDecisionDate,
  parsePastedNames,
  planAppend,
  planFill,
  selectedLines,
} from './registerEntry';
export { isBackupSheetName, locateSheets } from './workbook/sheetLocation';
export {
  REPAIR_LOG_LINE_COLUMNS,
  REPAIR_LOG_SHEET_NAME,
  buildRepairLogSheet,
  repairLogRow,
  type RepairLogRef,
} from './layout/repairLog';
export {
  type AggregateOverrides,
  type UnitRead,
  type UnitStanding,
  aggregatePlan,
  aggregateRefusal,
  checkUnits,
  summariseUnit,
  unitStandings,
} from './aggregate';
export { newerForm, parseFormKey } from './formVersion';
