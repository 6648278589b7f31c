/**
 * Issue 15: the mutation property of repair. A filled workbook is mutated at random the way
 * clerks and spreadsheets mutate it (rows inserted, deleted, moved; rows relabelled; sheets
 * renamed or deleted; numbers typed over formulas; values typed anywhere), then repaired in
 * memory. Every typed value must afterwards be in its cell (the plan cell carrying it), or
 * moved to the "(bản cũ)" copy and named (a displaced entry) — never lost, never filed under
 * another row. Seeded and reproducible: TDKT_FUZZ_SEED, TDKT_FUZZ_CASES (`npm run fuzz`).
 *
 * Every case also carries formula-injection payloads — texts that start with "=", "+", "-"
 * or "@" in the unit's name, Phụ lục I, the narrative, a count cell and a register line — and
 * a formula the clerk typed: the texts must come out of repair as texts, the formula as a
 * formula, in the plan and in what every renderer writes (in memory, exceljs, the Excel
 * JavaScript API over the fake; TDKT_FUZZ_RENDER_CASES of the cases, as rendering is slow).
 */
import ExcelJS from 'exceljs';
import {
  a1,
  AmbiguousSheetsError,
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  INFO_SHEET_NAME,
  REGISTER_SHEET_NAME,
  planRepair,
  TALLY_SHEET_NAME,
  type CellValue,
  type SheetGrid,
  type WorkbookPlan,
} from '../../src/core';
import { DOCUMENTS_SHEET_NAME } from '../../src/core/layout/documents';
import { formulaKey, isFormulaAt, toCellValue } from '../../src/core/sheetGrid';
import { planToGrids, type MutableGrid } from '../../src/core/planToGrids';
import { renderSheet as renderExcelSheet } from '../../src/hosts/excel/render';
import { readGrids, renderWorkbook } from '../../src/hosts/xlsx';
import { FakeWorkbook } from '../fakes/excel';
import { INJECTIONS } from '../helpers/injections';
import { NARRATIVE_SHEET_NAME } from '../../src/core/layout/narrative';
import { paperFormInputs } from '../helpers/paperForm';
import { seededRandom as rng } from '../helpers/random';

const SEED = Number(process.env.TDKT_FUZZ_SEED ?? 20261127);
/**
 * CI runs 50 cases: every mutation at least once (checked below), each renderer over
 * RENDER_CASES of them; `npm run fuzz` runs thousands with a seed from the clock.
 */
const CASES = Number(process.env.TDKT_FUZZ_CASES ?? 50);
const RENDER_CASES = Number(process.env.TDKT_FUZZ_RENDER_CASES ?? 6);

interface Typed {
  readonly id: number;
  readonly content: unknown;
  /** The clerk typed a formula (content is its "=…" text); else a constant. */
  readonly formula?: boolean;
  /** For a count typed in the tally: the catalogue row and column it belongs to. */
  readonly home?: string;
}

/** A sheet with a tag per cell: which typed value (if any) the cell holds. */
interface Tracked extends MutableGrid {
  tags: (Typed | undefined)[][];
}

const OURS = [INFO_SHEET_NAME, TALLY_SHEET_NAME, DOCUMENTS_SHEET_NAME, NARRATIVE_SHEET_NAME];

function setup(random: () => number): { sheets: Record<string, Tracked>; nextId: () => number } {
  const plan = buildWorkbookPlan(cat, paperFormInputs());
  const grids = planToGrids(plan);
  let id = 0;
  const nextId = () => ++id;
  const sheets: Record<string, Tracked> = {};
  for (const s of plan.sheets) {
    const g = grids.sheets[s.name]!;
    const tags: (Typed | undefined)[][] = g.values.map((line) => line.map(() => undefined));
    for (const c of s.cells) {
      if (c.role !== 'input' || c.value === null || c.value === undefined || c.value === '') continue;
      tags[c.row - 1]![c.col - 1] = { id: nextId(), content: c.value, home: c.key };
    }
    sheets[s.name] = { ...g, tags };
  }
  // Extra typed values, wrong or not, in input cells, grey cells and beside the table.
  const tallyPlan = plan.sheets.find((s) => s.key === 'tally')!;
  const odd: unknown[] = ['18 người', 2.5, -2, 'hai', true, '05', 7, 0];
  const targets = tallyPlan.cells.filter((c) => c.role === 'input' || c.role === 'unavailable');
  for (let k = 0; k < 3; k++) {
    const c = targets[Math.floor(random() * targets.length)]!;
    type(sheets[TALLY_SHEET_NAME]!, c.row, c.col, odd[Math.floor(random() * odd.length)], nextId, c.key);
  }
  type(sheets[TALLY_SHEET_NAME]!, 20, 11, 'ghi chú của cán bộ', nextId);
  // Formula-injection payloads as texts where clerks type text, a count cell holding one, a
  // register line naming one, and a real formula in a count cell (kept as a formula).
  const payload = (k: number) => INJECTIONS[(k + Math.floor(random() * INJECTIONS.length)) % INJECTIONS.length]!;
  const at = (key: string) => plan.sheets.flatMap((s) => s.cells).find((c) => c.key === key)!;
  const put = (sheet: string, key: string, k: number) => {
    const c = at(key);
    type(sheets[sheet]!, c.row, c.col, payload(k), nextId, key);
  };
  put(INFO_SHEET_NAME, 'info:unitName', 0);
  put(DOCUMENTS_SHEET_NAME, 'documents:2:summary', 1);
  put(NARRATIVE_SHEET_NAME, 'narrative:leadership.documents', 2);
  put(TALLY_SHEET_NAME, 'tally:III.2:individual', 3);
  const register = sheets[REGISTER_SHEET_NAME]!;
  type(register, 6, 5, 'Giấy khen (cấp cơ sở)', nextId);
  type(register, 6, 7, 'Cá nhân', nextId);
  type(register, 6, 9, payload(4), nextId);
  type(register, 6, 12, payload(5), nextId);
  const f = at('tally:IV.1:individual');
  typeFormula(sheets[TALLY_SHEET_NAME]!, f.row, f.col, '=2+3', 5, nextId, f.key);
  return { sheets, nextId };
}

