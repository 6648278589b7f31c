/** The aggregate host in Excel: units read in the browser (exceljs, lazily), written through the Excel host. */
import type { AggregateHost } from '../../ports';
import { readPickedUnit } from '../xlsx/pickedUnit';
import { createExcelAggregateWriter } from './aggregate';
import type { ExcelRun } from './api';
import type { ExcelHostOptions } from './requirements';

export function createExcelAggregateHost(run: ExcelRun, opts: ExcelHostOptions = {}): AggregateHost {
  return { readUnit: readPickedUnit, write: createExcelAggregateWriter(run, opts) };
}
