/**
 * ReportDocument → .docx with the `docx` package (the packer side of the model/packer
 * split). Works in Node and in the browser (Packer.toArrayBuffer uses no Node API).
 * Reached from UI code only through dynamic import(), so docx lands in a lazy chunk.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow as DocxTableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { isCertificateDocument } from '../../core/certificates/model';
import type { DraftedDocument } from '../../core/documents';
import { cellPositions } from '../../core/report/model';
import type { Block, Paragraph, ReportDocument, ReportSection, Rule, Table } from '../../core/report/model';

const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
/** 1,27 cm first-line indent. */
const FIRST_LINE = mmToTwips(12.7);

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const VALIGN = { top: VerticalAlign.TOP, middle: VerticalAlign.CENTER, bottom: VerticalAlign.BOTTOM } as const;

interface Ctx {
  readonly font: string;
  readonly bodySize: number;
  /** w:lang of every run, so Word proofs the text as Vietnamese. */
  readonly language: string;
}

/** The model's outline levels as Word's built-in heading styles (navigation pane, outline). */
const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

function paragraph(p: Paragraph, ctx: Ctx, pageBreakBefore = false, keepNext = false): DocxParagraph {
  // The paragraph mark takes the runs' size: an empty table cell is as high as its text would be,
  // not a line of the body's 14 pt (ECMA-376 § 17.3.1.29, the paragraph mark's run properties).
  const markSize = p.runs[0]?.size;
  return new DocxParagraph({
    run: markSize !== undefined ? { size: markSize * 2 } : undefined,
    heading: p.outline ? HEADING[p.outline] : undefined,
    pageBreakBefore: pageBreakBefore || undefined,
    alignment: p.align ? ALIGN[p.align] : undefined,
    indent: p.firstLineIndent ? { firstLine: FIRST_LINE } : undefined,
    spacing: { before: (p.spaceBefore ?? 0) * 20, after: (p.spaceAfter ?? 0) * 20 },
    keepNext: p.keepWithNext || keepNext || undefined,
    children: p.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          break: r.breakBefore ? 1 : undefined,
          bold: r.bold ?? false,
          italics: r.italic ?? false,
          size: (r.size ?? ctx.bodySize) * 2,
          font: ctx.font,
          language: { value: ctx.language },
          highlight: r.highlight ? 'yellow' : undefined,
        }),
    ),
  });
}

/** A short rule: an empty 1-pt paragraph with a bottom border, indented to the rule's width. */
function rule(r: Rule): DocxParagraph {
  const side = mmToTwips(Math.max(0, (r.containerMm - r.widthMm) / 2));
  return new DocxParagraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 120, line: 240 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2, language: { value: 'vi-VN' } })],
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function table(t: Table, ctx: Ctx): DocxTable {
  const b = t.borders ? LINE : NONE;
  const widths = t.columnsMm.map(mmToTwips);
  return new DocxTable({
    width: { size: widths.reduce((a, x) => a + x, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b },
    rows: cellPositions(t).map((cells, i) => {
      const row = t.rows[i]!;
      return new DocxTableRow({
        tableHeader: row.header,
        cantSplit: true,
        children: cells.map(({ cell: c, col, span }) => {
          // The width of the grid columns the cell spans (positions under a vertical merge skipped).
          const width = widths.slice(col, col + span).reduce((a, x) => a + x, 0);
          return new DocxTableCell({
            width: { size: width, type: WidthType.DXA },
            columnSpan: span > 1 ? span : undefined,
            rowSpan: c.rowSpan && c.rowSpan > 1 ? c.rowSpan : undefined,
            verticalAlign: VALIGN[c.verticalAlign ?? 'top'],
            children: c.blocks.map((x) => (x.kind === 'rule' ? rule(x) : paragraph(x, ctx, false, row.keepWithNext))),
          });
        }),
      });
    }),
  });
}

function blocks(list: readonly Block[], ctx: Ctx): (DocxParagraph | DocxTable)[] {
  const out: (DocxParagraph | DocxTable)[] = [];
  let breakNext = false;
  for (const b of list) {
    if (b.kind === 'paragraph') {
      out.push(paragraph(b, ctx, breakNext));
      breakNext = false;
      continue;
    }
    if (breakNext) out.push(new DocxParagraph({ pageBreakBefore: true, children: [] }));
    breakNext = false;
    if (b.kind === 'pageBreak') breakNext = true;
    if (b.kind === 'rule') out.push(rule(b));
    else if (b.kind === 'table') {
      out.push(table(b, ctx));
      // Word needs a paragraph between two tables and after a table that ends a cell or section.
      out.push(new DocxParagraph({ spacing: { after: 0 }, children: [] }));
    }
  }
  if (breakNext) out.push(new DocxParagraph({ pageBreakBefore: true, children: [] }));
  return out;
}

function pageNumberHeader(ctx: Ctx): Header {
  return new Header({
    children: [
      new DocxParagraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: ctx.font,
            size: ctx.bodySize * 2,
            language: { value: ctx.language },
          }),
        ],
      }),
    ],
  });
}

function section(s: ReportSection, ctx: Ctx): ISectionOptions {
  return {
    properties: {
      titlePage: s.titlePage,
      page: {
        size: {
          width: mmToTwips(s.page.widthMm),
          height: mmToTwips(s.page.heightMm),
          orientation: s.page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwips(s.page.margins.top),
          bottom: mmToTwips(s.page.margins.bottom),
          left: mmToTwips(s.page.margins.left),
          right: mmToTwips(s.page.margins.right),
          header: mmToTwips(s.page.headerMm),
        },
        pageNumbers: s.pageNumberStart !== undefined ? { start: s.pageNumberStart } : undefined,
      },
    },
    headers: s.pageNumbers
      ? { default: pageNumberHeader(ctx), ...(s.titlePage ? { first: new Header({ children: [] }) } : {}) }
      : undefined,
    children: blocks(s.blocks, ctx),
  };
}

/** Build the Word document object (exposed for tests that inspect before packing). */
export function reportToDocx(model: ReportDocument): Document {
  const ctx: Ctx = { font: model.font, bodySize: model.bodySize, language: model.language };
  const size = model.bodySize * 2;
  // Word's built-in headings restyled to the body's look (Times New Roman, black, bold):
  // the navigation pane shows the outline, the page looks as Nghị định 30/2020 asks.
  const heading = (level: 1 | 2 | 3 | 4) => ({
    id: `Heading${level}`,
    name: `Heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: model.font, size, bold: true, italics: level === 4, color: '000000' },
    paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1 },
  });
  return new Document({
    title: model.title,
    creator: 'TĐKT',
    styles: {
      default: {
        document: { run: { font: model.font, size, language: { value: model.language } } },
      },
      paragraphStyles: [heading(1), heading(2), heading(3), heading(4)],
    },
    sections: model.sections.map((s) => section(s, ctx)),
  });
}

/** The .docx file's bytes. */
export async function renderReportDocx(model: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportToDocx(model)));
}

/** A document of the registry (core/documents): a letter, or the Giấy khen pages. */
export async function renderDraftedDocx(doc: DraftedDocument): Promise<Uint8Array> {
  if (isCertificateDocument(doc)) {
    const { renderCertificatesDocx } = await import('./certificates');
    return renderCertificatesDocx(doc);
  }
  return renderReportDocx(doc);
}