function type(g: Tracked, row: number, col: number, content: unknown, nextId: () => number, home?: string): void {
  for (const m of [g.values, g.formulas, g.tags] as unknown[][][]) {
    while (m.length < row) m.push([]);
    const line = m[row - 1]!;
    while (line.length < col) line.push(m === g.tags ? undefined : '');
  }
  g.values[row - 1]![col - 1] = content;
  g.formulas[row - 1]![col - 1] = content;
  g.tags[row - 1]![col - 1] = { id: nextId(), content, home };
}

/** A formula the clerk typed: the grid's formula is its text, its value the result. */
function typeFormula(
  g: Tracked,
  row: number,
  col: number,
  formula: string,
  result: unknown,
  nextId: () => number,
  home?: string,
): void {
  type(g, row, col, result, nextId, home);
  g.formulas[row - 1]![col - 1] = formula;
  g.tags[row - 1]![col - 1] = { id: nextId(), content: formula, formula: true, home };
}

type Mutation = (sheets: Record<string, Tracked>, random: () => number, nextId: () => number) => string;

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const present = (sheets: Record<string, Tracked>) => Object.keys(sheets);

const MUTATIONS: readonly Mutation[] = [
  function insertRow(sheets, random) {
    const name = pick(random, present(sheets));
    const g = sheets[name]!;
    const r = 1 + Math.floor(random() * g.values.length);
    const width = g.values[r - 1]?.length ?? 9;
    g.values.splice(r - 1, 0, Array(width).fill(''));
    g.formulas.splice(r - 1, 0, Array(width).fill(''));
    g.tags.splice(r - 1, 0, Array(width).fill(undefined));
    return `insert row ${r} in ${name}`;
  },
  function deleteRow(sheets, random) {
    const name = pick(random, present(sheets));
    const g = sheets[name]!;
    const r = 1 + Math.floor(random() * g.values.length);
    for (const m of [g.values, g.formulas, g.tags] as unknown[][][]) m.splice(r - 1, 1);
    return `delete row ${r} of ${name}`;
  },
  function moveRows(sheets, random) {
    const g = sheets[TALLY_SHEET_NAME];
    if (!g) return 'no tally to move rows in';
    const from = 8 + Math.floor(random() * (g.values.length - 10));
    const n = 1 + Math.floor(random() * 3);
    const before = 8 + Math.floor(random() * (g.values.length - 10));
    for (const m of [g.values, g.formulas, g.tags] as unknown[][][]) {
      const block = m.splice(from - 1, n);
      const at = Math.min(m.length, before > from ? before - 1 - n : before - 1);
      m.splice(Math.max(0, at), 0, ...block);
    }
    return `move ${n} tally rows from ${from} before ${before}`;
  },
  function relabel(sheets, random) {
    const g = sheets[TALLY_SHEET_NAME];
    if (!g) return 'no tally to relabel';
    const r = 8 + Math.floor(random() * (g.values.length - 10));
    const old = g.values[r - 1]?.[1];
    if (typeof old !== 'string' || !old) return 'nothing to relabel';
    const label = `${old}${pick(random, ['x', ' (sửa)', 'g'])}`;
    g.values[r - 1]![1] = label;
    g.formulas[r - 1]![1] = label;
    return `relabel row ${r}`;
  },
  function renameSheet(sheets, random) {
    const name = pick(
      random,
      present(sheets)
        .filter((n) => OURS.includes(n))
        .concat(['']),
    );
    if (!name) return 'no rename';
    const to = pick(random, [`${name} (2)`, `${name} `, 'Sheet3', name.normalize('NFD').replace(/\p{M}/gu, '')]);
    if (sheets[to] || to === name) return 'no rename';
    sheets[to] = sheets[name]!;
    delete sheets[name];
    return `rename ${name} → ${to}`;
  },
  function deleteSheet(sheets, random) {
    const name = pick(random, present(sheets));
    if (present(sheets).length < 2) return 'keep the last sheet';
    delete sheets[name];
    return `delete sheet ${name}`;
  },
  function numberOverFormula(sheets, random, nextId) {
    const g = sheets[TALLY_SHEET_NAME];
    if (!g) return 'no tally';
    const cells: [number, number][] = [];
    g.formulas.forEach((line, r) =>
      line.forEach((f, c) => typeof f === 'string' && f.startsWith('=') && r >= 7 && cells.push([r + 1, c + 1])),
    );
    if (!cells.length) return 'no formula';
    const [r, c] = pick(random, cells);
    type(g, r, c, 1 + Math.floor(random() * 99), nextId);
    return `number over the formula at ${a1(r, c)}`;
  },
  function typeAnywhere(sheets, random, nextId) {
    const name = pick(random, present(sheets));
    const g = sheets[name]!;
    const r = 1 + Math.floor(random() * (g.values.length + 3));
    const c = 1 + Math.floor(random() * 11);
    type(g, r, c, pick(random, ['chữ', 12, 3.5, false, 'Số 07/KH']), nextId);
    return `type into ${name}!${a1(r, c)}`;
  },
];

