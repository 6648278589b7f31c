/**
 * `tdkt certificates <file.xlsx> --number <số quyết định> [-o out.docx] [--layout f.json] [--force]`:
 * the Giấy khen of one decision, one page per awardee, printed onto the blanks where the layout
 * says (the workbook's sheet "Mẫu in giấy khen", or a province's file with --layout). The Số vào
 * sổ proposed for lines without one are printed and listed for the clerk to type in; with
 * `--write-numbers` they are written into those lines' empty "Số vào sổ" cells of <file.xlsx> (in
 * the sheet's XML: the rest of the file kept, a cell holding anything never overwritten;
 * hosts/xlsx/textCells.ts). Without it the workbook is only read.
 * `--calibration`: the calibration page alone (a millimetre grid with the fields' boxes), no number.
 * Exit 0 when written; 1 when lines of the decision or the layout cannot make the certificates
 * (each named by its cell or entry, no file); 2 for a number no line carries, a file that is not
 * ours, or wrong usage (no file).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CLI_TEXT, REGISTER_SHEET_NAME } from '../core';
import { buildCalibration, parseLayoutFile, type CertificateLayout, type LayoutProblem } from '../core/certificates';
import { documentFromWorkbook, documentSource } from '../core/documents';
import { CERTIFICATE_TEXT } from '../core/text/certificates';
import { DOCUMENT_TEXT } from '../core/text/documents';
import { renderCertificatesDocx } from '../hosts/docx/certificates';
import { checkOutput, readWorkbookFile, writeOutputFile } from '../hosts/xlsx';
import { writeTextCellsToXlsx } from '../hosts/xlsx/textCells';
import { parseArgs, UsageError } from './args';
import { defaultDocumentName } from './document';
import { EXIT, type CliIo } from './io';

function readLayoutFile(file: string): { layout: CertificateLayout; problems: LayoutProblem[] } {
  if (!/\.json$/i.test(file)) throw new UsageError(CERTIFICATE_TEXT.cli.notJsonName(file));
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(CERTIFICATE_TEXT.cli.cannotRead(file));
  }
  return parseLayoutFile(text, path.basename(file));
}

export async function runCertificates(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    flags: ['--force', '--calibration', '--write-numbers'],
    values: ['--output', '--number', '--layout'],
    aliases: { '-o': '--output' },
  });
  if (args.positional.length === 0) throw new UsageError(CLI_TEXT.missingFile('certificates'));
  if (args.positional.length > 1) throw new UsageError(CLI_TEXT.tooManyFiles('certificates'));
  const calibration = args.flags.has('--calibration');
  const number = args.values.get('--number');
  if (!number && !calibration) throw new UsageError(CERTIFICATE_TEXT.cli.missingNumber);
  const writeNumbers = args.flags.has('--write-numbers');
  if (writeNumbers && calibration) throw new UsageError(CERTIFICATE_TEXT.cli.writeNumbersCalibration);
  const file = args.positional[0]!;
  const output =
    args.values.get('--output') ?? defaultDocumentName(file, 'certificates', calibration ? 'can-chinh' : number!);
  if (!/\.docx$/i.test(output)) throw new UsageError(DOCUMENT_TEXT.cli.notDocxName(output));
  checkOutput(output, { force: args.flags.has('--force') });
  const layoutFile = args.values.get('--layout');
  const fromFile = layoutFile ? readLayoutFile(layoutFile) : undefined;

  const read = await readWorkbookFile(file);
  const report = (problems: readonly { message: string }[]) => {
    io.err(CERTIFICATE_TEXT.cli.errorsHeader);
    for (const f of problems) io.err(`  [${CLI_TEXT.errorTag}] ${f.message}`);
  };
  if (calibration) {
    const source = documentSource(read.grids);
    if ('notOurs' in source) {
      io.err(`  [${CLI_TEXT.errorTag}] ${source.notOurs.message}`);
      return EXIT.unusable;
    }
    const layout = fromFile ?? source.certificateLayout;
    if (layout.problems.length) {
      report(layout.problems);
      return EXIT.findings;
    }
    writeOutputFile(output, await renderCertificatesDocx(buildCalibration(layout.layout)), {
      force: args.flags.has('--force'),
    });
    io.out(CERTIFICATE_TEXT.cli.calibrationWritten(output));
    return EXIT.ok;
  }
  const built = documentFromWorkbook(read.grids, 'certificates', number!, {
    ...(fromFile ? { certificateLayout: fromFile } : {}),
  });
  if (built.status !== 'ok') {
    if (built.status === 'unusable-lines') report(built.findings);
    else for (const f of built.findings) io.err(`  [${CLI_TEXT.errorTag}] ${f.message}`);
    return built.status === 'unknown-number' ? EXIT.unusable : EXIT.findings;
  }
  const doc = built.document;
  writeOutputFile(output, await renderCertificatesDocx(doc), { force: args.flags.has('--force') });
  io.out(CERTIFICATE_TEXT.cli.written(output, doc.pages.length));
  for (const n of doc.notes) io.err(`  [${CLI_TEXT.warningTag}] ${n}`);
  if (!doc.proposals.length) {
    if (writeNumbers) io.out(CERTIFICATE_TEXT.cli.nothingToWrite);
    return EXIT.ok;
  }
  if (!writeNumbers) {
    io.out(CERTIFICATE_TEXT.cli.proposedHeader(doc.proposals.length));
    for (const p of doc.proposals) io.out(CERTIFICATE_TEXT.cli.proposed(p.address, p.name, p.number));
    return EXIT.ok;
  }
  // The file as it is now (re-read): only cells still empty are written, as text.
  let result: ReturnType<typeof writeTextCellsToXlsx>;
  try {
    result = writeTextCellsToXlsx(
      fs.readFileSync(file),
      REGISTER_SHEET_NAME,
      doc.proposals.map((p) => ({ address: p.address, text: p.number })),
    );
  } catch {
    io.out(CERTIFICATE_TEXT.cli.proposedHeader(doc.proposals.length));
    for (const p of doc.proposals) io.out(CERTIFICATE_TEXT.cli.proposed(p.address, p.name, p.number));
    io.err(`  [${CLI_TEXT.errorTag}] ${CERTIFICATE_TEXT.cli.cannotWriteNumbers(file)}`);
    return EXIT.unusable;
  }
  if (result.written.length) writeOutputFile(file, result.bytes, { force: true });
  const written = new Set(result.written);
  if (result.written.length) io.out(CERTIFICATE_TEXT.cli.writtenHeader(result.written.length, file));
  for (const p of doc.proposals)
    if (written.has(p.address)) io.out(CERTIFICATE_TEXT.cli.proposed(p.address, p.name, p.number));
  for (const k of result.kept)
    io.err(`  [${CLI_TEXT.warningTag}] ${CERTIFICATE_TEXT.cli.numberKept(k.address, k.value)}`);
  return EXIT.ok;
}
