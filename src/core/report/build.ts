/**
 * The narrative report built from the workbook: header data (Thông tin chung), Phụ lục I,
 * the tally with computed totals, and the clerk's narrative → a ReportDocument, with
 * findings for missing header data beside it (never an exception for bad data).
 */
import type { Catalogue, CatalogueRow, Subject } from '../catalogue';
import { levelRows } from '../catalogue';
import { formatCount, formatPercent, formatPlaceAndDate, upper } from '../format/vietnamese';
import type { WorkbookGrids } from '../grid';
import {
  attachmentLine,
  INFO_FIELDS,
  infoAddress,
  INFO_SHEET_NAME,
  parseUnitInfo,
  periodTitle,
  type InfoKey,
  type InfoValues,
  type UnitInfo,
} from '../layout/info';
import { emptyNarrative, type NarrativeInputs } from '../layout/narrative';
import { columnAllowed, computeTally, grandTotal, isInputRow, type ComputedRow, type ComputedTally } from '../tally';
import { OUTLINE, REPORT_TEXT as T, type OutlineSection } from '../text/report';
import { AWARDEE_TEXT as A } from '../text/awardees';
import { awardeeGroups, awardeeTable, awardNamesOf, hasNamedAwardees } from './awardees';
import { validateWorkbook } from '../validation/validate';
import { detectCatalogue, readWorkbookInputs, type WorkbookInputs } from '../workbook';
import {
  A4,
  MARGINS_MM,
  textWidthMm,
  type Block,
  type PageSetup,
  type Paragraph,
  type ParagraphRole,
  type ReportDocument,
  type Rule,
  type Run,
  type Table,
  type TableCell,
  type TableRow,
} from './model';

export interface ReportFinding {
  readonly code: 'missing-field' | 'invalid-field' | 'not-our-workbook' | 'tally-error' | 'blocked';
  readonly severity: 'warning' | 'error';
  readonly sheet: string;
  readonly address?: string;
  readonly field?: InfoKey;
  readonly message: string;
}

export interface ReportResult {
  readonly document: ReportDocument;
  readonly findings: readonly ReportFinding[];
}

export const BODY_SIZE = 14;
const TABLE_SIZE = 13;
const TALLY_SIZE = 11;

const portrait: PageSetup = { orientation: 'portrait', ...A4, margins: MARGINS_MM, headerMm: 10 };
const landscape: PageSetup = { ...portrait, orientation: 'landscape' };

// ── Small builders ────────────────────────────────────────────────────────────

const run = (text: string, o: Omit<Run, 'text'> = {}): Run => ({ text, ...o });

function para(role: ParagraphRole, runs: readonly Run[], o: Partial<Omit<Paragraph, 'kind' | 'role' | 'runs'>> = {}) {
  return { kind: 'paragraph', role, runs, ...o } as Paragraph;
}

const body = (text: string, role: ParagraphRole = 'body'): Paragraph =>
  para(role, [run(text)], { align: 'justify', firstLineIndent: true, spaceAfter: 6 });

const centred = (role: ParagraphRole, runs: readonly Run[], spaceAfter = 0): Paragraph =>
  para(role, runs, { align: 'center', spaceAfter });

const rule = (widthMm: number, containerMm: number): Rule => ({ kind: 'rule', widthMm, containerMm });

const cell = (blocks: TableCell['blocks'], o: Omit<TableCell, 'blocks'> = {}): TableCell => ({ blocks, ...o });

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
      caps: T.periodYear(y),
      inText: T.inPeriodYear(y),
      nextCaps: T.periodYear(next),
      summary: T.summaryYear(y, next),
    };
  }
  return {
    caps: T.periodHalfYear(y),
    inText: T.inPeriodHalfYear(y),
    nextCaps: T.nextHalfYear(y),
    summary: T.summaryHalfYear(y),
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
      message: blank ? T.findings.missing(f.label, address) : T.findings.invalid(f.label, address),
    });
  }
  return out;
}

// ── Header, title, signature ──────────────────────────────────────────────────

const LEFT_MM = 62;

