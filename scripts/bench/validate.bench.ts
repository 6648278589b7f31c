import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE,
  inputsFromJson,
  validateWorkbook,
  type WorkbookInputsJson,
} from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { fmt, measure } from './timing';

export function run(): void {
  const json = JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../examples/bac-son-2024/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
  const inputs = inputsFromJson(DEFAULT_CATALOGUE, json);
  const grids = planToGrids(buildWorkbookPlan(DEFAULT_CATALOGUE, inputs));
  const v = measure(() => validateWorkbook(DEFAULT_CATALOGUE, grids), 500, 50);
  console.log(
    `validate full tally (paper form, 47 rows): median ${fmt(v.median)}, p95 ${fmt(v.p95)}, min ${fmt(v.min)}`,
  );
  const p = measure(() => buildWorkbookPlan(DEFAULT_CATALOGUE, inputs), 200, 20);
  console.log(`build workbook plan: median ${fmt(p.median)}, p95 ${fmt(p.p95)}`);
}
