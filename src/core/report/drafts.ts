/**
 * The sentences the report drafts from the workbook's data — never invented prose:
 * 1.2 from Phụ lục I (one sentence per document, grouped by kind), 4.2 the direct-labour
 * rates, 4.3 the awards (total, per level and form, the "Trong đó" kinds, the register's
 * names and decisions), the comparison with a like earlier period. Each fact is said once.
 * Every word that is not a number or a workbook text comes from REPORT_TEXT.drafts.
 */
import type { Catalogue, CatalogueLevel, CatalogueRow, Subject } from '../catalogue';
import { breakdownsOf, levelRows, SUBJECTS } from '../catalogue';
import { formatCount, formatNumber, formatShortDate, normalizeText } from '../format/vietnamese';
import type { DirectiveDocument } from '../layout/documents';
import { columnAllowed, type ComputedRow, type ComputedTally } from '../tally';
import { REPORT_TEXT } from '../text/report';

const NOUN: Record<Subject, string> = REPORT_TEXT.subjectNouns;

export type SubjectCounts = Readonly<Record<Subject, number>>;

/**
 * "03 tập thể và 12 cá nhân" / "01 tập thể, 02 cá nhân và 05 hộ gia đình"; a subject whose whole
 * count one register line describes ("120 hộ gia đình (danh sách kèm)") is written as that description.
 */
export function whoPhrase(counts: SubjectCounts, described?: Partial<Record<Subject, string>>): string {
  const parts = SUBJECTS.filter((s) => counts[s] > 0).map(
    (s) => described?.[s] ?? `${formatCount(counts[s])} ${NOUN[s]}`,
  );
  return joinAnd(parts);
}

/** "a", "a và b", "a, b và c". */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')}${REPORT_TEXT.and}${parts[parts.length - 1]}`;
}

/** A count in running text: two digits below ten ("02"), but zero is "0", never "00". */
export function proseCount(n: number): string {
  return n === 0 ? '0' : formatCount(n);
}

/** A rate, one way everywhere (two decimals, decimal comma): "11,76%", "50,00%". */
export function proseRate(rate: number): string {
  return `${formatNumber(rate, 2)}%`;
}

const countsOf = (c: ComputedRow | undefined, row?: CatalogueRow): SubjectCounts => ({
  collective: c && (!row || columnAllowed(row, 'collective')) ? c.collective : 0,
  individual: c && (!row || columnAllowed(row, 'individual')) ? c.individual : 0,
  household: c && (!row || columnAllowed(row, 'household')) ? c.household : 0,
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
    if (REPORT_TEXT.drafts.documentKinds[head]) return REPORT_TEXT.drafts.documentKinds[head]!;
  }
  return parts.length ? REPORT_TEXT.drafts.officialLetter : '';
}

function expandIssuer(issuer: string): string {
  let out = issuer;
  for (const [short, long] of REPORT_TEXT.drafts.issuerWords)
    out = out.replace(new RegExp(`(^|\\s)${short}(?=\\s|$)`, 'gu'), `$1${long}`);
  return out;
}

/** "Về công tác …" / "V/v …" / "Triển khai …" → "về công tác …" / "về triển khai …". */
function aboutPhrase(summary: string): string {
  let s = normalizeText(summary).replace(/[.;]+$/, '');
  if (!s) return '';
  s = s.replace(/^(v\/v|về)\s*:?\s*/iu, '');
  if (s.length > 1 && s[1] === s[1]!.toLocaleLowerCase('vi')) s = s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
  return `${REPORT_TEXT.drafts.about} ${s}`;
}

/** "24/3/2024" → "24/03/2024": one date style (dd/mm/yyyy) in the whole report. */
function dateInProse(date: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(date);
  return m ? formatShortDate({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }) : date;
}

