/**
 * The register as a clerk changes it in a real spreadsheet: LibreOffice inserts and
 * deletes columns and rows of "Danh sách khen thưởng" and renames it (moving the named
 * ranges and formulas itself), types a header into an inserted column, and recalculates.
 * Then, for the 2024 and the 2025 form: the totals the workbook's own formulas give and
 * TĐKT's agree before repair; repair keeps every line; LibreOffice's recalculation of the
 * repaired workbook gives TĐKT's totals again, the same as before repair. Seeded:
 * TDKT_LO_FUZZ_CASES (default 2: one of each form), TDKT_FUZZ_SEED; `npm run fuzz` runs more.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  REGISTER_SHEET_NAME,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type Catalogue,
  type WorkbookGrids,
  type WorkbookInputs,
} from '../../src/core';
import { COUNT_COLUMNS, columnAllowed, isInputRow, type Tally } from '../../src/core/tally';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { TALLY_COLUMNS, tallyRowOf } from '../../src/core/layout/tally';
import { createWorkbookFile, readWorkbookFile, repairWorkbookFile } from '../../src/hosts/xlsx';
import { readDataFile } from '../../src/cli/create';
import { EXAMPLES } from '../../scripts/make-example';
import { describeWithSoffice, poisonCachedResults } from '../helpers/libreoffice';
import { editWithLibreOffice, recalcWithLibreOffice, type EditJob, type SheetEdit } from '../helpers/libreofficeOps';
import { bacSonRegisterInputs } from '../helpers/register';
import { randomRegisterEdits } from '../helpers/registerEdits';
import { DEFAULT_CATALOGUE } from '../../src/core';
import { tempDir } from './files';
import { seededRandom as rng } from '../helpers/random';

const { soffice, maybe } = describeWithSoffice('libreoffice.registerOps.test.ts');
const SEED = Number(process.env.TDKT_FUZZ_SEED ?? 20261207);
const CASES = Number(process.env.TDKT_LO_FUZZ_CASES ?? 2);
/** The register's position among the sheets (Thông tin chung, Biểu tổng hợp, Danh sách khen thưởng, …). */
const REGISTER_INDEX = 2;

/** Edits as a clerk makes them (tests/helpers/registerEdits.ts): ASCII text, LibreOffice's Basic types it. */
function randomEdits(random: () => number): SheetEdit[] {
  return randomRegisterEdits(random, {
    maxEdits: 3,
    columns: 13,
    rows: 12,
    names: ['DS khen thuong', 'Sheet5', 'Danh sach (2)'],
    typed: ['Ghi chu rieng', 'goi dien truoc'],
  }).filter((e): e is SheetEdit => e.op !== 'clearMarker' && e.op !== 'deleteInfo');
}

/** The tally's count cells as the workbook shows them (numbers only; an error value where a name is #REF!). */
function shownTally(catalogue: Catalogue, grids: WorkbookGrids): Tally | undefined {
  const g = grids.sheets[TALLY_SHEET_NAME]!;
  const out: Record<string, Record<string, number>> = {};
  for (const row of catalogue.rows) {
    if (!isInputRow(row)) continue;
    for (const col of COUNT_COLUMNS) {
      if (!columnAllowed(row, col)) continue;
      const v = g.values[tallyRowOf(catalogue, row.id) - 1]?.[TALLY_COLUMNS[col] - 1];
      if (typeof v !== 'number') return undefined;
      (out[row.id] ??= {})[col] = v;
    }
  }
  return out;
}

/** A register line without its row (repair closes up deleted rows' gaps only where the clerk did). */
const lineValues = (i: WorkbookInputs) => (i.register ?? []).map(({ row: _row, ...rest }) => rest);

interface Case {
  readonly seed: number;
  readonly catalogue: Catalogue;
  readonly edits: SheetEdit[];
  readonly original: string;
  readonly edited: string;
  readonly repaired: string;
}

