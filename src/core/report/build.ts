/**
 * The narrative report built from the workbook: header data (Thông tin chung), Phụ lục I,
 * the tally with computed totals, and the clerk's narrative → a ReportDocument, with
 * findings for missing header data beside it (never an exception for bad data).
 */
import type { Catalogue } from '../catalogue';
import { formatCount, formatLongDate, formatNumber, upper } from '../format/vietnamese';
import type { WorkbookGrids } from '../sheetGrid';
import {
  INFO_FIELDS,
  infoAddress,
  INFO_SHEET_NAME,
  parseUnitInfo,
  periodTitle,
  type InfoKey,
  type InfoValues,
  type UnitInfo,
} from '../layout/info';
import { a1 } from '../a1';
import {
  emptyNarrative,
  NARRATIVE_COLS,
  NARRATIVE_SHEET_NAME,
  narrativeLayout,
  type NarrativeInputs,
} from '../layout/narrative';
import { breakLines } from './measure';
import {
  appendixHead,
  body,
  BODY_SIZE,
  cell,
  letterHeader,
  letterSignature,
  letterTitle,
  lineRuns,
  para,
  recipientLines,
  run,
} from '../letter/parts';
import { columnAllowed, computeTally, isInputRow, type ComputedTally } from '../tally';
import { AWARDEE_TEXT } from '../text/awardees';
import { awardeeGroups, awardeeTable, hasNamedAwardees, recipientsFromRegister } from './awardees';
import { OUTLINE, REPORT_TEXT, type OutlineSection } from '../text/report';
import { validateWorkbook } from '../validation/validate';
import { detectCatalogue } from '../workbook/detect';
import type { WorkbookInputs } from '../workbook/inputs';
import { readWorkbookInputs } from '../workbook/read';
import {
  A4,
  MARGINS_MM,
  textWidthMm,
  type Block,
  type PageSetup,
  type Paragraph,
  type ParagraphRole,
  type ReportDocument,
  type Table,
  type TableCell,
  type TableRow,
} from './model';
import {
  awardSentences,
  compareWithPrevious,
  type Comparison,
  directLabourSentences,
  documentSentences,
  parseDocumentReference,
  proposalSentences,
  type AwardRecipients,
  type DraftContext,
} from './drafts';
import {
  campaignSentences,
  continuingSentences,
  eventSentences,
  trainingSentences,
  organisationSentences,
  otherWorkSentences,
  profileSentences,
  tickedSentences,
  movementSentences,
  achievementSentences,
  politicalSentences,
  resultSentences,
} from './dataDrafts';
import { periodLastDay } from '../layout/reportData';

export interface ReportFinding {
  readonly code:
    | 'missing-field'
    | 'invalid-field'
    | 'not-our-workbook'
    | 'tally-error'
    | 'workbook-check'
    | 'blocked'
    | 'previous-unusable'
    | 'previous-partial'
    | 'consistency';
  readonly severity: 'warning' | 'error';
  readonly sheet: string;
  readonly address?: string;
  readonly field?: InfoKey;
  readonly message: string;
}

/** A section of the outline still holding the highlighted "[…]" the clerk has to write. */
export interface MissingSection {
  readonly key: string;
  /** Where it is, numbered through its roman heading: "II.4.2.", "Phần thứ hai, I.". */
  readonly number: string;
  readonly title: string;
  /** The cell the clerk writes it in: "Nội dung báo cáo", the section's row, column C. */
  readonly sheet: string;
  readonly address: string;
}

export interface ReportResult {
  readonly document: ReportDocument;
  readonly findings: readonly ReportFinding[];
  /** Sections still holding "[…]", in outline order (the CLI and the pane list them). */
  readonly missing: readonly MissingSection[];
}

/** The previous period's workbook, already read (our form, any catalogue version, no tally errors). */
export interface PreviousInputs {
  readonly catalogue: Catalogue;
  readonly inputs: WorkbookInputs;
  /** The file's name, for findings. */
  readonly name: string;
}

