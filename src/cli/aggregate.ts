/** `tdkt aggregate -o <cluster.xlsx> <unit.xlsx>… [--allow-errors] [--allow-duplicates] [--force]` */
import * as path from 'path';
import { aggregatePlan, aggregateRefusal, checkUnits, CLI_TEXT, summariseUnit, type UnitRead } from '../core';
import { checkOutput, readWorkbookFile, writePlanFile, XlsxFileError } from '../hosts/xlsx';
import { parseArgs, UsageError } from './args';
import { requireXlsxName } from './create';
import { EXIT, type CliIo } from './io';

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
      units.push(summariseUnit(f, await readWorkbookFile(f), path.basename(f), 'cli'));
    } catch (e) {
      if (!(e instanceof XlsxFileError)) throw e;
      unusable.push(e);
    }
  }
  if (unusable.length) {
    for (const e of unusable) io.err(e.message);
    return EXIT.unusable;
  }
  const refusal = aggregateRefusal(checkUnits(units), {
    allowErrors: args.flags.has('--allow-errors'),
    allowDuplicates: args.flags.has('--allow-duplicates'),
  });
  if (refusal?.kind === 'errors') {
    io.err(refusal.message);
    for (const u of refusal.units) {
      io.err(CLI_TEXT.aggregateUnitLine(u.file, u.unit.name, u.unit.errors));
      const shown = u.errorFindings.slice(0, 3);
      for (const f of shown) io.err(`    ${f.sheet}!${f.address}: ${f.message}`);
      const more = u.unit.errors - shown.length;
      if (more > 0) io.err(CLI_TEXT.moreErrors(more));
    }
    return EXIT.findings;
  }
  if (refusal) {
    io.err(refusal.message);
    return EXIT.unusable;
  }
  await writePlanFile(output, aggregatePlan(units), { force: args.flags.has('--force') });
  io.out(CLI_TEXT.aggregated(output, units.length));
  io.out(CLI_TEXT.aggregatedNext);
  return EXIT.ok;
}
