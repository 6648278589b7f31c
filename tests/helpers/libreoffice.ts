/**
 * Driving LibreOffice (headless) as a second spreadsheet engine: convert a workbook with a
 * private profile that forces a full recalculation on load (LibreOffice does not
 * recalculate .xlsx on load by default: Calc/Formula/Load/OOXMLRecalcMode = 0 = always),
 * and compare what it computed with the core.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  buildWorkbookPlan,
  type Catalogue,
  type ComputedTally,
  type SheetGrid,
  type WorkbookInputs,
} from '../../src/core';
import { sheetPlan } from '../../src/core/workbook/plan';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { editFile, tempDir } from '../xlsx/files';
import { prerequisitesMet, type Prerequisite } from './prerequisites';

/** The first of `names` on the PATH. */
export function which(...names: string[]): string | undefined {
  for (const name of names) {
    const p = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (p.status === 0 && p.stdout.trim()) return p.stdout.trim();
  }
  return undefined;
}

export function findSoffice(): string | undefined {
  return which('soffice', 'libreoffice');
}

/** LibreOffice as a prerequisite (tests/helpers/prerequisites.ts). */
export function sofficePrerequisite(soffice = findSoffice()): Prerequisite {
  return { what: 'soffice', present: !!soffice, install: 'apt-get install libreoffice-calc libreoffice-writer' };
}

/**
 * `describe` and `it` for tests that need soffice: the real ones where it is installed;
 * where it is not, skipped with a warning, or in CI a failing test instead (one skip policy:
 * tests/helpers/prerequisites.ts). Call it at a test file's top level. `testFile` is no
 * longer needed (the message names the running file) and kept for the callers.
 */
export function describeWithSoffice(
  _testFile?: string,
  more: readonly Prerequisite[] = [],
): { soffice: string | undefined; maybe: jest.Describe; maybeIt: jest.It } {
  const soffice = findSoffice();
  const met = prerequisitesMet([sofficePrerequisite(soffice), ...more]);
  return { soffice, maybe: met ? describe : describe.skip, maybeIt: met ? it : it.skip };
}

export const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** What one soffice run gave: its exit status and output, and where the converted file should be. */
export interface LibreOfficeRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly converted: string;
}

/**
 * Convert `file` to `format` into `outDir` with LibreOffice, every formula recalculated on
 * load (the profile with RECALC_ALWAYS goes to `profileDir`). Does not check the result.
 */
export function runLibreOffice(
  soffice: string,
  file: string,
  format: 'xlsx' | 'html' | 'pdf',
  outDir: string,
  opts: { profileDir?: string; timeout?: number } = {},
): LibreOfficeRun {
  const profile = opts.profileDir ?? path.join(outDir, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const p = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      file,
    ],
    { encoding: 'utf8', timeout: opts.timeout ?? 50000 },
  );
  const converted = path.join(outDir, path.basename(file).replace(/\.xlsx$/i, `.${format}`));
  return { status: p.status, stdout: p.stdout, stderr: p.stderr, converted };
}

/** Open `file` in LibreOffice, recalculate, save as .xlsx into `dir`/out; returns the new file. */
export function roundTripThroughLibreOffice(
  soffice: string,
  file: string,
  dir: string,
  opts: { timeout?: number } = {},
): string {
  const p = runLibreOffice(soffice, file, 'xlsx', path.join(dir, 'out'), {
    profileDir: path.join(dir, 'profile'),
    timeout: opts.timeout,
  });
  if (p.status !== 0) throw new Error(`soffice failed (${p.status}): ${p.stderr}`);
  if (!fs.existsSync(p.converted)) throw new Error(`soffice wrote no ${p.converted}: ${p.stdout} ${p.stderr}`);
  return p.converted;
}

/**
 * Set the cached result of every formula (of `sheet`, or of every sheet) to 999, so that
 * only a real recalculation can show the right numbers.
 */
export async function poisonCachedResults(file: string, sheet?: string): Promise<void> {
  await editFile(
    file,
    {},
    {
      recalc: false,
      mutate: (wb) =>
        (sheet ? [wb.getWorksheet(sheet)!] : wb.worksheets).forEach((ws) =>
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              if (cell.formula) cell.value = { formula: cell.formula, result: 999 };
            }),
          ),
        ),
    },
  );
}

/**
 * Create the workbook for `given`, poison its cached results (of `poisonSheet`, or of every
 * sheet), let LibreOffice recalculate and save it; returns the file it wrote, read back.
 */
export async function recalculatedByLibreOffice(
  soffice: string,
  given: WorkbookInputs,
  opts: { tempPrefix: string; fileName: string; catalogue?: Catalogue; poisonSheet?: string },
): Promise<{ converted: string; read: Awaited<ReturnType<typeof readWorkbookFile>> }> {
  const dir = tempDir(opts.tempPrefix);
  const file = path.join(dir, opts.fileName);
  await createWorkbookFile(file, given, opts.catalogue ? { catalogue: opts.catalogue } : undefined);
  await poisonCachedResults(file, opts.poisonSheet);
  const converted = roundTripThroughLibreOffice(soffice, file, dir);
  return { converted, read: await readWorkbookFile(converted) };
}

/**
 * Expect every computed tally cell that the plan for `given` holds to show in `shown` what
 * the core computed; returns how many cells were checked.
 */
export function expectTallyCellsEqualCore(
  catalogue: Catalogue,
  given: WorkbookInputs,
  shown: SheetGrid,
  computed: ComputedTally,
): number {
  let checked = 0;
  for (const cell of sheetPlan(buildWorkbookPlan(catalogue, given), 'tally').cells) {
    if (cell.role !== 'computed' || !cell.key?.startsWith('tally:')) continue;
    const [, rowId, col] = cell.key.split(':') as [string, string, string];
    const expected = (computed.get(rowId) as unknown as Record<string, number | undefined>)[col];
    expect({ cell: cell.address, shown: shown.values[cell.row - 1]![cell.col - 1] }).toEqual({
      cell: cell.address,
      shown: expected ?? '',
    });
    checked++;
  }
  return checked;
}
