/**
 * Sentences drafted from "Số liệu báo cáo" (docs/REPORT-DATA.md): I.1 (the unit's profile), I.2 (its
 * organisation), 5 (the fund, training, the award officer), III.2 and III.3 (the ticked
 * difficulties and causes). Each sentence frames values the clerk typed, one fact once; a
 * value left blank leaves its words out, never a guess. Frames are in DATA_DRAFT_TEXT.
 */
import { formatNumber, formatShortDate, normalizeText, parseCellDate } from '../format/vietnamese';
import { SUBJECTS } from '../catalogue';
import type { DirectiveDocument } from '../layout/documents';
import {
  EVENT_TRAINING,
  isTicked,
  REPORT_DATA_GROUPS,
  type CampaignRow,
  type EventRow,
  type ReportDataValues,
} from '../layout/reportData';
import type { CellValue } from '../layout/types';
import { lineQuantity, subjectLabel, type RegisterLine } from '../register';
import { CAMPAIGN_DRAFT_TEXT, DATA_DRAFT_TEXT, EVENT_DRAFT_TEXT } from '../text/report';
import { joinAnd, kindOf, parseDocumentReference, proseCount, whoPhrase } from './drafts';

const text = (v: CellValue | undefined): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? normalizeText(v).replace(/[.;]+$/, '') : String(v);

/** A count or an amount as Vietnamese writes it ("1.628", "1.490,75"); "" when not a number. */
function num(v: CellValue | undefined): string {
  if (typeof v === 'number' && Number.isFinite(v)) return formatNumber(v);
  const s = text(v);
  return /^[\d.,]+$/.test(s) ? s : '';
}

/** A year typed as 2023 (never "2.023"). */
function year(v: CellValue | undefined): string {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  const s = text(v);
  return /^\d{4}$/.test(s) ? s : '';
}

/** A rate typed as 1,22 or 1.22 → "1,22%". */
function rate(v: CellValue | undefined): string {
  if (typeof v === 'number' && Number.isFinite(v)) return `${formatNumber(v)}%`;
  const s = text(v).replace(/%$/, '').trim();
  return /^\d+(?:[.,]\d+)?$/.test(s) ? `${s.replace('.', ',')}%` : '';
}

function date(v: CellValue | undefined): string {
  const d = parseCellDate(v);
  return d ? formatShortDate(d) : '';
}

/** "Thị trấn Bắc Sơn" at the start of a sentence. */
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** I.1: where the office is, how the unit was founded, its size, peoples and poverty. */
export function profileSentences(d: ReportDataValues, unitName: string): string[] {
  const out: string[] = [];
  const unit = capital(unitName || 'đơn vị');
  if (text(d.office)) out.push(DATA_DRAFT_TEXT.office(text(d.office)));
  const contact = [
    text(d.phone) && DATA_DRAFT_TEXT.phone(text(d.phone)),
    text(d.email) && DATA_DRAFT_TEXT.email(text(d.email)),
  ].filter(Boolean);
  if (contact.length) out.push(capital(DATA_DRAFT_TEXT.contact(contact.join('; '))));
  if (date(d.foundedOn) || text(d.foundingAct))
    out.push(DATA_DRAFT_TEXT.founded(unit, date(d.foundedOn), text(d.foundingAct)));
  const size = [
    num(d.area) && DATA_DRAFT_TEXT.area(num(d.area)),
    num(d.households) && DATA_DRAFT_TEXT.households(num(d.households)),
    num(d.population) && DATA_DRAFT_TEXT.population(num(d.population)),
    num(d.hamlets) && DATA_DRAFT_TEXT.hamlets(num(d.hamlets)),
  ].filter(Boolean);
  if (size.length) out.push(DATA_DRAFT_TEXT.size(unit, joinAnd(size)));
  const peoples = text(d.ethnicGroups)
    .split(/\s*[,;]\s*/)
    .filter(Boolean);
  if (peoples.length) out.push(DATA_DRAFT_TEXT.ethnic(proseCount(peoples.length), joinAnd(peoples)));
  const poverty = [
    num(d.poorHouseholds) && DATA_DRAFT_TEXT.poor(num(d.poorHouseholds), rate(d.poorRate)),
    num(d.nearPoorHouseholds) && DATA_DRAFT_TEXT.nearPoor(num(d.nearPoorHouseholds), rate(d.nearPoorRate)),
  ].filter(Boolean);
  if (poverty.length) out.push(DATA_DRAFT_TEXT.poverty(year(d.povertyYear), poverty.join('; ')));
  return out;
}

