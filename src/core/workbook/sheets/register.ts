/** "Danh sách khen thưởng": the award register, one line per decision entry; the tally sums it. */
import { buildRegisterSheet, readRegisterLines, REGISTER_SHEET_NAME, registerNames } from '../../layout/register';
import { formulaAt, isEmpty } from '../../sheetGrid';
import { TEXT } from '../../text/vi';
import { columnKeys, share, type SheetDefinition } from '../sheetDefinition';

export const REGISTER_SHEET: SheetDefinition = {
  key: 'register',
  name: REGISTER_SHEET_NAME,
  // A clerk's own workbook may well have a sheet called "Danh sách khen thưởng".
  marksOurs: false,
  adoptable: false,
  build: (catalogue, inputs) =>
    buildRegisterSheet(catalogue, inputs.register ?? [], inputs.info, inputs.tallySource ?? 'typed'),
  names: registerNames,
  read: (_catalogue, grids, used) => ({
    register: readRegisterLines(grids.sheets[REGISTER_SHEET_NAME]?.values, used),
  }),
  resemblance(_catalogue, g) {
    // The register's title and its column headers (row 5), wherever they stand in the first rows.
    const found = new Set<string>();
    for (let c = 1; c <= 13; c++) for (const k of columnKeys(g, c, 6)) found.add(k);
    return share([TEXT.register.title, ...Object.values(TEXT.register.headers)], found);
  },
  // The register's lines stay where they were: each planned line cell names the cell it was read from.
  keepInPlace: (sheet, g) => ({
    ...sheet,
    cells: sheet.cells.map((c) =>
      c.role === 'input' && !isEmpty(formulaAt(g, c.row, c.col))
        ? { ...c, source: { sheet: REGISTER_SHEET_NAME, address: c.address } }
        : c,
    ),
  }),
};
