/**
 * The sentences the report drafts from the workbook's data — never invented prose:
 * 1.2 from Phụ lục I (one sentence per document, grouped by kind), 4.2 the direct-labour
 * rates, 4.3 the awards (total, proposed vs conferred by the unit, per level and form, the
 * "Trong đó" kinds), III.1 a summary. Every word that is not a number or a workbook text
 * comes from REPORT_TEXT.drafts.
 */
import type { Catalogue, CatalogueLevel, CatalogueRow, Subject } from '../catalogue';
import { breakdownsOf, levelRows, SUBJECTS } from '../catalogue';
import { formatCount, formatNumber, formatRateInText, normalizeText } from '../format/vietnamese';
import type { DirectiveDocument } from '../layout/documents';
import { columnAllowed, type ComputedRow, type ComputedTally } from '../tally';
import { REPORT_TEXT } from '../text/report';

const D = REPORT_TEXT.drafts;
const NOUN: Record<Subject, string> = REPORT_TEXT.subjectNouns;

export type SubjectCounts = Readonly<Record<Subject, number>>;

/** "03 tập thể và 12 cá nhân" / "01 tập thể, 02 cá nhân và 05 hộ gia đình"; names slot in after each count. */
export function whoPhrase(counts: SubjectCounts, names?: Partial<Record<Subject, readonly string[]>>): string {
  const parts = SUBJECTS.filter((s) => counts[s] > 0).map((s) => {
    const who = `${formatCount(counts[s])} ${NOUN[s]}`;
    const list = names?.[s];
    return list && list.length ? D.names(who, list) : who;
  });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')}${REPORT_TEXT.and}${parts[parts.length - 1]}`;
}

const countsOf = (c: ComputedRow | undefined, row?: CatalogueRow): SubjectCounts => ({
  collective: c && (!row || columnAllowed(row, 'collective')) ? c.collective : 0,
  individual: c && (!row || columnAllowed(row, 'individual')) ? c.individual : 0,
  household: c && (!row || columnAllowed(row, 'household')) ? c.household : 0,
});

const add = (a: SubjectCounts, b: SubjectCounts): SubjectCounts => ({
  collective: a.collective + b.collective,
  individual: a.individual + b.individual,
  household: a.household + b.household,
});
const ZERO: SubjectCounts = { collective: 0, individual: 0, household: 0 };

// ── 1.2: Phụ lục I ────────────────────────────────────────────────────────────

export interface ParsedDocument {
  /** "Kế hoạch", "Công văn", … or "" when the ký hiệu cannot be read. */
  readonly kind: string;
  /** "01/KH-UBND" */
  readonly number: string;
  /** "10/01/2024" */
  readonly date: string;
  /** "UBND thị trấn" as written. */
  readonly issuer: string;
  /** "Số 01/KH-UBND" as cited, for the consistency check. */
  readonly reference: string;
}

/** "Số 01/KH-UBND, ngày 10/01/2024 của UBND thị trấn" → its parts. */
export function parseDocumentReference(reference: string): ParsedDocument {
  const ref = normalizeText(reference);
  const num = /(?:^|\b)số\s*:?\s*([0-9][^\s,;]*)/iu.exec(ref) ?? /^([0-9]+\/[^\s,;]+)/u.exec(ref);
  const date = /ngày\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu.exec(ref);
  const issuer = /\bcủa\s+(.+?)\s*\.?$/iu.exec(ref);
  const number = num ? num[1]!.replace(/[.,;:]+$/, '') : '';
  return {
    kind: number ? kindOf(number) : '',
    number,
    date: date ? date[1]!.replace(/\s+/g, '').replace(/[.-]/g, '/') : '',
    issuer: issuer ? issuer[1]! : '',
    reference: ref,
  };
}

/** The kind from the ký hiệu: "01/KH-UBND" → Kế hoạch; "12/2024/QĐ-UBND" → Quyết định; "15/UBND-VP" → Công văn. */
export function kindOf(number: string): string {
  const parts = number.split('/').slice(1);
  for (const p of parts) {
    const head = p.split('-')[0]!.toLocaleUpperCase('vi');
    if (D.documentKinds[head]) return D.documentKinds[head]!;
  }
  return parts.length ? D.officialLetter : '';
}

