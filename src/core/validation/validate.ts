/**
 * One-click validation: the grids a host read → findings, each naming its sheet,
 * cell, row label and column, with a per-level summary and the computed totals.
 * Pure and total: whatever the grid holds, it returns findings and never throws.
 * The checks are in tallyChecks.ts, workbookChecks.ts and register.ts; each rule's
 * entry in rules.ts names its check.
 */
import type { Catalogue } from '../catalogue';
import { INFO_SHEET_NAME, type InfoValues } from '../layout/info';
import { REGISTER_LAST_ROW, REGISTER_SHEET_NAME } from '../layout/register';
import { TALLY_SHEET_NAME } from '../layout/tally';
import { tallyFromRegister, type TallySource } from '../register';
import type { WorkbookGrids } from '../sheetGrid';
import type { ComputedTally, Tally } from '../tally';
import { adoptSheets, locateSheets } from '../workbook/sheetLocation';
import { readInfo } from '../workbook/sheets/info';
import { tallySourceOf } from '../workbook/sheets/tally';
import { Collector, type Finding } from './findings';
import { checkRegister, type RegisterPlace } from './register';
import type { Severity, Surface } from './rules';
import { checkTally, checkYearlyTitles } from './tallyChecks';
import { checkCertificateLayout } from './certificateLayout';
import {
  checkInfo,
  checkPrintAreas,
  checkRepairLog,
  checkSheets,
  checkStructure,
  checkTallyElsewhere,
} from './workbookChecks';

export interface LevelSummary {
  readonly level: string | undefined;
  /** "Cấp Nhà nước", "Cấp tỉnh" … or "Chung". */
  readonly name: string;
  readonly errors: number;
  readonly warnings: number;
  /** False when the counts could not be checked at all (tally missing or its structure changed). */
  readonly checked?: boolean;
}

export interface ValidationResult {
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  /** One entry per level in form order, then "Chung" for findings outside any level. */
  readonly byLevel: readonly LevelSummary[];
  /** The tally as read (clean counts only), when the structure could be read. */
  readonly tally?: Tally;
  /** Totals and rates the core computes from the clean counts; matches the sheet's formulas. */
  readonly computed?: ComputedTally;
  readonly info: InfoValues;
  /** The form marker the workbook carries ("tong-hop-khen-thuong/2024"), set by the hosts that read it. */
  readonly form?: string;
  /** Where the tally's counts come from (the pane offers the switch to the register for 'typed'). */
  readonly tallySource?: TallySource;
}

const LEVEL_NAME_GENERAL = 'Chung';

function summarise(catalogue: Catalogue, findings: readonly Finding[], checked: boolean): LevelSummary[] {
  const entries: LevelSummary[] = [];
  for (const l of [...catalogue.levels.map((x) => x.id), undefined]) {
    const mine = findings.filter((f) => f.level === l);
    const level = catalogue.levels.find((x) => x.id === l);
    entries.push({
      level: l,
      name: level ? `Cấp ${level.shortName}` : LEVEL_NAME_GENERAL,
      errors: mine.filter((f) => f.severity === 'error').length,
      warnings: mine.filter((f) => f.severity === 'warning').length,
      ...(level && !checked ? { checked: false } : {}),
    });
  }
  return entries;
}

export { describeLevel } from './describe';

const severityRank = (s: Severity) => (s === 'error' ? 0 : 1);

/** Findings in the order a clerk fixes them: errors first, then by sheet position. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      a.sheet.localeCompare(b.sheet) ||
      a.row - b.row ||
      a.col - b.col,
  );
}

/** A register place on the sheet the clerk sees (the renamed one, until repair restores the name). */
function withSheet(at: RegisterPlace, renamed: string | undefined): RegisterPlace {
  return renamed ? (...a) => ({ ...at(...a), sheet: renamed }) : at;
}

/** Validate a workbook of the given form. */
export function validateWorkbook(
  catalogue: Catalogue,
  grids: WorkbookGrids,
  options: { readonly surface?: Surface } = {},
): ValidationResult {
  const out = new Collector(options.surface);
  let tally: Tally | undefined;
  let computed: ComputedTally | undefined;
  let info: InfoValues = {};
  let tallySource: TallySource | undefined;
  try {
    info = readInfo(grids.sheets[INFO_SHEET_NAME], new Set());
  } catch {
    info = {};
  }
  const g = grids.sheets[TALLY_SHEET_NAME];
  const location = locateSheets(catalogue, grids);
  checkSheets(grids, out, location);
  // A renamed register still feeds the tally (its named ranges follow the sheet): read it where it is, and say so.
  const registerAt = location.renamed.get(REGISTER_SHEET_NAME);
  if (registerAt) out.add('sheet-renamed', { sheet: REGISTER_SHEET_NAME, row: 1, col: 1 }, { found: registerAt });
  const read = registerAt ? adoptSheets(grids, new Map([[REGISTER_SHEET_NAME, registerAt]])) : grids;
  if (g && checkStructure(catalogue, g, out)) {
    const source: TallySource = (tallySource = tallySourceOf(catalogue, read));
    const register = checkRegister(catalogue, read.sheets[REGISTER_SHEET_NAME]?.values, info, source);
    // Each finding names the sheet the clerk sees (the renamed one, until repair restores the name).
    for (const f of register.findings) out.add(f.rule, { ...f.where, sheet: registerAt ?? f.where.sheet }, f.facts);
    const fromRegister =
      source === 'register' ? tallyFromRegister(catalogue, register.lines, REGISTER_LAST_ROW) : undefined;
    let typedOver: ReadonlySet<string>;
    ({ tally, computed, typedOver } = checkTally(catalogue, g, out, fromRegister));
    const behind =
      source === 'register' ? { lines: register.lines, at: withSheet(register.at, registerAt) } : undefined;
    checkYearlyTitles(catalogue, tally, info, out, behind, typedOver);
  }
  checkInfo(grids.sheets[INFO_SHEET_NAME], info, out);
  checkTallyElsewhere(catalogue, grids, out);
  checkRepairLog(grids, out);
  checkPrintAreas(read, out);
  checkCertificateLayout(read, out);

  const findings = sortFindings(out.findings);
  return {
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    byLevel: summarise(catalogue, findings, tally !== undefined),
    tally,
    computed,
    info,
    tallySource,
  };
}