/** I.2: the party organisation, the staff, last year's ratings. */
export function organisationSentences(d: ReportDataValues, unitName: string): string[] {
  const out: string[] = [];
  if (num(d.partyCells) || num(d.partyMembers))
    out.push(
      DATA_DRAFT_TEXT.party(unitName || 'đơn vị', num(d.partyCells), num(d.partyMembers), text(d.partyCellsDetail)),
    );
  const y = year(d.ratingYear);
  if (text(d.partyRating)) out.push(DATA_DRAFT_TEXT.partyRating(y, text(d.partyRating)));
  if (num(d.staff)) out.push(DATA_DRAFT_TEXT.staff(unitName || 'đơn vị', num(d.staff)));
  if (text(d.governmentRating)) out.push(capital(DATA_DRAFT_TEXT.governmentRating(y, text(d.governmentRating))));
  if (text(d.unionsRating)) out.push(DATA_DRAFT_TEXT.unionsRating(text(d.unionsRating)));
  if (text(d.staffTitle)) out.push(DATA_DRAFT_TEXT.staffTitle(y, unquote(text(d.staffTitle))));
  return out;
}

/** 2.2: the period's figures, one line per field that has one; the clerk writes the rest ("[…]"). */
export function resultSentences(d: ReportDataValues, period: string): string[] {
  const lines: string[] = [];
  const economy = [
    num(d.sownArea) && DATA_DRAFT_TEXT.sown(num(d.sownArea)),
    num(d.plantedArea) && DATA_DRAFT_TEXT.planted(num(d.plantedArea)),
  ];
  if (economy.some(Boolean)) lines.push(DATA_DRAFT_TEXT.economy(economy.filter(Boolean).join('; ')));
  const society = [
    num(d.outreachSessions) && DATA_DRAFT_TEXT.outreach(num(d.outreachSessions), num(d.outreachAudience)),
    num(d.medicalVisits) && DATA_DRAFT_TEXT.medical(num(d.medicalVisits)),
  ];
  if (society.some(Boolean)) lines.push(DATA_DRAFT_TEXT.society(society.filter(Boolean).join('; ')));
  const rank = text(d.reformRank);
  if (num(d.reformScore) || rank)
    lines.push(DATA_DRAFT_TEXT.reform(year(d.ratingYear), num(d.reformScore), rank, text(d.reformRankAmong)));
  if (num(d.conscripts)) lines.push(DATA_DRAFT_TEXT.defence(num(d.conscripts)));
  return lines.length ? [DATA_DRAFT_TEXT.resultsIntro(period), ...lines] : [];
}

/** 3: the Front's and unions' outreach sessions and audience. */
export function politicalSentences(d: ReportDataValues): string[] {
  return num(d.frontSessions) ? [DATA_DRAFT_TEXT.front(num(d.frontSessions), num(d.frontAudience))] : [];
}

/** 2.1: the cluster whose plan the unit follows, the kinds of phong trào it runs and who launched how many. */
export function movementSentences(d: ReportDataValues, rows: readonly CampaignRow[], unitName: string): string[] {
  const named = rows.filter((r) => text(r.name));
  if (!named.length) return [];
  const kinds = [...new Set(named.map((r) => text(r.kind).toLocaleLowerCase('vi')))]
    .map((k) => DATA_DRAFT_TEXT.movementKinds[k])
    .filter((k): k is string => Boolean(k));
  const by = new Map<string, number>();
  for (const r of named) if (text(r.launchedBy)) by.set(text(r.launchedBy), (by.get(text(r.launchedBy)) ?? 0) + 1);
  const launched = joinAnd([...by].map(([who, n]) => DATA_DRAFT_TEXT.launchedCount(who, proseCount(n))));
  return [
    DATA_DRAFT_TEXT.movements(
      text(d.cluster),
      unitName || 'đơn vị',
      kinds.length ? joinAnd(kinds) : DATA_DRAFT_TEXT.movementKinds.any!,
      launched,
    ),
  ];
}

