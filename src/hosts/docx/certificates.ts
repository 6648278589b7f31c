/**
 * Giấy khen (CertificateDocument) → .docx: one page per certificate at the blank's size, each
 * field a paragraph in a frame anchored to the page at its box in mm (w:framePr with
 * hAnchor/vAnchor "page", exact height: ECMA-376 § 17.3.1.11; dolanmiu/docx's paragraph
 * `frame`), so Word and LibreOffice print it where the layout says whatever the margins. The
 * calibration page is a millimetre grid (a PNG behind the text, anchored at the page's corner)
 * with every field's box drawn on it and labelled.
 */
import {
  AlignmentType,
  Document,
  FrameAnchorType,
  HeightRule,
  LineRuleType,
  HorizontalPositionRelativeFrom,
  ImageRun,
  Packer,
  PageOrientation,
  SectionType,
  type ISectionPropertiesOptions,
  Paragraph,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
} from 'docx';
import type { BoxMm, CertificateDocument, PlacedText } from '../../core/certificates';
import { encodeGrayPng } from './png';
import { mmToTwips } from './render';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function framed(
  box: BoxMm,
  lines: readonly string[],
  o: { size: number; align: keyof typeof ALIGN; bold: boolean; italic: boolean },
): Paragraph {
  return new Paragraph({
    frame: {
      type: 'absolute',
      position: { x: mmToTwips(box.x), y: mmToTwips(box.y) },
      width: mmToTwips(box.width),
      height: mmToTwips(box.height),
      rule: HeightRule.EXACT,
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
      space: { horizontal: 0, vertical: 0 },
    },
    alignment: ALIGN[o.align],
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    // The paragraph mark at the text's size: LibreOffice sets the line's height from it too, and a
    // mark of the default size would lift larger text above the frame's top edge.
    run: { size: Math.round(o.size * 2), bold: o.bold, italics: o.italic },
    children: lines.map(
      (text, i) =>
        new TextRun({
          text,
          break: i > 0 ? 1 : undefined,
          bold: o.bold,
          italics: o.italic,
          size: Math.round(o.size * 2),
          // Font and language are the document's defaults (styles): not repeated on 5,000 runs.
        }),
    ),
  });
}

