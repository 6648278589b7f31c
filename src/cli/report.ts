/**
 * `tdkt report <file.xlsx> -o <report.docx>`: the Word report. Not available yet in this
 * build; this module is the seam the report command will replace.
 */
import { CLI_TEXT } from '../core';
import { EXIT, type CliIo } from './io';

export async function runReport(_argv: readonly string[], io: CliIo): Promise<number> {
  io.err(CLI_TEXT.reportUnavailable);
  return EXIT.unusable;
}