function expandIssuer(issuer: string): string {
  let out = issuer;
  for (const [short, long] of D.issuerWords)
    out = out.replace(new RegExp(`(^|\\s)${short}(?=\\s|$)`, 'gu'), `$1${long}`);
  return out;
}

/** "Về công tác …" / "V/v …" / "Triển khai …" → "về công tác …" / "về triển khai …". */
function aboutPhrase(summary: string): string {
  let s = normalizeText(summary).replace(/[.;]+$/, '');
  if (!s) return '';
  s = s.replace(/^(v\/v|về)\s*:?\s*/iu, '');
  if (s.length > 1 && s[1] === s[1]!.toLocaleLowerCase('vi')) s = s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
  return `${D.about} ${s}`;
}

function kindRank(kind: string): number {
  const i = D.kindOrder.indexOf(kind);
  return i < 0 ? D.kindOrder.length : i;
}

/** 1.2: the lead (count and kinds) and one sentence per document, grouped by kind. */
export function documentSentences(documents: readonly DirectiveDocument[], period: string): string[] {
  if (!documents.length) return [REPORT_TEXT.noDocumentsSentence(period)];
  const parsed = documents.map((d, i) => ({ d, p: parseDocumentReference(d.reference), i }));
  const kinds: string[] = [];
  for (const x of parsed) if (x.p.kind && !kinds.includes(x.p.kind)) kinds.push(x.p.kind);
  kinds.sort((a, b) => kindRank(a) - kindRank(b));
  const count = (k: string) => parsed.filter((x) => x.p.kind === k).length;
  const unknown = parsed.filter((x) => !x.p.kind).length;
  const kindCounts = kinds.map((k) => `${formatCount(count(k))} ${k.toLocaleLowerCase('vi')}`);
  if (unknown && kindCounts.length) kindCounts.push(`${formatCount(unknown)} văn bản khác`);
  // One kind only: the lead need not list it ("gồm 01 kế hoạch" would repeat the count).
  const kindText =
    kindCounts.length < 2
      ? ''
      : `${kindCounts.slice(0, -1).join(', ')}${REPORT_TEXT.and}${kindCounts[kindCounts.length - 1]}`;
  const lead = D.documentsLead(period, formatCount(documents.length), kindText);
  const ordered = [...parsed].sort((a, b) => kindRank(a.p.kind) - kindRank(b.p.kind) || a.i - b.i);
  const sorted = [
    ...ordered.filter((x) => x.p.kind),
    ...ordered.filter((x) => !x.p.kind), // unreadable references last, as written
  ];
  return [
    lead,
    ...sorted.map(({ d, p }) =>
      p.kind
        ? D.documentLine(expandIssuer(p.issuer), p.kind, p.number, p.date, aboutPhrase(d.summary))
        : D.documentAsWritten(normalizeText(d.reference), aboutPhrase(d.summary)),
    ),
  ];
}

// ── 4.3: awards ───────────────────────────────────────────────────────────────

/**
 * What the award register ("Danh sách khen thưởng") adds to a form's sentence: the names of those
 * awarded by subject and the decisions. Optional; absent → counts only.
 */
export interface AwardRecipients {
  readonly names?: Partial<Record<Subject, readonly string[]>>;
  /** "Quyết định số 15/QĐ-UBND ngày 12/6/2024" */
  readonly decisions?: readonly string[];
}

export interface DraftContext {
  readonly catalogue: Catalogue;
  readonly computed: ComputedTally;
  /** "6 tháng đầu năm 2024" */
  readonly period: string;
  /** "thị trấn Bắc Sơn" (for `{unit}` in issuers). */
  readonly unitName: string;
  /** By award row id. */
  readonly recipients?: ReadonlyMap<string, AwardRecipients>;
}

/** The level the unit confers itself: the one marked `ownLevel`, else the last. */
export function ownLevelId(catalogue: Catalogue): string | undefined {
  return (catalogue.levels.find((l) => l.ownLevel) ?? catalogue.levels[catalogue.levels.length - 1])?.id;
}

