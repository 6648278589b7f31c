/**
 * The Giấy khen of one decision, one page per awardee (tập thể, cá nhân, hộ gia đình), each field
 * at its box of the layout plus the printer's offset: the conferring line, "TẶNG", the award,
 * the name (with "Ông/Bà" for a person: the register has no sex column), chức vụ / đơn vị,
 * thành tích, "Số … ngày …" of the decision, Số vào sổ (proposed where the line has none),
 * place and date, the signer's title and name. A text too long for its box is broken into lines
 * and shrunk (to 60 % at most); one still too long is a note. The calibration page shows the
 * same boxes over a millimetre grid.
 */
import type { Catalogue } from '../catalogue';
import { formatPlaceAndDate, formatShortDate, upper } from '../format/vietnamese';
import type { UnitInfo } from '../layout/info';
import type { RegisterLine } from '../register';
import { awardName } from '../report/drafts';
import { breakLines, measureTextMm } from '../report/measure';
import { CERTIFICATE_TEXT } from '../text/certificates';
import { DOCUMENT_TEXT } from '../text/documents';
import { chairSignature } from '../documents/decision';
import type { DocumentLine, NumberedLines } from '../documents/lines';
import { CERTIFICATE_FIELDS, type CertificateFieldId, type CertificateLayout, type FieldLayout } from './layout';
import type { BookNumberProposal, BoxMm, CertificateDocument, CertificatePage, PlacedText } from './model';
import { proposeBookNumbers } from './numbering';

export const CERTIFICATE_FONT = 'Times New Roman';
/** A line's height as Word and LibreOffice set Times New Roman single-spaced: about 1.15 em. */
export const LINE_EM = 1.15;
const MM_PER_PT = 25.4 / 72;
/** Measured widths are good to a few per cent: a line is kept within 94 % of its box. */
const WIDTH_SLACK = 0.94;
const SMALLEST = 0.6;

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The box where a field prints: its layout box moved by the offset. */
export function placedBox(f: FieldLayout, layout: CertificateLayout): BoxMm {
  return { x: f.x + layout.offset.x, y: f.y + layout.offset.y, width: f.width, height: f.height };
}

/** `text` (lines split at "\n") broken and shrunk to fit the box; `fits` false when even the smallest does not. */
export function fitText(text: string, f: FieldLayout): { lines: string[]; size: number; fits: boolean } {
  const given = text.split('\n');
  let last: { lines: string[]; size: number } | undefined;
  for (let size = f.size; size >= f.size * SMALLEST - 1e-9; size -= 0.5) {
    const lines = given.flatMap((l) => breakLines(l, f.width * WIDTH_SLACK, { sizePt: size, bold: f.bold }));
    last = { lines, size };
    const tall = lines.length * size * LINE_EM * MM_PER_PT;
    const wide = Math.max(...lines.map((l) => measureTextMm(l, size, f.bold)));
    if (tall <= f.height + 1e-9 && wide <= f.width * WIDTH_SLACK) return { ...last, fits: true };
  }
  return { ...last!, fits: false };
}

