/**
 * Regression: reading a unit for the aggregate expanded the register's defined names into
 * one object per cell. exceljs's DefinedNames model setter fills a CellMatrix with every
 * cell a name covers; the five `TDKT_DS_*` names cover 5,000 rows each, so every unit file
 * read in the pane allocated 25,000 objects (half of its reading), and 200 units took the
 * pane past 500 MB. A values-only load keeps the names as parsed and never expands them.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { REGISTER_NAMES, REGISTER_SHEET_NAME, TALLY_SHEET_NAME } from '../../src/core';
import { createWorkbookFile, gridsOfWorkbook, loadWorkbookBytes, readUnitBytes } from '../../src/hosts/xlsx';
import { paperFormInputs } from '../helpers/paperForm';
import { tempDir } from './files';

const QUANTITY = REGISTER_NAMES.quantity!;
const aCellOfTheQuantityColumn = `'${REGISTER_SHEET_NAME}'!H100`;

let bytes: Uint8Array;

beforeAll(async () => {
  const file = path.join(tempDir(), 'unit.xlsx');
  await createWorkbookFile(file, paperFormInputs());
  bytes = new Uint8Array(fs.readFileSync(file));
});

describe('a unit read for the aggregate keeps the defined names unexpanded', () => {
  it('a full load (repair, writing back) still knows which names cover a register cell', async () => {
    const full = await loadWorkbookBytes(ExcelJS, bytes, 'unit.xlsx');
    expect(full.definedNames.getNames(aCellOfTheQuantityColumn)).toEqual([QUANTITY]);
  });

  it('a values-only load keeps the names as parsed (no cell of the register is expanded)', async () => {
    const wb = await loadWorkbookBytes(ExcelJS, bytes, 'unit.xlsx', { valuesOnly: true });
    // No per-cell matrix: asking a register cell for its names finds none.
    expect(wb.definedNames.getNames(aCellOfTheQuantityColumn)).toEqual([]);
    // The names are still there, each with the range the file gives.
    const model = wb.definedNames.model as unknown as { name: string; ranges: string[] }[];
    expect(model.find((n) => n.name === QUANTITY)?.ranges).toEqual([`'${REGISTER_SHEET_NAME}'!$H$6:$H$5005`]);
  });

  it('the grids of both loads are the same, and the unit reads the same', async () => {
    const full = gridsOfWorkbook(await loadWorkbookBytes(ExcelJS, bytes, 'unit.xlsx'));
    const lean = gridsOfWorkbook(await loadWorkbookBytes(ExcelJS, bytes, 'unit.xlsx', { valuesOnly: true }));
    expect(lean.grids.sheets[TALLY_SHEET_NAME]).toEqual(full.grids.sheets[TALLY_SHEET_NAME]);
    expect(lean.grids.sheets[REGISTER_SHEET_NAME]).toEqual(full.grids.sheets[REGISTER_SHEET_NAME]);
    const unit = await readUnitBytes(ExcelJS, bytes, 'unit.xlsx');
    expect(unit.register?.length).toBeGreaterThan(0);
    expect(unit.unit.errors).toBe(0);
  });
});
