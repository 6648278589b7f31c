/**
 * The tờ trình đề nghị khen thưởng of one Tờ trình number, drafted from its proposal lines
 * (a Tờ trình and no Số QĐ yet), with the same letter parts as the decision, as real commune
 * proposals write it: "TỜ TRÌNH / V/v đề nghị tặng Giấy khen …", the căn cứ, "kính đề nghị …
 * xét, tặng … cho …, gồm: (có danh sách kèm theo)". Awards of the commune's own level are proposed by the Hội
 * đồng Thi đua – Khen thưởng to the Chủ tịch UBND xã (its signature is the workbook's, as the
 * report's); higher awards by the UBND xã to the authority the lines name.
 */
import type { Catalogue } from '../catalogue';
import { formatLongDate, normalizeText } from '../format/vietnamese';
import type { UnitInfo } from '../layout/info';
import { body, letterHeader, letterSignature, letterTitle, recipientLines } from '../letter/parts';
import { bodyInSentenceCase } from '../report/build';
import { ownLevelId } from '../report/drafts';
import { textWidthMm, type Block, type ReportDocument } from '../report/model';
import { REPORT_TEXT } from '../text/report';
import { DOCUMENT_TEXT } from '../text/documents';
import { awardParts, listWhat, PORTRAIT, withList } from './decision';
import { LEGAL_BASES, legalBasesOn, type LegalBasis } from './legalBases';
import { listBlocks } from './list';
import { commonAchievement, type NumberedLines } from './lines';

export function buildProposal(
  catalogue: Catalogue,
  info: UnitInfo,
  d: NumberedLines,
  /** The căn cứ lines to choose from by date: the national ones, then the province's (the workbook's). */
  bases: readonly LegalBasis[] = LEGAL_BASES,
): ReportDocument {
  const textMm = textWidthMm(PORTRAIT);
  const unit = info.unitName || '…';
  const keepTogether = [...REPORT_TEXT.keepTogether, ...(info.unitName ? [info.unitName] : [])];
  const own = ownLevelId(catalogue);
  const byCouncil = d.lines.every((l) => l.award.level === own);
  const authority = d.lines.map((l) => normalizeText(String(l.line.authority ?? ''))).find((a) => a);
  // The Hội đồng proposes to the commune's Chủ tịch; the commune to the higher authority the lines name.
  const approver = byCouncil
    ? DOCUMENT_TEXT.chairOf(unit)
    : authority
      ? `Chủ tịch ${authority}`
      : DOCUMENT_TEXT.competentAuthority;
  const issuer = byCouncil
    ? { parentBody: info.parentBody, issuingBody: info.issuingBody || DOCUMENT_TEXT.councilOf(unit) }
    : { parentBody: '', issuingBody: DOCUMENT_TEXT.ubndOf(unit) };
  const signature = byCouncil
    ? {
        authority:
          info.signingAuthority && info.signingBody
            ? `${info.signingAuthority} ${info.signingBody.toLocaleUpperCase('vi')}`
            : '',
        title: info.signerTitle || DOCUMENT_TEXT.chair,
      }
    : {
        authority: DOCUMENT_TEXT.onBehalfOf(DOCUMENT_TEXT.ubndOf(unit).toLocaleUpperCase('vi')),
        title: DOCUMENT_TEXT.chair,
      };
  const proposer = byCouncil ? bodyInSentenceCase(issuer.issuingBody, info.unitName) : DOCUMENT_TEXT.ubndOf(unit);
  // The Hội đồng reviews the awards either way; the UBND xã then carries higher ones up.
  const council = byCouncil ? proposer : DOCUMENT_TEXT.councilOf(unit);
  const parts = awardParts(catalogue, d.lines, unit);
  const main: Block[] = [
    letterHeader(
      {
        ...issuer,
        number: d.number,
        place: info.place,
        date: d.date,
        keepTogether,
        phraseStarts: info.unitName ? [info.unitName] : [],
      },
      textMm,
    ),
    ...letterTitle(
      { word: DOCUMENT_TEXT.proposalWord, summary: DOCUMENT_TEXT.proposalSummary(parts), addressee: approver },
      textMm,
    ),
    ...legalBasesOn(d.date, bases).map((b) => body(DOCUMENT_TEXT.basis(b))),
    body(DOCUMENT_TEXT.proposalBody(council, approver, parts, commonAchievement(d.lines))),
    body(DOCUMENT_TEXT.proposalClosing(approver)),
    letterSignature(
      {
        recipients: recipientLines([DOCUMENT_TEXT.asAbove, DOCUMENT_TEXT.archive]),
        ...signature,
        name: info.signerName,
        keepTogether,
      },
      textMm,
    ),
  ];
  const date = d.date ? formatLongDate(d.date) : 'ngày … tháng … năm …';
  const list = listBlocks(
    d.lines,
    DOCUMENT_TEXT.proposedWhat(listWhat(catalogue, d.lines, unit)),
    DOCUMENT_TEXT.listAttachment('Tờ trình', d.number, date, proposer),
    textMm,
  );
  return withList(`${DOCUMENT_TEXT.names.proposal} ${d.number}`, main, list);
}