/** "CÔNG NHẬN DANH HIỆU" / "TẶNG" and the award's name as the blank's big line ("GIẤY KHEN"). */
function awardTexts(line: DocumentLine, catalogue: Catalogue, unit: string): { confers: string; award: string } {
  const conferral = line.award.conferral ?? 'reward';
  const name = awardName(line.award, catalogue, unit)
    .replace(/^danh hiệu\s+/iu, '')
    .replace(/[“”"]/gu, '')
    .replace(/\s+của\s+.*$/u, '');
  return { confers: CERTIFICATE_TEXT.confers[conferral], award: upper(name) };
}

/** The name as printed: "Ông/Bà Nguyễn Văn A" for a person not typed with "Ông"/"Bà"; others as typed. */
export function printedName(line: DocumentLine): string {
  if (line.subject !== 'individual') return line.name;
  const first = line.name.split(/\s+/)[0]!.toLocaleLowerCase('vi');
  const typed = CERTIFICATE_TEXT.salutations.some((s) => s.toLocaleLowerCase('vi') === first);
  return typed ? line.name : `${CERTIFICATE_TEXT.salutation} ${line.name}`;
}

export interface CertificateInput {
  readonly catalogue: Catalogue;
  readonly info: UnitInfo;
  /** The decision's lines (those the clerk picked, for a reprint). */
  readonly decision: NumberedLines;
  /** The whole register: the next Số vào sổ follows its largest. */
  readonly register: readonly RegisterLine[];
  readonly layout: CertificateLayout;
  /** Where a line's cell of column `col` stands as found ("Q12") and its row. */
  readonly cellOf: (line: RegisterLine, col: 'bookNumber') => string;
  readonly rowOf: (line: RegisterLine) => number | undefined;
}

export function buildCertificates(input: CertificateInput): CertificateDocument {
  const { catalogue, info, decision, layout } = input;
  const unit = info.unitName || '…';
  const proposed = proposeBookNumbers(
    input.register,
    decision.lines.map((l) => l.line),
  );
  const proposals: BookNumberProposal[] = [];
  const notes: string[] = [];
  const signer = chairSignature(info);
  const signerTitle = [signer.authority, signer.title].filter(Boolean).join('\n');
  const date = decision.date ? formatShortDate(decision.date) : '…';
  const pages: CertificatePage[] = decision.lines.map((l) => {
    const typedBook = l.line.bookNumber;
    const book =
      typedBook === undefined || typedBook === null || String(typedBook).trim() === ''
        ? proposed.get(l.line)!
        : String(typedBook).trim();
    if (proposed.has(l.line))
      proposals.push({ address: input.cellOf(l.line, 'bookNumber'), name: l.name, number: book });
    const { confers, award } = awardTexts(l, catalogue, unit);
    const texts: Record<CertificateFieldId, string> = {
      conferrer: upper(DOCUMENT_TEXT.chairOf(unit)),
      confers,
      award,
      name: printedName(l),
      position: l.position,
      achievement: l.achievement ? capitalise(l.achievement) : '',
      decision: CERTIFICATE_TEXT.decision(decision.number, date),
      bookNumber: CERTIFICATE_TEXT.bookNumber(book),
      placeDate: formatPlaceAndDate(info.place, decision.date),
      signerTitle,
      signerName: info.signerName,
    };
    const placed: PlacedText[] = [];
    for (const field of CERTIFICATE_FIELDS) {
      const f = layout.fields[field];
      const text = texts[field];
      if (!f.print || !text) continue;
      const fit = fitText(text, f);
      if (!fit.fits)
        notes.push(CERTIFICATE_TEXT.findings.tooLong(`${l.name}, ${CERTIFICATE_TEXT.fields[field]}`, text));
      placed.push({
        field,
        lines: fit.lines,
        box: placedBox(f, layout),
        size: fit.size,
        align: f.align,
        bold: f.bold,
        italic: f.italic,
      });
    }
    const row = input.rowOf(l.line);
    return { ...(row !== undefined ? { sheetRow: row } : {}), placed };
  });
  return {
    kind: 'certificates',
    title: `${CERTIFICATE_TEXT.name} ${decision.number}`,
    language: 'vi-VN',
    font: CERTIFICATE_FONT,
    page: layout.page,
    pages,
    proposals,
    notes,
  };
}

/** The calibration page alone: the grid and every field's box where it will print. */
export function buildCalibration(layout: CertificateLayout): CertificateDocument {
  return {
    kind: 'certificates',
    title: CERTIFICATE_TEXT.calibrationTitle,
    language: 'vi-VN',
    font: CERTIFICATE_FONT,
    page: layout.page,
    pages: [],
    calibration: {
      title: CERTIFICATE_TEXT.calibrationTitle,
      boxes: CERTIFICATE_FIELDS.filter((f) => layout.fields[f].print).map((field) => ({
        field,
        label: CERTIFICATE_TEXT.fields[field],
        box: placedBox(layout.fields[field], layout),
      })),
    },
    proposals: [],
    notes: [],
  };
}
