/**
 * The award register's checks: each line against the catalogue (award, Loại, subject,
 * direct-labour mark), its quantity, its decision (number, date, period) and the other
 * lines (the same decision, award and name twice). A finding names the register cell and
 * carries the award's level, so Kiểm tra groups it with the tally's findings by level.
 * Pure and total: any grid content gives findings, never an exception.
 */
import type { Catalogue, CatalogueRow } from '../catalogue';
import { columnAllowed } from '../tally';
import { breakdownsOf } from '../catalogue';
import { formatShortDate, labelKey, parseCellDate, type CalendarDate } from '../format/vietnamese';
import { isMoney } from '../format/money';
import { isEmpty } from '../sheetGrid';
import { parsePeriod, parseYear, type InfoValues } from '../layout/info';
import {
  readRegisterLines,
  REGISTER_COLUMNS,
  REGISTER_FIRST_ROW,
  REGISTER_LAST_ROW,
  REGISTER_SHEET_NAME,
  standardRows,
} from '../layout/register';
import { locateRegisterLayout } from '../layout/registerHeaders';
import { checkRegisterLayout } from './registerLayout';
import {
  awardKey,
  criterionMatches,
  DIRECT_MARK,
  isProposalLine,
  kindLabel,
  matchLine,
  registerAwards,
  registerIndex,
  subjectLabel,
  TYPED_NOTE,
  type RegisterColumn,
  type RegisterLine,
  type TallySource,
} from '../register';
import { TEXT } from '../text/vi';

/** “cá nhân”, “tập thể, cá nhân và gia đình”: who a row is given to, for messages. */
export function allowedOf(row: CatalogueRow): string {
  const names = row.subjects.map((s) => TEXT.subjects[s].toLocaleLowerCase('vi'));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}
import type { MessageFacts, RuleCode } from './rules';

/** Where a line's cell is on the sheet as the clerk sees it (a line's `row` is on the layout as made). */
export type RegisterPlace = (
  row: number,
  col: RegisterColumn,
  level?: string,
  rowId?: string,
) => { sheet: string; row: number; col: number; level?: string; rowId?: string };

