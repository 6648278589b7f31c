/**
 * A real spreadsheet engine recalculates our file: LibreOffice (headless) opens a created
 * and filled workbook whose cached results are deliberately wrong, recalculates every
 * formula, saves it as .xlsx, and every total and rate must equal the core's computeTally.
 *
 * LibreOffice does not recalculate .xlsx on load by default, so it runs with a temporary
 * user profile whose registrymodifications.xcu sets Calc/Formula/Load/OOXMLRecalcMode = 0
 * (always). Skipped with a message only where soffice is absent and not in CI.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  buildWorkbookPlan,
  computeTally,
  DEFAULT_CATALOGUE as cat,
  periodTitle,
  sheetPlan,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type WorkbookInputs,
} from '../../src/core';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { paperFormInputs } from '../helpers/paperForm';
import { editFile, tempDir } from './files';

function findSoffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    const p = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (p.status === 0 && p.stdout.trim()) return p.stdout.trim();
  }
  return undefined;
}

const soffice = findSoffice();
if (!soffice && !process.env.CI) {
  console.warn('libreoffice.test.ts skipped: soffice is not installed (apt-get install libreoffice-calc).');
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The paper form plus numbers that give non-trivial rates (7/9 → 77.78 %). */
function inputs(): WorkbookInputs {
  const base = paperFormInputs();
  return {
    ...base,
    tally: {
      ...base.tally,
      'I.7': { collective: 9, individual: 2, household: 1, directCollective: 7, directIndividual: 1 },
      'II.3': { individual: 3, directIndividual: 2 },
    },
  };
}

const maybe = soffice ? describe : describe.skip;

if (!soffice && process.env.CI) {
  it('LibreOffice is installed in CI (.ci/apt-packages: libreoffice-calc)', () => {
    throw new Error('soffice not found in CI: the LibreOffice recalculation test must run there');
  });
}

maybe('LibreOffice recalculates the created workbook to the core’s numbers', () => {
  it('every total and rate after a forced recalculation equals computeTally', async () => {
    const dir = tempDir('tdkt-lo-');
    const file = path.join(dir, 'filled.xlsx');
    const given = inputs();
    await createWorkbookFile(file, given);
    // Poison every cached result so that only a real recalculation can show the right numbers.
    await editFile(
      file,
      {},
      {
        recalc: false,
        mutate: (wb) =>
          wb.worksheets.forEach((ws) =>
            ws.eachRow((row) =>
              row.eachCell((cell) => {
                if (cell.formula) cell.value = { formula: cell.formula, result: 999 };
              }),
            ),
          ),
      },
    );
    const poisoned = await readWorkbookFile(file);
    expect(poisoned.grids.sheets[TALLY_SHEET_NAME]!.values[53]![3]).toBe(999);

    const profile = path.join(dir, 'profile');
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    const out = path.join(dir, 'out');
    const p = spawnSync(
      soffice!,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx',
        '--outdir',
        out,
        file,
      ],
      { encoding: 'utf8', timeout: 50000 },
    );
    expect(p.status).toBe(0);
    const converted = path.join(out, 'filled.xlsx');
    expect(fs.existsSync(converted)).toBe(true);

    const read = await readWorkbookFile(converted);
    const g = read.grids.sheets[TALLY_SHEET_NAME]!;
    const computed = computeTally(cat, given.tally);
    const plan = sheetPlan(buildWorkbookPlan(cat, given), 'tally');
    let checked = 0;
    for (const cell of plan.cells) {
      if (cell.role !== 'computed' || !cell.key?.startsWith('tally:')) continue;
      const [, rowId, col] = cell.key.split(':') as [string, string, string];
      const expected = (computed.get(rowId) as unknown as Record<string, number | undefined>)[col];
      const shown = g.values[cell.row - 1]![cell.col - 1];
      expect({ cell: cell.address, shown }).toEqual({ cell: cell.address, shown: expected ?? '' });
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
    // The title line comes through the defined names (TDKT_Period, TDKT_Year).
    expect(g.values[1]![0]).toBe(periodTitle(given.info));
    // And the core finds nothing wrong in LibreOffice's file: formulas kept, values fresh.
    const findings = validateWorkbook(cat, read.grids).findings.filter((f) => f.sheet === TALLY_SHEET_NAME);
    expect(findings).toEqual([]);
  }, 60000);
});
