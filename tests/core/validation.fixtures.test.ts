/**
 * Validation driven by fixture files: tests/fixtures/validation/<case>.json holds a
 * starting workbook ("paper-form": the paper form's filled example; "paper-info": its
 * header data with an empty tally), the cells a clerk changed, and the findings
 * expected — exactly. A new case is a new file.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  parseA1,
  TALLY_SHEET_NAME,
  validateWorkbook,
} from '../../src/core';
import { deleteGridRow, planToGrids, setGridCell, type MutableGrid } from '../../src/core/planToGrids';
import { paperFormInputs } from '../helpers/paperForm';
import { recalculateRegister } from '../helpers/recalc';
import { bacSonRegisterInputs } from '../helpers/register';

interface Fixture {
  description: string;
  base: 'paper-form' | 'paper-info' | 'paper-register' | 'register-empty';
  edits?: Record<string, unknown>;
  values?: Record<string, unknown>;
  deleteRows?: Record<string, number[]>;
  removeSheets?: string[];
  /** `says` / `neverSays`: parts of the Vietnamese message that must (not) be there. */
  expected: {
    rule: string;
    sheet: string;
    cell: string;
    severity: string;
    level?: string;
    says?: string[];
    neverSays?: string[];
  }[];
}

const dir = path.join(__dirname, '../fixtures/validation');
const cases = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

function split(key: string): [string, string] {
  const i = key.lastIndexOf('!');
  return i < 0 ? [TALLY_SHEET_NAME, key] : [key.slice(0, i), key.slice(i + 1)];
}

export function gridsFor(fx: Fixture): { sheets: Record<string, MutableGrid> } {
  const inputs = paperFormInputs();
  // "paper-register": the same numbers kept as award-register lines (tests/helpers/register.ts).
  const bases = {
    'paper-form': () => inputs,
    'paper-info': () => ({ ...inputs, tally: {} }),
    'paper-register': () => bacSonRegisterInputs(),
    'register-empty': () => ({ ...bacSonRegisterInputs(), register: [] }),
  };
  const plan = buildWorkbookPlan(cat, bases[fx.base]());
  const grids = planToGrids(plan);
  for (const [key, v] of Object.entries(fx.edits ?? {})) {
    const [sheet, cell] = split(key);
    setGridCell(grids.sheets[sheet]!, cell, v);
  }
  if (grids.sheets[TALLY_SHEET_NAME] && !fx.deleteRows) recalculateRegister(cat, grids);
  for (const [key, v] of Object.entries(fx.values ?? {})) {
    const [sheet, cell] = split(key);
    const { row, col } = parseA1(cell);
    grids.sheets[sheet]!.values[row - 1]![col - 1] = v; // the shown value only; the formula stays
  }
  for (const [sheet, rows] of Object.entries(fx.deleteRows ?? {})) {
    for (const r of [...rows].sort((a, b) => b - a)) deleteGridRow(grids.sheets[sheet]!, r);
  }
  for (const s of fx.removeSheets ?? []) delete grids.sheets[s];
  return grids;
}

describe.each(cases)('fixture %s', (file) => {
  const fx = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Fixture;
  const result = validateWorkbook(cat, gridsFor(fx));

  it(fx.description, () => {
    const got = result.findings.map((f) => ({
      rule: f.rule,
      sheet: f.sheet,
      cell: f.address,
      severity: f.severity,
      ...(f.level ? { level: f.level } : {}),
    }));
    const key = (x: { rule: string; cell: string; sheet: string }) => `${x.sheet}!${x.cell}:${x.rule}`;
    const expected = fx.expected.map(({ says: _says, neverSays: _never, ...e }) => e);
    expect(got.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      expected.sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it('says what the fixture says it must (and never what it must not)', () => {
    for (const e of fx.expected) {
      const f = result.findings.find((x) => x.rule === e.rule && x.sheet === e.sheet && x.address === e.cell);
      for (const part of e.says ?? []) expect(f?.message).toContain(part);
      for (const part of e.neverSays ?? []) expect(f?.message).not.toContain(part);
    }
  });

  it('every message is NFC Vietnamese naming its cell', () => {
    for (const f of result.findings) {
      expect(f.message).toBe(f.message.normalize('NFC'));
      if (f.rule !== 'sheet-missing' && f.rule !== 'tally-empty') expect(f.message).toContain(f.address);
      if (f.rule.startsWith('register-')) expect(f.message).toContain(`“${f.sheet}”`);
      expect(f.messageEn.length).toBeGreaterThan(0);
    }
  });

  it('the per-level summary adds up to the findings', () => {
    expect(result.byLevel.reduce((s, l) => s + l.errors, 0)).toBe(result.errors);
    expect(result.byLevel.reduce((s, l) => s + l.warnings, 0)).toBe(result.warnings);
  });
});