export interface RegisterFinding {
  readonly rule: RuleCode;
  readonly where: { sheet: string; row: number; col: number; level?: string; rowId?: string };
  readonly facts: Omit<MessageFacts, 'sheet' | 'cell'>;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** The report's period as dates: 6 tháng đầu năm = 01/01–30/6, Năm = 01/01–31/12. */
export function periodRange(info: InfoValues): { from: CalendarDate; to: CalendarDate } | undefined {
  const year = parseYear(info.year ?? undefined);
  const period = parsePeriod(info.period ?? undefined);
  if (year === undefined || period === undefined) return undefined;
  return {
    from: { year, month: 1, day: 1 },
    to: period === 'halfYear' ? { year, month: 6, day: 30 } : { year, month: 12, day: 31 },
  };
}

const ord = (d: CalendarDate) => d.year * 10000 + d.month * 100 + d.day;

export function checkRegister(
  catalogue: Catalogue,
  values: readonly (readonly unknown[])[] | undefined,
  info: InfoValues,
  source: TallySource,
): { findings: RegisterFinding[]; lines: RegisterLine[]; at: RegisterPlace } {
  const sheet = REGISTER_SHEET_NAME;
  const out: RegisterFinding[] = [];
  // Read by the headers: a column or row the clerk inserted or deleted moves the lines, not their meaning.
  const layout = locateRegisterLayout(values);
  const found = readRegisterLines(values, undefined, layout);
  // The lines as the tally's named ranges see them (rows on the layout as made), for the counts.
  const lines = standardRows(found, layout);
  const at: RegisterPlace = (row, col, level, rowId) => ({
    sheet,
    row: row + layout.shift,
    col: layout.columns.get(col) ?? REGISTER_COLUMNS[col],
    level,
    rowId,
  });
  if (!values) return { findings: out, lines, at };
  const names = (col: RegisterColumn) => ({ column: TEXT.register.headers[col], columnEn: col });

  if (source === 'typed') {
    if (lines.length) {
      out.push({
        rule: 'register-lines-ignored',
        where: at(lines[0]!.row!, 'award'),
        facts: { count: String(lines.length), ...names('award') },
      });
    }
    return { findings: out, lines, at };
  }
  // The layout matters only where the tally counts the register.
  out.push(...checkRegisterLayout(layout));
  if (lines.length === 0) {
    out.push({ rule: 'register-empty', where: at(REGISTER_FIRST_ROW, 'award'), facts: names('award') });
    return { findings: out, lines, at };
  }

  const index = registerIndex(catalogue);
  // "Giấy khen" typed without its level: suggest the labels of that name.
  const byLabel = new Map<string, string[]>();
  for (const a of registerAwards(catalogue)) {
    const k = labelKey(a.label);
    byLabel.set(k, [...(byLabel.get(k) ?? []), `“${awardKey(catalogue, a)}”`]);
    byLabel.set(labelKey(awardKey(catalogue, a)), [`“${awardKey(catalogue, a)}”`]);
  }
  const period = periodRange(info);
  const seen = new Map<string, number>();
  const books = new Map<string, number>();
  let beyond = 0;
  const gone = (col: RegisterColumn) => layout.missing.includes(col);

  for (const line of lines) {
    const row = line.row!;
    const m = matchLine(index, line);
    const level = m.award?.level;
    const rowId = m.award?.id;
    // A column that is gone (its header is missing: one finding says so) is not asked of every line.
    const add = (rule: RuleCode, col: RegisterColumn, facts: Omit<MessageFacts, 'sheet' | 'cell'> = {}) =>
      gone(col) || out.push({ rule, where: at(row, col, level, rowId), facts: { ...names(col), ...facts } });

    if (row > REGISTER_LAST_ROW) {
      // One finding for every line below the capacity, at the first (the count says how many).
      if (!beyond++) {
        const count = lines.filter((l) => l.row! > REGISTER_LAST_ROW).length;
        add('register-beyond-capacity', 'award', { expected: String(REGISTER_LAST_ROW), count: String(count) });
      }
      continue;
    }
    // The award.
    if (isEmpty(line.award)) {
      add('register-award-missing', 'award');
    } else if (!m.award) {
      const suggestions = typeof line.award === 'string' ? byLabel.get(labelKey(line.award)) : undefined;
      add('register-award-unknown', 'award', { value: show(line.award), expected: suggestions?.join(', ') });
    }
    // The subject.
    if (!m.subject) {
      add('register-subject-unknown', 'subject', { value: show(line.subject) });
    } else if (m.award && !columnAllowed(m.award, m.subject)) {
      add('register-subject-not-allowed', 'subject', {
        label: m.award.label,
        value: subjectLabel(m.subject),
        allowed: allowedOf(m.award),
      });
    }
    // The Loại.
    if (m.award && !isEmpty(line.kind)) {
      if (!m.breakdown) {
        const kinds = breakdownsOf(catalogue, m.award.id).map(kindLabel);
        add('register-kind-unknown', 'kind', {
          label: m.award.label,
          value: show(line.kind),
          expected: kinds.map((k) => `“${k}”`).join(', '),
        });
      } else if (m.subject && columnAllowed(m.award, m.subject) && !columnAllowed(m.breakdown, m.subject)) {
        add('register-subject-not-allowed', 'kind', {
          label: `${m.award.label} – ${kindLabel(m.breakdown)}`,
          value: subjectLabel(m.subject),
          allowed: allowedOf(m.breakdown),
        });
      }
    }
    // The quantity: empty = 1; else a whole number ≥ 1.
    const q = line.quantity;
    const quantityOk = q === undefined || q === null || (typeof q === 'number' && Number.isInteger(q) && q >= 1);
    if (!quantityOk) add('register-quantity-invalid', 'quantity', { value: show(q) });
    // The direct-labour mark.
    if (!isEmpty(line.direct)) {
      if (!criterionMatches(line.direct, DIRECT_MARK))
        add('register-direct-invalid', 'direct', { value: show(line.direct) });
      else if (m.subject === 'household') add('register-direct-household', 'direct');
    }
    // A named line is one collective, person or household.
    if (!isEmpty(line.name) && quantityOk && typeof q === 'number' && q !== 1) {
      add('register-named-quantity', 'quantity', { label: show(line.name), value: show(q) });
    }
    // The decision (not asked of the lines the switch made from hand-typed counts: no decision is known;
    // nor of a proposal, whose decision has not come yet — unless its date was typed without the number).
    const typedCount = typeof line.note === 'string' && line.note.trim().toLowerCase() === TYPED_NOTE;
    const proposal = isProposalLine(line);
    if (typedCount || (proposal && isEmpty(line.date))) {
      /* carried from a hand-typed tally, or a proposal */
    } else if (isEmpty(line.decision)) add('register-decision-missing', 'decision', { field: 'số quyết định' });
    if (typedCount || proposal) {
      /* idem */
    } else if (isEmpty(line.date)) {
      add('register-decision-missing', 'date', { field: 'ngày quyết định' });
    } else if (typeof line.date !== 'number' || parseCellDate(line.date) === undefined) {
      add('register-date-invalid', 'date', { value: show(line.date) });
    } else if (period) {
      const d = parseCellDate(line.date)!;
      if (ord(d) < ord(period.from) || ord(d) > ord(period.to)) {
        add('register-date-outside-period', 'date', {
          value: formatShortDate(d),
          expected: `${formatShortDate(period.from)} – ${formatShortDate(period.to)}`,
        });
      }
    }
    // The Tờ trình: its number and its date go together; the date is a date, not after the decision's.
    checkProposal(line, add);
    // Số vào sổ: one certificate, one number.
    if (!isEmpty(line.bookNumber)) {
      const key = show(line.bookNumber).normalize('NFC').replace(/\s+/g, '').toLowerCase();
      const first = books.get(key);
      if (first !== undefined)
        add('register-book-number-duplicate', 'bookNumber', { value: show(line.bookNumber), found: String(first) });
      else books.set(key, row + layout.shift);
    }
    // Tiền thưởng: a whole, non-negative number of đồng, or nothing.
    if (!isEmpty(line.money) && !isMoney(line.money))
      add('register-money-invalid', 'money', { value: show(line.money) });
    // The same decision (or, for a proposal, Tờ trình), award and name twice.
    if (!isEmpty(line.name) && m.award) {
      // Names compared NFC, case- and spacing-insensitively (toLowerCase: fast, and enough for Vietnamese letters).
      const name = show(line.name).normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
      const by = proposal ? `TTr ${show(line.proposal)}` : show(line.decision);
      const key = `${by.trim().toLowerCase()}\u0000${m.award.id}\u0000${name}`;
      const first = seen.get(key);
      if (first !== undefined) add('register-duplicate', 'name', { value: show(line.name), found: String(first) });
      else seen.set(key, row + layout.shift);
    }
  }
  return { findings: out, lines, at };
}

type AddFinding = (rule: RuleCode, col: RegisterColumn, facts?: Omit<MessageFacts, 'sheet' | 'cell'>) => unknown;

/** A line's Tờ trình: number and date both or neither; the date a date, not later than the decision's. */
function checkProposal(line: RegisterLine, add: AddFinding): void {
  const number = !isEmpty(line.proposal);
  const date = !isEmpty(line.proposalDate);
  if (number && !date) add('register-proposal-missing', 'proposalDate', { field: 'ngày tờ trình' });
  if (date && !number) add('register-proposal-missing', 'proposal', { field: 'số tờ trình' });
  if (!date) return;
  const d = typeof line.proposalDate === 'number' ? parseCellDate(line.proposalDate) : undefined;
  if (!d) {
    add('register-proposal-date-invalid', 'proposalDate', { value: show(line.proposalDate) });
    return;
  }
  const decided = typeof line.date === 'number' ? parseCellDate(line.date) : undefined;
  if (decided && ord(d) > ord(decided)) {
    add('register-proposal-after-decision', 'proposalDate', {
      value: formatShortDate(d),
      expected: formatShortDate(decided),
    });
  }
}