export interface ReportOptions {
  /** Names and decisions per award row id, from the award register (when there is one). */
  readonly recipients?: ReadonlyMap<string, AwardRecipients>;
  /** Compare with this period ("tăng/giảm … so với cùng kỳ / kỳ trước"). */
  readonly previous?: PreviousInputs;
}

function previousFinding(code: 'previous-unusable' | 'previous-partial', message: string): ReportFinding {
  return { code, severity: 'warning', sheet: '', message };
}

/** The comparison, or a finding saying plainly why there is none. */
function comparison(
  ctx: DraftContext,
  info: UnitInfo,
  previous: PreviousInputs,
): { readonly comparison?: Comparison; readonly findings: ReportFinding[] } {
  const prevInfo = parseUnitInfo(previous.inputs.info);
  const prevPeriod = periodWords(prevInfo);
  if (prevInfo.period === info.period && prevInfo.year === info.year)
    return {
      findings: [
        previousFinding('previous-unusable', REPORT_TEXT.findings.previousSamePeriod(previous.name, prevPeriod.inText)),
      ],
    };
  // Only like periods compare: 6 tháng with the same 6 months a year before, năm with the year before.
  const follows = prevInfo.year !== undefined && info.year === prevInfo.year + 1;
  if (prevInfo.period !== info.period || !follows)
    return {
      findings: [
        previousFinding(
          'previous-unusable',
          REPORT_TEXT.findings.previousPeriodDiffers(previous.name, prevPeriod.inText, periodWords(info).inText),
        ),
      ],
    };
  const than =
    info.period === 'year'
      ? REPORT_TEXT.drafts.previousYear(String(prevInfo.year))
      : REPORT_TEXT.drafts.sameTimeLastYear(String(prevInfo.year));
  const recorded = (col: 'directCollective' | 'directIndividual') =>
    Object.values(previous.inputs.tally).some((c) => c[col] !== undefined && c[col] !== null);
  const result = compareWithPrevious(ctx, {
    catalogue: previous.catalogue,
    computed: computeTally(previous.catalogue, previous.inputs.tally),
    than,
    directRecorded: { collective: recorded('directCollective'), individual: recorded('directIndividual') },
  });
  const findings = result.unmatchedLevels.length
    ? [
        previousFinding(
          'previous-partial',
          REPORT_TEXT.findings.previousLevelsDiffer(previous.name, result.unmatchedLevels.join(', ')),
        ),
      ]
    : [];
  return { comparison: result, findings };
}

export { BODY_SIZE };
const TABLE_SIZE = 13;
/** Phụ lục II's table: 10 pt puts either form on two landscape pages (no last page of a few rows). */
const TALLY_SIZE = 10;

const portrait: PageSetup = { orientation: 'portrait', ...A4, margins: MARGINS_MM, headerMm: 10 };
const landscape: PageSetup = { ...portrait, orientation: 'landscape' };

// ── Small builders ────────────────────────────────────────────────────────────

const cellText = (
  text: string,
  o: { bold?: boolean; italic?: boolean; align?: Paragraph['align']; size?: number } = {},
) =>
  para('cell', [run(text, { bold: o.bold, italic: o.italic, size: o.size ?? TABLE_SIZE })], {
    align: o.align ?? 'center',
  });

// ── Period wording ────────────────────────────────────────────────────────────

interface Period {
  /** "6 THÁNG ĐẦU NĂM 2024" / "NĂM 2024" */
  readonly caps: string;
  /** "6 tháng đầu năm 2024" / "năm 2024" */
  readonly inText: string;
  /** "6 THÁNG CUỐI NĂM 2024" / "NĂM 2025" */
  readonly nextCaps: string;
  /** The trích yếu. */
  readonly summary: string;
}

function periodWords(info: UnitInfo): Period {
  const y = info.year === undefined ? '…' : String(info.year);
  if (info.period === 'year') {
    const next = info.year === undefined ? '…' : String(info.year + 1);
    return {
      caps: REPORT_TEXT.periodYear(y),
      inText: REPORT_TEXT.inPeriodYear(y),
      nextCaps: REPORT_TEXT.periodYear(next),
      summary: REPORT_TEXT.summaryYear(y, next),
    };
  }
  return {
    caps: REPORT_TEXT.periodHalfYear(y),
    inText: REPORT_TEXT.inPeriodHalfYear(y),
    nextCaps: REPORT_TEXT.nextHalfYear(y),
    summary: REPORT_TEXT.summaryHalfYear(y),
  };
}

