import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CATALOGUE, inputsFromJson, type WorkbookInputs, type WorkbookInputsJson } from '../../src/core';

export const ROOT = path.join(__dirname, '../..');

export function bacSonJson(): WorkbookInputsJson {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/bac-son-2024/data.json'), 'utf8')) as WorkbookInputsJson;
}

export function bacSonInputs(): WorkbookInputs {
  return inputsFromJson(DEFAULT_CATALOGUE, bacSonJson());
}

/** The Bắc Sơn inputs with some header fields replaced (null removes one). */
export function withInfo(patch: Record<string, string | number | null>): WorkbookInputs {
  const json = bacSonJson();
  const info = { ...json.info, ...patch } as Record<string, string | number | null>;
  for (const k of Object.keys(info)) if (info[k] === null) delete info[k];
  return inputsFromJson(DEFAULT_CATALOGUE, { ...json, info });
}
