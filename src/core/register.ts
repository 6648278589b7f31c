/**
 * The award register ("Danh sách khen thưởng"): one line per decision entry, and the
 * tally that follows from it. This module is the register's arithmetic — the twin of the
 * SUMIFS/COUNTIFS formulas the tally's count cells hold in register mode — and the keys
 * both sides match on. The sheet's layout is `layout/register.ts`.
 *
 * Matching is Excel's SUMIFS criterion matching: whole cell, case-insensitive, nothing
 * trimmed. A label the formulas would not count is what validation reports.
 */
import type { Catalogue, CatalogueRow, Subject } from './catalogue';
import { breakdownsOf, SUBJECTS } from './catalogue';
import { dict } from './dict';
import type { CellValue } from './layout/types';
import type { CountColumn, Counts, Tally } from './tally';
import { columnAllowed, COUNT_COLUMNS, isInputRow } from './tally';
import { TEXT } from './text/vi';

/** The register's columns, in sheet order. */
export type RegisterColumn =
  | 'number'
  | 'decision'
  | 'date'
  | 'authority'
  | 'award'
  | 'kind'
  | 'subject'
  | 'quantity'
  | 'name'
  | 'position'
  | 'direct'
  | 'note'
  /** The unit a line comes from, in a cluster's aggregate (empty in a unit's own workbook). */
  | 'unit'
  /** "đã có thành tích xuất sắc trong …": what the decision and the certificate say the award is for. */
  | 'achievement'
  /** The Tờ trình that proposed the line: its number ("15/TTr-HĐTĐKT") and date. */
  | 'proposal'
  | 'proposalDate'
  /** The certificate's number in the award book ("Số vào sổ"). */
  | 'bookNumber'
  /** The award money in đồng ("Tiền thưởng (đồng)"), where the clerk gives it: the decision says it. */
  | 'money';

export const REGISTER_COLUMN_ORDER: readonly RegisterColumn[] = [
  'number',
  'decision',
  'date',
  'authority',
  'award',
  'kind',
  'subject',
  'quantity',
  'name',
  'position',
  'direct',
  'note',
  'unit',
  // The documents' columns come after the printed list (A:L, or A:M with "Đơn vị"): the
  // register still prints at 9 pt or more on landscape A4; the decision and the Tờ trình carry them.
  'achievement',
  'proposal',
  'proposalDate',
  'bookNumber',
  'money',
];

/**
 * The columns the documents need (decision, Tờ trình, certificate): registers made before them
 * lack them, repair adds them. "Tiền thưởng" came last (a register of N:Q lacks only it).
 */
export const DOCUMENT_COLUMNS: readonly RegisterColumn[] = [
  'achievement',
  'proposal',
  'proposalDate',
  'bookNumber',
  'money',
];

const filled = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/**
 * A proposal: a line with a Tờ trình and no Số QĐ yet — nothing is conferred, so the tally
 * does not count it (its SUMIFS take such lines out, `registerCountFormula`), the report
 * names it among the awards proposed to a higher level. It becomes an award when the
 * decision number is typed. As SUMIFS sees cells: "<>" is any non-blank cell, "" a blank one.
 */
export function isProposalLine(line: RegisterCells): boolean {
  return filled(line.proposal) && !filled(line.decision);
}

/** One line as typed: each column's raw content (nothing normalised, so nothing is lost). */
export type RegisterCells = Readonly<Partial<Record<RegisterColumn, CellValue>>>;

export interface RegisterLine extends RegisterCells {
  /** The sheet row the line stands on (kept on read-back: blank lines between are not closed up). */
  readonly row?: number;
}

/** The mark in "Lao động trực tiếp". */
export const DIRECT_MARK = 'x';

/** Where the tally's counts come from: typed by hand (as before the register) or the register's lines. */
export type TallySource = 'typed' | 'register';

/** The subject's word in the register ("Tập thể", "Cá nhân", "Gia đình"). */
export function subjectLabel(s: Subject): string {
  return TEXT.subjects[s];
}

/** "Khen chuyên đề" from "Trong đó: Khen chuyên đề": the register's Loại for a breakdown row. */
export function kindLabel(row: CatalogueRow): string {
  return row.label.replace(/^Trong đó:\s*/i, '').trim();
}