// ── Findings ──────────────────────────────────────────────────────────────────

/** Fields without which the header or the title cannot be written. */
const NEEDED: readonly InfoKey[] = INFO_FIELDS.filter((f) => f.required).map((f) => f.key);

function headerFindings(values: InfoValues, info: UnitInfo): ReportFinding[] {
  const out: ReportFinding[] = [];
  for (const key of NEEDED) {
    const f = INFO_FIELDS.find((x) => x.key === key)!;
    const raw = values[key];
    const blank = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
    const invalid =
      !blank && ((key === 'year' && info.year === undefined) || (key === 'period' && info.period === undefined));
    if (!blank && !invalid) continue;
    const address = infoAddress(key);
    out.push({
      code: blank ? 'missing-field' : 'invalid-field',
      severity: 'warning',
      sheet: INFO_SHEET_NAME,
      address,
      field: key,
      message: blank ? REPORT_TEXT.findings.missing(f.label, address) : REPORT_TEXT.findings.invalid(f.label, address),
    });
  }
  return out;
}

/**
 * Text in "Nội dung báo cáo" citing a plan or guidance of the unit ("Kế hoạch số 03/KH-UBND")
 * that Phụ lục I does not list: a warning (the count in 1.2 and the text would disagree).
 */
function citationFindings(
  narrative: NarrativeInputs,
  documents: WorkbookInputs['documents'],
  textCell: (key: string) => string,
): ReportFinding[] {
  const norm = (n: string) => n.toLocaleUpperCase('vi').replace(/\s+/g, '');
  const listed = new Set(documents.map((d) => norm(parseDocumentReference(d.reference).number)).filter(Boolean));
  const out: ReportFinding[] = [];
  const seen = new Set<string>();
  let roman = '';
  for (const s of OUTLINE) {
    if (s.level === 'roman') roman = s.number;
    const text = narrative.sections[s.key];
    if (!text) continue;
    for (const m of text.matchAll(/\bsố\s*:?\s*(\d+\/(?:\d{4}\/)?(?:KH|HD)-[^\s,;)]+)/giu)) {
      const number = m[1]!.replace(/[.:]+$/, '');
      if (listed.has(norm(number)) || seen.has(norm(number))) continue;
      seen.add(norm(number));
      const address = textCell(s.key);
      const where = REPORT_TEXT.missingNumber(s.part, roman, s.level === 'roman' ? '' : s.number);
      out.push({
        code: 'consistency',
        severity: 'warning',
        sheet: NARRATIVE_SHEET_NAME,
        address,
        message: REPORT_TEXT.findings.citedNotListed(number, where, address),
      });
    }
  }
  return out;
}

// ── Header, title, signature ──────────────────────────────────────────────────

/** Word groups a name or a capitals heading must not split: the unit's name, common compounds. */
function keepTogether(info: UnitInfo): string[] {
  return [...REPORT_TEXT.keepTogether, ...(info.unitName ? [info.unitName] : [])];
}

/** "Số: 15/BC-HĐTĐKT" — the same form in the header and in the appendices' "Kèm theo" line. */
function reportNumber(info: UnitInfo): string {
  return `${info.documentNumber || REPORT_TEXT.blankNumber}/${info.documentCode || 'BC-…'}`;
}

function headerTable(info: UnitInfo, textMm: number): Table {
  return letterHeader(
    {
      parentBody: info.parentBody,
      issuingBody: info.issuingBody,
      number: reportNumber(info),
      place: info.place,
      date: info.reportDate,
      keepTogether: keepTogether(info),
      phraseStarts: info.unitName ? [info.unitName] : [],
    },
    textMm,
  );
}

function titleBlocks(period: Period, info: UnitInfo, textMm: number): Block[] {
  return letterTitle({ word: REPORT_TEXT.reportWord, summary: period.summary, addressee: info.addressee }, textMm);
}