function headerTable(info: UnitInfo, textMm: number): Table {
  const rightMm = textMm - LEFT_MM;
  const number = `${T.numberPrefix}${info.documentNumber || T.blankNumber}/${info.documentCode || 'BC-…'}`;
  const left: TableCell = cell([
    ...(info.parentBody ? [centred('header', [run(upper(info.parentBody), { size: 13 })])] : []),
    centred('header', [run(upper(info.issuingBody || '…'), { bold: true, size: 13 })]),
    rule(25, LEFT_MM),
  ]);
  const right: TableCell = cell([
    centred('header', [run(T.nation, { bold: true, size: 12 })]),
    centred('header', [run(T.motto, { bold: true, size: 14 })]),
    rule(60, rightMm),
  ]);
  return {
    kind: 'table',
    role: 'header',
    columnsMm: [LEFT_MM, rightMm],
    borders: false,
    rows: [
      { cells: [left, right] },
      {
        cells: [
          cell([centred('header', [run(number, { size: 13 })])]),
          cell([centred('header', [run(formatPlaceAndDate(info.place, info.reportDate), { italic: true, size: 14 })])]),
        ],
      },
    ],
  };
}

function titleBlocks(period: Period, textMm: number): Block[] {
  return [
    para('title', [run(T.reportWord, { bold: true })], { align: 'center', spaceBefore: 18 }),
    centred('title', [run(period.summary, { bold: true })]),
    rule(40, textMm),
  ];
}

function recipientLines(info: UnitInfo): string[] {
  const lines = info.recipients.map((l) => (l.startsWith('-') ? l.replace(/^-\s*/, '') : l));
  if (!lines.some((l) => /^lưu\b/i.test(l))) lines.push(T.defaultArchive);
  return lines.map((l) => `- ${l}`);
}

function signatureTable(info: UnitInfo, textMm: number): Table {
  const left = cell([
    para('recipients', [run(T.recipientsTitle, { bold: true, italic: true, size: 12 })]),
    ...recipientLines(info).map((l) => para('recipients', [run(l, { size: 11 })])),
  ]);
  const sign: Paragraph[] = [];
  if (info.signingAuthority && info.signingBody)
    sign.push(
      centred('signature', [run(`${info.signingAuthority} ${upper(info.signingBody)}`, { bold: true, size: 13 })]),
    );
  sign.push(centred('signature', [run(upper(info.signerTitle || '…'), { bold: true })]));
  // Room for the signature and the seal.
  sign.push(centred('signature', [], 72));
  sign.push(centred('signature', [run(info.signerName || '…', { bold: true })]));
  return {
    kind: 'table',
    role: 'signature',
    columnsMm: [textMm * 0.4, textMm * 0.6],
    borders: false,
    rows: [{ cells: [left, cell(sign)] }],
  };
}

// ── Sentences from the numbers ────────────────────────────────────────────────

const NOUN: Record<Subject, string> = T.subjectNouns;
const SUBJECT_ORDER: readonly Subject[] = ['collective', 'individual', 'household'];

/** "03 tập thể và 12 cá nhân" / "01 tập thể, 02 cá nhân và 05 hộ gia đình" */
export function whoPhrase(counts: Readonly<Record<Subject, number>>): string {
  const parts = SUBJECT_ORDER.filter((s) => counts[s] > 0).map((s) => `${formatCount(counts[s])} ${NOUN[s]}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')}${T.and}${parts[parts.length - 1]}`;
}

/** The verb comes from the catalogue (`conferral`), not from the label's wording. */
function awardPhrase(row: CatalogueRow, who: string): string {
  const label = row.label;
  const title = /^danh hiệu\s/i.test(label) ? label.slice('Danh hiệu '.length).trim() : label;
  switch (row.conferral) {
    case 'title':
      return T.awardPhrase(T.verbTitle, title, who);
    case 'honorary':
      return T.awardPhrase(T.verbHonorary, title, who);
    default:
      return T.awardPhrase(T.verbGive, label, who);
  }
}

/**
 * 4.3: one sentence per level that awarded anything, naming each form and its subjects;
 * `names` adds what the award register knows (names, decisions) after an award's counts.
 */
export function awardSentences(
  catalogue: Catalogue,
  computed: ComputedTally,
  period: string,
  names: (row: CatalogueRow) => string = () => '',
): string[] {
  const out: string[] = [];
  for (const level of levelRows(catalogue)) {
    const phrases: string[] = [];
    for (const row of catalogue.rows) {
      if (row.level !== level.level || row.kind !== 'award') continue;
      const c = computed.get(row.id);
      if (!c) continue;
      const counts = {
        collective: columnAllowed(row, 'collective') ? c.collective : 0,
        individual: columnAllowed(row, 'individual') ? c.individual : 0,
        household: columnAllowed(row, 'household') ? c.household : 0,
      };
      const who = whoPhrase(counts);
      if (who) phrases.push(awardPhrase(row, who) + names(row));
    }
    if (phrases.length) out.push(`- ${T.levelLead(level.label)}${phrases.join('; ')}.`);
  }
  if (!out.length) return [T.noAwardsSentence(period)];
  return [T.awardsIntro(period), ...out];
}

/** 4.2: the direct-labour rates of TỔNG CỘNG. Undefined when nothing was awarded. */
export function directLabourSentence(total: ComputedRow, period: string): string | undefined {
  const parts: string[] = [];
  if (total.directCollectiveRate !== undefined)
    parts.push(
      T.directLabourPart(
        NOUN.collective,
        formatPercent(total.directCollectiveRate),
        formatCount(total.directCollective),
        formatCount(total.collective),
      ),
    );
  if (total.directIndividualRate !== undefined)
    parts.push(
      T.directLabourPart(
        NOUN.individual,
        formatPercent(total.directIndividualRate),
        formatCount(total.directIndividual),
        formatCount(total.individual),
      ),
    );
  return parts.length ? T.directLabourSentence(period, parts.join('; ')) : undefined;
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
  });
}