/**
 * The award's label in the register's dropdown: unique across levels, because the form
 * repeats labels ("Giấy khen (cấp huyện)", "Giấy khen (cấp cơ sở)").
 */
export function awardKey(catalogue: Catalogue, row: CatalogueRow): string {
  const level = catalogue.levels.find((l) => l.id === row.level);
  return level ? `${row.label} (cấp ${level.shortName})` : row.label;
}

/** The award rows a register line may name (groups and breakdowns are not awards). */
export function registerAwards(catalogue: Catalogue): CatalogueRow[] {
  return catalogue.rows.filter((r) => r.kind === 'award');
}

/** Every Loại label of the catalogue, once each, in form order. */
export function registerKinds(catalogue: Catalogue): string[] {
  const out: string[] = [];
  for (const r of catalogue.rows) if (r.kind === 'breakdown' && !out.includes(kindLabel(r))) out.push(kindLabel(r));
  return out;
}

/** SUMIFS's text match: the whole cell, case-insensitive, untrimmed. */
export function criterionMatches(cell: unknown, criterion: string): boolean {
  return typeof cell === 'string' && cell.toLowerCase() === criterion.toLowerCase();
}

/** A criterion as a formula string literal: quotes doubled, wildcards escaped with ~. */
export function criterionLiteral(s: string): string {
  return `"${s.replace(/[~*?]/g, (c) => `~${c}`).replace(/"/g, '""')}"`;
}