function fillUnit(issuer: string, unitName: string): string {
  return issuer.replace('{unit}', unitName || 'cấp xã');
}

/** "Khen thưởng cấp huyện" → its catalogue level. */
function levelOf(catalogue: Catalogue, id: string | undefined): CatalogueLevel | undefined {
  return catalogue.levels.find((l) => l.id === id);
}

/** The issuer named after a reward whose label does not name one. */
export function issuerOf(row: CatalogueRow, catalogue: Catalogue, unitName: string): string | undefined {
  if (row.conferral !== 'reward' || /\scủa\s/u.test(` ${row.label} `)) return undefined;
  const issuer = row.issuer ?? levelOf(catalogue, row.level)?.issuer;
  return issuer ? fillUnit(issuer, unitName) : undefined;
}

/** "Danh hiệu Tập thể lao động xuất sắc, Đơn vị quyết thắng" → ["Tập thể lao động xuất sắc", "Đơn vị quyết thắng"]. */
function titlesOf(label: string): string[] {
  const bare = label.replace(/^danh hiệu\s+/iu, '').trim();
  const parts = bare.split(/,\s+/);
  const capital = (s: string) => s.charAt(0) !== s.charAt(0).toLocaleLowerCase('vi');
  return parts.length > 1 && parts.every(capital) ? parts : [bare];
}

/** The award named as the sentence names it: the form with its issuer, or the title in quotes. */
export function awardName(row: CatalogueRow, catalogue: Catalogue, unitName: string): string {
  if (row.conferral === 'title' || row.conferral === 'honorary') return D.titleName(titlesOf(row.label));
  const issuer = issuerOf(row, catalogue, unitName);
  // "Danh hiệu, Giấy khen của …" inside a sentence: "danh hiệu" is a common noun.
  const label = row.label.replace(/^Danh hiệu\b/u, 'danh hiệu');
  return issuer ? D.withIssuer(label, issuer) : label;
}

/** The "Trong đó" kinds with a count: "khen chuyên đề: 01 tập thể, 02 cá nhân". */
function kindParts(row: CatalogueRow, ctx: DraftContext): string[] {
  const out: string[] = [];
  for (const b of breakdownsOf(ctx.catalogue, row.id)) {
    const counts = countsOf(ctx.computed.get(b.id), b);
    const parts = SUBJECTS.filter((s) => counts[s] > 0).map((s) => `${formatCount(counts[s])} ${NOUN[s]}`);
    if (!parts.length) continue;
    const label = b.label.replace(/^trong đó\s*:\s*/iu, '');
    out.push(D.kind(label.charAt(0).toLocaleLowerCase('vi') + label.slice(1), parts.join(', ')));
  }
  return out;
}

/** One award row's phrase: "tặng Giấy khen của Chủ tịch UBND huyện cho 01 tập thể và 04 cá nhân (khen chuyên đề: …)". */
export function awardPhrase(row: CatalogueRow, ctx: DraftContext): string | undefined {
  const counts = countsOf(ctx.computed.get(row.id), row);
  const reg = ctx.recipients?.get(row.id);
  const who = whoPhrase(counts, reg?.names);
  if (!who) return undefined;
  const verb = D.verbs[row.conferral ?? 'reward'];
  const kinds = kindParts(row, ctx);
  return (
    D.awardPhrase(verb, awardName(row, ctx.catalogue, ctx.unitName), who) +
    (kinds.length ? D.kinds(kinds) : '') +
    (reg?.decisions?.length ? D.decisions(reg.decisions) : '')
  );
}

function levelCounts(ctx: DraftContext, levelId: string): SubjectCounts {
  return countsOf(ctx.computed.get(levelRows(ctx.catalogue).find((r) => r.level === levelId)?.id ?? levelId));
}

