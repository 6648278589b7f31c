/** The selective reader gives the grids exceljs gives (for our sheets), and stays within bounds. */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { TALLY_SHEET_NAME } from '../../src/core';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { shiftFormula } from '../../src/hosts/xlsx/selective';
import { paperFormInputs } from '../helpers/paperForm';
import { editFile, tempDir, trimGrids } from './files';

const EXAMPLE = path.join(__dirname, '../../examples/bac-son-2024/bac-son-6-thang-2024.xlsx');
const dir = tempDir();

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

  it('a file saved by LibreOffice (shared formulas, its own XML) reads the same', async () => {
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.status !== 0) return; // CI has LibreOffice (.ci/apt-packages); skip where it is absent
    const out = path.join(dir, 'lo');
    fs.mkdirSync(out, { recursive: true });
    const r = spawnSync('soffice', ['--headless', '--convert-to', 'xlsx', '--outdir', out, EXAMPLE], {
      encoding: 'utf8',
      timeout: 120000,
    });
    if (r.status !== 0) return;
    const file = path.join(out, path.basename(EXAMPLE));
    const { selective, exceljs } = await bothReaders(file);
    expect(trimGrids(selective.grids)).toEqual(trimGrids(exceljs.grids));
  }, 150000);

  it('translates a shared formula to each cell, as Excel fills it', () => {
    expect(shiftFormula('SUM(C9,C12)', 1, 0)).toBe('SUM(C10,C13)');
    expect(shiftFormula('IF(C9=0,"",ROUND(F9/C9*100,2))', 2, 1)).toBe('IF(D11=0,"",ROUND(G11/D11*100,2))');
    expect(shiftFormula('$C$9+C$9+$C9+"C9"', 1, 1)).toBe('$C$9+D$9+$C10+"C9"');
    expect(shiftFormula("'Thông tin chung'!B4&LOG10(A1)", 1, 0)).toBe("'Thông tin chung'!B5&LOG10(A2)");
  });
});
