/**
 * Regressions: what reading one unit file for the aggregate allocates (200 of them in the
 * pane must stay under 500 MB, scripts/bench/aggregatePane.bench.ts).
 *
 * Reading a unit for the aggregate expanded the register's defined names into
 * one object per cell. exceljs's DefinedNames model setter fills a CellMatrix with every
 * cell a name covers; the five `TDKT_DS_*` names cover 5,000 rows each, so every unit file
 * read in the pane allocated 25,000 objects (half of its reading), and 200 units took the
 * pane past 500 MB. A values-only load keeps the names as parsed and never expands them.
 *
 * And every unit's register grid was 5,005 fresh lines of 16 columns (twice: values and
 * formulas), nearly all blank: a values-only read shares one frozen blank line. The selective
 * reader (the pane's and `tdkt aggregate`'s) built them fresh too, 2.2 MB of garbage per file,
 * until it shared the line as well: that garbage alone grew the pane page's young generation
 * to its 64 MB maximum while reading 200 units.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DEFAULT_CATALOGUE, REGISTER_SHEET_NAME, type SheetGrid } from '../../src/core';
import { REGISTER_NAMES } from '../../src/core/layout/register';
import { createWorkbookFile, gridsOfWorkbook, loadWorkbookBytes, readUnitBytes } from '../../src/hosts/xlsx';
import { paperFormInputs } from '../helpers/paperForm';
import { readWorkbookBytesSelective } from '../../src/hosts/xlsx/selectiveBytes';
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
    expect(model.find((n) => n.name === QUANTITY)?.ranges).toEqual([`'${REGISTER_SHEET_NAME}'!$H$6:$H$30005`]);
  });

  it('the grids of both loads are the same, and the unit reads the same', async () => {
    const full = gridsOfWorkbook(await loadWorkbookBytes(ExcelJS, bytes, 'unit.xlsx'));
    const lean = gridsOfWorkbook(await loadWorkbookBytes(ExcelJS, bytes, 'unit.xlsx', { valuesOnly: true }), {
      readOnly: true,
    });
    expect(Object.keys(lean.grids.sheets)).toEqual(Object.keys(full.grids.sheets));
    expect(lean.grids).toEqual(full.grids);
    const unit = await readUnitBytes(ExcelJS, bytes, 'unit.xlsx');
    expect(unit.register?.length).toBeGreaterThan(0);
    expect(unit.unit.errors).toBe(0);
  });
});

/** The register's blank lines are one frozen line (values and formulas); lines with content are their own. */
function expectSharedBlankLines(register: SheetGrid): void {
  expect(register.values).toHaveLength(30005);
  const blank = register.values[4999]!;
  expect(Object.isFrozen(blank)).toBe(true);
  expect(register.values[3000]).toBe(blank);
  expect(register.formulas![3000]).toBe(blank);
  expect(blank.every((v) => v === '')).toBe(true);
  // The header line holds text: its own line, not the shared one.
  expect(register.values[4]).not.toBe(blank);
  expect(register.values[4]!.some((v) => v !== '')).toBe(true);
  // Fresh lines only where a row has content: a few dozen, not 5,005.
  expect(new Set(register.values).size).toBeLessThan(100);
}

describe('a unit read for the aggregate shares the blank lines of its grids', () => {
  it('exceljs, values only: the register’s blank lines are one frozen line', async () => {
    const { grids } = gridsOfWorkbook(await loadWorkbookBytes(ExcelJS, bytes, 'unit.xlsx', { valuesOnly: true }), {
      readOnly: true,
    });
    expectSharedBlankLines(grids.sheets[REGISTER_SHEET_NAME]!);
  });

  it('the selective reader (the pane, tdkt aggregate): the same sharing, and the same grids as exceljs', async () => {
    const { grids } = readWorkbookBytesSelective(bytes, 'unit.xlsx');
    const register = grids.sheets[REGISTER_SHEET_NAME]!;
    expectSharedBlankLines(register);
    const exceljs = gridsOfWorkbook(await loadWorkbookBytes(ExcelJS, bytes, 'unit.xlsx', { valuesOnly: true }), {
      readOnly: true,
    });
    expect(register.values).toEqual(exceljs.grids.sheets[REGISTER_SHEET_NAME]!.values);
  });

  it('a grid read for writing back keeps a fresh line per row', async () => {
    const { grids } = gridsOfWorkbook(await loadWorkbookBytes(ExcelJS, bytes, 'unit.xlsx'));
    const register = grids.sheets[REGISTER_SHEET_NAME]!;
    expect(register.values[3000]).not.toBe(register.values[4999]);
    expect(Object.isFrozen(register.values[4999])).toBe(false);
  });
});

describe('what the aggregate keeps of a unit', () => {
  it('its summary and register lines, no grids or workbook, and the built-in form shared (not a copy per unit)', async () => {
    const unit = await readUnitBytes(ExcelJS, bytes, 'unit.xlsx');
    expect(unit.catalogue).toBe(DEFAULT_CATALOGUE);
    const { catalogue: _shared, ...own } = unit;
    // A grid of the register alone would be 5,005 × 16 cells; the unit's own part is a few KB.
    expect(JSON.stringify(own).length).toBeLessThan(16 * 1024);
    expect(Object.keys(own).sort()).toEqual(
      ['errorFindings', 'file', 'formKey', 'period', 'register', 'tally', 'unit', 'year'].sort(),
    );
  });
});