function signatureTable(info: UnitInfo, textMm: number): Table {
  return letterSignature(
    {
      recipients: recipientLines(info.recipients, { asAbove: info.addressee ? REPORT_TEXT.asAbove : undefined }),
      authority: info.signingAuthority && info.signingBody ? `${info.signingAuthority} ${upper(info.signingBody)}` : '',
      title: info.signerTitle,
      name: info.signerName,
      keepTogether: keepTogether(info),
    },
    textMm,
  );
}

// ── The outline ───────────────────────────────────────────────────────────────

function headingOf(s: OutlineSection, period: Period): Paragraph {
  const title = s.key === 'tasks' ? `${s.title} ${period.nextCaps}` : s.title;
  const role: ParagraphRole =
    s.level === 'roman' ? 'heading-roman' : s.level === 'arabic' ? 'heading-arabic' : 'heading-sub';
  return para(role, [run(`${s.number} ${title}`, { bold: true, italic: s.level === 'sub' })], {
    align: 'justify',
    firstLineIndent: true,
    spaceAfter: 6,
    keepWithNext: true,
    outline: s.level === 'roman' ? 2 : s.level === 'arabic' ? 3 : 4,
  });
}

/** Drafted sentences by section key; `placeholder`: the section still asks for the clerk's text. */
interface Draft {
  readonly sentences: readonly string[];
  /** Keep the "[…]" after the drafted sentences when the clerk wrote nothing (4.2's giải pháp, III.1). */
  readonly placeholderWithoutText?: boolean;
  /** The clerk's own text replaces these sentences (drafted from "Số liệu báo cáo"): the clerk's words win. */
  readonly yieldsToText?: boolean;
}

const placeholderParagraph = (): Paragraph =>
  para('placeholder', [run(REPORT_TEXT.placeholder, { highlight: true })], {
    align: 'justify',
    firstLineIndent: true,
    spaceAfter: 6,
  });

function sectionBlocks(s: OutlineSection, narrative: NarrativeInputs, drafts: ReadonlyMap<string, Draft>): Paragraph[] {
  const out: Paragraph[] = [];
  const draft = drafts.get(s.key);
  const text = narrative.sections[s.key];
  if (!(draft?.yieldsToText && text)) for (const t of draft?.sentences ?? []) out.push(body(t, 'drafted'));
  if (text) for (const line of text.split('\n')) out.push(body(line));
  if (s.key === 'movements.models' && narrative.models.length) {
    out.push(body(REPORT_TEXT.modelsIntro));
    for (const m of narrative.models) out.push(body(`- ${REPORT_TEXT.model(m.name, m.address, m.model)}.`));
  }
  if (!out.length || (draft?.placeholderWithoutText && !text)) out.push(placeholderParagraph());
  return out;
}

// ── Appendices ────────────────────────────────────────────────────────────────