/** 5: the award fund (given, spent), training, the award officer. */
export function otherWorkSentences(d: ReportDataValues): string[] {
  const out: string[] = [];
  const budget = num(d.fundBudget);
  const spent = num(d.fundSpent);
  if (budget || spent) out.push(DATA_DRAFT_TEXT.fund(budget, spent));
  if (typeof d.fundBudget === 'number' && typeof d.fundSpent === 'number' && d.fundBudget > 0)
    out.push(DATA_DRAFT_TEXT.fundShare(`${formatNumber(Math.round((d.fundSpent / d.fundBudget) * 10000) / 100, 2)}%`));
  const other = REPORT_DATA_GROUPS.find((g) => g.key === 'other')!;
  for (const f of other.fields) if (f.kind === 'tick' && isTicked(d[f.key])) out.push(`${f.label}.`);
  if (text(d.officerPost)) out.push(DATA_DRAFT_TEXT.officer(text(d.officerPost), text(d.officerMode)));
  return out;
}

/** III.2 or III.3: one line per ticked difficulty or cause, nothing where none is ticked. */
export function tickedSentences(d: ReportDataValues, group: 'difficulties' | 'causes'): string[] {
  const g = REPORT_DATA_GROUPS.find((x) => x.key === group)!;
  return g.fields.filter((f) => isTicked(d[f.key])).map((f) => DATA_DRAFT_TEXT.ticked(f.label));
}

// ── The campaigns table → 2.3 and Phần thứ hai, I ──────────────────────────────

function unquote(s: string): string {
  return s.replace(/^[“"«\s]+|[”"»\s]+$/g, '');
}

/** The document's date from Phụ lục I when the number is listed there (one fact, one source). */
function documentDate(number: string, documents: readonly DirectiveDocument[]): string {
  const key = number.toLocaleUpperCase('vi').replace(/\s+/g, '');
  for (const d of documents) {
    const p = parseDocumentReference(d.reference);
    if (p.number.toLocaleUpperCase('vi').replace(/\s+/g, '') === key) {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(p.date);
      return m ? formatShortDate({ day: +m[1]!, month: +m[2]!, year: +m[3]! }) : p.date;
    }
  }
  return '';
}

/** "01 tập thể và 02 cá nhân" rewarded by a decision, from the register's lines with that Số QĐ. */
function rewardedBy(decision: string, register: readonly RegisterLine[]): string {
  const key = normalizeText(decision).toLocaleUpperCase('vi');
  const counts = { collective: 0, individual: 0, household: 0 };
  for (const l of register) {
    if (normalizeText(String(l.decision ?? '')).toLocaleUpperCase('vi') !== key) continue;
    const s = SUBJECTS.find(
      (x) => normalizeText(String(l.subject ?? '')).toLocaleLowerCase('vi') === subjectLabel(x).toLocaleLowerCase('vi'),
    );
    if (s) counts[s] += lineQuantity(l.quantity);
  }
  return whoPhrase(counts);
}

export interface CampaignContext {
  readonly period: string;
  readonly documents: readonly DirectiveDocument[];
  readonly register: readonly RegisterLine[];
}

