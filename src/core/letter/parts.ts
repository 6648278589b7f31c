/**
 * The parts every administrative letter of TĐKT shares (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * the header block (issuing body | Quốc hiệu, tiêu ngữ; Số | place and date), the title with
 * its trích yếu, the signature beside "Nơi nhận", and an appendix's heading. The report, the
 * quyết định khen thưởng and the tờ trình build their documents from these, so a letter of
 * TĐKT looks the same whichever it is. Pure: plain data of the document model.
 */
import { formatPlaceAndDate, upper, type CalendarDate } from '../format/vietnamese';
import { breakLines, measureTextMm } from '../report/measure';
import type { Block, Paragraph, ParagraphRole, Rule, Run, Table, TableCell } from '../report/model';
import { REPORT_TEXT } from '../text/report';

/** The body text size (Nghị định 30/2020: 13–14). */
export const BODY_SIZE = 14;

// ── Small builders ────────────────────────────────────────────────────────────

export const run = (text: string, o: Omit<Run, 'text'> = {}): Run => ({ text, ...o });

export function para(
  role: ParagraphRole,
  runs: readonly Run[],
  o: Partial<Omit<Paragraph, 'kind' | 'role' | 'runs'>> = {},
): Paragraph {
  return { kind: 'paragraph', role, runs, ...o } as Paragraph;
}

/** A body paragraph: justified, first line indented, 6 pt after. */
export const body = (text: string, role: ParagraphRole = 'body'): Paragraph =>
  para(role, [run(text)], { align: 'justify', firstLineIndent: true, spaceAfter: 6 });

export const centred = (role: ParagraphRole, runs: readonly Run[], spaceAfter = 0): Paragraph =>
  para(role, runs, { align: 'center', spaceAfter });

export const rule = (widthMm: number, containerMm: number): Rule => ({ kind: 'rule', widthMm, containerMm });

export const cell = (blocks: TableCell['blocks'], o: Omit<TableCell, 'blocks'> = {}): TableCell => ({ blocks, ...o });

/** Lines of a run broken ahead of time, one run per line. */
export const lineRuns = (lines: readonly string[], o: Omit<Run, 'text'>): Run[] =>
  lines.map((l, i) => run(l, { ...o, breakBefore: i > 0 || undefined }));

/** A rule 1/3–1/2 as long as the line above it (Nghị định 30/2020): 2/5 of the longest line. */
export const ruleUnder = (lines: readonly string[], sizePt: number, bold: boolean): number =>
  Math.round(Math.max(...lines.map((l) => measureTextMm(l, sizePt, bold))) * 0.4);

// ── Header ────────────────────────────────────────────────────────────────────

const LEFT_MM = 62;
/** Sizes of the header block (Nghị định 30/2020, Phụ lục I: 12–13 for names, 13–14 for the motto). */
const NATION_SIZE = 12;
const MOTTO_SIZE = 14;
const BODY_NAME_SIZE = 13;
/** Word's default cell margins (0,19 cm each side) are not text. */
export const CELL_PADDING_MM = 3.8;

export interface LetterHeader {
  /** The cơ quan chủ quản, above the issuing body (not bold); "" when none. */
  readonly parentBody: string;
  /** The issuing body ("Hội đồng Thi đua – Khen thưởng", "Ủy ban nhân dân thị trấn Bắc Sơn"). */
  readonly issuingBody: string;
  /** "15/BC-HĐTĐKT" (written after "Số: "). */
  readonly number: string;
  readonly place: string;
  readonly date: CalendarDate | undefined;
  /** Word groups a line break must not split (the unit's name, compounds). */
  readonly keepTogether: readonly string[];
  /** Where the body's name may start a line ("thị trấn Bắc Sơn"). */
  readonly phraseStarts: readonly string[];
}

/** The two-column header block: issuing body | Quốc hiệu and tiêu ngữ; then Số | place and date. */
export function letterHeader(h: LetterHeader, textMm: number): Table {
  const rightMm = textMm - LEFT_MM;
  const bodyName = upper(h.issuingBody || '…');
  const bodyLines = breakLines(bodyName, LEFT_MM - CELL_PADDING_MM, {
    sizePt: BODY_NAME_SIZE,
    bold: true,
    keepTogether: h.keepTogether,
    phraseStarts: h.phraseStarts,
  });
  const left: TableCell = cell([
    ...(h.parentBody ? [centred('header', [run(upper(h.parentBody), { size: BODY_NAME_SIZE })])] : []),
    centred('header', lineRuns(bodyLines, { bold: true, size: BODY_NAME_SIZE })),
    rule(ruleUnder(bodyLines, BODY_NAME_SIZE, true), LEFT_MM),
  ]);
  const right: TableCell = cell([
    centred('header', [run(REPORT_TEXT.nation, { bold: true, size: NATION_SIZE })]),
    centred('header', [run(REPORT_TEXT.motto, { bold: true, size: MOTTO_SIZE })]),
    // As long as the tiêu ngữ line (Nghị định 30/2020, Phụ lục I).
    rule(Math.round(measureTextMm(REPORT_TEXT.motto, MOTTO_SIZE, true)), rightMm),
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
          cell([centred('header', [run(`${REPORT_TEXT.numberPrefix}${h.number}`, { size: 13 })])]),
          cell([centred('header', [run(formatPlaceAndDate(h.place, h.date), { italic: true, size: 14 })])]),
        ],
      },
    ],
  };
}

// ── Title ─────────────────────────────────────────────────────────────────────

