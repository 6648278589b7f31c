/** The selective reader gives the grids exceljs gives (for our sheets), and stays within bounds. */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOGUE_SHEET_NAME, CATALOGUES, parseCatalogue, TALLY_SHEET_NAME } from '../../src/core';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { shiftFormula } from '../../src/hosts/xlsx/selective';
import { describeWithSoffice, roundTripThroughLibreOffice } from '../helpers/libreoffice';
import { paperFormInputs } from '../helpers/paperForm';
import { editFile, tempDir, trimGrids } from './files';

const EXAMPLE = path.join(__dirname, '../../examples/bac-son-2024/bac-son-6-thang-2024.xlsx');
const dir = tempDir();
const { soffice, maybeIt: withSoffice } = describeWithSoffice();

async function bothReaders(file: string) {
  const selective = await readWorkbookFile(file, { requireTally: false });
  const exceljs = await readWorkbookFile(file, { requireTally: false, reader: 'exceljs' });
  return { selective, exceljs };
}

describe('selective reader ⇄ exceljs', () => {
  it('the bundled example: the same grids, the same form', async () => {
    const { selective, exceljs } = await bothReaders(EXAMPLE);
    expect(trimGrids(selective.grids)).toEqual(trimGrids(exceljs.grids));
    expect(selective.sheetNames).toEqual(exceljs.sheetNames);
    expect(selective.formKey).toBe(exceljs.formKey);
  });

  // One function (bytes.ts readWithForm) finds the form for both readers: a province's longer form
  // is read again with its own plan, and a damaged carried form is the same problem either way.
  it("a province's form, then its carried form damaged: the same form, problems and sheets", async () => {
    const text = fs.readFileSync(path.join(__dirname, '../../examples/catalogues/lang-son-2025.json'), 'utf8');
    const custom = parseCatalogue(text, { builtInKeys: Object.keys(CATALOGUES) }).catalogue!;
    const file = path.join(dir, 'lang-son.xlsx');
    await createWorkbookFile(file, undefined, { catalogue: custom });
    const form = (r: Awaited<ReturnType<typeof readWorkbookFile>>) => ({
      catalogue: r.catalogue,
      formKey: r.formKey,
      unknownForm: r.unknownForm,
      formProblems: r.formProblems,
      sheetNames: r.sheetNames,
    });
    const good = await bothReaders(file);
    expect(form(good.selective)).toEqual(form(good.exceljs));
    expect(good.selective.catalogue).toEqual(custom);
    expect(trimGrids(good.selective.grids)).toEqual(trimGrids(good.exceljs.grids));

    await editFile(file, { [CATALOGUE_SHEET_NAME]: { B3: '{ "formId": ' } }, { recalc: false });
    const damaged = await bothReaders(file);
    expect(form(damaged.selective)).toEqual(form(damaged.exceljs));
    expect(damaged.selective.unknownForm).toBe(true);
    expect(damaged.selective.formProblems?.length).toBeGreaterThan(0);
  });

  it('a clerk’s file: text counts, booleans, errors, formulas typed, dates, a note beside the table', async () => {
    const file = path.join(dir, 'typed.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    await editFile(
      file,
      { [TALLY_SHEET_NAME]: { D20: '18 người', C21: 2.5, E22: true, D23: '=2+3', K30: 'ghi chú & <xem>' } },
      {
        mutate: (wb) => {
          const d = wb.getWorksheet('Phụ lục I')!.getCell('B9');
          d.value = new Date(Date.UTC(2024, 0, 10));
          d.numFmt = 'dd/mm/yyyy';
          wb.getWorksheet(TALLY_SHEET_NAME)!.getCell('C25').value = { error: '#N/A' };
        },
      },
    );
    const { selective, exceljs } = await bothReaders(file);
    expect(trimGrids(selective.grids)).toEqual(trimGrids(exceljs.grids));
  });

  withSoffice(
    'a file saved by LibreOffice (shared formulas, its own XML) reads the same',
    async () => {
      const file = roundTripThroughLibreOffice(soffice!, EXAMPLE, path.join(dir, 'lo'), { timeout: 120000 });
      const { selective, exceljs } = await bothReaders(file);
      expect(trimGrids(selective.grids)).toEqual(trimGrids(exceljs.grids));
    },
    150000,
  );

  it('translates a shared formula to each cell, as Excel fills it', () => {
    expect(shiftFormula('SUM(C9,C12)', 1, 0)).toBe('SUM(C10,C13)');
    expect(shiftFormula('IF(C9=0,"",ROUND(F9/C9*100,2))', 2, 1)).toBe('IF(D11=0,"",ROUND(G11/D11*100,2))');
    expect(shiftFormula('$C$9+C$9+$C9+"C9"', 1, 1)).toBe('$C$9+D$9+$C10+"C9"');
    expect(shiftFormula("'Thông tin chung'!B4&LOG10(A1)", 1, 0)).toBe("'Thông tin chung'!B5&LOG10(A2)");
  });
});