interface Drafts {
  readonly documents: string;
  readonly directLabour?: string;
  readonly awards: readonly string[];
}

function sectionBlocks(s: OutlineSection, narrative: NarrativeInputs, drafts: Drafts): Paragraph[] {
  const out: Paragraph[] = [];
  const drafted = (t: string) => out.push(body(t, 'drafted'));
  if (s.key === 'leadership.documents') drafted(drafts.documents);
  if (s.key === 'awards.directLabour' && drafts.directLabour) drafted(drafts.directLabour);
  if (s.key === 'awards.results') drafts.awards.forEach(drafted);
  const text = narrative.sections[s.key];
  if (text) for (const line of text.split('\n')) out.push(body(line));
  if (s.key === 'movements.models' && narrative.models.length) {
    out.push(body(T.modelsIntro));
    for (const m of narrative.models) out.push(body(`- ${T.model(m.name, m.address, m.model)}.`));
  }
  if (!out.length)
    out.push(
      para('placeholder', [run(T.placeholder, { highlight: true })], {
        align: 'justify',
        firstLineIndent: true,
        spaceAfter: 6,
      }),
    );
  return out;
}

// ── Appendices ────────────────────────────────────────────────────────────────

function appendixHead(label: string, title: string, sub: string | undefined, attachment: string): Paragraph[] {
  return [
    centred('appendix', [run(label, { bold: true })]),
    centred('appendix', [run(title, { bold: true })]),
    ...(sub ? [centred('appendix', [run(sub, { bold: true })])] : []),
    centred('appendix', [run(attachment, { italic: true, size: 13 })], 12),
  ];
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
  if (!rows.length) rows.push({ cells: [cell([cellText(T.noDocumentsRow, { italic: true })], { colSpan: 4 })] });
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
  const rows: TableRow[] = catalogue.rows.map((row) => {
    const c = computed.get(row.id);
    const strong = row.kind === 'level' || row.kind === 'total';
    const italic = row.kind === 'breakdown';
    const input = isInputRow(row);
    const count = (col: 'collective' | 'individual' | 'household' | 'directCollective' | 'directIndividual') => {
      if (!c || (input && !columnAllowed(row, col))) return '';
      return c[col] > 0 ? formatCount(c[col]) : '';
    };
    const rate = (v: number | undefined, col: 'directCollective' | 'directIndividual') =>
      v === undefined || (input && !columnAllowed(row, col)) ? '' : formatPercent(v).replace(/ %$/, '');
    const t = (text: string, align: Paragraph['align'] = 'center') =>
      cell([cellText(text, { bold: strong, italic, align, size: TALLY_SIZE })], { verticalAlign: 'middle' });
    return {
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

export function buildReport(catalogue: Catalogue, inputs: WorkbookInputs): ReportResult {
  const info = parseUnitInfo(inputs.info);
  const findings = headerFindings(inputs.info, info);
  const narrative = inputs.narrative ?? emptyNarrative();
  const period = periodWords(info);
  const computed = computeTally(catalogue, inputs.tally);
  const textMm = textWidthMm(portrait);
  // The award register (when the tally follows it) names the awardees in 4.3 and Phụ lục III.
  const register = inputs.tallySource === 'register' ? (inputs.register ?? []) : [];
  const awardees = awardeeGroups(catalogue, register);

  const drafts: Drafts = {
    documents: inputs.documents.length
      ? T.documentsSentence(period.inText, formatCount(inputs.documents.length))
      : T.noDocumentsSentence(period.inText),
    directLabour: directLabourSentence(grandTotal(catalogue, computed), period.inText),
    awards: awardSentences(catalogue, computed, period.inText, awardNamesOf(catalogue, register)),
  };

  const main: Block[] = [headerTable(info, textMm), ...titleBlocks(period, textMm)];
  for (const part of [1, 2] as const) {
    main.push(
      para('heading-part', [run(part === 1 ? T.part1Label : T.part2Label, { bold: true })], {
        align: 'center',
        spaceBefore: 12,
        keepWithNext: true,
      }),
      para(
        'heading-part-title',
        [run(part === 1 ? T.part1Title(period.caps) : T.part2Title(period.nextCaps), { bold: true })],
        { align: 'center', spaceAfter: 12, keepWithNext: true },
      ),
    );
    for (const s of OUTLINE.filter((x) => x.part === part)) {
      main.push(headingOf(s, period));
      if (s.hasText) main.push(...sectionBlocks(s, narrative, drafts));
    }
  }
  main.push({ ...body(T.closing(period.summary, info.unitName)), keepWithNext: true });
  main.push(signatureTable(info, textMm));

  main.push({ kind: 'pageBreak' });
  main.push(...appendixHead(T.appendix1, T.appendix1Title(period.caps), undefined, attachmentLine(inputs.info)));
  main.push(documentsTable(inputs, textMm));

  const appendix2: Block[] = [
    ...appendixHead(T.appendix2, catalogue.title, periodTitle(inputs.info), attachmentLine(inputs.info)),
    tallyTable(catalogue, computed, textWidthMm(landscape)),
    ...catalogue.notes.map((n) => para('note', [run(n, { italic: true, size: 12 })], { align: 'justify' })),
  ];

  return {
    document: {
      title: `${T.reportWord} ${period.summary}`,
      font: 'Times New Roman',
      bodySize: BODY_SIZE,
      sections: [
        { page: portrait, pageNumbers: true, titlePage: true, blocks: main },
        { page: landscape, pageNumbers: true, titlePage: false, blocks: appendix2 },
        ...(hasNamedAwardees(awardees)
          ? [
              {
                page: portrait,
                pageNumbers: true,
                titlePage: false,
                blocks: [
                  ...appendixHead(A.appendix, A.appendixTitle, periodTitle(inputs.info), attachmentLine(inputs.info)),
                  awardeeTable(awardees, textMm),
                ],
              },
            ]
          : []),
      ],
    },
    findings,
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
  opts: { readonly allowErrors?: boolean; readonly surface?: 'pane' | 'cli' } = {},
): { readonly document?: ReportDocument; readonly findings: readonly ReportFinding[] } {
  const { catalogue } = detectCatalogue(grids);
  if (!catalogue)
    return {
      findings: [
        { code: 'not-our-workbook', severity: 'error', sheet: INFO_SHEET_NAME, message: T.findings.notOurWorkbook },
      ],
    };
  const errors: ReportFinding[] = validateWorkbook(catalogue, grids, { surface: opts.surface })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => ({
      code: 'tally-error',
      severity: 'error',
      sheet: f.sheet,
      address: f.address,
      message: T.findings.tallyError(f.sheet, f.address, f.message),
    }));
  if (errors.length && !opts.allowErrors) return { findings: [...errors, blockedFinding(errors.length, opts.surface)] };
  const built = buildReport(catalogue, readWorkbookInputs(catalogue, grids).inputs);
  return { document: built.document, findings: [...errors, ...built.findings] };
}

function blockedFinding(n: number, surface?: 'pane' | 'cli'): ReportFinding {
  return { code: 'blocked', severity: 'error', sheet: '', message: T.findings.blocked(n, surface) };
}