/** 4.3: the total, the split proposed / conferred by the unit, then one short paragraph per level. */
export function awardSentences(ctx: DraftContext): string[] {
  const { catalogue } = ctx;
  const total = totalCounts(ctx);
  const totalWho = whoPhrase(total);
  if (!totalWho) return [REPORT_TEXT.noAwardsSentence(ctx.period)];
  const out = [D.awardsTotal(ctx.period, totalWho)];

  const own = ownLevelId(catalogue);
  let higher = ZERO;
  for (const l of catalogue.levels) if (l.id !== own) higher = add(higher, levelCounts(ctx, l.id));
  const ownCounts = own ? levelCounts(ctx, own) : ZERO;
  const ownLevel = levelOf(catalogue, own);
  const by = ownLevel?.issuer ? fillUnit(ownLevel.issuer, ctx.unitName) : D.unitItself;
  const split: string[] = [];
  if (whoPhrase(higher)) split.push(D.proposed(whoPhrase(higher)));
  if (whoPhrase(ownCounts)) split.push(D.conferredByUnit(by, whoPhrase(ownCounts)));
  if (split.length) out.push(D.split(split.join('; ')));

  for (const level of levelRows(catalogue)) {
    const phrases: string[] = [];
    for (const row of catalogue.rows) {
      if (row.level !== level.level || row.kind !== 'award') continue;
      const p = awardPhrase(row, ctx);
      if (p) phrases.push(p);
    }
    if (phrases.length === 1) out.push(D.levelOne(level.label, phrases[0]!));
    else if (phrases.length > 1) {
      out.push(D.levelMany(level.label, whoPhrase(countsOf(ctx.computed.get(level.id)))));
      for (const p of phrases) out.push(D.award(p));
    }
  }
  return out;
}

function totalCounts(ctx: DraftContext): SubjectCounts {
  const row = ctx.catalogue.rows.find((r) => r.kind === 'total');
  return row ? countsOf(ctx.computed.get(row.id)) : ZERO;
}

// ── 4.2: direct-labour rates ──────────────────────────────────────────────────

/**
 * One subject's part of 4.2, when it has awards: its direct share and rate ("04/34 … đạt 11,76%"),
 * or that none of it is direct labour.
 */
function directPart(
  count: number,
  direct: number,
  rate: number | undefined,
  says: (sl: string, of: string, rate: string) => string,
  none: string,
): string[] {
  if (count <= 0) return [];
  return [
    direct > 0 && rate !== undefined ? says(formatCount(direct), formatCount(count), formatRateInText(rate)) : none,
  ];
}

/** "04/34 cá nhân được khen thưởng là người lao động trực tiếp, đạt 11,76%"; "chưa có tập thể nào là …". */
export function directParts(c: ComputedRow): string[] {
  return [
    ...directPart(c.collective, c.directCollective, c.directCollectiveRate, D.directCollective, D.noDirectCollective),
    ...directPart(c.individual, c.directIndividual, c.directIndividualRate, D.directIndividual, D.noDirectIndividual),
  ];
}

/** 4.2: TỔNG CỘNG's rates, then each level with awards. Empty when nothing was awarded. */
export function directLabourSentences(ctx: DraftContext): string[] {
  const totalRow = ctx.catalogue.rows.find((r) => r.kind === 'total');
  const total = totalRow ? ctx.computed.get(totalRow.id) : undefined;
  if (!total || !directParts(total).length) return [];
  const out = [D.directTotal(ctx.period, whoPhrase(countsOf(total)), directParts(total).join('; '))];
  const levels = levelRows(ctx.catalogue).filter((l) => directParts(ctx.computed.get(l.id)!).length);
  if (levels.length > 1)
    for (const l of levels) out.push(D.directLevel(l.label, directParts(ctx.computed.get(l.id)!).join('; ')));
  return out;
}

// ── III.1: one summary sentence ───────────────────────────────────────────────

export function summarySentence(ctx: DraftContext, documents: number): string {
  const totalRow = ctx.catalogue.rows.find((r) => r.kind === 'total');
  const total = totalRow ? ctx.computed.get(totalRow.id) : undefined;
  const who = total ? whoPhrase(countsOf(total)) : '';
  const awards = who
    ? D.summaryAwards(
        who,
        total!.directIndividual > 0 && total!.directIndividualRate !== undefined
          ? D.summaryDirect(formatCount(total!.directIndividual), formatRateInText(total!.directIndividualRate))
          : '',
      )
    : D.summaryNone;
  return D.summary(ctx.period, formatCount(documents), awards);
}

