/**
 * The quyết định khen thưởng of one decision number, drafted from its register lines (a
 * quyết định cá biệt of the Chủ tịch UBND xã, Nghị định 30/2020, Phụ lục III, mẫu 1.2,
 * as real commune decisions write it): header, "QUYẾT ĐỊNH" and its trích yếu with the counts, "CHỦ TỊCH ỦY BAN
 * NHÂN DÂN …", the căn cứ lines in force on its date, "Xét đề nghị … tại Tờ trình số …",
 * "QUYẾT ĐỊNH:", Điều 1–3, Nơi nhận and signature; then, on a new page, its danh sách.
 * Lines that cannot make it are findings and nothing is drafted.
 */
import { SUBJECTS, type Catalogue, type Subject } from '../catalogue';
import { formatMoney, moneyInWords } from '../format/money';
import { formatLongDate, formatShortDate, parseCellDate, upper } from '../format/vietnamese';
import type { UnitInfo } from '../layout/info';
import {
  body,
  BODY_SIZE,
  letterHeader,
  letterSignature,
  letterTitle,
  para,
  recipientLines,
  run,
} from '../letter/parts';
import { awardName, whoPhrase } from '../report/drafts';
import { A4, MARGINS_MM, textWidthMm, type Block, type PageSetup, type ReportDocument } from '../report/model';
import { REPORT_TEXT } from '../text/report';
import { DOCUMENT_TEXT } from '../text/documents';
import { byAward, commonAchievement, countsOf, numberKey, type DocumentLine, type NumberedLines } from './lines';
import { LEGAL_BASES, legalBasesOn, type LegalBasis } from './legalBases';
import { listBlocks } from './list';

export const PORTRAIT: PageSetup = { orientation: 'portrait', ...A4, margins: MARGINS_MM, headerMm: 10 };

/** "tặng Giấy khen của Chủ tịch UBND xã Đồng Tâm cho 03 tập thể và 05 cá nhân", one per award. */
export function awardParts(catalogue: Catalogue, lines: readonly DocumentLine[], unitName: string): string[] {
  return byAward(lines).map((g) =>
    DOCUMENT_TEXT.awardPart(
      REPORT_TEXT.drafts.verbs[g.award.conferral ?? 'reward'],
      awardName(g.award, catalogue, unitName),
      whoPhrase(countsOf(g.lines)),
    ),
  );
}

/** "Tập thể, cá nhân được tặng Giấy khen …": what the danh sách lists. */
export function listWhat(catalogue: Catalogue, lines: readonly DocumentLine[], unitName: string): string {
  const c = countsOf(lines);
  const who = (['collective', 'individual', 'household'] as const)
    .filter((s) => c[s] > 0)
    .map((s) => REPORT_TEXT.subjectNouns[s]);
  const awards = byAward(lines).map(
    (g) => `${REPORT_TEXT.drafts.verbs[g.award.conferral ?? 'reward']} ${awardName(g.award, catalogue, unitName)}`,
  );
  return `${who.join(', ')} được ${awards.join(' và ')}`;
}

/** The Tờ trình the lines name, once each: "Tờ trình số 07/TTr-HĐTĐKT ngày 01/12/2025". */
function proposalRefs(lines: readonly DocumentLine[]): string[] {
  const seen = new Map<string, string>();
  for (const { line } of lines) {
    const n = line.proposal;
    if (n === undefined || n === null || n === '') continue;
    const d = parseCellDate(line.proposalDate);
    if (!seen.has(numberKey(n)))
      seen.set(numberKey(n), DOCUMENT_TEXT.proposalRef(String(n).trim(), d ? formatShortDate(d) : ''));
  }
  return [...seen.values()];
}

/** The signer: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" when the workbook's signer is a Phó Chủ tịch, else "CHỦ TỊCH". */
export function chairSignature(info: UnitInfo): { authority: string; title: string } {
  return /phó/iu.test(info.signerTitle)
    ? { authority: DOCUMENT_TEXT.onBehalfOfChair, title: DOCUMENT_TEXT.viceChair }
    : { authority: '', title: DOCUMENT_TEXT.chair };
}

