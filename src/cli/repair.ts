/** `tdkt repair <file.xlsx> [-o out.xlsx] [--force]` */
import { CLI_TEXT } from '../core';
import { repairWorkbookFile } from '../hosts/xlsx';
import { parseArgs, UsageError } from './args';
import { requireXlsxName } from './create';
import { EXIT, type CliIo } from './io';

export async function runRepair(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['--force'], values: ['--output'], aliases: { '-o': '--output' } });
  if (args.positional.length === 0) throw new UsageError(CLI_TEXT.missingFile('repair'));
  if (args.positional.length > 1) throw new UsageError(CLI_TEXT.tooManyFiles('repair'));
  const file = args.positional[0]!;
  const output = args.values.get('--output') ?? file;
  requireXlsxName(output);
  const outcome = await repairWorkbookFile(file, { output, force: args.flags.has('--force') });
  io.out(CLI_TEXT.repaired(output, outcome.inputsKept));
  for (const [to, from] of outcome.repair.renamed) io.out(CLI_TEXT.adopted(from, to));
  for (const m of outcome.repair.mended) io.out(CLI_TEXT.mendedPrintArea(m.sheet, m.found, m.restored));
  if (outcome.backups.length) {
    io.out(CLI_TEXT.backedUp(outcome.backups.map((b) => `“${b.backup}”`).join(', ')));
    for (const e of outcome.repair.logEntries) {
      io.out(CLI_TEXT.displacedLine(e.sheet, e.address, e.content, e.movedTo, e.note));
    }
  }
  return EXIT.ok;
}