/** The paragraph the page's frames go with (a frame is anchored to the paragraph after it). */
function anchor(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

const PX_PER_MM = 8;

/** The millimetre grid, with the fields' boxes drawn on it: a grayscale PNG of the page. */
export function calibrationGrid(page: { width: number; height: number }, boxes: readonly BoxMm[]): Uint8Array {
  const w = Math.round(page.width * PX_PER_MM);
  const h = Math.round(page.height * PX_PER_MM);
  const px = new Uint8Array(w * h).fill(255);
  const shade = (mm: number) => (mm % 10 === 0 ? 60 : mm % 5 === 0 ? 140 : 205);
  const thick = (mm: number) => (mm % 10 === 0 ? 2 : 1);
  const darken = (x: number, y: number, v: number) => {
    if (x >= 0 && y >= 0 && x < w && y < h && px[y * w + x]! > v) px[y * w + x] = v;
  };
  for (let mm = 0; mm <= page.width; mm++) {
    const x0 = Math.round(mm * PX_PER_MM);
    for (let t = 0; t < thick(mm); t++) for (let y = 0; y < h; y++) darken(x0 + t, y, shade(mm));
  }
  for (let mm = 0; mm <= page.height; mm++) {
    const y0 = Math.round(mm * PX_PER_MM);
    for (let t = 0; t < thick(mm); t++) for (let x = 0; x < w; x++) darken(x, y0 + t, shade(mm));
  }
  for (const b of boxes) {
    const [x0, y0] = [Math.round(b.x * PX_PER_MM), Math.round(b.y * PX_PER_MM)];
    const [x1, y1] = [Math.round((b.x + b.width) * PX_PER_MM), Math.round((b.y + b.height) * PX_PER_MM)];
    for (let t = 0; t < 3; t++) {
      for (let x = x0; x <= x1; x++) {
        darken(x, y0 + t, 0);
        darken(x, y1 - t, 0);
      }
      for (let y = y0; y <= y1; y++) {
        darken(x0 + t, y, 0);
        darken(x1 - t, y, 0);
      }
    }
  }
  return encodeGrayPng(w, h, px);
}

function calibrationPage(doc: CertificateDocument): Paragraph[] {
  const cal = doc.calibration!;
  const { width, height } = doc.page;
  const png = calibrationGrid(
    doc.page,
    cal.boxes.map((b) => b.box),
  );
  const grid = new Paragraph({
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        // Pixels at 96 to the inch (docx converts to EMU); the anchor's offsets are EMU.
        transformation: { width: (width / 25.4) * 96, height: (height / 25.4) * 96 },
        floating: {
          horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: 0 },
          verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: 0 },
          behindDocument: true,
          allowOverlap: true,
          wrap: { type: TextWrappingType.NONE },
        },
        altText: { name: cal.title, description: cal.title, title: cal.title },
      }),
    ],
  });
  const label = (box: BoxMm, text: string, size: number, align: keyof typeof ALIGN = 'left', bold = false) =>
    framed(box, [text], { size, align, bold, italic: false });
  const out: Paragraph[] = [grid];
  // The centimetres, along the top and down the left, 5 mm in (inside most printers' margins).
  for (let cm = 1; cm * 10 < width; cm++)
    out.push(label({ x: cm * 10 - 4, y: 5.5, width: 8, height: 3.5 }, String(cm), 7, 'center'));
  for (let cm = 1; cm * 10 < height; cm++)
    out.push(label({ x: 5.5, y: cm * 10 - 1.75, width: 4, height: 3.5 }, String(cm), 7));
  for (const b of cal.boxes)
    out.push(
      label(
        {
          x: b.box.x + 1,
          y: b.box.y + 0.8,
          width: Math.max(1, b.box.width - 2),
          height: Math.min(3.6, b.box.height - 1),
        },
        `${b.label} (x ${fmt(b.box.x)}, y ${fmt(b.box.y)})`,
        7,
      ),
    );
  out.push(label({ x: 12, y: height - 10, width: width - 24, height: 4 }, cal.title, 8, 'left', true));
  return out;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');

/**
 * One section per page: a frame belongs to the paragraph after it (LibreOffice anchors it there),
 * and a section of its own keeps each certificate's frames on its page in Word and LibreOffice alike.
 */
export function certificatesToDocx(doc: CertificateDocument): Document {
  const pages: Paragraph[][] = [];
  if (doc.calibration) pages.push([...calibrationPage(doc), anchor()]);
  for (const page of doc.pages) pages.push([...page.placed.map(placed), anchor()]);
  if (!pages.length) pages.push([anchor()]);
  const landscape = doc.page.width > doc.page.height;
  const properties: ISectionPropertiesOptions = {
    type: SectionType.NEXT_PAGE,
    page: {
      // docx writes w:w / w:h swapped for a landscape page: it takes the portrait sizes.
      size: {
        width: mmToTwips(landscape ? doc.page.height : doc.page.width),
        height: mmToTwips(landscape ? doc.page.width : doc.page.height),
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      // The frames are anchored to the page: the margins only hold the empty anchor line.
      margin: {
        top: mmToTwips(5),
        bottom: mmToTwips(5),
        left: mmToTwips(5),
        right: mmToTwips(5),
        header: 0,
        footer: 0,
      },
    },
  };
  return new Document({
    title: doc.title,
    creator: 'TĐKT',
    styles: { default: { document: { run: { font: doc.font, language: { value: doc.language } } } } },
    sections: pages.map((children) => ({ properties, children })),
  });
}

function placed(p: PlacedText): Paragraph {
  return framed(p.box, p.lines, p);
}

export async function renderCertificatesDocx(doc: CertificateDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(certificatesToDocx(doc)));
}
