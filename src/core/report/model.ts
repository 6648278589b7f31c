/**
 * The report as a document model: sections of blocks (paragraphs of runs, tables with
 * merged cells, short rules, page breaks), with the page set-up of Nghị định 30/2020.
 * Renderers (.docx in src/hosts/docx, HTML in ./html.ts) turn it into a file; none of
 * them knows the outline or the numbers — the same split as dolanmiu/docx's model and packer.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points; the document's body size when absent. */
  readonly size?: number;
  /** Marks text the clerk still has to write ("[…]"). */
  readonly highlight?: boolean;
}

/** What a paragraph is, so tests and renderers can tell a heading from body text. */
export type ParagraphRole =
  | 'body'
  | 'placeholder'
  | 'drafted'
  | 'heading-part'
  | 'heading-part-title'
  | 'heading-roman'
  | 'heading-arabic'
  | 'heading-sub'
  | 'title'
  | 'header'
  | 'signature'
  | 'recipients'
  | 'appendix'
  | 'cell'
  | 'note';

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly role: ParagraphRole;
  readonly runs: readonly Run[];
  readonly align?: Align;
  /** First-line indent (the body's 1,27 cm). */
  readonly firstLineIndent?: boolean;
  /** Space after in points (body: 6). */
  readonly spaceAfter?: number;
  readonly spaceBefore?: number;
  readonly keepWithNext?: boolean;
}

/** A short horizontal rule, centred in its container (under the body's name, the motto, the trích yếu). */
export interface Rule {
  readonly kind: 'rule';
  readonly widthMm: number;
  /** Width of what it is centred in (the page's text width or the table cell's). */
  readonly containerMm: number;
}

export interface TableCell {
  readonly blocks: readonly (Paragraph | Rule)[];
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly verticalAlign?: 'top' | 'middle' | 'bottom';
}

export interface TableRow {
  /** Covered positions (under a rowSpan) are left out, as in HTML. */
  readonly cells: readonly TableCell[];
  /** Repeated at the top of every page. */
  readonly header?: boolean;
}

export type TableRole = 'header' | 'signature' | 'appendix1' | 'appendix2';

export interface Table {
  readonly kind: 'table';
  readonly role: TableRole;
  readonly columnsMm: readonly number[];
  readonly borders: boolean;
  readonly rows: readonly TableRow[];
}

export interface PageBreak {
  readonly kind: 'pageBreak';
}

export type Block = Paragraph | Rule | Table | PageBreak;

export interface PageSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** A4 in portrait terms; renderers swap for landscape. */
  readonly widthMm: number;
  readonly heightMm: number;
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Distance of the page-number header from the top edge. */
  readonly headerMm: number;
}

export interface ReportSection {
  readonly page: PageSetup;
  /** Page numbers centred in the top margin. */
  readonly pageNumbers: boolean;
  /** No page number on the section's first page (Word's "different first page"). */
  readonly titlePage: boolean;
  readonly blocks: readonly Block[];
}

export interface ReportDocument {
  readonly title: string;
  readonly font: string;
  /** Body size in points. */
  readonly bodySize: number;
  readonly sections: readonly ReportSection[];
}

/** A4, margins top 20, bottom 20, left 30, right 15 mm (Nghị định 30/2020, Phụ lục I). */
export const A4 = { widthMm: 210, heightMm: 297 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export function textWidthMm(page: PageSetup): number {
  const w = page.orientation === 'portrait' ? page.widthMm : page.heightMm;
  return w - page.margins.left - page.margins.right;
}

/** All the text of a block list, paragraph by paragraph (tests, search, the plain-text twin). */
export function blockTexts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b.runs.map((r) => r.text).join(''));
    else if (b.kind === 'table') {
      for (const row of b.rows) for (const c of row.cells) out.push(...blockTexts(c.blocks));
    }
  }
  return out;
}

export function documentTexts(doc: ReportDocument): string[] {
  return doc.sections.flatMap((s) => blockTexts(s.blocks));
}
