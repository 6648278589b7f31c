import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE,
  inputsFromJson,
  planRepair,
  type WorkbookGrids,
  type WorkbookInputsJson,
} from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { sheetPlan } from '../../src/core/workbook/plan';
import { NARRATIVE_SHEET_NAME, narrativeLayout, readNarrative } from '../../src/core/layout/narrative';
import { OUTLINE } from '../../src/core/text/report';
import { buildReport } from '../../src/core/report';

const cat = DEFAULT_CATALOGUE;
const json = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../examples/bac-son-2024/data.json'), 'utf8'),
) as WorkbookInputsJson;
const example = inputsFromJson(cat, json);

describe('sheet Nội dung báo cáo', () => {
  const blank = sheetPlan(buildWorkbookPlan(cat), 'narrative');

  it('has one row per section of the outline, with unique headings', () => {
    const titles = blank.cells.filter((c) => c.key?.endsWith(':title')).map((c) => c.value);
    expect(titles).toEqual(OUTLINE.map((s) => s.title));
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('leaves every input empty and puts the hint in its own locked column', () => {
    const inputs = blank.cells.filter((c) => c.role === 'input');
    expect(inputs.length).toBe(OUTLINE.filter((s) => s.hasText).length + 20 * 3);
    expect(inputs.every((c) => c.value === null)).toBe(true);
    for (const s of OUTLINE.filter((x) => x.hasText)) {
      const row = narrativeLayout().sectionRows.get(s.key)!;
      const hint = blank.cells.find((c) => c.row === row && c.col === 4)!;
      expect(hint.value).toBe(s.hint);
      expect(hint.role).toBe('label');
    }
  });

  it('round-trips the Bắc Sơn narrative: inputs → plan → grids → inputs', () => {
    expect(example.narrative?.models).toHaveLength(3);
    expect(Object.keys(example.narrative!.sections).length).toBeGreaterThan(10);
    const back = readWorkbookInputs(cat, planToGrids(buildWorkbookPlan(cat, example))).inputs;
    expect(back.narrative).toEqual(example.narrative);
  });

  it('finds a section by its heading when rows were inserted above it', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, example));
    const values = grids.sheets[NARRATIVE_SHEET_NAME]!.values;
    const moved = [values[0]!, [], [], ...values.slice(1)];
    const read = readNarrative(moved).inputs;
    expect(read.sections['tasks']).toBe(example.narrative!.sections['tasks']);
    expect(read.models).toEqual(example.narrative!.models);
  });

  it('issue 23.3: a section still to write names its text cell, where the clerk moved it too', () => {
    const { sections: _all, ...rest } = example.narrative!;
    const inputs = { ...example, narrative: { ...rest, sections: {} } };
    const grids = planToGrids(buildWorkbookPlan(cat, inputs));
    const standard = buildReport(cat, readWorkbookInputs(cat, grids).inputs).missing;
    const row = narrativeLayout().sectionRows.get(standard[0]!.key)!;
    expect(standard[0]).toMatchObject({ sheet: NARRATIVE_SHEET_NAME, address: `C${row}` });
    // Two rows inserted above the sections: each is found by its heading, two rows lower.
    const g = grids.sheets[NARRATIVE_SHEET_NAME]!;
    const moved: WorkbookGrids = {
      ...grids,
      sheets: { ...grids.sheets, [NARRATIVE_SHEET_NAME]: { values: [g.values[0]!, [], [], ...g.values.slice(1)] } },
    };
    const after = buildReport(cat, readWorkbookInputs(cat, moved).inputs).missing;
    expect(after.map((m) => m.address)).toEqual(standard.map((m) => `C${Number(m.address.slice(1)) + 2}`));
  });

  it('repair keeps every narrative input and displaces nothing', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, example));
    const repair = planRepair(cat, grids);
    expect(repair.displaced).toEqual([]);
    const after = readWorkbookInputs(cat, planToGrids(repair.plan)).inputs;
    expect(after.narrative).toEqual(example.narrative);
  });

  it('a workbook made before the sheet existed reads as an empty narrative', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, example));
    const old: WorkbookGrids = {
      sheets: Object.fromEntries(Object.entries(grids.sheets).filter(([n]) => n !== NARRATIVE_SHEET_NAME)),
    };
    expect(readWorkbookInputs(cat, old).inputs.narrative).toEqual({ sections: {}, models: [] });
  });

  it('rejects an unknown section key in JSON', () => {
    expect(() => inputsFromJson(cat, { narrative: { sections: { nope: 'x' } } })).toThrow(/nope/);
  });
});