/** The typed content and what repair keeps: a formula as a formula, a text (even "=…") as a text. */
function same(t: Typed, kept: { formula?: string; value?: CellValue }): boolean {
  if (t.formula) return kept.formula !== undefined && formulaKey(t.content) === formulaKey(kept.formula);
  return kept.formula === undefined && toCellValue(t.content) === toCellValue(kept.value ?? null);
}

interface Outcome {
  /** The repaired plan, for the renderers (undefined when refused). */
  readonly plan?: WorkbookPlan;
  readonly lost: string[];
  readonly misplaced: string[];
  readonly refused: boolean;
  readonly values: number;
}

function runCase(seed: number): Outcome & { steps: string[]; mutations: string[] } {
  const random = rng(seed);
  const { sheets, nextId } = setup(random);
  const steps: string[] = [];
  const mutations: string[] = [];
  const n = 1 + Math.floor(random() * 4);
  for (let k = 0; k < n; k++) {
    const m = pick(random, MUTATIONS);
    mutations.push(m.name);
    steps.push(m(sheets, random, nextId));
  }

  const typed: { sheet: string; address: string; t: Typed }[] = [];
  for (const [sheet, g] of Object.entries(sheets)) {
    g.tags.forEach((line, r) => line.forEach((t, c) => t && typed.push({ sheet, address: a1(r + 1, c + 1), t })));
  }
  let repair;
  try {
    repair = planRepair(cat, { sheets });
  } catch (e) {
    if (e instanceof AmbiguousSheetsError)
      return { lost: [], misplaced: [], refused: true, values: typed.length, steps, mutations };
    throw e;
  }
  const standardOf = new Map([...repair.renamed].map(([std, actual]) => [actual, std]));
  const lost: string[] = [];
  const misplaced: string[] = [];
  for (const { sheet, address, t } of typed) {
    const std = standardOf.get(sheet) ?? sheet;
    const planSheet = repair.plan.sheets.find((s) => s.name === std);
    const kept = planSheet?.cells.find((c) => c.source?.address === address);
    if (kept) {
      const content = kept.formula ?? kept.value;
      if (!same(t, kept))
        lost.push(
          `${sheet}!${address} ${String(t.content)} → ${kept.formula === undefined ? 'text' : 'formula'} ${String(content)}`,
        );
      else if (t.home?.startsWith('tally:') && kept.key !== t.home)
        misplaced.push(`${sheet}!${address} ${t.home} → ${kept.key}`);
      continue;
    }
    // Lists that keep their rows (the award register) write a typed line back where it was.
    const inPlace = planSheet?.cells.find((c) => c.address === address && !c.source);
    if (inPlace && std !== TALLY_SHEET_NAME && same(t, inPlace)) continue;
    const moved = repair.displaced.find((d) => d.sheet === std && d.address === address);
    // A displaced cell is kept on the sheet's copy as it was (formula or text alike).
    if (moved && toCellValue(t.content) === moved.content && planSheet) continue;
    // A sheet that is not ours (never rewritten) keeps everything as it is.
    if (!planSheet && !OURS.includes(std)) continue;
    lost.push(`${sheet}!${address} ${String(t.content)}`);
  }
  return { plan: repair.plan, lost, misplaced, refused: false, values: typed.length, steps, mutations };
}

