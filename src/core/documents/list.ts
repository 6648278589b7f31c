/**
 * The danh sách kèm theo of a decision or a Tờ trình, on a page of its own: "DANH SÁCH", what
 * it lists, "(Kèm theo … số … ngày … của …)", then the lines grouped I. Tập thể, II. Cá nhân,
 * III. Hộ gia đình (numbered as they come): TT · name · chức vụ, đơn vị · thành tích.
 */
import type { Subject } from '../catalogue';
import { SUBJECTS } from '../catalogue';
import { formatMoneyDigits } from '../format/money';
import { upper } from '../format/vietnamese';
import { appendixHead, cell, para, run } from '../letter/parts';
import type { Block, Paragraph, Table, TableCell, TableRow } from '../report/model';
import { DOCUMENT_TEXT } from '../text/documents';
import { REPORT_TEXT } from '../text/report';
import { commonAchievement, type DocumentLine } from './lines';

const SIZE = 13;

function cellText(value: string, o: { bold?: boolean; align?: Paragraph['align']; colSpan?: number } = {}): TableCell {
  return cell([para('cell', [run(value, { bold: o.bold, size: SIZE })], { align: o.align ?? 'left' })], {
    verticalAlign: 'middle',
    ...(o.colSpan ? { colSpan: o.colSpan } : {}),
  });
}

/** The "Số tiền (đồng)" column's width: 1.000.000.000 at 13 pt. */
const MONEY_MM = 28;

export function listBlocks(
  lines: readonly DocumentLine[],
  what: string,
  attachment: string,
  textMm: number,
  /** money: the decision's danh sách with its "Số tiền (đồng)" column and a total row. */
  o: { readonly money?: boolean } = {},
): Block[] {
  // A column only when it says something: the thành tích when the lines differ (one shared by
  // all is in the trích yếu and Điều 1 already), the chức vụ / đơn vị when a line has one.
  const withPosition = lines.some((l) => l.position);
  const withAchievement = lines.some((l) => l.achievement) && !commonAchievement(lines);
  const withMoney = o.money === true;
  const rest = textMm - 12 - (withMoney ? MONEY_MM : 0);
  const cols = [
    // Without money, as before; with it, the name and chức vụ columns give up a little.
    ...(withPosition && withAchievement
      ? withMoney
        ? [12, 50, 42, rest - 92]
        : [12, 58, 50, rest - 108]
      : withPosition || withAchievement
        ? [12, withMoney ? 62 : 70, rest - (withMoney ? 62 : 70)]
        : [12, rest]),
    ...(withMoney ? [MONEY_MM] : []),
  ];
  const [tt, , position, achievement] = DOCUMENT_TEXT.listHeaders;
  const present = (SUBJECTS as readonly Subject[]).filter((s) => lines.some((l) => l.subject === s));
  const headers = [
    tt!,
    DOCUMENT_TEXT.nameHeader(present),
    ...(withPosition ? [position!] : []),
    ...(withAchievement ? [achievement!] : []),
    ...(withMoney ? [DOCUMENT_TEXT.moneyHeader] : []),
  ];
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
          ...(withPosition ? [cellText(l.position)] : []),
          ...(withAchievement ? [cellText(l.achievement)] : []),
          ...(withMoney ? [cellText(l.money === undefined ? '' : formatMoneyDigits(l.money), { align: 'right' })] : []),
        ],
      }),
    );
  }
  if (withMoney) {
    const total = lines.reduce((s, l) => s + (l.money ?? 0), 0);
    rows.push({
      cells: [
        cellText(DOCUMENT_TEXT.moneyTotal, { bold: true, align: 'center', colSpan: cols.length - 1 }),
        cellText(formatMoneyDigits(total), { bold: true, align: 'right' }),
      ],
    });
  }
  const table: Table = { kind: 'table', role: 'appendix1', columnsMm: cols, borders: true, rows };
  // "danh hiệu" and a quoted title stay on one line.
  const keep = [...REPORT_TEXT.keepTogether, ...DOCUMENT_TEXT.listKeepTogether, ...(what.match(/“[^”]+”/gu) ?? [])];
  return [...appendixHead(DOCUMENT_TEXT.listTitle, upper(what), undefined, attachment, textMm, keep), table];
}
