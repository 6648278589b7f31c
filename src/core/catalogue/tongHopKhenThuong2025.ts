import {
  ALL,
  BANG_KHEN_UBND_TINH,
  CN,
  CSTD_CAP_TINH,
  DIRECT_RATE_NOTE,
  FORM_ID,
  FORM_TITLE,
  GD,
  kinds,
  LEVEL_I_NHA_NUOC,
  levelINhaNuoc,
  levelRow,
  NOTES_HEAD,
  TAP_THE_LAO_DONG_XUAT_SAC,
  TT,
} from './shared';
import type { Catalogue, CatalogueLevel, CatalogueRow } from './types';

/**
 * The three-level form for periods from the second half of 2025 on (levels I Nhà nước,
 * II bộ, ngành, tỉnh, III xã): there is no cấp huyện since 01/7/2025 and the Chủ tịch UBND
 * cấp xã confers what the district used to (Nghị định 129/2025/NĐ-CP Điều 59; Nghị định
 * 152/2025/NĐ-CP replacing 98/2023; Thông tư 15/2025/TT-BNV). No national template has
 * been published; this is the form the 2024 one becomes under those rules
 * (without cấp huyện). Level I is the 2024 form's; "Kỷ niệm chương bộ, ngành" moves to II.
 *
 * Level I (items 1 to 9), the province's awards II.2 to II.4, the "Trong đó" rows, the title
 * and the notes on direct labour are shared with the 2024 form (./shared.ts); this file keeps
 * what the reform changed: level II bộ, ngành, tỉnh (its renamed Cờ thi đua, II.5, II.6),
 * level III xã, the yearly titles (`yearly`, and the note saying so) and who counts as a
 * leader in the merged communes.
 *
 * Row ids follow the 2024 scheme (level.number[.kind]); the same id in two catalogues
 * does not mean the same award (III.1 is "Lao động tiên tiến" of the district in 2024,
 * of the commune here).
 */

const BO_NGANH_TINH: CatalogueLevel = {
  id: 'II',
  label: 'Khen thưởng cấp bộ, ngành, tỉnh',
  shortName: 'bộ, ngành, tỉnh',
};
// Luật Thi đua, khen thưởng 2022, Điều 80; Nghị định 129/2025, Điều 59: the Chủ tịch UBND cấp xã confers this level.
const XA: CatalogueLevel = {
  id: 'III',
  label: 'Khen thưởng cấp xã',
  shortName: 'xã',
  issuer: 'Chủ tịch UBND {unit}',
  ownLevel: true,
};

const rows: CatalogueRow[] = [
  // ── I. Nhà nước (as in 2024, without item 10) ───────────────
  ...levelINhaNuoc(),
  // ── II. Bộ, ngành, tỉnh ─────────────────────────────────────
  levelRow(BO_NGANH_TINH),
  {
    id: 'II.1',
    number: '1',
    label: 'Cờ thi đua của UBND tỉnh',
    aliases: ['Cờ thi đua của tỉnh'],
    kind: 'award',
    conferral: 'reward',
    level: 'II',
    subjects: [TT],
  },
  // A yearly title here: the 2025 form warns about it in a six-month tally (its last note).
  { ...TAP_THE_LAO_DONG_XUAT_SAC, yearly: true },
  CSTD_CAP_TINH,
  BANG_KHEN_UBND_TINH,
  ...kinds('II.4', 'II', ALL, { dotXuat: 'Khen đột xuất, đối ngoại' }),
  {
    id: 'II.5',
    number: '5',
    label: 'Bằng khen, Kỷ niệm chương của bộ, ngành, đoàn thể Trung ương',
    aliases: ['Kỷ niệm chương bộ, ngành'],
    kind: 'award',
    conferral: 'reward',
    level: 'II',
    subjects: [TT, CN],
  },
  {
    id: 'II.6',
    number: '6',
    label: 'Danh hiệu, Giấy khen của thủ trưởng sở, ngành tỉnh',
    kind: 'award',
    conferral: 'reward',
    level: 'II',
    subjects: [TT, CN],
  },
  // ── III. Xã (replaces the 2024 form's III huyện and IV cơ sở) ──
  levelRow(XA),
  {
    id: 'III.1',
    number: '1',
    label: 'Lao động tiên tiến',
    kind: 'award',
    conferral: 'title',
    level: 'III',
    subjects: [CN],
    yearly: true,
  },
  {
    id: 'III.2',
    number: '2',
    label: 'Chiến sĩ thi đua cơ sở',
    aliases: ['Chiến sỹ thi đua cơ sở'],
    kind: 'award',
    conferral: 'title',
    level: 'III',
    subjects: [CN],
    yearly: true,
  },
  {
    id: 'III.3',
    number: '3',
    label: 'Tập thể lao động tiên tiến',
    kind: 'award',
    conferral: 'title',
    level: 'III',
    subjects: [TT],
    yearly: true,
  },
  {
    id: 'III.4',
    number: '4',
    label: 'Giấy khen của Chủ tịch UBND xã',
    aliases: ['Giấy khen'],
    kind: 'award',
    conferral: 'reward',
    level: 'III',
    subjects: ALL,
    breakdownComplete: true,
  },
  ...kinds('III.4', 'III', ALL, { number: '-' }),
  {
    id: 'III.5',
    number: '5',
    label: 'Thôn, tổ dân phố văn hóa',
    aliases: ['Thôn, tổ dân phố văn hoá'],
    kind: 'award',
    conferral: 'title',
    level: 'III',
    subjects: [TT],
  },
  {
    id: 'III.6',
    number: '6',
    label: 'Gia đình văn hóa',
    aliases: ['Gia đình văn hoá'],
    kind: 'award',
    conferral: 'title',
    level: 'III',
    subjects: [GD],
  },
  // ── Tổng cộng ───────────────────────────────────────────────
  {
    id: 'TOTAL',
    number: '',
    label: 'TỔNG CỘNG (I + II + III)',
    aliases: ['TỔNG CỘNG (I+II+III)'],
    kind: 'total',
    subjects: ALL,
  },
];

export const tongHopKhenThuong2025: Catalogue = {
  formId: FORM_ID,
  version: '2025',
  title: FORM_TITLE,
  description: 'Mẫu 3 cấp (Nhà nước, bộ/ngành/tỉnh, xã) — từ 6 tháng cuối năm 2025',
  levels: [LEVEL_I_NHA_NUOC, BO_NGANH_TINH, XA],
  rows,
  notes: [
    ...NOTES_HEAD,
    '+ Cá nhân là lãnh đạo gồm: Trưởng phòng, Phó Trưởng phòng thuộc UBND xã và tương đương trở lên; Bí thư, Phó Bí thư Đảng ủy; Chủ tịch, Phó Chủ tịch HĐND, UBND xã, phường, đặc khu.',
    DIRECT_RATE_NOTE,
    '+ Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến, Tập thể lao động xuất sắc là danh hiệu xét tặng hằng năm; biểu 6 tháng thường không có (trừ danh hiệu theo năm học của ngành giáo dục).',
  ],
};
