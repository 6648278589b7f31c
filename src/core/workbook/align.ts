/** Matching the form's rows to a tally sheet's rows, however the clerk moved them. */
import type { Catalogue, CatalogueRow } from '../catalogue';
import { labelKey } from '../format/vietnamese';
import { TALLY_COLUMNS, TALLY_FIRST_ROW } from '../layout/tally';
import type { SheetGrid } from '../sheetGrid';
import { formulaAt, isEmpty, valueAt } from '../sheetGrid';

/**
 * Match catalogue rows to sheet rows, so that a row the clerk inserted, deleted or
 * relabelled, or a block that moved, is still found. Returns catalogue row id → sheet row.
 *
 * Labels repeat on the form ("Lao động tiên tiến", "Giấy khen", "Khen chuyên đề" stand at
 * several levels), so a greedy forward search would take a later level's row when one
 * label is mistyped and shift everything after it. Instead: the longest common
 * subsequence of catalogue labels and sheet labels (in order), then each gap between two
 * matched rows where the catalogue and the sheet have the same number of rows is paired
 * by position (a relabelled row keeps its counts).
 */
export function alignTallyRows(catalogue: Catalogue, g: SheetGrid): Map<string, number> {
  return alignTally(catalogue, g).rows;
}

/** A sheet row repair cannot place: its label recurs on the form and it stands outside its level's order. */
export interface AmbiguousRow {
  /** The sheet row. */
  readonly row: number;
  readonly label: string;
  /** Catalogue rows it may be (each with the row it has on the standard form). */
  readonly candidates: readonly string[];
}

export interface TallyAlignment {
  /** Catalogue row id → sheet row; ambiguous rows left out. */
  readonly rows: Map<string, number>;
  readonly ambiguous: readonly AmbiguousRow[];
}

function hasCounts(g: SheetGrid, r: number): boolean {
  for (let c = TALLY_COLUMNS.collective; c <= TALLY_COLUMNS.directIndividualRate; c++) {
    if (!isEmpty(formulaAt(g, r, c))) return true;
  }
  return false;
}

/**
 * The alignment, with the rows it must not guess about. A row whose label recurs on the
 * form ("Khen chuyên đề", "Lao động tiên tiến") found where the order does not expect it
 * (a block moved into another level) may belong to either place: it is left unplaced,
 * and so is the row of the same label it competes with, while the other level's row of
 * that label is missing — so a count is never filed under another level's award.
 */
