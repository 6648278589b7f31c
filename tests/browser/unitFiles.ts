/**
 * Unit workbooks for the pane's "Tổng hợp" (browser test, bench, screenshot): made by the
 * .xlsx host like `tdkt create --data`, on the form in force (2025) from the Đồng Tâm
 * example's header with another unit name and tally; `textIn` types a count as words (one
 * error finding), as a clerk might.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inputsFromJson, TALLY_SHEET_NAME, type WorkbookInputsJson } from '../../src/core';
import { tongHopKhenThuong2025 } from '../../src/core/catalogue';
import { tallyRowOf } from '../../src/core/layout/tally';
import { type Tally } from '../../src/core/tally';
import { createWorkbookFile } from '../../src/hosts/xlsx';
import { editFile } from '../xlsx/files';

export interface UnitSpec {
  readonly file: string;
  readonly unitName: string;
  readonly tally: Tally;
  /** A tally row whose "Cá nhân" count is typed as words (column D). */
  readonly textIn?: string;
}

export interface UnitFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The form of the unit files: the one in force (the pane creates it too). */
export const UNIT_FORM = tongHopKhenThuong2025;
const cat = UNIT_FORM;

export async function makeUnitFiles(specs: readonly UnitSpec[]): Promise<UnitFile[]> {
  const json = JSON.parse(
    fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'dong-tam-2025', 'data.json'), 'utf8'),
  ) as WorkbookInputsJson;
  const base = inputsFromJson(cat, json);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-units-'));
  try {
    const out: UnitFile[] = [];
    for (const spec of specs) {
      const f = path.join(dir, spec.file);
      await createWorkbookFile(
        f,
        // Typed counts only (the example's register lines left out): each unit's tally is its spec.
        {
          ...base,
          info: { ...base.info, unitName: spec.unitName },
          tally: spec.tally,
          register: [],
          tallySource: 'typed',
        },
        { catalogue: cat },
      );
      if (spec.textIn) await editFile(f, { [TALLY_SHEET_NAME]: { [`D${tallyRowOf(cat, spec.textIn)}`]: 'mười một' } });
      out.push({ name: spec.file, mimeType: XLSX_TYPE, buffer: fs.readFileSync(f) });
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The three example units of the browser test: one with an error, one the same unit as another. */
export const THREE_UNITS: readonly UnitSpec[] = [
  {
    file: 'xa-an-binh.xlsx',
    unitName: 'xã An Bình',
    tally: { 'III.1': { individual: 7 }, 'III.3': { collective: 2 } },
  },
  {
    file: 'xa-hoa-lac.xlsx',
    unitName: 'xã Hòa Lạc',
    tally: { 'III.1': { individual: 11 }, 'II.1': { collective: 1 } },
    textIn: 'III.2',
  },
  {
    file: 'xa-an-binh-gui-lai.xlsx',
    unitName: 'Xã  An Bình',
    tally: { 'III.1': { individual: 5 }, 'III.3': { collective: 1 } },
  },
];
