/**
 * The award register in the report: the names of 4.3 ("tặng Giấy khen cho 03 tập thể:
 * Chi bộ khối phố 1, …", with the decision numbers) and the appendix "Danh sách tập thể,
 * cá nhân, hộ gia đình được khen thưởng", grouped by level and award. Only lines the
 * tally counts (a known award and subject the award allows, within the register's rows)
 * appear, so the names never disagree with the numbers beside them.
 */
import type { Catalogue, CatalogueRow, Subject } from '../catalogue';
import { SUBJECTS } from '../catalogue';
import { formatCount, formatShortDate, normalizeText, parseCellDate } from '../format/vietnamese';
import { REGISTER_LAST_ROW } from '../layout/register';
import { isProposalLine, lineQuantity, matchLine, registerIndex, type RegisterLine } from '../register';
import { columnAllowed } from '../tally';
import { AWARDEE_TEXT } from '../text/awardees';
import { REPORT_TEXT } from '../text/report';
import type { Paragraph, Table, TableCell, TableRow } from './model';
import { isArmedForcesName, jointTitles, type AwardRecipients } from './drafts';

/** Individuals are named in 4.3 only for short lists; collectives and households always. */
export const MAX_NAMED_INDIVIDUALS = 10;

export interface AwardeeLine {
  readonly name: string;
  readonly position: string;
  readonly subject: Subject;
  readonly quantity: number;
  readonly decision: string;
}

export interface AwardGroup {
  readonly award: CatalogueRow;
  readonly lines: readonly AwardeeLine[];
  /** Decision references, once each, in date order (undated last, in register order): "45/QĐ-UBND ngày 01/02/2024". */
  readonly decisions: readonly string[];
}

export interface LevelGroup {
  readonly level: string;
  readonly label: string;
  readonly awards: readonly AwardGroup[];
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : normalizeText(String(v)));

function decisionOf(line: RegisterLine): { readonly text: string; readonly order: number } {
  const number = text(line.decision);
  const d = parseCellDate(line.date);
  if (!number) return { text: '', order: Infinity };
  return d
    ? { text: AWARDEE_TEXT.decisionDate(number, formatShortDate(d)), order: d.year * 10000 + d.month * 100 + d.day }
    : { text: number, order: Infinity };
}

/**
 * The register's counted lines, by level and award, in the form's order (`proposals`: the
 * proposal lines instead — a Tờ trình and no decision yet — which the tally does not count).
 */
export function awardeeGroups(
  catalogue: Catalogue,
  register: readonly RegisterLine[],
  proposals = false,
): LevelGroup[] {
  const index = registerIndex(catalogue);
  const byAward = new Map<string, { lines: AwardeeLine[]; decisions: { text: string; order: number }[] }>();
  for (const line of register) {
    if (line.row !== undefined && line.row > REGISTER_LAST_ROW) continue;
    // A proposal (Tờ trình, no decision yet) is not an award: `proposedAwards` says it apart.
    if (isProposalLine(line) !== proposals) continue;
    const m = matchLine(index, line);
    if (!m.award || !m.subject || !columnAllowed(m.award, m.subject)) continue;
    const quantity = lineQuantity(line.quantity);
    if (quantity <= 0) continue;
    const g = byAward.get(m.award.id) ?? { lines: [], decisions: [] };
    const decision = decisionOf(line);
    g.lines.push({
      name: text(line.name),
      position: text(line.position),
      subject: m.subject,
      quantity,
      decision: decision.text,
    });
    if (decision.text && !g.decisions.some((d) => d.text === decision.text)) g.decisions.push(decision);
    byAward.set(m.award.id, g);
  }
  const out: LevelGroup[] = [];
  for (const level of catalogue.levels) {
    const awards: AwardGroup[] = [];
    for (const row of catalogue.rows) {
      if (row.kind !== 'award' || row.level !== level.id) continue;
      const g = byAward.get(row.id);
      // Array.prototype.sort is stable: decisions of one date (or undated) keep register order.
      if (g)
        awards.push({
          award: row,
          lines: g.lines,
          decisions: [...g.decisions]
            .sort((a, b) => (a.order === b.order ? 0 : a.order < b.order ? -1 : 1))
            .map((d) => d.text),
        });
    }
    if (awards.length) out.push({ level: level.id, label: level.label, awards });
  }
  return out;
}

const NOUN: Readonly<Record<Subject, string>> = REPORT_TEXT.subjectNouns;

/**
 * What 4.3 says of an award beyond its counts (the report's `recipients` slot): the names
 * of its collectives and households, of its individuals when they are few and all named
 * (a grouped line, "18 cá nhân", keeps the list unnamed), and the decisions. A line that
 * counts several under one name ("6 thôn", "120 hộ gia đình (danh sách kèm)") is a
 * description of the group: written once, as typed; when it alone covers its subject and
 * starts with its count, it stands in for the count.
 */
