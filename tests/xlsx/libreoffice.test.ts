/**
 * A real spreadsheet engine recalculates our file: LibreOffice (headless) opens a created
 * and filled workbook whose cached results are deliberately wrong, recalculates every
 * formula, saves it as .xlsx, and every total and rate must equal the core's computeTally.
 *
 * LibreOffice does not recalculate .xlsx on load by default, so it runs with a temporary
 * user profile whose registrymodifications.xcu sets Calc/Formula/Load/OOXMLRecalcMode = 0
 * (always). Skipped with a message only where soffice is absent and not in CI.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CATALOGUE as cat, TALLY_SHEET_NAME, validateWorkbook, type WorkbookInputs } from '../../src/core';
import { computeTally } from '../../src/core/tally';
import { periodTitle } from '../../src/core/layout/info';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import {
  describeWithSoffice,
  expectTallyCellsEqualCore,
  poisonCachedResults,
  runLibreOffice,
} from '../helpers/libreoffice';
import { paperFormInputs } from '../helpers/paperForm';
import { tempDir } from './files';

const { soffice, maybe } = describeWithSoffice('libreoffice.test.ts');

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

maybe('LibreOffice recalculates the created workbook to the core’s numbers', () => {
  it('every total and rate after a forced recalculation equals computeTally', async () => {
    const dir = tempDir('tdkt-lo-');
    const file = path.join(dir, 'filled.xlsx');
    const given = inputs();
    await createWorkbookFile(file, given);
    // Poison every cached result so that only a real recalculation can show the right numbers.
    await poisonCachedResults(file);
    const poisoned = await readWorkbookFile(file);
    expect(poisoned.grids.sheets[TALLY_SHEET_NAME]!.values[53]![3]).toBe(999);

    const p = runLibreOffice(soffice!, file, 'xlsx', path.join(dir, 'out'), { profileDir: path.join(dir, 'profile') });
    expect(p.status).toBe(0);
    const converted = p.converted;
    expect(converted).toBe(path.join(dir, 'out', 'filled.xlsx'));
    expect(fs.existsSync(converted)).toBe(true);

    const read = await readWorkbookFile(converted);
    const g = read.grids.sheets[TALLY_SHEET_NAME]!;
    const computed = computeTally(cat, given.tally);
    const checked = expectTallyCellsEqualCore(cat, given, g, computed);
    expect(checked).toBeGreaterThan(50);
    // The title line comes through the defined names (TDKT_Period, TDKT_Year).
    expect(g.values[1]![0]).toBe(periodTitle(given.info));
    // And the core finds nothing wrong in LibreOffice's file: formulas kept, values fresh.
    const findings = validateWorkbook(cat, read.grids).findings.filter((f) => f.sheet === TALLY_SHEET_NAME);
    expect(findings).toEqual([]);
  }, 60000);
});