/**
 * How a renderer's output disagrees with the plan: a planned text that reads back as a
 * formula (or changed), a planned formula that reads back as a constant. `grids` are the
 * renderer's output as Range.values / Range.formulas give it.
 */
function textsAndFormulas(plan: WorkbookPlan, gridOf: (sheet: string) => SheetGrid | undefined): string[] {
  const out: string[] = [];
  for (const s of plan.sheets) {
    const g = gridOf(s.name);
    for (const c of s.cells) {
      const formula = isFormulaAt(g, c.row, c.col);
      if (c.formula !== undefined) {
        if (!formula) out.push(`${s.name}!${c.address} ${c.formula}: not a formula`);
      } else if (typeof c.value === 'string' && c.value !== '') {
        const shown = g?.values[c.row - 1]?.[c.col - 1];
        if (formula || shown !== c.value)
          out.push(`${s.name}!${c.address} “${c.value}” → ${formula ? 'formula ' : ''}${String(shown)}`);
      }
    }
  }
  return out;
}

/** The plan through the Excel JavaScript API renderer into the fake, read back as Range.values / formulas. */
async function throughOffice(plan: WorkbookPlan): Promise<(sheet: string) => SheetGrid | undefined> {
  const wb = new FakeWorkbook(plan.sheets.map((s) => s.name));
  await wb.run(async (ctx) => {
    for (const s of plan.sheets) renderExcelSheet(ctx.workbook.worksheets.getItem(s.name), s, plan.styles);
    await ctx.sync();
  });
  return (name) => {
    const sheet = wb.sheet(name);
    if (!sheet) return undefined;
    const cells = plan.sheets.find((s) => s.name === name)!.cells;
    const rows = Math.max(...cells.map((c) => c.row));
    const cols = Math.max(...cells.map((c) => c.col));
    const values = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => sheet.cell(a1(r + 1, c + 1))?.value ?? ''),
    );
    const formulas = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => sheet.cell(a1(r + 1, c + 1))?.formula ?? ''),
    );
    return { values, formulas };
  };
}

/** The plan through the exceljs renderer into a file's bytes, read back by the .xlsx reader. */
async function throughXlsx(plan: WorkbookPlan): Promise<(sheet: string) => SheetGrid | undefined> {
  const bytes = await (await renderWorkbook(ExcelJS, plan)).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  const grids = readGrids(wb, plan);
  return (name) => grids.sheets[name];
}

describe('repair: random mutations of a filled workbook (property, seeded)', () => {
  it(`keeps every typed value in its cell or moved and named, over ${CASES} cases (seed ${SEED})`, () => {
    const failures: string[] = [];
    let values = 0;
    let refused = 0;
    const used = new Set<string>();
    for (let i = 0; i < CASES; i++) {
      const seed = SEED + i;
      const r = runCase(seed);
      for (const m of r.mutations) used.add(m);
      values += r.values;
      if (r.refused) refused++;
      if (r.lost.length || r.misplaced.length) {
        failures.push(
          `seed ${seed}: ${r.steps.join('; ')}\n  lost: ${r.lost.join(' | ')}\n  misplaced: ${r.misplaced.join(' | ')}`,
        );
      }
    }
    if (process.env.TDKT_FUZZ_REPORT) {
      console.log(
        `${CASES} cases, ${values} typed values, ${refused} refused as ambiguous, ${failures.length} failing`,
      );
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // The cases made every kind of mutation (so CI's few cases still try each).
    expect([...used].sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
  });

  it(`issue 24.9: formula-injection texts stay texts through repair on every renderer, over ${RENDER_CASES} cases (seed ${SEED})`, async () => {
    const failures: string[] = [];
    let rendered = 0;
    for (let i = 0; rendered < RENDER_CASES && i < CASES; i++) {
      const r = runCase(SEED + i);
      if (!r.plan) continue;
      rendered++;
      const renderers: [string, (sheet: string) => SheetGrid | undefined][] = [
        [
          'in memory',
          (
            (g) => (name: string) =>
              g.sheets[name]
          )(planToGrids(r.plan)),
        ],
        ['exceljs', await throughXlsx(r.plan)],
        ['Excel JavaScript API', await throughOffice(r.plan)],
      ];
      for (const [name, gridOf] of renderers) {
        const wrong = textsAndFormulas(r.plan, gridOf);
        if (wrong.length) failures.push(`seed ${SEED + i} (${name}): ${wrong.slice(0, 3).join(' | ')}`);
      }
      // The payloads did reach the plan as texts (else this case proves nothing).
      const texts = r.plan.sheets.flatMap((s) => s.cells).filter((c) => INJECTIONS.includes(String(c.value)));
      expect(texts.length).toBeGreaterThan(0);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
