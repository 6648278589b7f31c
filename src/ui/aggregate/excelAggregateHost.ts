/** The aggregate host in Excel: units read in the browser (exceljs, lazily), written through the Excel host. */
import { createExcelAggregateWriter, type ExcelHostOptions, type ExcelRun } from '../../hosts/excel';
import { readPickedUnit } from '../../hosts/xlsx/pickedUnit';
import type { AggregateHost } from './AggregatePanel.types';

export function createExcelAggregateHost(run: ExcelRun, opts: ExcelHostOptions = {}): AggregateHost {
  return { readUnit: readPickedUnit, write: createExcelAggregateWriter(run, opts) };
}
