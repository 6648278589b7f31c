/**
 * `tdkt create <file.xlsx> [--data data.json] [--form <id> | --catalogue form.json]
 *   [--period 6-thang|nam] [--year YYYY] [--previous earlier.xlsx] [--force]`
 *
 * `--previous`: what stays true from one period to the next in "Số liệu báo cáo" (the unit's
 * profile, its organisation, the award officer: `carriedReportData`; the province's căn cứ lines) is carried from the
 * earlier period's workbook, so it is typed once; a value in the data file wins.
 *
 * Which form: `--catalogue` (a province's file, carried inside the workbook), else
 * `--form`, else the data file's "form", else the form in force for the period
 * (`--period`/`--year`, else the data file's Thông tin chung, else today's period).
 */
import * as fs from 'fs';
import {
  CATALOGUE_MAX_CHARS,
  CATALOGUE_TEXT,
  catalogueToJson,
  CATALOGUES,
  catalogueForPeriod,
  catalogueKey,
  CLI_TEXT,
  currentPeriod,
  DEFAULT_CATALOGUE,
  findCatalogue,
  emptyInputs,
  inputsFromJson,
  checkCatalogue,
  parsePeriod,
  parseYear,
  PERIODS,
  type Catalogue,
  type PeriodKind,
  type ReportPeriod,
  type WorkbookInputs,
  type WorkbookInputsJson,
} from '../core';
import { linesBeyondCapacity, REGISTER_CAPACITY } from '../core/layout/register';
import { parseUnitInfo } from '../core/layout/info';
import { carriedCampaigns, carriedReportData, periodLastDay } from '../core/layout/reportData';
import { readWorkbookInputs } from '../core/workbook/read';
import { createWorkbookFile, readWorkbookFile } from '../hosts/xlsx';
import { parseArgs, UsageError } from './args';
import { EXIT, type CliIo } from './io';

export class DataFileError extends Error {}

function readJson(file: string, problem: (file: string, detail: string) => string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const detail =
      code === 'ENOENT' ? 'không tìm thấy tệp' : code ? code : `không phải JSON hợp lệ (${(e as Error).message})`;
    throw new DataFileError(problem(file, detail));
  }
}

/** A data JSON (like examples/bac-son-2024/data.json) → the catalogue it names and its inputs. */
export function readDataFile(
  file: string,
  chosen?: Catalogue,
): { catalogue: Catalogue; inputs: WorkbookInputs; named: boolean } {
  const json = readJson(file, CLI_TEXT.dataProblem) as WorkbookInputsJson;
  const named = json.form ? findCatalogue(json.form) : undefined;
  if (json.form && !named && (!chosen || catalogueKey(chosen) !== json.form.trim())) {
    throw new DataFileError(CLI_TEXT.dataProblem(file, CLI_TEXT.unknownFormInData(json.form)));
  }
  if (chosen && named && named !== chosen) {
    throw new DataFileError(CLI_TEXT.dataProblem(file, CLI_TEXT.formConflict(json.form!, catalogueKey(chosen))));
  }
  const catalogue = chosen ?? named ?? catalogueForPeriod(periodOf(json.info) ?? currentPeriod(new Date()));
  const stray = Object.keys(json.tally ?? {}).find((id) => !catalogue.rows.some((r) => r.id === id));
  if (stray !== undefined) {
    throw new DataFileError(CLI_TEXT.dataProblem(file, CLI_TEXT.rowNotInForm(stray, catalogueKey(catalogue))));
  }
  let inputs: WorkbookInputs;
  try {
    inputs = inputsFromJson(catalogue, json);
  } catch (e) {
    throw new DataFileError(CLI_TEXT.dataProblem(file, (e as Error).message));
  }
  // Every line is counted by the sheet, or the file is refused: never a workbook with lines left out.
  const beyond = linesBeyondCapacity(inputs.register ?? []);
  if (beyond) {
    throw new DataFileError(
      CLI_TEXT.dataProblem(file, CLI_TEXT.registerOverCapacity(beyond.count, beyond.first, REGISTER_CAPACITY)),
    );
  }
  return { catalogue, inputs, named: named !== undefined };
}

/** The period a data file's Thông tin chung gives, if both the period and the year are there. */
function periodOf(info: WorkbookInputsJson['info']): ReportPeriod | undefined {
  const kind = parsePeriod(info?.period ?? undefined);
  const year = parseYear(info?.year ?? undefined);
  return kind && year ? { kind, year } : undefined;
}

/** A province's catalogue file, checked (schema rules and the rules a schema cannot say). */
export function readCatalogueFile(file: string): Catalogue {
  const json = readJson(file, CATALOGUE_TEXT.fileUnreadable);
  const { catalogue, problems } = checkCatalogue(json, { builtInKeys: Object.keys(CATALOGUES) });
  if (!catalogue) {
    throw new DataFileError(
      [CATALOGUE_TEXT.fileProblems(file, problems.length), ...problems.map((p) => `  - ${p}`)].join('\n'),
    );
  }
  const chars = catalogueToJson(catalogue).length;
  if (chars > CATALOGUE_MAX_CHARS) {
    const problem = CATALOGUE_TEXT.problem(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.tooBig(chars, CATALOGUE_MAX_CHARS));
    throw new DataFileError([CATALOGUE_TEXT.fileProblems(file, 1), `  - ${problem}`].join('\n'));
  }
  return catalogue;
}