// ── Comparison with the previous period ───────────────────────────────────────

/** The previous period's tally, already checked (our form, no errors). */
export interface PreviousTally {
  readonly catalogue: Catalogue;
  readonly computed: ComputedTally;
  /** "so với cùng kỳ năm 2023" / "so với kỳ trước (năm 2023)": the words after "So với". */
  readonly than: string;
}

export interface Comparison {
  /** 4.3: totals and each level present in both periods. */
  readonly awards: readonly string[];
  /** 4.2: the direct-labour rates of TỔNG CỘNG. */
  readonly rates: readonly string[];
  /** Level labels only one of the two forms has (not compared on their own). */
  readonly unmatchedLevels: readonly string[];
}

function changeParts(prev: SubjectCounts, cur: SubjectCounts): string[] {
  const out: string[] = [];
  for (const s of SUBJECTS) {
    const a = prev[s];
    const b = cur[s];
    if (a === 0 && b === 0) continue;
    const noun = NOUN[s];
    if (a === b) out.push(D.same(noun, formatCount(b)));
    else if (b > a) out.push(D.more(noun, formatCount(b - a), formatCount(a), formatCount(b)));
    else out.push(D.fewer(noun, formatCount(a - b), formatCount(a), formatCount(b)));
  }
  return out;
}

function totalRow(c: Catalogue): CatalogueRow | undefined {
  return c.rows.find((r) => r.kind === 'total');
}

/**
 * The same numbers compared with the previous period: TỔNG CỘNG always; a level only where
 * both forms have it (same row id and label — a 2025 form without cấp huyện still compares
 * its totals and its other levels); the direct-labour rates of TỔNG CỘNG.
 */
export function compareWithPrevious(ctx: DraftContext, prev: PreviousTally): Comparison {
  const curTotal = totalRow(ctx.catalogue);
  const prevTotal = totalRow(prev.catalogue);
  const cur = curTotal ? ctx.computed.get(curTotal.id) : undefined;
  const old = prevTotal ? prev.computed.get(prevTotal.id) : undefined;
  const awards: string[] = [];
  const rates: string[] = [];
  if (!cur || !old) return { awards, rates, unmatchedLevels: [] };
  const totalParts = changeParts(countsOf(old), countsOf(cur));
  if (totalParts.length) awards.push(D.compareTotal(prev.than, totalParts.join('; ')));
  const prevLevels = levelRows(prev.catalogue);
  const unmatched: string[] = [];
  for (const level of levelRows(ctx.catalogue)) {
    const match = prevLevels.find((p) => p.id === level.id && p.label === level.label);
    if (!match) {
      unmatched.push(level.label);
      continue;
    }
    const parts = changeParts(countsOf(prev.computed.get(match.id)), countsOf(ctx.computed.get(level.id)));
    if (parts.length) awards.push(D.compareLevel(level.label, parts.join('; ')));
  }
  for (const p of prevLevels)
    if (!levelRows(ctx.catalogue).some((l) => l.id === p.id && l.label === p.label)) unmatched.push(p.label);

  const rateParts: string[] = [];
  const pairs = [
    ['collective', old.directCollectiveRate, cur.directCollectiveRate],
    ['individual', old.directIndividualRate, cur.directIndividualRate],
  ] as const;
  for (const [s, a, b] of pairs) {
    if (a === undefined || b === undefined) continue;
    const noun = D.rateNouns[s];
    const diff = Math.round(Math.abs(b - a) * 100) / 100;
    if (diff === 0) rateParts.push(D.rateSame(noun, formatRateInText(b)));
    else if (b > a) rateParts.push(D.rateMore(noun, formatNumber(diff), formatRateInText(a), formatRateInText(b)));
    else rateParts.push(D.rateFewer(noun, formatNumber(diff), formatRateInText(a), formatRateInText(b)));
  }
  if (rateParts.length) rates.push(D.compareRate(prev.than, rateParts.join('; ')));
  return { awards, rates, unmatchedLevels: unmatched };
}