export function buildDecision(
  catalogue: Catalogue,
  info: UnitInfo,
  d: NumberedLines,
  /** The căn cứ lines to choose from by date: the national ones, then the province's (the workbook's). */
  bases: readonly LegalBasis[] = LEGAL_BASES,
): ReportDocument {
  const textMm = textWidthMm(PORTRAIT);
  const unit = info.unitName || '…';
  const parts = awardParts(catalogue, d.lines, unit);
  const achievement = commonAchievement(d.lines);
  const keepTogether = [...REPORT_TEXT.keepTogether, ...(info.unitName ? [info.unitName] : [])];
  const council = DOCUMENT_TEXT.councilOf(unit);
  const main: Block[] = [
    letterHeader(
      {
        parentBody: '',
        issuingBody: DOCUMENT_TEXT.ubndOf(unit),
        number: d.number,
        place: info.place,
        date: d.date,
        keepTogether,
        phraseStarts: info.unitName ? [info.unitName] : [],
      },
      textMm,
    ),
    ...letterTitle(
      { word: DOCUMENT_TEXT.decisionWord, summary: DOCUMENT_TEXT.decisionSummary(parts, achievement) },
      textMm,
    ),
    para('title', [run(upper(DOCUMENT_TEXT.chairOf(unit)), { bold: true })], {
      align: 'center',
      spaceBefore: 12,
      spaceAfter: 12,
      keepWithNext: true,
    }),
    ...legalBasesOn(d.date, bases).map((b) => ({
      ...body(DOCUMENT_TEXT.basis(b)),
      runs: [run(DOCUMENT_TEXT.basis(b), { italic: true })],
    })),
    {
      ...body(DOCUMENT_TEXT.considering(`Chủ tịch ${council}`, proposalRefs(d.lines))),
      runs: [run(DOCUMENT_TEXT.considering(`Chủ tịch ${council}`, proposalRefs(d.lines)), { italic: true })],
    },
    para('title', [run(DOCUMENT_TEXT.decides, { bold: true })], {
      align: 'center',
      spaceBefore: 6,
      spaceAfter: 6,
      keepWithNext: true,
    }),
    articleParagraph(
      1,
      [DOCUMENT_TEXT.article1(capitalise(parts.join('; ')), achievement), moneySentence(d.lines)]
        .filter(Boolean)
        .join(' '),
    ),
    articleParagraph(2, DOCUMENT_TEXT.article2),
    articleParagraph(3, DOCUMENT_TEXT.article3(unit)),
    letterSignature(
      {
        recipients: recipientLines([DOCUMENT_TEXT.asArticle3, DOCUMENT_TEXT.archive]),
        ...chairSignature(info),
        name: info.signerName,
        keepTogether,
      },
      textMm,
    ),
  ];
  const date = d.date ? formatLongDate(d.date) : 'ngày … tháng … năm …';
  const list = listBlocks(
    d.lines,
    listWhat(catalogue, d.lines, unit),
    DOCUMENT_TEXT.listAttachment(
      'Quyết định',
      d.number,
      date,
      DOCUMENT_TEXT.chairOf(unit).replace('Ủy ban nhân dân', 'UBND'),
    ),
    textMm,
    { money: d.lines.some((l) => l.money !== undefined) },
  );
  return withList(`${DOCUMENT_TEXT.names.decision} ${d.number}`, main, list);
}

/**
 * A letter and its danh sách: two portrait sections, the list on a page of its own whose
 * numbering starts again at 1 (the danh sách is an attachment, numbered as its own document).
 */
export function withList(title: string, main: Block[], list: Block[]): ReportDocument {
  return {
    title,
    language: 'vi-VN',
    font: 'Times New Roman',
    bodySize: BODY_SIZE,
    sections: [
      { page: PORTRAIT, pageNumbers: true, titlePage: true, blocks: main },
      { page: PORTRAIT, pageNumbers: true, titlePage: true, pageNumberStart: 1, blocks: list },
    ],
  };
}

/**
 * Điều 1's award money, only where the register gives it ("" when no line has any): each
 * subject's amount when all its lines carry the same, else "ghi tại danh sách kèm theo" (the
 * danh sách then has a "Số tiền" column either way), and the total in figures and in words.
 */
export function moneySentence(lines: readonly DocumentLine[]): string {
  const paid = lines.filter((l) => l.money !== undefined);
  if (!paid.length) return '';
  const total = paid.reduce((s, l) => s + l.money!, 0);
  const each: string[] = [];
  let uniform = paid.length === lines.length;
  for (const subject of SUBJECTS as readonly Subject[]) {
    const amounts = new Set(lines.filter((l) => l.subject === subject).map((l) => l.money));
    if (amounts.size === 0) continue;
    if (amounts.size > 1) uniform = false;
    else each.push(DOCUMENT_TEXT.moneyEach[subject](formatMoney([...amounts][0]!)));
  }
  return DOCUMENT_TEXT.money(uniform ? each : [], formatMoney(total), moneyInWords(total));
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** "Điều 1. …" with the article's number bold. */
export function articleParagraph(n: number, text: string) {
  return { ...body(text), runs: [run(DOCUMENT_TEXT.article(n), { bold: true }), run(text)] };
}