/** 2.3: how many phong trào and đợt, then one line each (who launched it, by which document, when, its review and reward). */
export function campaignSentences(rows: readonly CampaignRow[], c: CampaignContext): string[] {
  const named = rows.filter((r) => text(r.name));
  if (!named.length) return [];
  const kinds = new Map<string, number>();
  for (const r of named) {
    const k = text(r.kind).toLocaleLowerCase('vi');
    if (CAMPAIGN_DRAFT_TEXT.kindCount[k]) kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  const out = [
    CAMPAIGN_DRAFT_TEXT.intro(
      c.period,
      proseCount(named.length),
      joinAnd([...kinds].map(([k, n]) => CAMPAIGN_DRAFT_TEXT.kindCount[k]!(proseCount(n)))),
    ),
  ];
  for (const r of named) {
    const kind = text(r.kind).toLocaleLowerCase('vi');
    const parts: string[] = [];
    const doc = text(r.document).replace(/^số\s*/iu, '');
    const launched = [
      text(r.launchedBy) && CAMPAIGN_DRAFT_TEXT.launchedBy(text(r.launchedBy)),
      doc && CAMPAIGN_DRAFT_TEXT.underDocument(kindOf(doc) || 'văn bản', doc, documentDate(doc, c.documents)),
    ].filter(Boolean);
    if (launched.length) parts.push(launched.join(' '));
    if (date(r.from) || date(r.to)) parts.push(CAMPAIGN_DRAFT_TEXT.span(date(r.from), date(r.to)));
    if (date(r.reviewed)) parts.push(CAMPAIGN_DRAFT_TEXT.reviewed(date(r.reviewed)));
    if (text(r.decision))
      parts.push(CAMPAIGN_DRAFT_TEXT.decision(text(r.decision), rewardedBy(text(r.decision), c.register)));
    const head = kind === 'theo đợt' ? CAMPAIGN_DRAFT_TEXT.wave : CAMPAIGN_DRAFT_TEXT.campaign;
    const label = kind && kind !== 'theo đợt' ? ` (${kind})` : '';
    out.push(`- ${head} “${unquote(text(r.name))}”${label}${parts.length ? `, ${parts.join('; ')}` : ''}.`);
  }
  return out;
}

/** Phần thứ hai, I: the phong trào that run on past the period's end (by their "Đến ngày"). */
export function continuingSentences(rows: readonly CampaignRow[], periodEnd: number | undefined): string[] {
  if (periodEnd === undefined) return [];
  const on = rows.filter((r) => text(r.name) && typeof r.to === 'number' && r.to > periodEnd);
  if (!on.length) return [];
  const end = date(periodEnd);
  return [
    CAMPAIGN_DRAFT_TEXT.continuing(
      end,
      on.map((r) => CAMPAIGN_DRAFT_TEXT.until(unquote(text(r.name)), date(r.to))).join('; '),
    ),
  ];
}

// ── The events table → 1.3 (and training → 5) ──────────────────────────────────

/** 1.3: the Hội đồng's and cluster's activities, one line each (training is said in 5). */
export function eventSentences(
  rows: readonly EventRow[],
  period: string,
  body: string,
  /** The results are said here only when III.1 does not say them (the clerk wrote III.1). */
  withResults = true,
): string[] {
  const shown = rows.filter((r) => (text(r.kind) || text(r.content)) && text(r.kind) !== EVENT_TRAINING);
  if (!shown.length) return [];
  return [
    EVENT_DRAFT_TEXT.intro(period, body, proseCount(shown.length)),
    ...shown.map((r) =>
      EVENT_DRAFT_TEXT.line(
        date(r.date),
        text(r.kind) || 'Hoạt động',
        text(r.content),
        withResults ? text(r.result) : '',
      ),
    ),
  ];
}

/** III.1: what the activities achieved (their "Kết quả"), each result said there and not in 1.3. */
export function achievementSentences(rows: readonly EventRow[], period: string): string[] {
  const achieved = rows.filter((r) => text(r.result) && text(r.kind) !== EVENT_TRAINING);
  if (!achieved.length) return [];
  return [
    EVENT_DRAFT_TEXT.achievementsIntro(period),
    ...achieved.map((r) =>
      EVENT_DRAFT_TEXT.achievement(capital(text(r.content) || text(r.kind) || 'Hoạt động'), text(r.result)),
    ),
  ];
}

/** 5: the training the unit attended, one sentence each. */
export function trainingSentences(rows: readonly EventRow[]): string[] {
  return rows
    .filter((r) => text(r.kind) === EVENT_TRAINING)
    .map((r) => EVENT_DRAFT_TEXT.training(date(r.date), text(r.content)));
}