maybe('LibreOffice edits the register; the workbook’s totals and TĐKT’s agree before and after repair', () => {
  it(
    `issue 24 proof: ${CASES} seeded cases (seed ${SEED}), the 2024 and the 2025 form`,
    async () => {
      const dir = tempDir('tdkt-lo-ops-');
      const dongTam = readDataFile(EXAMPLES[1]!.json);
      const cases: Case[] = [];
      for (let i = 0; i < CASES; i++) {
        const seed = SEED + i;
        const random = rng(seed);
        const y2025 = i % 2 === 1;
        const catalogue = y2025 ? dongTam.catalogue : DEFAULT_CATALOGUE;
        const given = y2025 ? dongTam.inputs : bacSonRegisterInputs();
        const original = path.join(dir, `case-${seed}.xlsx`);
        await createWorkbookFile(original, given, { catalogue });
        cases.push({
          seed,
          catalogue,
          edits: randomEdits(random),
          original,
          edited: path.join(dir, `edited-${seed}.xlsx`),
          repaired: path.join(dir, `repaired-${seed}.xlsx`),
        });
      }
      const jobs: EditJob[] = cases.map((c) => ({
        input: c.original,
        output: c.edited,
        sheetIndex: REGISTER_INDEX,
        edits: c.edits,
      }));
      editWithLibreOffice(soffice!, dir, jobs);

      const failures: string[] = [];
      const before = new Map<number, { tally: Tally; lines: unknown }>();
      for (const c of cases) {
        const where = `seed ${c.seed} (${c.catalogue.version}): ${JSON.stringify(c.edits)}`;
        const read = await readWorkbookFile(c.edited);
        if (read.catalogue !== c.catalogue) failures.push(`${where}: read as ${read.catalogue.version}`);
        const inputs = readWorkbookInputs(read.catalogue, read.grids).inputs;
        const shown = shownTally(read.catalogue, read.grids);
        const result = validateWorkbook(read.catalogue, read.grids);
        const columnGone = result.findings.some((f) => f.rule === 'register-header-missing');
        // The sheet's own totals (LibreOffice's recalculation) and TĐKT's: the same, unless a
        // counted column was deleted (its named range is #REF!: one finding says so).
        if (shown) {
          if (JSON.stringify(shown) !== JSON.stringify(inputs.tally))
            failures.push(
              `${where}: the sheet shows ${JSON.stringify(shown)}, TĐKT reads ${JSON.stringify(inputs.tally)}`,
            );
        } else if (!columnGone) failures.push(`${where}: the sheet shows errors and no finding says why`);
        const disagree = result.findings.filter((f) =>
          ['computed-value-stale', 'count-typed-over-register', 'formula-changed'].includes(f.rule),
        );
        if (shown && disagree.length) failures.push(`${where}: ${disagree.map((f) => f.message).join(' | ')}`);
        before.set(c.seed, { tally: inputs.tally, lines: lineValues(inputs) });
        await repairWorkbookFile(c.edited, { output: c.repaired });
        await poisonCachedResults(c.repaired, TALLY_SHEET_NAME);
      }
      const recalculated = recalcWithLibreOffice(
        soffice!,
        dir,
        cases.map((c) => c.repaired),
        path.join(dir, 'recalculated'),
      );
      for (const [k, c] of cases.entries()) {
        const where = `seed ${c.seed} (${c.catalogue.version}) after repair: ${JSON.stringify(c.edits)}`;
        const read = await readWorkbookFile(recalculated[k]!);
        expect(read.grids.sheets[REGISTER_SHEET_NAME]).toBeDefined();
        const inputs = readWorkbookInputs(read.catalogue, read.grids).inputs;
        const was = before.get(c.seed)!;
        const shown = shownTally(read.catalogue, read.grids);
        if (JSON.stringify(shown) !== JSON.stringify(inputs.tally))
          failures.push(
            `${where}: the sheet shows ${JSON.stringify(shown)}, TĐKT reads ${JSON.stringify(inputs.tally)}`,
          );
        if (JSON.stringify(inputs.tally) !== JSON.stringify(was.tally)) failures.push(`${where}: the totals changed`);
        if (JSON.stringify(lineValues(inputs)) !== JSON.stringify(was.lines)) failures.push(`${where}: lines changed`);
      }
      if (process.env.TDKT_FUZZ_REPORT) console.log(`${CASES} LibreOffice cases, ${failures.length} failing`);
      expect(failures.slice(0, 5)).toEqual([]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    120000 + 90000 * CASES,
  );
});