export interface LetterTitle {
  /** "BÁO CÁO", "QUYẾT ĐỊNH", "TỜ TRÌNH". */
  readonly word: string;
  /** The trích yếu, under it, bold, with a short rule. */
  readonly summary: string;
  /** "Kính gửi: …" under the trích yếu, when the letter has an addressee. */
  readonly addressee?: string;
}

/** The kind of letter, its trích yếu with a short rule, and "Kính gửi" when addressed. */
export function letterTitle(t: LetterTitle, textMm: number): Block[] {
  const lines = breakLines(t.summary, textMm * 0.85, {
    sizePt: BODY_SIZE,
    bold: true,
    keepTogether: REPORT_TEXT.keepTogether,
  });
  const out: Block[] = [
    para('title', [run(t.word, { bold: true })], { align: 'center', spaceBefore: 18, keepWithNext: true }),
    para('title', lineRuns(lines, { bold: true }), { align: 'center', keepWithNext: true }),
    rule(ruleUnder(lines, BODY_SIZE, true), textMm),
  ];
  // Kính gửi, when the letter has an addressee (Nghị định 30/2020, Phụ lục I: under the trích yếu).
  if (t.addressee)
    out.push(centred('addressee', [run(`${REPORT_TEXT.addresseePrefix}${t.addressee.replace(/\.$/, '')}.`)], 6));
  return out;
}

// ── Signature and Nơi nhận ────────────────────────────────────────────────────

/**
 * "Nơi nhận" lines as written under it: each with its dash, "Như trên" first for a letter
 * with an addressee, and "Lưu: VT." last unless the clerk wrote a Lưu line.
 */
export function recipientLines(given: readonly string[], o: { asAbove?: string } = {}): string[] {
  const lines = given.map((l) => (l.startsWith('-') ? l.replace(/^-\s*/, '') : l));
  // A letter with "Kính gửi" lists its addressee first as "Như trên" (Nghị định 30/2020, Phụ lục I).
  if (o.asAbove && !lines.some((l) => /^như trên\b/iu.test(l))) lines.unshift(o.asAbove);
  if (!lines.some((l) => /^lưu\b/i.test(l))) lines.push(REPORT_TEXT.defaultArchive);
  return lines.map((l) => `- ${l}`);
}

/** The signature's column (of the text width) and size (Nghị định 30/2020: the signer's authority and title 13–14). */
const SIGN_COLUMN = 0.64;
const SIGN_SIZE = 13;

export interface LetterSignature {
  /** The lines under "Nơi nhận:", dashes included (`recipientLines`). */
  readonly recipients: readonly string[];
  /** "TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", "KT. CHỦ TỊCH"; "" when the signer signs in their own name. */
  readonly authority: string;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  readonly title: string;
  readonly name: string;
  readonly keepTogether: readonly string[];
}

/** Nơi nhận on the left, the signer's authority, title and name on the right. */
export function letterSignature(s: LetterSignature, textMm: number): Table {
  const left = cell([
    para('recipients', [run(REPORT_TEXT.recipientsTitle, { bold: true, italic: true, size: 12 })]),
    ...s.recipients.map((l) => para('recipients', [run(l, { size: 11 })])),
  ]);
  const sign: Paragraph[] = [];
  const signWidth = textMm * SIGN_COLUMN;
  // "TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG" is one phrase: at 13 pt it fits the wider column; a longer
  // body's name breaks between phrases, never inside "THI ĐUA – KHEN THƯỞNG".
  const capsLines = (text: string) =>
    lineRuns(
      breakLines(text, signWidth - CELL_PADDING_MM, {
        sizePt: SIGN_SIZE,
        bold: true,
        keepTogether: [...s.keepTogether, ...REPORT_TEXT.signatureKeepTogether],
      }),
      { bold: true, size: SIGN_SIZE },
    );
  if (s.authority) sign.push(centred('signature', capsLines(s.authority)));
  sign.push(centred('signature', capsLines(upper(s.title || '…'))));
  // Room for the signature and the seal.
  sign.push(centred('signature', [], 72));
  sign.push(centred('signature', [run(s.name || '…', { bold: true })]));
  return {
    kind: 'table',
    role: 'signature',
    columnsMm: [textMm * (1 - SIGN_COLUMN), signWidth],
    borders: false,
    rows: [{ cells: [left, cell(sign)] }],
  };
}

// ── Appendix ──────────────────────────────────────────────────────────────────

/** An appendix's (or a danh sách's) heading: its label, title, subtitle and "(Kèm theo …)". */
export function appendixHead(
  label: string,
  title: string,
  sub: string | undefined,
  attachment: string,
  widthMm: number,
  keepTogether: readonly string[] = REPORT_TEXT.keepTogether,
): Paragraph[] {
  const lines = breakLines(title, widthMm * 0.85, { sizePt: BODY_SIZE, bold: true, keepTogether });
  const keep = { keepWithNext: true };
  return [
    ...(label ? [para('appendix', [run(label, { bold: true })], { align: 'center', outline: 1, ...keep })] : []),
    para('appendix', lineRuns(lines, { bold: true }), { align: 'center', ...(label ? {} : { outline: 1 }), ...keep }),
    ...(sub ? [para('appendix', [run(sub, { bold: true })], { align: 'center', ...keep })] : []),
    para('appendix', [run(attachment, { italic: true, size: 13 })], { align: 'center', spaceAfter: 12, ...keep }),
  ];
}