function kindRank(kind: string): number {
  const i = REPORT_TEXT.drafts.kindOrder.indexOf(kind);
  return i < 0 ? REPORT_TEXT.drafts.kindOrder.length : i;
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
  const lead = REPORT_TEXT.drafts.documentsLead(period, formatCount(documents.length), kindText);
  const ordered = [...parsed].sort((a, b) => kindRank(a.p.kind) - kindRank(b.p.kind) || a.i - b.i);
  const sorted = [
    ...ordered.filter((x) => x.p.kind),
    ...ordered.filter((x) => !x.p.kind), // unreadable references last, as written
  ];
  return [
    lead,
    ...sorted.map(({ d, p }) =>
      p.kind
        ? REPORT_TEXT.drafts.documentLine(
            expandIssuer(p.issuer),
            p.kind,
            p.number,
            dateInProse(p.date),
            aboutPhrase(d.summary),
          )
        : REPORT_TEXT.drafts.documentAsWritten(normalizeText(d.reference), aboutPhrase(d.summary)),
    ),
  ];
}

// ── 4.3: awards ───────────────────────────────────────────────────────────────

/**
 * What the award register adds to an award's sentence: who was awarded, by subject, and the
 * decisions. Optional; absent → counts only.
 */
export interface AwardRecipients {
  /**
   * Names by subject, in register order; a line counting several with a description is
   * written as its description ("6 thôn"); "… và 06 tập thể khác" closes a list some of whose
   * lines have no name.
   */
  readonly names?: Partial<Record<Subject, readonly string[]>>;
  /** A subject's whole count said by one line's description that starts with the count ("120 hộ gia đình (danh sách kèm)"). */
  readonly described?: Partial<Record<Subject, string>>;
  /** "Quyết định số 15/QĐ-UBND ngày 12/06/2024", in date order. */
  readonly decisions?: readonly string[];
  /**
   * For a row joining a title of the armed forces with another ("Tập thể lao động xuất sắc,
   * Đơn vị quyết thắng"): the collectives named as armed forces (công an, quân sự, …), which
   * take that title; the others take the other.
   */
  readonly armedForces?: { readonly count: number; readonly names: readonly string[] };
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
export function titlesOf(label: string): string[] {
  const bare = label.replace(/^danh hiệu\s+/iu, '').trim();
  const parts = bare.split(/,\s+/);
  const capital = (s: string) => s.charAt(0) !== s.charAt(0).toLocaleLowerCase('vi');
  return parts.length > 1 && parts.every(capital) ? parts : [bare];
}

const isArmedTitle = (title: string) => REPORT_TEXT.drafts.armedForcesTitles.includes(title);

/** Is a collective's name one of the armed forces' (Công an xã, Ban Chỉ huy Quân sự xã, …)? */
export function isArmedForcesName(name: string): boolean {
  const n = ` ${normalizeText(name).toLocaleLowerCase('vi')} `;
  return REPORT_TEXT.drafts.armedForcesWords.some((w) => n.includes(` ${w} `));
}

/**
 * A title row joining a general title with the armed forces' one: the two titles. Otherwise
 * undefined (a single title, or titles the report cannot tell apart).
 */
export function jointTitles(row: CatalogueRow): { readonly general: string; readonly armed: string } | undefined {
  if (row.conferral !== 'title') return undefined;
  const titles = titlesOf(row.label);
  const armed = titles.filter(isArmedTitle);
  const general = titles.filter((t) => !isArmedTitle(t));
  return titles.length === 2 && armed.length === 1 && general.length === 1
    ? { general: general[0]!, armed: armed[0]! }
    : undefined;
}

/** The award named as the sentence names it: the form with its issuer, or the title(s) in quotes. */
export function awardName(row: CatalogueRow, catalogue: Catalogue, unitName: string): string {
  if (row.conferral === 'title' || row.conferral === 'honorary') {
    const joint = jointTitles(row);
    // A joint row names only the title that applies; without names to tell, the general one.
    return REPORT_TEXT.drafts.titleName(joint ? [joint.general] : titlesOf(row.label));
  }
  const issuer = issuerOf(row, catalogue, unitName);
  // "Danh hiệu, Giấy khen của …" inside a sentence: "danh hiệu" is a common noun.
  const label = row.label.replace(/^Danh hiệu\b/u, 'danh hiệu');
  return issuer ? REPORT_TEXT.drafts.withIssuer(label, issuer) : label;
}

/** The "Trong đó" kinds with a count: ["khen chuyên đề", "01 tập thể và 02 cá nhân"]. */
function kindParts(row: CatalogueRow, ctx: DraftContext): { readonly label: string; readonly counts: SubjectCounts }[] {
  const out: { label: string; counts: SubjectCounts }[] = [];
  for (const b of breakdownsOf(ctx.catalogue, row.id)) {
    const counts = countsOf(ctx.computed.get(b.id), b);
    if (!whoPhrase(counts)) continue;
    const label = b.label.replace(/^trong đó\s*:\s*/iu, '');
    out.push({ label: label.charAt(0).toLocaleLowerCase('vi') + label.slice(1), counts });
  }
  return out;
}

const sameCounts = (a: SubjectCounts, b: SubjectCounts) => SUBJECTS.every((s) => a[s] === b[s]);
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * One award row: the lead ("tặng Giấy khen của Chủ tịch UBND huyện cho 01 tập thể và 04 cá
 * nhân theo Quyết định số …", a single kind in brackets after the award) and the sentences
 * that follow it (the kinds when there are several, the names by subject). No bracket of
 * ours ever holds or follows another.
 */
export interface AwardLine {
  readonly lead: string;
  readonly after: readonly string[];
}

export function awardLine(row: CatalogueRow, ctx: DraftContext): AwardLine | undefined {
  const counts = countsOf(ctx.computed.get(row.id), row);
  if (!whoPhrase(counts)) return undefined;
  const reg = ctx.recipients?.get(row.id);
  const verb = REPORT_TEXT.drafts.verbs[row.conferral ?? 'reward'];
  const name = awardName(row, ctx.catalogue, ctx.unitName);
  const kinds = kindParts(row, ctx);
  // One kind covering every count: said once, in brackets after the award's name.
  const oneKind = kinds.length === 1 && sameCounts(kinds[0]!.counts, counts) && !/\)\s*$/u.test(name);
  const after: string[] = [];
  if (kinds.length && !oneKind)
    after.push(
      REPORT_TEXT.drafts.kindsSentence(kinds.map((k) => REPORT_TEXT.drafts.kind(k.label, whoPhrase(k.counts)))),
    );

  let lead: string;
  const joint = jointTitles(row);
  const armed = joint && reg?.armedForces && reg.armedForces.count > 0 ? reg.armedForces : undefined;
  if (joint && armed) {
    const general: SubjectCounts = { ...counts, collective: counts.collective - armed.count };
    const armedCounts: SubjectCounts = { ...ZERO, collective: armed.count };
    const parts = [
      ...(whoPhrase(general)
        ? [REPORT_TEXT.drafts.awardPhrase(REPORT_TEXT.drafts.titleName([joint.general]), whoPhrase(general))]
        : []),
      REPORT_TEXT.drafts.awardPhrase(REPORT_TEXT.drafts.titleName([joint.armed]), whoPhrase(armedCounts)),
    ];
    lead = `${verb} ${parts.join(REPORT_TEXT.and)}`;
    const generalNames = reg?.names?.collective ?? [];
    if (generalNames.length) after.push(REPORT_TEXT.drafts.titleNames(joint.general, generalNames));
    if (armed.names.length) after.push(REPORT_TEXT.drafts.titleNames(joint.armed, armed.names));
  } else {
    lead = `${verb} ${REPORT_TEXT.drafts.awardPhrase(`${name}${oneKind ? REPORT_TEXT.drafts.kindInBrackets(kinds[0]!.label) : ''}`, whoPhrase(counts, reg?.described))}`;
    for (const s of SUBJECTS) {
      const list = reg?.names?.[s];
      if (list?.length && counts[s] > 0 && !reg?.described?.[s])
        after.push(REPORT_TEXT.drafts.namesSentence(capitalise(NOUN[s]), list));
    }
  }
  if (reg?.decisions?.length) lead += REPORT_TEXT.drafts.decisions(joinAnd(reg.decisions));
  return { lead, after };
}

/** One award row as one phrase (tests, and callers that want a single string). */
export function awardPhrase(row: CatalogueRow, ctx: DraftContext): string | undefined {
  const line = awardLine(row, ctx);
  return line ? [`${line.lead}.`, ...line.after].join(' ').replace(/\.$/u, '') : undefined;
}

/**
 * 4.3: the total, then one paragraph per level with awards (a level with several forms as
 * "gồm:" and one line per form). The tally counts awards received, not proposals: the
 * register's proposal lines are said apart (`proposalSentences`).
 */
export function awardSentences(ctx: DraftContext): string[] {
  const { catalogue } = ctx;
  const total = totalCounts(ctx);
  const totalWho = whoPhrase(total);
  if (!totalWho) return [REPORT_TEXT.noAwardsSentence(ctx.period)];
  const out = [REPORT_TEXT.drafts.awardsTotal(ctx.period, totalWho)];

  for (const level of levelRows(catalogue)) {
    const lines: AwardLine[] = [];
    for (const row of catalogue.rows) {
      if (row.level !== level.level || row.kind !== 'award') continue;
      const l = awardLine(row, ctx);
      if (l) lines.push(l);
    }
    if (lines.length === 1) out.push(REPORT_TEXT.drafts.levelOne(level.label, lines[0]!.lead, lines[0]!.after));
    else if (lines.length > 1) {
      out.push(REPORT_TEXT.drafts.levelMany(level.label, whoPhrase(countsOf(ctx.computed.get(level.id)))));
      for (const l of lines) out.push(REPORT_TEXT.drafts.award(capitalise(l.lead), l.after));
    }
  }
  return out;
}

/**
 * The proposals still waiting for a decision (register lines with a Tờ trình and no Số QĐ):
 * "Đề nghị cấp trên khen thưởng 01 tập thể và 02 cá nhân (Bằng khen của Chủ tịch UBND tỉnh:
 * 01 tập thể; …), chưa có quyết định." The tally does not count them.
 */
export function proposalSentences(
  groups: readonly {
    awards: readonly { award: CatalogueRow; lines: readonly { subject: Subject; quantity: number }[] }[];
  }[],
): string[] {
  const total: Record<Subject, number> = { collective: 0, individual: 0, household: 0 };
  const parts: string[] = [];
  for (const level of groups) {
    for (const a of level.awards) {
      const c: Record<Subject, number> = { collective: 0, individual: 0, household: 0 };
      for (const l of a.lines) {
        c[l.subject] += l.quantity;
        total[l.subject] += l.quantity;
      }
      parts.push(REPORT_TEXT.drafts.proposedAward(a.award.label, whoPhrase(c)));
    }
  }
  const who = whoPhrase(total);
  return who ? [REPORT_TEXT.drafts.proposed(who, parts)] : [];
}

function totalCounts(ctx: DraftContext): SubjectCounts {
  const row = ctx.catalogue.rows.find((r) => r.kind === 'total');
  return row ? countsOf(ctx.computed.get(row.id)) : ZERO;
}

// ── 4.2: direct-labour rates ──────────────────────────────────────────────────

type DirectSubject = 'collective' | 'individual';

function directOf(c: ComputedRow, s: DirectSubject) {
  return s === 'collective'
    ? { count: c.collective, direct: c.directCollective, rate: c.directCollectiveRate }
    : { count: c.individual, direct: c.directIndividual, rate: c.directIndividualRate };
}

/** "04/34 cá nhân được khen thưởng là người lao động trực tiếp, đạt 11,76%" (only where some are). */
function directSays(c: ComputedRow, s: DirectSubject): string | undefined {
  const { count, direct, rate } = directOf(c, s);
  if (count <= 0 || direct <= 0 || rate === undefined) return undefined;
  const says = s === 'collective' ? REPORT_TEXT.drafts.directCollective : REPORT_TEXT.drafts.directIndividual;
  return says(formatCount(direct), formatCount(count), proseRate(rate));
}

/** TỔNG CỘNG's parts: each subject awarded, with its rate or that none of it is direct labour. */
export function directParts(c: ComputedRow): string[] {
  const out: string[] = [];
  for (const s of ['individual', 'collective'] as const) {
    if (directOf(c, s).count <= 0) continue;
    out.push(
      directSays(c, s) ??
        (s === 'collective' ? REPORT_TEXT.drafts.noDirectCollective : REPORT_TEXT.drafts.noDirectIndividual),
    );
  }
  return out;
}

/**
 * 4.2: TỔNG CỘNG's rates (each fact once: "chưa có tập thể nào …" said only there), then
 * each level where some of the awarded are direct labour, when more than one level awarded.
 */
export function directLabourSentences(ctx: DraftContext): string[] {
  const totalRow = ctx.catalogue.rows.find((r) => r.kind === 'total');
  const total = totalRow ? ctx.computed.get(totalRow.id) : undefined;
  if (!total || !directParts(total).length) return [];
  const out = [REPORT_TEXT.drafts.directTotal(ctx.period, directParts(total).join('; '))];
  const levels = levelRows(ctx.catalogue).filter((l) => whoPhrase(countsOf(ctx.computed.get(l.id))));
  if (levels.length > 1)
    for (const l of levels) {
      const c = ctx.computed.get(l.id)!;
      const parts = (['individual', 'collective'] as const).map((s) => directSays(c, s)).filter((x) => x !== undefined);
      if (parts.length) out.push(REPORT_TEXT.drafts.directLevel(l.label, parts.join('; ')));
    }
  return out;
}

// ── Comparison with the previous period ───────────────────────────────────────

/** The previous period's tally, already checked (our form, no errors). */
export interface PreviousTally {
  readonly catalogue: Catalogue;
  readonly computed: ComputedTally;
  /** "cùng kỳ năm 2023" / "năm 2023": the words after "So với". */
  readonly than: string;
  /**
   * Whether the earlier tally recorded direct labour at all, by subject: a column left blank
   * on every row is "not recorded", not 0 %, and its rate is not compared.
   */
  readonly directRecorded: Readonly<Record<'collective' | 'individual', boolean>>;
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
    if (a === b) out.push(REPORT_TEXT.drafts.same(noun, proseCount(b)));
    else if (b > a) out.push(REPORT_TEXT.drafts.more(noun, proseCount(b - a), proseCount(a), proseCount(b)));
    else out.push(REPORT_TEXT.drafts.fewer(noun, proseCount(a - b), proseCount(a), proseCount(b)));
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
  if (totalParts.length) awards.push(REPORT_TEXT.drafts.compareTotal(prev.than, totalParts.join('; ')));
  const prevLevels = levelRows(prev.catalogue);
  const unmatched: string[] = [];
  for (const level of levelRows(ctx.catalogue)) {
    const match = prevLevels.find((p) => p.id === level.id && p.label === level.label);
    if (!match) {
      unmatched.push(level.label);
      continue;
    }
    const parts = changeParts(countsOf(prev.computed.get(match.id)), countsOf(ctx.computed.get(level.id)));
    if (parts.length) awards.push(REPORT_TEXT.drafts.compareLevel(level.label, parts.join('; ')));
  }
  for (const p of prevLevels)
    if (!levelRows(ctx.catalogue).some((l) => l.id === p.id && l.label === p.label)) unmatched.push(p.label);

  const rateParts: string[] = [];
  const pairs = [
    ['collective', old.directCollectiveRate, cur.directCollectiveRate],
    ['individual', old.directIndividualRate, cur.directIndividualRate],
  ] as const;
  for (const [s, a, b] of pairs) {
    if (a === undefined || b === undefined || !prev.directRecorded[s]) continue;
    const noun = REPORT_TEXT.drafts.rateNouns[s];
    const diff = Math.round(Math.abs(b - a) * 100) / 100;
    if (diff === 0) rateParts.push(REPORT_TEXT.drafts.rateSame(noun, proseRate(b)));
    else if (b > a)
      rateParts.push(REPORT_TEXT.drafts.rateMore(noun, formatNumber(diff, 2), proseRate(a), proseRate(b)));
    else rateParts.push(REPORT_TEXT.drafts.rateFewer(noun, formatNumber(diff, 2), proseRate(a), proseRate(b)));
  }
  if (rateParts.length) rates.push(REPORT_TEXT.drafts.compareRate(prev.than, rateParts.join('; ')));
  return { awards, rates, unmatchedLevels: unmatched };
}
