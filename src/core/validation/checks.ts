/**
 * Every check by name: a rule's `check` (rules.ts) names the function here that raises
 * it. `validateWorkbook` runs them in order.
 */
import { checkCertificateLayout } from './certificateLayout';
import { checkRegister } from './register';
import { checkRegisterLayout } from './registerLayout';
import {
  checkBreakdowns,
  checkCountCells,
  checkDirectLabour,
  checkFormulas,
  checkTallyEmpty,
  checkYearlyTitles,
} from './tallyChecks';
import {
  checkInfo,
  checkPrintAreas,
  checkRepairLog,
  checkSheets,
  checkStructure,
  checkTallyElsewhere,
} from './workbookChecks';

export const CHECKS = {
  checkSheets,
  checkStructure,
  checkRegister,
  checkRegisterLayout,
  checkCountCells,
  checkDirectLabour,
  checkBreakdowns,
  checkFormulas,
  checkTallyEmpty,
  checkYearlyTitles,
  checkInfo,
  checkTallyElsewhere,
  checkRepairLog,
  checkPrintAreas,
  checkCertificateLayout,
} as const;

export type CheckName = keyof typeof CHECKS;
