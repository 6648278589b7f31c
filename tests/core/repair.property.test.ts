/**
 * Issue 15: the mutation property of repair. A filled workbook is mutated at random the way
 * clerks and spreadsheets mutate it (rows inserted, deleted, moved; rows relabelled; sheets
 * renamed or deleted; numbers typed over formulas; values typed anywhere), then repaired in
 * memory. Every typed value must afterwards be in its cell (the plan cell carrying it), or
 * moved to the "(bản cũ)" copy and named (a displaced entry) — never lost, never filed under
 * another row. Seeded and reproducible: TDKT_FUZZ_SEED, TDKT_FUZZ_CASES (`npm run fuzz`).
 */
import {
  a1,
  AmbiguousSheetsError,
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  INFO_SHEET_NAME,
  planRepair,
  TALLY_SHEET_NAME,
  type CellValue,
} from '../../src/core';
import { DOCUMENTS_SHEET_NAME } from '../../src/core/layout/documents';
import { formulaKey, toCellValue } from '../../src/core/sheetGrid';
import { planToGrids, type MutableGrid } from '../../src/core/planToGrids';
import { NARRATIVE_SHEET_NAME } from '../../src/core/layout/narrative';
import { paperFormInputs } from '../helpers/paperForm';

const SEED = Number(process.env.TDKT_FUZZ_SEED ?? 20261127);
const CASES = Number(process.env.TDKT_FUZZ_CASES ?? 250);

/** mulberry32: small, seeded, good enough to pick mutations. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Typed {
  readonly id: number;
  readonly content: unknown;
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

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && a.startsWith('=')) return formulaKey(a) === formulaKey(b);
  return toCellValue(a) === toCellValue(b as CellValue);
}

interface Outcome {
  readonly lost: string[];
  readonly misplaced: string[];
  readonly refused: boolean;
  readonly values: number;
}

function runCase(seed: number): Outcome & { steps: string[] } {
  const random = rng(seed);
  const { sheets, nextId } = setup(random);
  const steps: string[] = [];
  const n = 1 + Math.floor(random() * 4);
  for (let k = 0; k < n; k++) steps.push(pick(random, MUTATIONS)(sheets, random, nextId));

  const typed: { sheet: string; address: string; t: Typed }[] = [];
  for (const [sheet, g] of Object.entries(sheets)) {
    g.tags.forEach((line, r) => line.forEach((t, c) => t && typed.push({ sheet, address: a1(r + 1, c + 1), t })));
  }
  let repair;
  try {
    repair = planRepair(cat, { sheets });
  } catch (e) {
    if (e instanceof AmbiguousSheetsError)
      return { lost: [], misplaced: [], refused: true, values: typed.length, steps };
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
      if (!same(t.content, content)) lost.push(`${sheet}!${address} ${String(t.content)} → ${String(content)}`);
      else if (t.home?.startsWith('tally:') && kept.key !== t.home)
        misplaced.push(`${sheet}!${address} ${t.home} → ${kept.key}`);
      continue;
    }
    // Lists that keep their rows (the award register) write a typed line back where it was.
    const inPlace = planSheet?.cells.find((c) => c.address === address && !c.source);
    if (inPlace && std !== TALLY_SHEET_NAME && same(t.content, inPlace.formula ?? inPlace.value)) continue;
    const moved = repair.displaced.find((d) => d.sheet === std && d.address === address);
    if (moved && same(t.content, moved.content) && planSheet) continue;
    // A sheet that is not ours (never rewritten) keeps everything as it is.
    if (!planSheet && !OURS.includes(std)) continue;
    lost.push(`${sheet}!${address} ${String(t.content)}`);
  }
  return { lost, misplaced, refused: false, values: typed.length, steps };
}

describe('repair: random mutations of a filled workbook (property, seeded)', () => {
  it(`keeps every typed value in its cell or moved and named, over ${CASES} cases (seed ${SEED})`, () => {
    const failures: string[] = [];
    let values = 0;
    let refused = 0;
    for (let i = 0; i < CASES; i++) {
      const seed = SEED + i;
      const r = runCase(seed);
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
  });
});
