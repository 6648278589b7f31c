/**
 * `tdkt register <file.xlsx> [-o out.xlsx] [--force]`: switch a hand-typed workbook to the
 * award register. Every count typed in the tally becomes a register line ("Số lượng" = the
 * count, Ghi chú "nhập tay") where lines give the count back exactly; the tally's count cells
 * then follow the register. A count they cannot give ("1.000", SL above its count) stays
 * typed in its cell and is listed (exit 1); TỔNG CỘNG before and after is said as computed.
 * A workbook already on the register is left as it is.
 */
import { CLI_TEXT, planSwitchToRegister, switchSummary, type Catalogue, type WorkbookGrids } from '../core';
import { repairWorkbookFile } from '../hosts/xlsx';
import { parseArgs, UsageError } from './args';
import { requireXlsxName } from './create';
import { EXIT, type CliIo } from './io';

export async function runRegister(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['--force'], values: ['--output'], aliases: { '-o': '--output' } });
  if (args.positional.length === 0) throw new UsageError(CLI_TEXT.missingFile('register'));
  if (args.positional.length > 1) throw new UsageError(CLI_TEXT.tooManyFiles('register'));
  const file = args.positional[0]!;
  const output = args.values.get('--output') ?? file;
  requireXlsxName(output);
  let outcome: ReturnType<typeof planSwitchToRegister> | undefined;
  const planner = (catalogue: Catalogue, grids: WorkbookGrids, o: { sheetNames?: readonly string[] }) =>
    (outcome = planSwitchToRegister(catalogue, grids, o));
  const result = await repairWorkbookFile(file, { output, force: args.flags.has('--force'), planner });
  if (outcome?.already) io.out(CLI_TEXT.registerAlready(output));
  else {
    io.out(CLI_TEXT.registerSwitched(output, outcome?.added ?? 0, outcome?.existing ?? 0));
    // TỔNG CỘNG as the numbers say it, and every count left typed in its cell.
    if (outcome) for (const line of switchSummary(outcome)) io.out(line);
  }
  for (const [to, from] of result.repair.renamed) io.out(CLI_TEXT.adopted(from, to));
  if (result.backups.length) {
    io.out(CLI_TEXT.backedUp(result.backups.map((b) => `“${b.backup}”`).join(', ')));
    for (const e of result.repair.logEntries) {
      io.out(CLI_TEXT.displacedLine(e.sheet, e.address, e.content, e.movedTo, e.note));
    }
  }
  // A count left typed is a finding (validate names it) until its lines are entered.
  return outcome?.kept.length ? EXIT.findings : EXIT.ok;
}
