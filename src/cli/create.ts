/** `tdkt create <file.xlsx> [--data data.json] [--force]` */
import * as fs from 'fs';
import {
  CLI_TEXT,
  DEFAULT_CATALOGUE,
  findCatalogue,
  inputsFromJson,
  type Catalogue,
  type WorkbookInputs,
  type WorkbookInputsJson,
} from '../core';
import { createWorkbookFile } from '../hosts/xlsx';
import { parseArgs, UsageError } from './args';
import { EXIT, type CliIo } from './io';

export class DataFileError extends Error {}

/** A data JSON (like examples/bac-son-2024/data.json) → the catalogue it names and its inputs. */
export function readDataFile(file: string): { catalogue: Catalogue; inputs: WorkbookInputs } {
  let json: WorkbookInputsJson;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8')) as WorkbookInputsJson;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const detail =
      code === 'ENOENT' ? 'không tìm thấy tệp' : code ? code : `không phải JSON hợp lệ (${(e as Error).message})`;
    throw new DataFileError(CLI_TEXT.dataProblem(file, detail));
  }
  const catalogue = json.form ? findCatalogue(json.form) : DEFAULT_CATALOGUE;
  if (!catalogue) throw new DataFileError(CLI_TEXT.dataProblem(file, `mã biểu mẫu "${json.form}" không được hỗ trợ`));
  try {
    return { catalogue, inputs: inputsFromJson(catalogue, json) };
  } catch (e) {
    throw new DataFileError(CLI_TEXT.dataProblem(file, (e as Error).message));
  }
}

export function requireXlsxName(file: string): void {
  if (!/\.xlsx$/i.test(file)) throw new UsageError(CLI_TEXT.notXlsxName(file));
}

export async function runCreate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['--force'], values: ['--data'] });
  if (args.positional.length === 0) throw new UsageError(CLI_TEXT.missingFile('create'));
  if (args.positional.length > 1) throw new UsageError(CLI_TEXT.tooManyFiles('create'));
  const file = args.positional[0]!;
  requireXlsxName(file);
  const data = args.values.get('--data');
  const { catalogue, inputs } = data ? readDataFile(data) : { catalogue: DEFAULT_CATALOGUE, inputs: undefined };
  await createWorkbookFile(file, inputs, { force: args.flags.has('--force'), catalogue });
  io.out(CLI_TEXT.created(file));
  io.out(inputs && inputs.tallySource !== 'register' ? CLI_TEXT.createdNextTyped : CLI_TEXT.createdNext);
  return EXIT.ok;
}
