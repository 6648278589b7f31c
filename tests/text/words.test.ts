/**
 * The words the clerk reads (issue 14, item 11): Vietnamese terms where our texts have
 * them, curly quotes, no stray punctuation — over every user-facing text (core texts,
 * validation messages, the workbook's own labels, prompts and alerts).
 */
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE,
  emptyInputs,
  INFO_SHEET_NAME,
  TALLY_SHEET_NAME,
  TEXT,
  validateWorkbook,
} from '../../src/core';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { UI_TEXT } from '../../src/core/text/ui';
import { userTexts, type Text } from './collectTexts';

function planTexts(): Text[] {
  const plan = buildWorkbookPlan(DEFAULT_CATALOGUE);
  const out: Text[] = [];
  for (const s of plan.sheets) {
    for (const c of s.cells) {
      if (c.formula === undefined && typeof c.value === 'string')
        out.push({ where: `${s.name}!${c.address}`, text: c.value });
    }
    for (const v of s.validations) {
      for (const t of [v.errorTitle, v.errorMessage, v.promptTitle, v.prompt]) {
        if (t) out.push({ where: `${s.name} validation ${v.ranges[0]}`, text: t });
      }
    }
  }
  return out;
}

/** The messages of real findings: a workbook with one of every kind of mistake, on both surfaces. */
function findingTexts(): Text[] {
  // A hand-typed tally (counts typed in the cells): a new workbook's count cells follow the register.
  const grids = planToGrids(buildWorkbookPlan(DEFAULT_CATALOGUE, { ...emptyInputs(), tallySource: 'typed' }));
  const edits: Record<string, unknown> = {
    D41: '18 người',
    D45: 2.5,
    H45: 2,
    D47: '05',
    D50: -1,
    C41: 2,
    D44: true,
    H50: 3,
    D54: 7,
  };
  for (const [cell, v] of Object.entries(edits)) setGridCell(grids.sheets[TALLY_SHEET_NAME]!, cell, v);
  for (const [cell, v] of Object.entries({ B8: 'abc', B9: 'x', B12: 'mai', B11: 'BC - X' }))
    setGridCell(grids.sheets[INFO_SHEET_NAME]!, cell, v);
  const out: Text[] = [];
  for (const surface of ['pane', 'cli'] as const) {
    for (const f of validateWorkbook(DEFAULT_CATALOGUE, grids, { surface }).findings) {
      out.push({ where: `${surface} ${f.rule} ${f.address}`, text: f.message });
      if (f.hint) out.push({ where: `${surface} ${f.rule} ${f.address} hint`, text: f.hint });
    }
  }
  return out;
}

const all = [...userTexts(), ...planTexts(), ...findingTexts()];

/** English words that have a Vietnamese term in our texts, and that term. */
const TERMS: Record<string, string> = {
  sheet: 'trang tính',
  workbook: 'sổ tính',
  cell: 'ô',
  error: 'lỗi',
  warning: 'cảnh báo',
  row: 'dòng',
  column: 'cột',
  formula: 'công thức',
  file: 'tệp',
  folder: 'thư mục',
};

/** Command lines and options are names, not words: "tdkt repair", "--force". */
const strip = (t: string) => t.replace(/tdkt \w+/g, '').replace(/--[\w-]+/g, '');

describe('every user-facing text', () => {
  it('gathers the texts (hundreds of them)', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it.each(Object.entries(TERMS))('never says "%s" where our texts say "%s"', (english) => {
    const word = new RegExp(`\\b${english}s?\\b`, 'i');
    expect(all.filter((t) => word.test(strip(t.text))).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  it('uses curly quotes “…”, never straight ones', () => {
    expect(all.filter((t) => t.text.includes('"')).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  it('has no double full stop (regression: "TM., KT..")', () => {
    expect(all.filter((t) => /[^.]\.\.(?!\.)/.test(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
    expect(TEXT.validation.listMessage('TM., KT.')).toBe('Chọn một trong các giá trị: TM., KT.');
  });

  it('names the workbook one way: "sổ tính"', () => {
    expect(all.filter((t) => /sổ làm việc/i.test(t.text)).map((t) => t.where)).toEqual([]);
  });

  it('regression: the create hint listed 3 sheets where 4 are made; it lists the plan’s', () => {
    const names = buildWorkbookPlan(DEFAULT_CATALOGUE).sheets.map((s) => s.name);
    const hint = UI_TEXT.createHint(names);
    for (const n of names) expect(hint).toContain(`“${n}”`);
    expect(hint).toContain(`${names.length} trang`);
  });

  it('is NFC', () => {
    expect(all.filter((t) => t.text !== t.text.normalize('NFC')).map((t) => t.where)).toEqual([]);
  });
});