/** "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ TRẤN BẮC SƠN" → "Hội đồng Thi đua – Khen thưởng thị trấn Bắc Sơn". */
export function bodyInSentenceCase(body: string, unitName: string): string {
  if (!body) return '…';
  if (body !== upper(body)) return body; // typed in mixed case: the clerk's own capitals
  let s = body.toLocaleLowerCase('vi');
  if (unitName) s = s.split(unitName.toLocaleLowerCase('vi')).join(unitName);
  for (const [lower, written] of REPORT_TEXT.bodyNames) s = s.split(lower).join(written);
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** "(Kèm theo Báo cáo số …/BC-… ngày … của …)": the header's number form, the body in sentence case. */
function attachmentText(info: UnitInfo): string {
  const date = info.reportDate ? formatLongDate(info.reportDate) : 'ngày … tháng … năm …';
  return REPORT_TEXT.attachment(reportNumber(info), date, bodyInSentenceCase(info.issuingBody, info.unitName));
}

function documentsTable(inputs: WorkbookInputs, textMm: number): Table {
  const cols = [12, 60, textMm - 12 - 60 - 25, 25];
  const header: TableRow = {
    header: true,
    cells: ['TT', 'Số, ký hiệu, ngày ban hành văn bản', 'Trích yếu nội dung văn bản', 'Ghi chú'].map((h) =>
      cell([cellText(h, { bold: true })], { verticalAlign: 'middle' }),
    ),
  };
  const rows: TableRow[] = inputs.documents.map((d, i) => ({
    cells: [
      cell([cellText(String(i + 1))]),
      cell([cellText(d.reference, { align: 'left' })]),
      cell([cellText(d.summary, { align: 'left' })]),
      cell([cellText(d.note, { align: 'left' })]),
    ],
  }));
  if (!rows.length)
    rows.push({ cells: [cell([cellText(REPORT_TEXT.noDocumentsRow, { italic: true })], { colSpan: 4 })] });
  return { kind: 'table', role: 'appendix1', columnsMm: cols, borders: true, rows: [header, ...rows] };
}

function tallyTable(catalogue: Catalogue, computed: ComputedTally, textMm: number): Table {
  const numW = 18;
  const labelW = textMm - 12 - 7 * numW;
  const h = (text: string, o: Omit<TableCell, 'blocks'> = {}) =>
    cell([cellText(text, { bold: true, size: TALLY_SIZE })], { verticalAlign: 'middle', ...o });
  const H = {
    number: 'TT',
    label: 'Danh hiệu thi đua và hình thức khen thưởng',
    counts: 'Số lượng',
    direct: 'Trong đó đối tượng ở cơ sở, lao động trực tiếp',
  };
  const header: TableRow[] = [
    {
      header: true,
      cells: [
        h(H.number, { rowSpan: 3 }),
        h(H.label, { rowSpan: 3 }),
        h(H.counts, { colSpan: 3 }),
        h(H.direct, { colSpan: 4 }),
      ],
    },
    {
      header: true,
      cells: [
        h('Tập thể', { rowSpan: 2 }),
        h('Cá nhân', { rowSpan: 2 }),
        h('Gia đình', { rowSpan: 2 }),
        h('Tập thể', { colSpan: 2 }),
        h('Cá nhân', { colSpan: 2 }),
      ],
    },
    { header: true, cells: [h('SL'), h('%'), h('SL'), h('%')] },
  ];
  const rows: TableRow[] = catalogue.rows.map((row, i) => {
    const c = computed.get(row.id);
    const strong = row.kind === 'level' || row.kind === 'total';
    const italic = row.kind === 'breakdown';
    const input = isInputRow(row);
    // Zero is a blank cell, as on the paper form (never "00 | 0"); rates one way: two decimals.
    const count = (col: 'collective' | 'individual' | 'household' | 'directCollective' | 'directIndividual') =>
      !c || (input && !columnAllowed(row, col)) || !(c[col] > 0) ? '' : formatCount(c[col]);
    const rate = (v: number | undefined, col: 'directCollective' | 'directIndividual') =>
      v === undefined || !(v > 0) || (input && !columnAllowed(row, col)) ? '' : formatNumber(v, 2);
    const t = (text: string, align: Paragraph['align'] = 'center') =>
      cell([cellText(text, { bold: strong, italic, align, size: TALLY_SIZE })], { verticalAlign: 'middle' });
    // An award stays on the page of its "Trong đó" rows; the last row before TỔNG CỘNG stays with it.
    // TỔNG CỘNG stays with "Ghi chú:" under the table.
    const next = catalogue.rows[i + 1];
    const keepWithNext =
      next === undefined
        ? catalogue.notes.length > 0
        : next.kind === 'breakdown' || next.kind === 'total' || (row.kind === 'level' && next.kind !== 'level');
    return {
      keepWithNext: keepWithNext || undefined,
      cells: [
        t(row.number),
        t(row.label, row.kind === 'total' ? 'center' : 'left'),
        t(count('collective')),
        t(count('individual')),
        t(count('household')),
        t(count('directCollective')),
        t(rate(c?.directCollectiveRate, 'directCollective')),
        t(count('directIndividual')),
        t(rate(c?.directIndividualRate, 'directIndividual')),
      ],
    };
  });
  return {
    kind: 'table',
    role: 'appendix2',
    columnsMm: [12, labelW, ...Array<number>(7).fill(numW)],
    borders: true,
    rows: [...header, ...rows],
  };
}

// ── The report ────────────────────────────────────────────────────────────────

export function buildReport(catalogue: Catalogue, inputs: WorkbookInputs, options: ReportOptions = {}): ReportResult {
  const info = parseUnitInfo(inputs.info);
  const findings = headerFindings(inputs.info, info);
  const narrative = inputs.narrative ?? emptyNarrative();
  const period = periodWords(info);
  const computed = computeTally(catalogue, inputs.tally);
  const textMm = textWidthMm(portrait);

  // The award register (when the tally follows it) names the awardees in 4.3 and Phụ lục III.
  const register = inputs.tallySource === 'register' ? (inputs.register ?? []) : [];
  const awardees = awardeeGroups(catalogue, register);
  const ctx: DraftContext = {
    catalogue,
    computed,
    period: period.inText,
    unitName: info.unitName,
    recipients: options.recipients ?? recipientsFromRegister(catalogue, register),
  };
  // The cell of a section's text: where the workbook has it (found by heading), else the standard row.
  const standardRows = narrativeLayout().sectionRows;
  const textCell = (key: string) => a1(inputs.narrativeRows?.[key] ?? standardRows.get(key) ?? 0, NARRATIVE_COLS.text);
  findings.push(...citationFindings(narrative, inputs.documents, textCell));
  const compared = options.previous ? comparison(ctx, info, options.previous) : undefined;
  const data = inputs.reportData ?? {};
  if (compared) findings.push(...compared.findings);
  const drafts = new Map<string, Draft>([
    ['leadership.documents', { sentences: documentSentences(inputs.documents, period.inText) }],
    [
      'awards.directLabour',
      {
        sentences: [...directLabourSentences(ctx), ...(compared?.comparison?.rates ?? [])],
        placeholderWithoutText: true,
      },
    ],
    [
      'awards.results',
      {
        sentences: [
          ...awardSentences(ctx),
          ...proposalSentences(awardeeGroups(catalogue, register, true)),
          ...(compared?.comparison?.awards ?? []),
        ],
      },
    ],
    // From "Số liệu báo cáo": written only where the clerk wrote nothing in the section.
    ['situation.overview', { sentences: profileSentences(data, info.unitName), yieldsToText: true }],
    ['situation.organisation', { sentences: organisationSentences(data, info.unitName), yieldsToText: true }],
    [
      'other',
      { sentences: [...otherWorkSentences(data), ...trainingSentences(inputs.events ?? [])], yieldsToText: true },
    ],
    [
      'leadership.council',
      {
        sentences: eventSentences(
          inputs.events ?? [],
          period.inText,
          info.issuingBody ? bodyInSentenceCase(info.issuingBody, info.unitName) : info.unitName || 'đơn vị',
          // Each result once: in III.1's draft, or here when the clerk wrote III.1.
          Boolean(narrative.sections['assessment.achievements']),
        ),
        yieldsToText: true,
      },
    ],
    [
      'movements.organisation',
      { sentences: movementSentences(data, inputs.campaigns ?? [], info.unitName), yieldsToText: true },
    ],
    [
      'movements.political',
      { sentences: resultSentences(data, period.inText), yieldsToText: true, placeholderWithoutText: true },
    ],
    ['policy', { sentences: politicalSentences(data), yieldsToText: true, placeholderWithoutText: true }],
    [
      'assessment.achievements',
      {
        sentences: achievementSentences(inputs.events ?? [], period.inText),
        yieldsToText: true,
        placeholderWithoutText: true,
      },
    ],
    ['assessment.difficulties', { sentences: tickedSentences(data, 'difficulties'), yieldsToText: true }],
    ['assessment.causes', { sentences: tickedSentences(data, 'causes'), yieldsToText: true }],
    [
      'movements.campaigns',
      {
        sentences: campaignSentences(inputs.campaigns ?? [], {
          period: period.inText,
          documents: inputs.documents,
          register,
        }),
        yieldsToText: true,
      },
    ],
    // The running phong trào are one of the tasks; the clerk still writes the others ("[…]").
    [
      'tasks',
      {
        sentences: continuingSentences(inputs.campaigns ?? [], periodLastDay(info)),
        yieldsToText: true,
        placeholderWithoutText: true,
      },
    ],
  ]);
  const missing: MissingSection[] = [];

  const main: Block[] = [headerTable(info, textMm), ...titleBlocks(period, info, textMm)];
  for (const part of [1, 2] as const) {
    main.push(
      para('heading-part', [run(part === 1 ? REPORT_TEXT.part1Label : REPORT_TEXT.part2Label, { bold: true })], {
        align: 'center',
        spaceBefore: 12,
        keepWithNext: true,
      }),
      para(
        'heading-part-title',
        lineRuns(
          breakLines(
            part === 1 ? REPORT_TEXT.part1Title(period.caps) : REPORT_TEXT.part2Title(period.nextCaps),
            textMm * 0.9,
            {
              sizePt: BODY_SIZE,
              bold: true,
              keepTogether: REPORT_TEXT.keepTogether,
            },
          ),
          { bold: true },
        ),
        { align: 'center', spaceAfter: 12, keepWithNext: true, outline: 1 },
      ),
    );
    let roman = '';
    for (const s of OUTLINE.filter((x) => x.part === part)) {
      if (s.level === 'roman') roman = s.number;
      main.push(headingOf(s, period));
      if (!s.hasText) continue;
      const blocks = sectionBlocks(s, narrative, drafts);
      if (blocks.some((b) => b.role === 'placeholder'))
        missing.push({
          key: s.key,
          number: REPORT_TEXT.missingNumber(part, roman, s.level === 'roman' ? '' : s.number),
          title: s.title,
          sheet: NARRATIVE_SHEET_NAME,
          address: textCell(s.key),
        });
      main.push(...blocks);
    }
  }
  // The report is the signing body's (the Hội đồng), not the town's.
  const signer = info.issuingBody ? bodyInSentenceCase(info.issuingBody, info.unitName) : info.unitName;
  main.push({ ...body(REPORT_TEXT.closing(period.summary, signer)), keepWithNext: true });
  main.push(signatureTable(info, textMm));

  // Each appendix its own section, numbered from 1 (Nghị định 30/2020, Phụ lục I: the pages of an
  // appendix are numbered separately, appendix by appendix); no number on its first page.
  const appendix1: Block[] = [
    ...appendixHead(
      REPORT_TEXT.appendix1,
      REPORT_TEXT.appendix1Title(period.caps),
      undefined,
      attachmentText(info),
      textMm,
    ),
    documentsTable(inputs, textMm),
  ];
  const appendix2: Block[] = [
    ...appendixHead(
      REPORT_TEXT.appendix2,
      catalogue.title,
      periodTitle(inputs.info),
      attachmentText(info),
      textWidthMm(landscape),
    ),
    tallyTable(catalogue, computed, textWidthMm(landscape)),
    // "Ghi chú:" and its notes stay together (and with the table's last row).
    ...catalogue.notes.map((n, i, all) =>
      para('note', [run(n, { italic: true, size: 12 })], {
        align: 'justify',
        keepWithNext: i < all.length - 1 || undefined,
      }),
    ),
  ];

  return {
    document: {
      title: `${REPORT_TEXT.reportWord} ${period.summary}`,
      font: 'Times New Roman',
      language: 'vi-VN',
      bodySize: BODY_SIZE,
      sections: [
        { page: portrait, pageNumbers: true, titlePage: true, blocks: main },
        { page: portrait, pageNumbers: true, titlePage: true, pageNumberStart: 1, blocks: appendix1 },
        { page: landscape, pageNumbers: true, titlePage: true, pageNumberStart: 1, blocks: appendix2 },
        ...(hasNamedAwardees(awardees)
          ? [
              {
                page: portrait,
                pageNumbers: true,
                titlePage: true,
                pageNumberStart: 1,
                blocks: [
                  ...appendixHead(
                    AWARDEE_TEXT.appendix,
                    AWARDEE_TEXT.appendixTitle,
                    periodTitle(inputs.info),
                    attachmentText(info),
                    textMm,
                  ),
                  awardeeTable(awardees, textMm),
                ],
              },
            ]
          : []),
      ],
    },
    findings,
    missing,
  };
}

/**
 * The report straight from a workbook's grids — what every host reads (CLI, Excel pane,
 * Word): which form, a validation of the tally, the inputs, then buildReport. A workbook
 * that is not ours, or whose tally has errors (unless allowed), gives no document: a
 * report must not carry wrong numbers. Header gaps are warnings only.
 */
export function reportFromWorkbook(
  grids: WorkbookGrids,
  opts: {
    readonly allowErrors?: boolean;
    readonly surface?: 'pane' | 'cli';
    /** The previous period's workbook, to compare with (a finding says when it cannot be). */
    readonly previous?: { readonly grids: WorkbookGrids; readonly name: string };
    readonly recipients?: ReadonlyMap<string, AwardRecipients>;
  } = {},
): {
  readonly document?: ReportDocument;
  readonly findings: readonly ReportFinding[];
  readonly missing?: readonly MissingSection[];
} {
  const { catalogue } = detectCatalogue(grids);
  if (!catalogue)
    return {
      findings: [
        {
          code: 'not-our-workbook',
          severity: 'error',
          sheet: INFO_SHEET_NAME,
          message: REPORT_TEXT.findings.notOurWorkbook,
        },
      ],
    };
  const validation = validateWorkbook(catalogue, grids, { surface: opts.surface });
  // Warnings about the workbook itself (a value repair moved, a missing companion sheet) are the report's checks too.
  const checks: ReportFinding[] = validation.findings
    .filter((f) => f.severity === 'warning' && REPORT_CHECKS.has(f.rule))
    .map((f) => ({
      code: 'workbook-check',
      severity: 'warning',
      sheet: f.sheet,
      address: f.address,
      message: REPORT_TEXT.findings.tallyError(f.sheet, f.address, f.message),
    }));
  const errors: ReportFinding[] = validation.findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({
      code: 'tally-error',
      severity: 'error',
      sheet: f.sheet,
      address: f.address,
      message: REPORT_TEXT.findings.tallyError(f.sheet, f.address, f.message),
    }));
  if (errors.length && !opts.allowErrors)
    return { findings: [...errors, ...checks, blockedFinding(errors.length, opts.surface)] };
  const prev = opts.previous ? readPrevious(opts.previous.grids, opts.previous.name) : undefined;
  const built = buildReport(catalogue, readWorkbookInputs(catalogue, grids).inputs, {
    recipients: opts.recipients,
    previous: prev?.previous,
  });
  return {
    document: built.document,
    findings: [...errors, ...checks, ...(prev?.findings ?? []), ...built.findings],
    missing: built.missing,
  };
}

/** The previous period's workbook: our form (any catalogue version) with no tally errors, or a finding. */
export function readPrevious(
  grids: WorkbookGrids,
  name: string,
): { readonly previous?: PreviousInputs; readonly findings: ReportFinding[] } {
  const { catalogue } = detectCatalogue(grids);
  if (!catalogue)
    return { findings: [previousFinding('previous-unusable', REPORT_TEXT.findings.previousNotOurs(name))] };
  const errors = validateWorkbook(catalogue, grids).findings.filter((f) => f.severity === 'error').length;
  if (errors)
    return { findings: [previousFinding('previous-unusable', REPORT_TEXT.findings.previousErrors(name, errors))] };
  return { previous: { catalogue, inputs: readWorkbookInputs(catalogue, grids).inputs, name }, findings: [] };
}

const REPORT_CHECKS: ReadonlySet<string> = new Set(['value-displaced', 'companion-missing']);

function blockedFinding(n: number, surface?: 'pane' | 'cli'): ReportFinding {
  return { code: 'blocked', severity: 'error', sheet: '', message: REPORT_TEXT.findings.blocked(n, surface) };
}
