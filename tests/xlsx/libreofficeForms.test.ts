/**
 * The 2025 form and a province's catalogue file through a real spreadsheet engine:
 * LibreOffice opens a filled workbook whose cached results are poisoned, recalculates
 * and saves it; every total and rate equals the core's, and the workbook made from the
 * catalogue file still carries its catalogue (so it validates with no file beside it).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  CATALOGUE_SHEET_NAME,
  inputsFromJson,
  parseCatalogue,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type Catalogue,
} from '../../src/core';
import { computeTally } from '../../src/core/tally';
import { tongHopKhenThuong2025 } from '../../src/core/catalogue';
import { describeWithSoffice, expectTallyCellsEqualCore, recalculatedByLibreOffice } from '../helpers/libreoffice';
import { openXlsx } from './files';

const { soffice, maybe } = describeWithSoffice('libreofficeForms.test.ts');

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
      const given = inputsFromJson(cat, { info: { period: 'Năm', year: 2025 }, tally: tallyFor(cat) });
      const { converted, read } = await recalculatedByLibreOffice(soffice!, given, {
        tempPrefix: 'tdkt-lo-forms-',
        fileName: 'filled.xlsx',
        catalogue: cat,
      });
      expect(read.catalogue).toEqual(cat);
      const g = read.grids.sheets[TALLY_SHEET_NAME]!;
      const computed = computeTally(cat, given.tally);
      const checked = expectTallyCellsEqualCore(cat, given, g, computed);
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
