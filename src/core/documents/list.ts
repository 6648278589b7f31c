/**
 * The danh sách kèm theo of a decision or a Tờ trình, on a page of its own: "DANH SÁCH", what
 * it lists, "(Kèm theo … số … ngày … của …)", then the lines grouped I. Tập thể, II. Cá nhân,
 * III. Hộ gia đình: TT · name · chức vụ, đơn vị · thành tích (the last column only when a line
 * has one).
 */
import type { Subject } from '../catalogue';
import { SUBJECTS } from '../catalogue';
import { upper } from '../format/vietnamese';
import { appendixHead, cell, para, run } from '../letter/parts';
import type { Block, Paragraph, Table, TableCell, TableRow } from '../report/model';
import { DOCUMENT_TEXT } from '../text/documents';
import type { DocumentLine } from './lines';

const SIZE = 13;

function cellText(value: string, o: { bold?: boolean; align?: Paragraph['align']; colSpan?: number } = {}): TableCell {
  return cell([para('cell', [run(value, { bold: o.bold, size: SIZE })], { align: o.align ?? 'left' })], {
    verticalAlign: 'middle',
    ...(o.colSpan ? { colSpan: o.colSpan } : {}),
  });
}

export function listBlocks(lines: readonly DocumentLine[], what: string, attachment: string, textMm: number): Block[] {
  const withAchievement = lines.some((l) => l.achievement);
  const cols = withAchievement ? [12, 58, 50, textMm - 120] : [12, 70, textMm - 82];
  const headers = DOCUMENT_TEXT.listHeaders.slice(0, cols.length);
  const rows: TableRow[] = [{ header: true, cells: headers.map((h) => cellText(h, { bold: true, align: 'center' })) }];
  let g = 0;
  for (const subject of SUBJECTS as readonly Subject[]) {
    const of = lines.filter((l) => l.subject === subject);
    if (!of.length) continue;
    rows.push({
      keepWithNext: true,
      cells: [
        cellText(DOCUMENT_TEXT.groupNumerals[g++]!, { bold: true, align: 'center' }),
        cellText(DOCUMENT_TEXT.groups[subject], { bold: true, colSpan: cols.length - 1 }),
      ],
    });
    of.forEach((l, i) =>
      rows.push({
        cells: [
          cellText(String(i + 1), { align: 'center' }),
          cellText(l.name),
          cellText(l.position),
          ...(withAchievement ? [cellText(l.achievement)] : []),
        ],
      }),
    );
  }
  const table: Table = { kind: 'table', role: 'appendix1', columnsMm: cols, borders: true, rows };
  return [...appendixHead('', DOCUMENT_TEXT.listTitle, upper(what), attachment, textMm), table];
}