export function awardRecipients(group: AwardGroup): AwardRecipients {
  const names: Partial<Record<Subject, readonly string[]>> = {};
  const described: Partial<Record<Subject, string>> = {};
  const joint = jointTitles(group.award);
  let armedForces: AwardRecipients['armedForces'];
  for (const subject of SUBJECTS) {
    let lines = group.lines.filter((l) => l.subject === subject);
    if (joint && subject === 'collective') {
      // The armed forces' collectives take the armed forces' title; they are named apart.
      const armed = lines.filter((l) => l.name && isArmedForcesName(l.name));
      if (armed.length) {
        armedForces = { count: armed.reduce((s, l) => s + l.quantity, 0), names: armed.map((l) => l.name) };
        lines = lines.filter((l) => !armed.includes(l));
      }
    }
    const named = lines.filter((l) => l.name);
    if (!named.length) continue;
    const total = lines.reduce((s, l) => s + l.quantity, 0);
    const only = named.length === 1 && lines.length === 1 ? named[0]! : undefined;
    if (only && only.quantity > 1 && startsWithCount(only.name, only.quantity)) {
      described[subject] = only.name;
      continue;
    }
    const allNamed = named.length === lines.length && lines.every((l) => l.quantity === 1);
    if (subject === 'individual' && (!allNamed || named.length > MAX_NAMED_INDIVIDUALS)) continue;
    const rest = total - named.reduce((s, l) => s + l.quantity, 0);
    const list = named.map((l) => l.name);
    // "…, Phòng Kinh tế và 06 tập thể khác": the rest joins the last name, not the list.
    if (rest > 0)
      list[list.length - 1] = `${list[list.length - 1]} ${AWARDEE_TEXT.andMore(formatCount(rest), NOUN[subject])}`;
    names[subject] = list;
  }
  return {
    names,
    described,
    decisions: group.decisions.map(AWARDEE_TEXT.decisionsOne),
    ...(armedForces ? { armedForces } : {}),
  };
}

/** "120 hộ gia đình (danh sách kèm)" with 120, "6 thôn" with 6, "06 thôn" with 6. */
function startsWithCount(name: string, quantity: number): boolean {
  const m = /^\s*(\d[\d.]*)\s/u.exec(name);
  return m !== null && Number(m[1]!.replace(/\./g, '')) === quantity;
}

/** The register's recipients by award row id, for buildReport's 4.3. */
export function recipientsFromRegister(
  catalogue: Catalogue,
  register: readonly RegisterLine[],
): ReadonlyMap<string, AwardRecipients> {
  return new Map(
    awardeeGroups(catalogue, register).flatMap((l) => l.awards.map((a) => [a.award.id, awardRecipients(a)] as const)),
  );
}

// ── The appendix ─────────────────────────────────────────────────────────────

const SIZE = 12;

function cellOf(
  value: string,
  o: { bold?: boolean; italic?: boolean; align?: Paragraph['align']; colSpan?: number } = {},
): TableCell {
  const p: Paragraph = {
    kind: 'paragraph',
    role: 'cell',
    runs: [{ text: value, bold: o.bold, italic: o.italic, size: SIZE }],
    align: o.align ?? 'left',
  };
  return { blocks: [p], ...(o.colSpan ? { colSpan: o.colSpan } : {}), verticalAlign: 'middle' };
}

/** Does the register name anyone the report could list? (The appendix is left out otherwise.) */
export function hasNamedAwardees(groups: readonly LevelGroup[]): boolean {
  return groups.some((l) => l.awards.some((a) => a.lines.some((x) => x.name)));
}

/**
 * "Danh sách tập thể, cá nhân, hộ gia đình được khen thưởng": a level row, an award row,
 * then its lines (a line without a name says how many it counts).
 */
export function awardeeTable(groups: readonly LevelGroup[], textMm: number): Table {
  const cols = [12, 62, textMm - 12 - 62 - 18 - 40, 18, 40];
  const header: TableRow = {
    header: true,
    cells: AWARDEE_TEXT.headers.map((h) => ({ ...cellOf(h, { bold: true, align: 'center' }) })),
  };
  const rows: TableRow[] = [header];
  for (const level of groups) {
    // A level's and an award's heading rows stay on the page of their first line.
    rows.push({ keepWithNext: true, cells: [cellOf(level.label, { bold: true, colSpan: cols.length })] });
    level.awards.forEach((g) => {
      rows.push({
        keepWithNext: true,
        cells: [cellOf(g.award.label, { bold: true, italic: true, colSpan: cols.length })],
      });
      g.lines.forEach((l, i) => {
        rows.push({
          cells: [
            cellOf(String(i + 1), { align: 'center' }),
            cellOf(l.name || AWARDEE_TEXT.grouped(formatCount(l.quantity), NOUN[l.subject])),
            cellOf(l.position),
            cellOf(formatCount(l.quantity), { align: 'center' }),
            cellOf(l.decision),
          ],
        });
      });
    });
  }
  return { kind: 'table', role: 'appendix1', columnsMm: cols, borders: true, rows };
}
