/**
 * The 2025 form and a province's catalogue file through a real spreadsheet engine:
 * LibreOffice opens a filled workbook whose cached results are poisoned, recalculates
 * and saves it; every total and rate equals the core's, and the workbook made from the
 * catalogue file still carries its catalogue (so it validates with no file beside it).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  CATALOGUE_SHEET_NAME,
  computeTally,
  inputsFromJson,
  parseCatalogue,
  sheetPlan,
  TALLY_SHEET_NAME,
  tongHopKhenThuong2025,
  validateWorkbook,
  type Catalogue,
} from '../../src/core';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { findSoffice, roundTripThroughLibreOffice } from '../helpers/libreoffice';
import { editFile, openXlsx, tempDir } from './files';

const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;
if (!soffice && process.env.CI) {
  it('LibreOffice is installed in CI (.ci/apt-packages: libreoffice-calc)', () => {
    throw new Error('soffice not found in CI');
  });
}

const custom = parseCatalogue(
  fs.readFileSync(path.join(__dirname, '../../examples/catalogues/lang-son-2025.json'), 'utf8'),
).catalogue!;

/** Invented counts over both extra rows, the renamed row and rates that round (7/9 → 77,78 %). */
function tallyFor(c: Catalogue) {
  const t: Record<string, Record<string, number>> = {
    'I.7': { collective: 9, individual: 2, household: 1, directCollective: 7, directIndividual: 1 },
    'II.4': { collective: 1, individual: 3, directIndividual: 2 },
    'II.4.chuyenDe': { collective: 1 },
    'III.1': { individual: 41, directIndividual: 29 },
    'III.4': { collective: 6, individual: 23, household: 15, directCollective: 4, directIndividual: 17 },
    'III.4.thuongXuyen': { collective: 6, individual: 20, household: 15 },
    'III.5': { collective: 12 },
    'III.6': { household: 1630 },
  };
  if (c.rows.some((r) => r.id === 'III.7')) {
    t['III.7'] = { collective: 3, individual: 7, directIndividual: 5 };
    t['II.7'] = { individual: 1 };
  }
  return t;
}

maybe('LibreOffice and the 2025 forms', () => {
  it.each([
    ['tong-hop-khen-thuong/2025', tongHopKhenThuong2025],
    ['a catalogue file (2025-lang-son)', custom],
  ] as const)(
    '%s: recalculated totals and rates equal the core’s; the form is still known',
    async (_name, cat) => {
      const dir = tempDir('tdkt-lo-forms-');
      const file = path.join(dir, 'filled.xlsx');
      const given = inputsFromJson(cat, { info: { period: 'Năm', year: 2025 }, tally: tallyFor(cat) });
      await createWorkbookFile(file, given, { catalogue: cat });
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
      const converted = roundTripThroughLibreOffice(soffice!, file, dir);

      const read = await readWorkbookFile(converted);
      expect(read.catalogue).toEqual(cat);
      const g = read.grids.sheets[TALLY_SHEET_NAME]!;
      const computed = computeTally(cat, given.tally);
      let checked = 0;
      for (const cell of sheetPlan(buildWorkbookPlan(cat, given), 'tally').cells) {
        if (cell.role !== 'computed' || !cell.key?.startsWith('tally:')) continue;
        const [, rowId, col] = cell.key.split(':') as [string, string, string];
        const expected = (computed.get(rowId) as unknown as Record<string, number | undefined>)[col];
        expect({ cell: cell.address, shown: g.values[cell.row - 1]![cell.col - 1] }).toEqual({
          cell: cell.address,
          shown: expected ?? '',
        });
        checked++;
      }
      expect(checked).toBeGreaterThan(40);
      expect(validateWorkbook(cat, read.grids).findings.filter((f) => f.severity === 'error')).toEqual([]);

      if (cat === custom) {
        // LibreOffice 7.4 saves a very hidden sheet as merely hidden (measured); the catalogue
        // itself comes through whole, which is what matters, and repair makes it very hidden again.
        const state = (await openXlsx(converted)).getWorksheet(CATALOGUE_SHEET_NAME)!.state;
        expect(['hidden', 'veryHidden']).toContain(state);
      }
    },
    90000,
  );
});
