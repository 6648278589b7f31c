/**
 * The register lines of one decision (or one Tờ trình), checked before anything is drafted:
 * a line that cannot make the document (no name, a count over 1 under no names, no date, an
 * award outside the commune's authority, an unknown award or subject) is a finding naming its
 * register cell — no document is drafted with holes. Then the lines as the documents write
 * them: award, subject, name, chức vụ / đơn vị, thành tích, grouped by subject.
 */
import { a1 } from '../a1';
import type { Catalogue, CatalogueRow, Subject } from '../catalogue';
import { isMoney } from '../format/money';
import { formatShortDate, normalizeText, parseCellDate, type CalendarDate } from '../format/vietnamese';
import { REGISTER_COLUMNS, REGISTER_SHEET_NAME } from '../layout/register';
import type { RegisterLayout } from '../layout/registerHeaders';
import { ownLevelId } from '../report/drafts';
import {
  isProposalLine,
  lineQuantity,
  matchLine,
  registerIndex,
  type RegisterColumn,
  type RegisterLine,
} from '../register';
import { columnAllowed } from '../tally';
import { DOCUMENT_TEXT } from '../text/documents';
import { TEXT } from '../text/vi';

export interface DocumentFinding {
  readonly code: 'number-unknown' | 'line-unusable' | 'layout-invalid';
  readonly severity: 'error';
  readonly sheet: string;
  readonly address?: string;
  readonly message: string;
}

/** One line as the documents write it. */
export interface DocumentLine {
  readonly award: CatalogueRow;
  readonly subject: Subject;
  readonly name: string;
  readonly position: string;
  readonly achievement: string;
  /** Tiền thưởng in đồng, where the clerk gave it (a whole number above 0). */
  readonly money?: number;
  readonly line: RegisterLine;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : normalizeText(String(v)));
/** Numbers compared as the clerk reads them: NFC, spacing and case ignored. */
export const numberKey = (v: unknown): string => text(v).replace(/\s+/g, '').toLocaleLowerCase('vi');

/**
 * The register's decision numbers (or Tờ trình numbers of its proposals), once each, in register
 * order. With `catalogue`, the decision numbers are the commune's own: those with at least one
 * line of an award of the catalogue's own level (cơ sở in the four-level form, xã in the
 * three-level one) — the decisions of the province and above are not the commune's to draft. A
 * number with lines of both (typed so by mistake) is listed: drafting it names the other lines.
 */
export function numbersIn(
  register: readonly RegisterLine[],
  of: 'decision' | 'proposal',
  catalogue?: Catalogue,
): string[] {
  const own = catalogue && of === 'decision' ? ownLevelId(catalogue) : undefined;
  const index = own !== undefined ? registerIndex(catalogue!) : undefined;
  const out = new Map<string, string>();
  const commune = new Set<string>();
  for (const l of register) {
    if (of === 'proposal' && !isProposalLine(l)) continue;
    const v = text(l[of]);
    if (!v) continue;
    if (!out.has(numberKey(v))) out.set(numberKey(v), v);
    if (index && matchLine(index, l).award?.level === own) commune.add(numberKey(v));
  }
  return [...out].filter(([k]) => !index || commune.has(k)).map(([, v]) => v);
}

/** What a decision or a Tờ trình is drafted from: its number, its date and the lines that carry it. */
export interface NumberedLines {
  /** The number as typed in the register. */
  readonly number: string;
  /** The document's date (the decision's, or the Tờ trình's). */
  readonly date?: CalendarDate;
  readonly lines: readonly DocumentLine[];
}

export interface Selected extends NumberedLines {
  readonly findings: readonly DocumentFinding[];
}

/** The sheet row (1-based) a line stands on as found: its row on the standard layout moved by the clerk's inserted rows. */
export function sheetRowOf(line: RegisterLine, layout: RegisterLayout | undefined): number | undefined {
  return line.row === undefined ? undefined : line.row + (layout?.shift ?? 0);
}

/** Where a register cell stands as found (a clerk's inserted rows or columns moved it). */
function cellOf(layout: RegisterLayout | undefined, line: RegisterLine, col: RegisterColumn): string {
  const row = (line.row ?? 0) + (layout?.shift ?? 0);
  return a1(row, layout?.columns.get(col) ?? REGISTER_COLUMNS[col]);
}

/**
 * The lines of decision `number` (of: 'decision') or of the proposals of Tờ trình `number`
 * (of: 'proposal'), with the findings that stop the drafting. `commune`: the lines must be of
 * the commune's own level (a decision of the Chủ tịch UBND xã).
 */