/** "--period 6-thang" / "nam" / "6 tháng đầu năm" / "Năm" → the period kind. */
export function parsePeriodOption(v: string): PeriodKind {
  const s = v.trim().toLocaleLowerCase('vi');
  if (['6-thang', '6thang', 'half', 'halfyear'].includes(s)) return 'halfYear';
  if (['nam', 'ca-nam', 'year'].includes(s)) return 'year';
  const k = parsePeriod(v);
  if (!k) throw new UsageError(CLI_TEXT.badPeriod(v));
  return k;
}

export function requireXlsxName(file: string): void {
  if (!/\.xlsx$/i.test(file)) throw new UsageError(CLI_TEXT.notXlsxName(file));
}

export async function runCreate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    flags: ['--force'],
    values: ['--data', '--form', '--catalogue', '--period', '--year', '--previous'],
  });
  if (args.positional.length === 0) throw new UsageError(CLI_TEXT.missingFile('create'));
  if (args.positional.length > 1) throw new UsageError(CLI_TEXT.tooManyFiles('create'));
  const file = args.positional[0]!;
  requireXlsxName(file);
  const formOpt = args.values.get('--form');
  const catalogueOpt = args.values.get('--catalogue');
  if (formOpt && catalogueOpt) throw new UsageError(CLI_TEXT.formAndCatalogue);
  const periodOpt = args.values.get('--period');
  const yearOpt = args.values.get('--year');
  const year = yearOpt === undefined ? undefined : parseYear(yearOpt);
  if (yearOpt !== undefined && year === undefined) throw new UsageError(CLI_TEXT.badYear(yearOpt));
  // --year alone means the annual report; --period alone, this year's.
  const period: ReportPeriod | undefined =
    periodOpt || year !== undefined
      ? {
          kind: periodOpt ? parsePeriodOption(periodOpt) : 'year',
          year: year ?? new Date().getFullYear(),
        }
      : undefined;

  let chosen: Catalogue | undefined;
  if (catalogueOpt) chosen = readCatalogueFile(catalogueOpt);
  else if (formOpt) {
    chosen = findCatalogue(formOpt) ?? findCatalogue(`tong-hop-khen-thuong/${formOpt}`);
    if (!chosen) throw new UsageError(CLI_TEXT.unknownFormOption(formOpt, Object.keys(CATALOGUES).join(', ')));
  }
  const data = args.values.get('--data');
  const read = data ? readDataFile(data, chosen ?? (period && catalogueForPeriod(period))) : undefined;
  const catalogue = read?.catalogue ?? chosen ?? catalogueForPeriod(period ?? currentPeriod(new Date()));
  let inputs = read?.inputs;
  if (period) {
    // The period chosen on the command line is written in Thông tin chung (over the data file's).
    const info = { ...(inputs?.info ?? {}), period: PERIODS[period.kind], year: period.year };
    inputs = { ...(inputs ?? emptyInputs()), info };
  }
  const previousFile = args.values.get('--previous');
  if (previousFile) {
    const earlier = readWorkbookInputs(
      DEFAULT_CATALOGUE,
      (await readWorkbookFile(previousFile, { requireTally: false })).grids,
    ).inputs;
    const carried = carriedReportData(earlier.reportData);
    // The phong trào still running after the earlier period's last day go on into this one.
    const running = carriedCampaigns(earlier.campaigns, periodLastDay(parseUnitInfo(earlier.info)));
    // The province's căn cứ lines (its Quy chế …) hold from one period to the next: typed once.
    const bases = (earlier.provinceBases ?? []).filter((b) => String(b.text ?? '').trim() !== '');
    inputs = {
      ...(inputs ?? emptyInputs()),
      reportData: { ...carried, ...(inputs?.reportData ?? {}) },
      campaigns: inputs?.campaigns?.length ? inputs.campaigns : running,
      ...(inputs?.provinceBases?.length ? {} : bases.length ? { provinceBases: bases } : {}),
    };
    io.out(CLI_TEXT.carriedFromPrevious(previousFile, Object.keys(carried).length, running.length));
  }
  await createWorkbookFile(file, inputs, { force: args.flags.has('--force'), catalogue });
  io.out(CLI_TEXT.created(file));
  io.out(CLI_TEXT.createdForm(catalogueKey(catalogue), catalogue.description ?? ''));
  io.out(inputs && inputs.tallySource !== 'register' ? CLI_TEXT.createdNextTyped : CLI_TEXT.createdNext);
  return EXIT.ok;
}
