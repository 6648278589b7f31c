/**
 * `tdkt decision <file.xlsx> --number <số quyết định> [-o out.docx] [--force]` and
 * `tdkt proposal <file.xlsx> --number <số tờ trình> [-o out.docx] [--force]`: a document of
 * the registry (core/documents) drafted from the register's lines of that number and packed
 * by the same docx renderer as the report. Exit 0 when written; 1 when lines of that number
 * cannot make the document (each named by its cell, no file written); 2 for a number no line
 * carries, a file that is not ours, or wrong usage (no file written).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CLI_TEXT } from '../core';
import { documentFromWorkbook, documentKind, type DocumentId } from '../core/documents';
import { fileSlug } from '../core/format/fileName';
import { DOCUMENT_TEXT } from '../core/text/documents';
import { renderDraftedDocx } from '../hosts/docx/render';
import { checkOutput, readWorkbookFile, writeOutputFile } from '../hosts/xlsx';
import { parseArgs, UsageError } from './args';
import { EXIT, type CliIo } from './io';

/** Beside the workbook: "<name>-quyet-dinh-417-qd-ubnd.docx" (then "-2", "-3" …: nothing is overwritten). */
export function defaultDocumentName(workbook: string, id: DocumentId, number: string): string {
  const dir = path.dirname(workbook);
  const base = `${path.basename(workbook).replace(/\.xlsx$/i, '')}-${documentKind(id).fileStem}-${fileSlug(number)}`;
  for (let i = 1; ; i++) {
    const name = path.join(dir, `${base}${i === 1 ? '' : `-${i}`}.docx`);
    if (!fs.existsSync(name)) return name;
  }
}

export function documentCommand(id: DocumentId) {
  return async function runDocument(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, {
      flags: ['--force'],
      values: ['--output', '--number'],
      aliases: { '-o': '--output' },
    });
    if (args.positional.length === 0) throw new UsageError(CLI_TEXT.missingFile(id));
    if (args.positional.length > 1) throw new UsageError(CLI_TEXT.tooManyFiles(id));
    const number = args.values.get('--number');
    if (!number) throw new UsageError(DOCUMENT_TEXT.cli.missingNumber(id));
    const file = args.positional[0]!;
    const output = args.values.get('--output') ?? defaultDocumentName(file, id, number);
    if (!/\.docx$/i.test(output)) throw new UsageError(DOCUMENT_TEXT.cli.notDocxName(output));
    checkOutput(output, { force: args.flags.has('--force') });

    const read = await readWorkbookFile(file);
    const built = documentFromWorkbook(read.grids, id, number);
    if (built.status !== 'ok') {
      if (built.status === 'unusable-lines') io.err(DOCUMENT_TEXT.cli.errorsHeader(documentKind(id).name));
      for (const f of built.findings) io.err(`  [${CLI_TEXT.errorTag}] ${f.message}`);
      return built.status === 'unknown-number' ? EXIT.unusable : EXIT.findings;
    }
    const bytes = await renderDraftedDocx(built.document);
    writeOutputFile(output, bytes, { force: args.flags.has('--force') });
    io.out(DOCUMENT_TEXT.cli.written(output));
    return EXIT.ok;
  };
}