export function alignTally(catalogue: Catalogue, g: SheetGrid): TallyAlignment {
  const first = 1;
  const last = g.values.length;
  const labels: string[] = [];
  for (let r = first; r <= last; r++) {
    const v = valueAt(g, r, TALLY_COLUMNS.label);
    labels.push(typeof v === 'string' ? labelKey(v) : '');
  }
  const { keys } = labelKeysOf(catalogue);
  const n = keys.length;
  const m = labels.length;
  // lcs[i][j]: matches possible between catalogue rows i.. and sheet rows j..
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = keys[i]!.has(labels[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (keys[i]!.has(labels[j]!) && lcs[i]![j] === lcs[i + 1]![j + 1]! + 1) pairs.push([i++, j++]);
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  const out = new Map<string, number>();
  const anchors: [number, number][] = [[-1, -1], ...pairs, [n, m]];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [i, j] = anchors[k]!;
    if (i >= 0) out.set(catalogue.rows[i]!.id, first + j);
    const [ni, nj] = anchors[k + 1]!;
    // The leading gap holds the titles and headers: never paired by position.
    if (i >= 0 && ni - i === nj - j) {
      for (let d = 1; d < ni - i; d++) out.set(catalogue.rows[i + d]!.id, first + j + d);
    }
  }
  return { rows: out, ambiguous: findAmbiguous(catalogue, g, labels, out) };
}

interface CatalogueLabelKeys {
  /** Per catalogue row, the keys of its label and aliases. */
  readonly keys: readonly ReadonlySet<string>[];
  /** Per key, the catalogue rows it may be. */
  readonly byLabel: ReadonlyMap<string, readonly CatalogueRow[]>;
}

/**
 * The catalogue's label keys, worked out once per catalogue: aligning a tally needs them
 * several times for each workbook read (validate, inputs, the register mode), and the
 * pane's aggregate reads 200 workbooks.
 */
const LABEL_KEYS = new WeakMap<Catalogue, CatalogueLabelKeys>();
function labelKeysOf(catalogue: Catalogue): CatalogueLabelKeys {
  let k = LABEL_KEYS.get(catalogue);
  if (!k) {
    const keys = catalogue.rows.map((row) => new Set([row.label, ...(row.aliases ?? [])].map(labelKey)));
    const byLabel = new Map<string, CatalogueRow[]>();
    catalogue.rows.forEach((row, i) => {
      for (const key of keys[i]!) byLabel.set(key, [...(byLabel.get(key) ?? []), row]);
    });
    LABEL_KEYS.set(catalogue, (k = { keys, byLabel }));
  }
  return k;
}

function findAmbiguous(
  catalogue: Catalogue,
  g: SheetGrid,
  labels: readonly string[],
  rows: Map<string, number>,
): AmbiguousRow[] {
  const { byLabel } = labelKeysOf(catalogue);
  const rowOf = new Map<number, CatalogueRow>();
  for (const [id, r] of rows)
    rowOf.set(
      r,
      catalogue.rows.find((x) => x.id === id)!,
    );
  const matched = [...rowOf.keys()].sort((a, b) => a - b);
  if (matched.length === 0) return [];
  const lo = matched[0]!;
  const hi = matched[matched.length - 1]!;
  const standardRow = (c: CatalogueRow) => TALLY_FIRST_ROW + catalogue.rows.indexOf(c);
  const place = (c: CatalogueRow) => {
    const level = catalogue.levels.find((l) => l.id === c.level);
    return `${level ? `cấp ${level.shortName}, ` : ''}dòng ${standardRow(c)}`;
  };
  const out: AmbiguousRow[] = [];
  const unplace = new Set<number>();
  for (let r = lo + 1; r < hi; r++) {
    const key = labels[r - 1]!;
    const same = byLabel.get(key);
    if (rowOf.has(r) || !same || same.length < 2 || !hasCounts(g, r)) continue;
    // The region the row stands in, from the nearest placed row above: its award for a
    // breakdown label ("Trong đó: Khen chuyên đề" recurs under several awards of one level),
    // its level for any other label.
    const above = rowOf.get(matched.filter((x) => x < r).pop()!)!;
    const breakdown = same[0]!.kind === 'breakdown';
    const region = breakdown
      ? above.kind === 'breakdown'
        ? `award:${above.parent}`
        : `award:${above.id}`
      : `level:${above.level}`;
    const scope = (c: CatalogueRow) => (breakdown ? `award:${c.parent}` : `level:${c.level}`);
    const here = same.filter((c) => scope(c) === region && rows.has(c.id));
    const rival = here.map((c) => rows.get(c.id)!).sort((a, b) => Math.abs(a - r) - Math.abs(b - r))[0];
    // The rival's own label may be another spelling (an alias) that another region's row bears:
    // then the rival may be that row, moved here.
    const rivalSame = rival === undefined ? [] : (byLabel.get(labels[rival - 1]!) ?? []);
    const elsewhere = [...new Set([...same, ...rivalSame])].filter((c) => scope(c) !== region && !rows.has(c.id));
    const free = same.filter((c) => scope(c) === region && !rows.has(c.id));
    if (free.length === 1 && elsewhere.length === 0) {
      // A row moved within its own region: the one free row of that label is its place.
      rows.set(free[0]!.id, r);
      rowOf.set(r, free[0]!);
      continue;
    }
    const candidates = [...here.filter((c) => rows.get(c.id) === rival), ...elsewhere].map(place);
    out.push({ row: r, label: String(valueAt(g, r, TALLY_COLUMNS.label)), candidates });
    if (rival !== undefined && elsewhere.length > 0 && !unplace.has(rival)) {
      unplace.add(rival);
      out.push({ row: rival, label: String(valueAt(g, rival, TALLY_COLUMNS.label)), candidates });
    }
  }
  for (const [id, r] of [...rows]) if (unplace.has(r)) rows.delete(id);
  return out.sort((a, b) => a.row - b.row);
}
