/**
 * `tdkt report <file.xlsx> -o <report.docx> [--force] [--allow-errors]`: the Word report,
 * built by the same core builder as the Excel pane and the Word add-in.
 * Exit 0 when written (header gaps printed as warnings), 2 when no report can be made.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOGUE_TEXT, CLI_TEXT } from '../core';
import { reportFromWorkbook } from '../core/report';
import { REPORT_TEXT } from '../core/text/report';
import { renderReportDocx } from '../hosts/docx/render';
import { readWorkbookFile, XlsxFileError } from '../hosts/xlsx';
import { parseArgs, UsageError } from './args';
import { EXIT, type CliIo } from './io';

/**
 * Without -o: beside the workbook, "<name>-bao-cao.docx", or "-bao-cao-2.docx", "-3" … —
 * the first name no file has, so nothing is ever overwritten.
 */
export function defaultReportName(workbook: string): string {
  const dir = path.dirname(workbook);
  const base = path.basename(workbook).replace(/\.xlsx$/i, '');
  for (let i = 1; ; i++) {
    const name = path.join(dir, `${base}-bao-cao${i === 1 ? '' : `-${i}`}.docx`);
    if (!fs.existsSync(name)) return name;
  }
}

export async function runReport(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    flags: ['--force', '--allow-errors'],
    values: ['--output'],
    aliases: { '-o': '--output' },
  });
  if (args.positional.length === 0) throw new UsageError(CLI_TEXT.missingFile('report'));
  if (args.positional.length > 1) throw new UsageError(CLI_TEXT.tooManyFiles('report'));
  const file = args.positional[0]!;
  const output = args.values.get('--output') ?? defaultReportName(file);
  if (!/\.docx$/i.test(output)) throw new UsageError(REPORT_TEXT.cli.notDocxName(output));
  if (!args.flags.has('--force') && fs.existsSync(output)) throw new XlsxFileError('exists', output);

  const read = await readWorkbookFile(file);
  if (read.unknownForm) {
    io.err(CLI_TEXT.unknownForm(read.formKey ?? ''));
    if (read.formProblems?.length) io.err(CATALOGUE_TEXT.embeddedBroken(read.formKey ?? '', read.formProblems[0]!));
  }
  const { document, findings } = reportFromWorkbook(read.grids, {
    allowErrors: args.flags.has('--allow-errors'),
    surface: 'cli',
  });
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (!document) {
    io.err(REPORT_TEXT.cli.errorsHeader);
    for (const f of errors) io.err(`  [${CLI_TEXT.errorTag}] ${f.message}`);
    return EXIT.unusable;
  }
  const bytes = await renderReportDocx(document);
  const tmp = path.join(path.dirname(path.resolve(output)), `.${path.basename(output)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, output);
  io.out(REPORT_TEXT.cli.written(output));
  if (errors.length || warnings.length) {
    io.err(REPORT_TEXT.cli.warningsHeader);
    for (const f of errors) io.err(`  [${CLI_TEXT.errorTag}] ${f.message}`);
    for (const f of warnings) io.err(`  [${CLI_TEXT.warningTag}] ${f.message}`);
  }
  return EXIT.ok;
}
