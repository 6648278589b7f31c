/**
 * The căn cứ lines of a commune's quyết định khen thưởng and tờ trình: the laws in force on
 * the document's date, as data with their source. A line applies
 * from its `from` date (inclusive) until its `until` date (inclusive); the document cites
 * the lines in force on its own date, in this order.
 */
import { normalizeText, parseCellDate, type CalendarDate } from '../format/vietnamese';
import type { ProvinceBasisRow } from '../layout/info';

export interface LegalBasis {
  /** As the căn cứ line writes it, after "Căn cứ ". */
  readonly text: string;
  /** Where it comes from (the instrument's number), for the next engineer and the clerk. */
  readonly source: string;
  readonly from?: string;
  readonly until?: string;
}

export const LEGAL_BASES: readonly LegalBasis[] = [
  {
    text: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
    source: 'Luật số 77/2015/QH13; Luật số 47/2019/QH14 (thay bằng Luật số 72/2025/QH15 từ 01/7/2025)',
    until: '2025-06-30',
  },
  {
    text: 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
    source: 'Luật số 72/2025/QH15, hiệu lực 01/7/2025 (chính quyền địa phương hai cấp)',
    from: '2025-07-01',
  },
  {
    text: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    source: 'Luật số 06/2022/QH15, hiệu lực 01/01/2024',
    from: '2024-01-01',
  },
  {
    text: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    source: 'Nghị định 98/2023/NĐ-CP (thay bằng Nghị định 152/2025/NĐ-CP từ 01/7/2025)',
    from: '2024-01-01',
    until: '2025-06-30',
  },
  {
    // The title as the Government announced it: "quy định về phân cấp, phân quyền trong lĩnh
    // vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi
    // đua, khen thưởng" (baomoi.net.vn, "Phân cấp, phân quyền trong lĩnh vực thi đua, khen
    // thưởng", reporting Nghị định số 152/2025/NĐ-CP); it was cited as "quy định chi tiết một số
    // điều …", which is not its title.
    text: 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    source: 'Nghị định 152/2025/NĐ-CP, hiệu lực 01/7/2025',
    from: '2025-07-01',
  },
];

/**
 * The province's own lines as the workbook keeps them (the table on "Thông tin chung"): each
 * typed text, its dates where given, cited after the national lines in the table's order. A
 * date that is no date leaves that bound open (validation names the cell).
 */
export function provinceBases(rows: readonly ProvinceBasisRow[] | undefined): LegalBasis[] {
  const out: LegalBasis[] = [];
  (rows ?? []).forEach((r, i) => {
    const text = normalizeText(String(r.text ?? '')).replace(/[;.]$/u, '');
    if (!text) return;
    const from = parseCellDate(r.from);
    const until = parseCellDate(r.until);
    out.push({
      text,
      source: `Thông tin chung, căn cứ của tỉnh, dòng ${i + 1}`,
      ...(from ? { from: iso(from) } : {}),
      ...(until ? { until: iso(until) } : {}),
    });
  });
  return out;
}

const iso = (d: CalendarDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The căn cứ lines in force on a date (all of the latest when the date is unknown). */
export function legalBasesOn(date: CalendarDate | undefined, bases: readonly LegalBasis[] = LEGAL_BASES): string[] {
  const on = date ? iso(date) : '9999-12-31';
  return bases.filter((b) => (!b.from || b.from <= on) && (!b.until || on <= b.until)).map((b) => b.text);
}