/** What a line's quantity adds: a number as is; an empty cell counts as 1; anything else 0. */
export function lineQuantity(v: unknown): number {
  if (v === null || v === undefined || v === '') return 1;
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** The catalogue rows a line counts into, as the sheet's formulas match them. */
export interface LineMatch {
  readonly award?: CatalogueRow;
  readonly breakdown?: CatalogueRow;
  readonly subject?: Subject;
  readonly direct: boolean;
}

export interface RegisterIndex {
  /** Award label (as listed, and lower-cased) → award row. */
  readonly awards: ReadonlyMap<string, CatalogueRow>;
  /** award id → Loại (as listed, and lower-cased) → breakdown row */
  readonly kinds: ReadonlyMap<string, ReadonlyMap<string, CatalogueRow>>;
}

export function registerIndex(catalogue: Catalogue): RegisterIndex {
  const awards = new Map<string, CatalogueRow>();
  const kinds = new Map<string, Map<string, CatalogueRow>>();
  for (const a of registerAwards(catalogue)) {
    const key = awardKey(catalogue, a);
    awards.set(key, a);
    awards.set(key.toLowerCase(), a);
    const m = new Map<string, CatalogueRow>();
    for (const b of breakdownsOf(catalogue, a.id)) {
      m.set(kindLabel(b), b);
      m.set(kindLabel(b).toLowerCase(), b);
    }
    kinds.set(a.id, m);
  }
  return { awards, kinds };
}

/** Exact first (the dropdown's own values), then case-insensitive, as SUMIFS matches. */
function lookup<T>(map: ReadonlyMap<string, T> | undefined, v: unknown): T | undefined {
  if (typeof v !== 'string' || !map) return undefined;
  return map.get(v) ?? map.get(v.toLowerCase());
}

const SUBJECT_BY_LABEL = new Map<string, Subject>();
for (const s of ['collective', 'individual', 'household'] as const) {
  SUBJECT_BY_LABEL.set(TEXT.subjects[s], s);
  SUBJECT_BY_LABEL.set(TEXT.subjects[s].toLowerCase(), s);
}

export function matchLine(index: RegisterIndex, line: RegisterCells): LineMatch {
  const award = lookup(index.awards, line.award);
  const breakdown = award ? lookup(index.kinds.get(award.id), line.kind) : undefined;
  const subject = lookup(SUBJECT_BY_LABEL, line.subject);
  const d = line.direct;
  return { award, breakdown, subject, direct: d === DIRECT_MARK || d === 'X' };
}

const DIRECT_COLUMN: Readonly<Partial<Record<Subject, CountColumn>>> = {
  collective: 'directCollective',
  individual: 'directIndividual',
};

/**
 * The tally the register gives: for each input cell, the sum the sheet's
 * SUMIFS + COUNTIFS formula shows. Cells a row cannot have stay out (the sheet has no
 * formula there). Every input cell of the form is present (0 where nothing is counted),
 * like the formulas.
 */
export function tallyFromRegister(
  catalogue: Catalogue,
  lines: readonly RegisterLine[],
  /** The last sheet row the formulas cover: lines below it are not counted (as on the sheet). */
  lastRow = Infinity,
): Tally {
  const out = dict<Partial<Counts>>();
  for (const row of catalogue.rows) {
    if (!isInputRow(row)) continue;
    const c: Partial<Counts> = {};
    for (const col of COUNT_COLUMNS) if (columnAllowed(row, col)) c[col] = 0;
    out[row.id] = c;
  }
  const index = registerIndex(catalogue);
  const add = (row: CatalogueRow, col: CountColumn, n: number) => {
    const c = out[row.id]!;
    if (c[col] !== undefined) c[col] = c[col]! + n;
  };
  for (const line of lines) {
    if (line.row !== undefined && line.row > lastRow) continue;
    if (isProposalLine(line)) continue;
    const m = matchLine(index, line);
    if (!m.award || !m.subject) continue;
    const n = lineQuantity(line.quantity);
    if (n === 0) continue;
    const direct = m.direct ? DIRECT_COLUMN[m.subject] : undefined;
    for (const row of m.breakdown ? [m.award, m.breakdown] : [m.award]) {
      add(row, m.subject, n);
      if (direct) add(row, direct, n);
    }
  }
  return out;
}

/** "nhập tay": the note on lines made from counts typed before the switch (or a unit without a register). */
export const TYPED_NOTE = 'nhập tay';

/**
 * The lines that carry a hand-typed tally over to the register (the switch): one line per
 * typed count, "Số lượng" = the count, marked "nhập tay". A breakdown's count becomes a
 * line of its award with that Loại, and the award's own line keeps the rest, so both the
 * award and its breakdown rows keep their numbers. Direct-labour counts become lines
 * marked x, the rest of the count a line without the mark.
 */
export function registerFromTally(catalogue: Catalogue, tally: Tally, note: string = TYPED_NOTE): RegisterLine[] {
  const lines: RegisterLine[] = [];
  const count = (id: string, col: CountColumn): number => {
    const v = tally[id]?.[col];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
  };
  for (const award of registerAwards(catalogue)) {
    const parts = breakdownsOf(catalogue, award.id).filter(isInputRow);
    for (const subject of SUBJECTS) {
      if (!columnAllowed(award, subject)) continue;
      const directCol = DIRECT_COLUMN[subject];
      const push = (kind: CatalogueRow | undefined, n: number, direct: boolean) => {
        if (n <= 0) return;
        lines.push({
          award: awardKey(catalogue, award),
          kind: kind ? kindLabel(kind) : null,
          subject: subjectLabel(subject),
          quantity: n,
          direct: direct ? DIRECT_MARK : null,
          note,
        });
      };
      // Breakdown lines first; the award's own line (no Loại) carries what they do not cover.
      const split = parts
        .filter((b) => columnAllowed(b, subject))
        .map((b) => {
          const total = count(b.id, subject);
          const direct = directCol && columnAllowed(b, directCol) ? Math.min(count(b.id, directCol), total) : 0;
          return { b, total, direct };
        });
      const rest = count(award.id, subject) - split.reduce((s, x) => s + x.total, 0);
      let restDirect = (directCol ? count(award.id, directCol) : 0) - split.reduce((s, x) => s + x.direct, 0);
      // The award's direct count must survive even where the breakdowns' marks do not
      // cover it: mark more of the breakdown lines (the award's number wins).
      let extra = Math.max(0, restDirect - Math.max(0, rest));
      for (const x of split) {
        const take = Math.min(extra, x.total - x.direct);
        x.direct += take;
        extra -= take;
        restDirect -= take;
      }
      for (const x of split) {
        push(x.b, x.direct, true);
        push(x.b, x.total - x.direct, false);
      }
      // A breakdown above its award (an error the tally's check reports) cannot be carried
      // exactly: the award is then left at the breakdowns' sum.
      const direct = Math.max(0, Math.min(restDirect, rest));
      push(undefined, direct, true);
      push(undefined, Math.max(0, rest - direct), false);
    }
  }
  return lines;
}
