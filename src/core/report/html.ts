/**
 * The report model as HTML, for the clipboard ("Sao chép" → paste into Word) where a
 * download is not possible. Every text is escaped; nothing from the workbook is
 * ever injected as markup.
 */
import { documentTexts, type Block, type Paragraph, type ReportDocument, type Run, type Table } from './model';

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function runHtml(r: Run, bodySize: number): string {
  let t = escapeHtml(r.text);
  if (r.bold) t = `<b>${t}</b>`;
  if (r.italic) t = `<i>${t}</i>`;
  const style: string[] = [];
  if (r.size && r.size !== bodySize) style.push(`font-size:${r.size}pt`);
  if (r.highlight) style.push('background:#FFFF00');
  const html = style.length ? `<span style="${style.join(';')}">${t}</span>` : t;
  return r.breakBefore ? `<br>${html}` : html;
}

function paragraphHtml(p: Paragraph, bodySize: number): string {
  const style = [`margin:${p.spaceBefore ?? 0}pt 0 ${p.spaceAfter ?? 0}pt 0`];
  if (p.align) style.push(`text-align:${p.align}`);
  if (p.firstLineIndent) style.push('text-indent:1.27cm');
  return `<p style="${style.join(';')}">${p.runs.map((r) => runHtml(r, bodySize)).join('') || '&nbsp;'}</p>`;
}

function tableHtml(t: Table, bodySize: number): string {
  const border = t.borders ? '1px solid #000' : 'none';
  const cols = t.columnsMm.map((w) => `<col style="width:${w}mm">`).join('');
  const rows = t.rows
    .map((row) => {
      const cells = row.cells
        .map((c) => {
          const attrs = [
            c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '',
            c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '',
          ].join('');
          const style = `border:${border};padding:1pt 4pt;vertical-align:${c.verticalAlign ?? 'top'}`;
          return `<td${attrs} style="${style}">${blocksHtml(c.blocks, bodySize)}</td>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  return `<table style="border-collapse:collapse;width:100%">${cols}${rows}</table>`;
}

function blocksHtml(blocks: readonly Block[], bodySize: number): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'paragraph':
          return paragraphHtml(b, bodySize);
        case 'rule':
          return `<hr style="width:${b.widthMm}mm;margin:0 auto;border:0;border-top:1px solid #000">`;
        case 'table':
          return tableHtml(b, bodySize);
        case 'pageBreak':
          return '<br style="page-break-before:always">';
      }
    })
    .join('');
}

/** A complete HTML document of the report (Times New Roman, body size from the model). */
export function renderReportHtml(doc: ReportDocument): string {
  const body = doc.sections
    .map((s) => blocksHtml(s.blocks, doc.bodySize))
    .join('<br style="page-break-before:always">');
  return (
    `<html><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title></head>` +
    `<body style="font-family:'${doc.font}',serif;font-size:${doc.bodySize}pt">${body}</body></html>`
  );
}

/** The plain text twin (text/plain on the clipboard): one paragraph a line. */
export function renderReportText(doc: ReportDocument): string {
  return documentTexts(doc).join('\n');
}