export function selectLines(
  catalogue: Catalogue,
  register: readonly RegisterLine[],
  number: string,
  of: 'decision' | 'proposal',
  layout?: RegisterLayout,
): Selected | undefined {
  const key = numberKey(number);
  const picked = register.filter(
    (l) => numberKey(l[of]) === key && key !== '' && (of === 'decision' || isProposalLine(l)),
  );
  if (!picked.length) return undefined;
  const index = registerIndex(catalogue);
  const own = ownLevelId(catalogue);
  const sheet = REGISTER_SHEET_NAME;
  const findings: DocumentFinding[] = [];
  const lines: DocumentLine[] = [];
  const dateCol: RegisterColumn = of === 'decision' ? 'date' : 'proposalDate';
  let first: { date: CalendarDate; text: string } | undefined;
  const typed = text(picked[0]![of]);
  for (const line of picked) {
    const at = (col: RegisterColumn) =>
      DOCUMENT_TEXT.findings.at(cellOf(layout, line, col), sheet, TEXT.register.headers[col]);
    const add = (col: RegisterColumn, message: string) =>
      findings.push({ code: 'line-unusable', severity: 'error', sheet, address: cellOf(layout, line, col), message });
    const m = matchLine(index, line);
    if (!m.award) add('award', DOCUMENT_TEXT.findings.awardUnknown(at('award'), text(line.award)));
    else if (of === 'decision' && m.award.level !== own)
      add('award', DOCUMENT_TEXT.findings.otherLevel(at('award'), text(line.award), typed));
    if (!m.subject || (m.award && !columnAllowed(m.award, m.subject)))
      add('subject', DOCUMENT_TEXT.findings.subjectUnknown(at('subject'), text(line.subject)));
    const name = text(line.name);
    const q = lineQuantity(line.quantity);
    if (!name) add('name', DOCUMENT_TEXT.findings.nameMissing(at('name')));
    else if (q !== 1) add('quantity', DOCUMENT_TEXT.findings.quantityNamed(at('quantity'), name, text(line.quantity)));
    const raw = line[dateCol];
    const d = parseCellDate(raw);
    if (raw === undefined || raw === null || raw === '') {
      add(
        dateCol,
        of === 'decision'
          ? DOCUMENT_TEXT.findings.dateMissing(at(dateCol), typed)
          : DOCUMENT_TEXT.findings.proposalDateMissing(at(dateCol), typed),
      );
    } else if (!d) add(dateCol, DOCUMENT_TEXT.findings.dateInvalid(at(dateCol), text(raw)));
    else if (!first) first = { date: d, text: formatShortDate(d) };
    else if (formatShortDate(d) !== first.text)
      add(dateCol, DOCUMENT_TEXT.findings.dateDiffers(at(dateCol), formatShortDate(d), first.text, typed));
    // Tiền thưởng: what the decision says must be an amount (validation says the same of the register).
    const money = line.money;
    const noMoney = money === undefined || money === null || money === '';
    if (of === 'decision' && !noMoney && !isMoney(money))
      add('money', DOCUMENT_TEXT.findings.moneyInvalid(at('money'), text(money)));
    if (m.award && m.subject)
      lines.push({
        award: m.award,
        subject: m.subject,
        name,
        position: text(line.position),
        achievement: text(line.achievement).replace(/[.;]$/u, ''),
        ...(isMoney(money) && money > 0 ? { money } : {}),
        line,
      });
  }
  return { lines, findings, date: first?.date, number: typed };
}

/** Counts by subject of some lines. */
export function countsOf(lines: readonly DocumentLine[]): Record<Subject, number> {
  const c: Record<Subject, number> = { collective: 0, individual: 0, household: 0 };
  for (const l of lines) c[l.subject] += 1;
  return c;
}

/** The awards of the lines, in the form's order, each with its lines. */
export function byAward(lines: readonly DocumentLine[]): { award: CatalogueRow; lines: DocumentLine[] }[] {
  const out = new Map<string, { award: CatalogueRow; lines: DocumentLine[] }>();
  for (const l of lines) {
    const g = out.get(l.award.id) ?? { award: l.award, lines: [] };
    g.lines.push(l);
    out.set(l.award.id, g);
  }
  return [...out.values()];
}

/** The one achievement all lines share ("" when they differ or none is given). */
export function commonAchievement(lines: readonly DocumentLine[]): string {
  const all = new Set(lines.map((l) => l.achievement));
  return all.size === 1 ? [...all][0]! : '';
}
