/** `tdkt aggregate -o <cluster.xlsx> <unit.xlsx>… [--allow-errors] [--allow-duplicates] [--force]` */
import * as path from 'path';
import {
  addTallies,
  buildUnitsSheet,
  buildWorkbookPlan,
  catalogueKey,
  CLI_TEXT,
  grandTotal,
  labelKey,
  parseUnitInfo,
  PERIODS,
  readWorkbookInputs,
  validateWorkbook,
  computeTally,
  type AggregatedUnit,
  type Catalogue,
  type Finding,
  type Tally,
  type WorkbookPlan,
} from '../core';
import { checkOutput, readWorkbookFile, writePlanFile, XlsxFileError } from '../hosts/xlsx';
import { parseArgs, UsageError } from './args';
import { requireXlsxName } from './create';
import { EXIT, type CliIo } from './io';

interface UnitRead {
  readonly file: string;
  readonly catalogue: Catalogue;
  readonly formKey: string;
  readonly period: string;
  readonly year: string;
  readonly tally: Tally;
  readonly unit: AggregatedUnit;
  readonly firstFindings: readonly Finding[];
}

/** Read and validate one unit; only what the aggregate needs is kept (not the grids). */
async function readUnit(file: string): Promise<UnitRead> {
  const read = await readWorkbookFile(file);
  const result = validateWorkbook(read.catalogue, read.grids, { surface: 'cli' });
  const info = parseUnitInfo(result.info);
  // Counts as validated; with a changed structure, the inputs found by label.
  const tally = result.tally ?? readWorkbookInputs(read.catalogue, read.grids).inputs.tally;
  const total = grandTotal(read.catalogue, computeTally(read.catalogue, tally));
  const period = info.period ? PERIODS[info.period] : '';
  return {
    file,
    catalogue: read.catalogue,
    formKey: read.formKey ?? catalogueKey(read.catalogue),
    period,
    year: info.year === undefined ? '' : String(info.year),
    tally,
    firstFindings: result.findings.filter((f) => f.severity === 'error').slice(0, 3),
    unit: {
      name: info.unitName,
      file: path.basename(file),
      period,
      year: info.year ?? '',
      totals: {
        collective: total.collective,
        individual: total.individual,
        household: total.household,
        directCollective: total.directCollective,
        directIndividual: total.directIndividual,
      },
      errors: result.errors,
      warnings: result.warnings,
    },
  };
}

/** The cluster workbook: the standard plan with the summed tally, and the units sheet. */
export function aggregatePlan(catalogue: Catalogue, units: readonly UnitRead[]): WorkbookPlan {
  const first = units[0]!;
  const tally = addTallies(units.map((u) => u.tally));
  const info = {
    ...(first.period ? { period: first.period } : {}),
    ...(first.year ? { year: Number(first.year) } : {}),
  };
  const plan = buildWorkbookPlan(catalogue, { info, documents: [], tally });
  return { ...plan, sheets: [...plan.sheets, buildUnitsSheet(units.map((u) => u.unit))] };
}

/**
 * Two files of the same unit (a resubmission, a copy under another name) would be counted
 * twice. Units are the same when their "Tên đơn vị" reads the same (case and spacing aside).
 */
function duplicateUnit(units: readonly UnitRead[]): string | undefined {
  const byName = new Map<string, UnitRead[]>();
  for (const u of units) {
    const key = labelKey(u.unit.name);
    if (key) byName.set(key, [...(byName.get(key) ?? []), u]);
  }
  for (const same of byName.values()) {
    if (same.length > 1) return CLI_TEXT.duplicateUnit(same[0]!.unit.name, same.map((u) => u.unit.file).join(', '));
  }
  return undefined;
}

/** The first property on which the units differ, with each file's value. */
function mixed(units: readonly UnitRead[]): string | undefined {
  const checks: [string, (u: UnitRead) => string][] = [
    [CLI_TEXT.mixedForm, (u) => u.formKey],
    [CLI_TEXT.mixedPeriod, (u) => u.period],
    [CLI_TEXT.mixedYear, (u) => u.year],
  ];
  for (const [what, get] of checks) {
    if (new Set(units.map(get)).size > 1) {
      const list = units.map((u) => CLI_TEXT.mixedLine(u.file, get(u) || CLI_TEXT.notGiven)).join('\n');
      return CLI_TEXT.aggregateMixed(what, list);
    }
  }
  return undefined;
}

export async function runAggregate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    flags: ['--force', '--allow-errors', '--allow-duplicates'],
    values: ['--output'],
    aliases: { '-o': '--output' },
  });
  const output = args.values.get('--output');
  if (!output) throw new UsageError(CLI_TEXT.missingOutput('aggregate'));
  requireXlsxName(output);
  const files = args.positional;
  if (files.length === 0) throw new UsageError(CLI_TEXT.aggregateNoUnits);
  const seen = new Set<string>();
  for (const f of files) {
    const abs = path.resolve(f);
    if (seen.has(abs)) throw new UsageError(CLI_TEXT.sameFileTwice(f));
    seen.add(abs);
  }
  if (seen.has(path.resolve(output))) throw new UsageError(CLI_TEXT.outputIsInput(output));
  // Say so before reading hundreds of files, not after.
  // Before reading any unit: a missing folder, a folder, a read-only place or an existing file.
  checkOutput(output, { force: args.flags.has('--force') });

  const units: UnitRead[] = [];
  const unusable: XlsxFileError[] = [];
  for (const [i, f] of files.entries()) {
    io.err(CLI_TEXT.aggregateReading(i + 1, files.length, f));
    try {
      units.push(await readUnit(f));
    } catch (e) {
      if (!(e instanceof XlsxFileError)) throw e;
      unusable.push(e);
    }
  }
  if (unusable.length) {
    for (const e of unusable) io.err(e.message);
    return EXIT.unusable;
  }
  const problem = mixed(units) ?? (args.flags.has('--allow-duplicates') ? undefined : duplicateUnit(units));
  if (problem) {
    io.err(problem);
    return EXIT.unusable;
  }
  const withErrors = units.filter((u) => u.unit.errors > 0);
  if (withErrors.length && !args.flags.has('--allow-errors')) {
    io.err(CLI_TEXT.aggregateUnitErrors(withErrors.length));
    for (const u of withErrors) {
      io.err(CLI_TEXT.aggregateUnitLine(u.file, u.unit.name, u.unit.errors));
      for (const f of u.firstFindings) io.err(`    ${f.sheet}!${f.address}: ${f.message}`);
      const more = u.unit.errors - u.firstFindings.length;
      if (more > 0) io.err(CLI_TEXT.moreErrors(more));
    }
    return EXIT.findings;
  }
  await writePlanFile(output, aggregatePlan(units[0]!.catalogue, units), { force: args.flags.has('--force') });
  io.out(CLI_TEXT.aggregated(output, units.length));
  io.out(CLI_TEXT.aggregatedNext);
  return EXIT.ok;
}
