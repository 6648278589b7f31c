/** "Danh sách khen thưởng": the award register, one line per decision entry; the tally sums it. */
import {
  buildRegisterSheet,
  readRegisterLines,
  REGISTER_SHEET_NAME,
  registerNames,
  registerPrintArea,
  standardRows,
} from '../../layout/register';
import { locateRegisterLayout } from '../../layout/registerHeaders';
import { awardKey, registerAwards } from '../../register';
import { registerKeptInPlace } from '../../registerRepair';
import { TEXT } from '../../text/vi';
import { columnKeys, share, type SheetDefinition } from '../sheetDefinition';

export const REGISTER_SHEET: SheetDefinition = {
  key: 'register',
  name: REGISTER_SHEET_NAME,
  // A clerk's own workbook may well have a sheet called "Danh sách khen thưởng".
  marksOurs: false,
  // A renamed register still feeds the tally (its named ranges follow the sheet): adopted like the others.
  adoptable: true,
  build: (catalogue, inputs) =>
    buildRegisterSheet(catalogue, inputs.register ?? [], inputs.info, inputs.tallySource ?? 'typed'),
  names: registerNames,
  read(_catalogue, grids, used) {
    const grid = grids.sheets[REGISTER_SHEET_NAME];
    const values = grid?.values;
    const layout = locateRegisterLayout(values);
    // By the headers; each line on its row of the layout as made (what the named ranges cover).
    return { register: standardRows(readRegisterLines(values, used, layout, grid?.formulas), layout) };
  },
  resemblance(catalogue, g) {
    // The register's title and its column headers, wherever they stand in the first rows.
    const found = new Set<string>();
    for (let c = 1; c <= 20; c++) for (const k of columnKeys(g, c, 12)) found.add(k);
    const byHeaders = share([TEXT.register.title, ...Object.values(TEXT.register.headers)], found);
    // Or its dropdown list of awards ("Giấy khen (cấp xã)"), which no other sheet holds: a
    // register whose header row was deleted is still recognised.
    const lists = new Set<string>();
    for (let c = 12; c <= 24; c++) for (const k of columnKeys(g, c, 80)) lists.add(k);
    return Math.max(
      byHeaders,
      share(
        registerAwards(catalogue).map((a) => awardKey(catalogue, a)),
        lists,
      ),
    );
  },
  // The register's lines stay where they were, each value under its own header: each planned
  // line cell names the cell it was read from.
  keepInPlace: registerKeptInPlace,
  // Without or with the "Đơn vị" column (printed only where the lines carry a unit).
  printAreas: () => [registerPrintArea(false), registerPrintArea(true)],
};
