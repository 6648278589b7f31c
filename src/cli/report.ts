/**
 * `tdkt report <file.xlsx> -o <report.docx> [--previous earlier.xlsx] [--force] [--allow-errors]`:
 * the Word report, built by the same core builder as the Excel pane and the Word add-in.
 * `--previous` compares with an earlier period's workbook (a warning says when it cannot).
 * Exit 0 when written (header gaps printed as warnings), 2 when no report can be made.
 * After writing, the sections still holding "[…]" are listed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOGUE_TEXT, catalogueKey, CLI_TEXT } from '../core';
import { reportFromWorkbook, type ReportFinding } from '../core/report';
import { REPORT_TEXT } from '../core/text/report';
import { renderReportDocx } from '../hosts/docx/render';
import { checkOutput, readWorkbookFile, writeOutputFile, XlsxFileError } from '../hosts/xlsx';
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
    values: ['--output', '--previous'],
    aliases: { '-o': '--output' },
  });
  if (args.positional.length === 0) throw new UsageError(CLI_TEXT.missingFile('report'));
  if (args.positional.length > 1) throw new UsageError(CLI_TEXT.tooManyFiles('report'));
  const file = args.positional[0]!;
  const output = args.values.get('--output') ?? defaultReportName(file);
  if (!/\.docx$/i.test(output)) throw new UsageError(REPORT_TEXT.cli.notDocxName(output));
  checkOutput(output, { force: args.flags.has('--force') });

  const read = await readWorkbookFile(file);
  if (read.unknownForm) {
    io.err(CLI_TEXT.unknownForm(read.formKey ?? '', catalogueKey(read.catalogue)));
    const problem = read.formProblems?.[0];
    if (problem) io.err(read.formKey ? CATALOGUE_TEXT.embeddedBroken(read.formKey, problem) : problem);
  }
  const previousFile = args.values.get('--previous');
  let previous: { grids: typeof read.grids; name: string } | undefined;
  const previousFindings: ReportFinding[] = [];
  if (previousFile) {
    try {
      previous = { grids: (await readWorkbookFile(previousFile)).grids, name: path.basename(previousFile) };
    } catch (e) {
      if (!(e instanceof XlsxFileError)) throw e;
      previousFindings.push({
        code: 'previous-unusable',
        severity: 'warning',
        sheet: '',
        message: REPORT_TEXT.findings.previousUnreadable(e.message),
      });
    }
  }
  const built = reportFromWorkbook(read.grids, {
    allowErrors: args.flags.has('--allow-errors'),
    surface: 'cli',
    previous,
  });
  const { document } = built;
  const findings = [...built.findings, ...previousFindings];
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (!document) {
    io.err(REPORT_TEXT.cli.errorsHeader);
    for (const f of errors) io.err(`  [${CLI_TEXT.errorTag}] ${f.message}`);
    return EXIT.unusable;
  }
  const bytes = await renderReportDocx(document);
  writeOutputFile(output, bytes, { force: args.flags.has('--force') });
  io.out(REPORT_TEXT.cli.written(output));
  if (errors.length || warnings.length) {
    io.err(REPORT_TEXT.cli.warningsHeader);
    for (const f of errors) io.err(`  [${CLI_TEXT.errorTag}] ${f.message}`);
    for (const f of warnings) io.err(`  [${CLI_TEXT.warningTag}] ${f.message}`);
  }
  if (built.missing?.length) {
    io.out(REPORT_TEXT.cli.missingHeader);
    for (const m of built.missing) io.out(REPORT_TEXT.cli.missingLine(m.number, m.title));
  }
  return EXIT.ok;
}
