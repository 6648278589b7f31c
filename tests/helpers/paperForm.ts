import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CATALOGUE, inputsFromJson, type WorkbookInputs, type WorkbookInputsJson } from '../../src/core';

export const EXAMPLE_DATA = path.join(__dirname, '../../examples/bac-son-2024/data.json');

/** The paper form's filled example (thị trấn Bắc Sơn, 6 tháng đầu năm 2024). */
export function paperFormJson(): WorkbookInputsJson {
  return JSON.parse(fs.readFileSync(EXAMPLE_DATA, 'utf8')) as WorkbookInputsJson;
}

export function paperFormInputs(): WorkbookInputs {
  return inputsFromJson(DEFAULT_CATALOGUE, paperFormJson());
}
