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
  /** A line break before the run (lines of a heading broken at phrase boundaries). */
  readonly breakBefore?: boolean;
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
  | 'addressee'
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
  /**
   * The outline level a word processor shows in its navigation pane (1 = part / appendix,
   * 2 = I., 3 = 1., 4 = 1.1.); the renderer maps it to a real heading style.
   */
  readonly outline?: 1 | 2 | 3 | 4;
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
  /** Keep on the same page as the next row (an award and its "Trong đó" rows; the row before TỔNG CỘNG). */
  readonly keepWithNext?: boolean;
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
  /** Restart page numbering at this number (each appendix is numbered on its own). */
  readonly pageNumberStart?: number;
  readonly blocks: readonly Block[];
}

export interface ReportDocument {
  /**
   * Text that flows from page to page (the report, the decision, the Tờ trình); absent means a
   * letter too. The discriminant a document of fixed-position pages would set otherwise
   * (core/documents `isLetter`): the Word pane inserts letters and offers the others for download.
   */
  readonly kind?: 'letter';
  readonly title: string;
  /** Proofing language of every run (BCP 47): "vi-VN". */
  readonly language: string;
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

/** A paragraph's text; a line broken ahead of time reads as a space. */
export function paragraphText(p: Paragraph): string {
  return p.runs.map((r, i) => (r.breakBefore && i > 0 ? ` ${r.text}` : r.text)).join('');
}

/** All the text of a block list, paragraph by paragraph (tests, search, the plain-text twin). */
export function blockTexts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(paragraphText(b));
    else if (b.kind === 'table') {
      for (const row of b.rows) for (const c of row.cells) out.push(...blockTexts(c.blocks));
    }
  }
  return out;
}

export function documentTexts(doc: ReportDocument): string[] {
  return doc.sections.flatMap((s) => blockTexts(s.blocks));
}

/**
 * Where each cell of a table starts on the column grid, skipping the positions covered by a
 * rowSpan from a row above (HTML's table model). Renderers take a cell's width from the grid
 * columns it spans, so header rows under vertical merges line up.
 */
export function cellPositions(t: Table): { readonly cell: TableCell; readonly col: number; readonly span: number }[][] {
  const covered: number[] = []; // per column: rows still covered below the current one
  return t.rows.map((row) => {
    const out: { cell: TableCell; col: number; span: number }[] = [];
    let col = 0;
    const busy = covered.map((n) => n > 0);
    for (const cell of row.cells) {
      while (busy[col]) col++;
      const span = cell.colSpan ?? 1;
      out.push({ cell, col, span });
      for (let c = col; c < col + span; c++) covered[c] = (cell.rowSpan ?? 1) - 1;
      col += span;
    }
    for (let c = 0; c < covered.length; c++) if (busy[c]) covered[c] = covered[c]! - 1;
    return out;
  });
}
