import {
  ALL,
  BANG_KHEN_UBND_TINH,
  CN,
  CSTD_CAP_TINH,
  DIRECT_RATE_NOTE,
  FORM_ID,
  FORM_TITLE,
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
 * The four-level form in use for periods up to mid-2025 (levels I Nhà nước, II tỉnh,
 * III huyện, IV cơ sở), row by row as on the paper form and the Bắc Sơn report's
 * Phụ lục II. Labels carry the form's typos corrected ("Khen cống hiến",
 * "Khen thường xuyên"); the paper spellings stay as aliases so a sheet copied from
 * the paper form is still recognised.
 *
 * Level I (items 1 to 9), the province's awards II.2 to II.4, the "Trong đó" rows, the title
 * and the notes on direct labour are shared with the 2025 form (./shared.ts); this file keeps
 * what is the 2024 form's own: item I.10, level II's "Cờ thi đua của tỉnh", levels III huyện
 * and IV cơ sở, and who counts as a leader. It marks no title `yearly`: the warning came
 * with the 2025 form, and a 2024 tally validates as it always has.
 *
 * One difference from the 2025 rows is of spelling lists only: here the "Khen chuyên đề" lines
 * of II.4, III.4 and IV.2 have no alias and item 7's "Trong đó: Khen chuyên đề" has only
 * "Khen chuyên đề", where the 2025 rows give every such line both spellings. A sheet is
 * recognised the same either way (a row's label and aliases are matched as one set); the rows
 * stay as they have always been built (tests/fixtures/catalogues).
 */

const TINH: CatalogueLevel = {
  id: 'II',
  label: 'Khen thưởng cấp tỉnh',
  shortName: 'tỉnh',
  issuer: 'Chủ tịch UBND tỉnh',
};
const HUYEN: CatalogueLevel = {
  id: 'III',
  label: 'Khen thưởng cấp huyện',
  shortName: 'huyện',
  issuer: 'Chủ tịch UBND huyện',
};
// Luật Thi đua, khen thưởng 2022, Điều 80 khoản 3: the Chủ tịch UBND cấp xã gives Giấy khen.
const CO_SO: CatalogueLevel = {
  id: 'IV',
  label: 'Khen thưởng cấp cơ sở',
  shortName: 'cơ sở',
  issuer: 'Chủ tịch UBND {unit}',
  ownLevel: true,
};
/** This form's "Khen chuyên đề" lines carry no alias (see above). */
const NO_OTHER_SPELLING = { chuyenDeAliases: [] };

const rows: CatalogueRow[] = [
  // ── I. Nhà nước ──────────────────────────────────────────────
  ...levelINhaNuoc({ i7ChuyenDeAliases: ['Khen chuyên đề'] }),
  // 2024 form only: the 2025 form moves Kỷ niệm chương to level II (II.5).
  {
    id: 'I.10',
    number: '10',
    label: 'Kỷ niệm chương bộ, ngành',
    aliases: ['Kỉ niệm chương bộ, ngành'],
    kind: 'award',
    conferral: 'reward',
    level: 'I',
    subjects: [CN],
  },
  // ── II. Tỉnh ────────────────────────────────────────────────
  levelRow(TINH),
  {
    id: 'II.1',
    number: '1',
    label: 'Cờ thi đua của tỉnh',
    kind: 'award',
    conferral: 'reward',
    level: 'II',
    subjects: [TT],
  },
  TAP_THE_LAO_DONG_XUAT_SAC,
  CSTD_CAP_TINH,
  BANG_KHEN_UBND_TINH,
  ...kinds('II.4', 'II', ALL, { dotXuat: 'Khen đột xuất, đối ngoại', ...NO_OTHER_SPELLING }),
  // ── III. Huyện ──────────────────────────────────────────────
  levelRow(HUYEN),
  {
    id: 'III.1',
    number: '1',
    label: 'Lao động tiên tiến',
    kind: 'award',
    conferral: 'title',
    level: 'III',
    subjects: [CN],
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
  },
  {
    id: 'III.3',
    number: '3',
    label: 'Tập thể lao động tiên tiến',
    kind: 'award',
    conferral: 'title',
    level: 'III',
    subjects: [TT],
  },
  {
    id: 'III.4',
    number: '4',
    label: 'Giấy khen',
    kind: 'award',
    conferral: 'reward',
    level: 'III',
    subjects: ALL,
    breakdownComplete: true,
  },
  ...kinds('III.4', 'III', ALL, { number: '-', dotXuat: 'Khen đột xuất, đối ngoại', ...NO_OTHER_SPELLING }),
  // ── IV. Cơ sở ───────────────────────────────────────────────
  levelRow(CO_SO),
  {
    id: 'IV.1',
    number: '1',
    label: 'Lao động tiên tiến',
    kind: 'award',
    conferral: 'title',
    level: 'IV',
    subjects: [CN],
  },
  {
    id: 'IV.2',
    number: '2',
    label: 'Giấy khen',
    kind: 'award',
    conferral: 'reward',
    level: 'IV',
    subjects: ALL,
    breakdownComplete: true,
  },
  ...kinds('IV.2', 'IV', ALL, { number: '-', ...NO_OTHER_SPELLING }),
  // ── Tổng cộng ───────────────────────────────────────────────
  {
    id: 'TOTAL',
    number: '',
    label: 'TỔNG CỘNG (I + II + III + IV)',
    aliases: ['TỔNG CỘNG (I + II + III+IV)'],
    kind: 'total',
    subjects: ALL,
  },
];

export const tongHopKhenThuong2024: Catalogue = {
  formId: FORM_ID,
  version: '2024',
  title: FORM_TITLE,
  description: 'Mẫu 4 cấp (Nhà nước, tỉnh, huyện, cơ sở) — đến 6 tháng đầu năm 2025',
  levels: [LEVEL_I_NHA_NUOC, TINH, HUYEN, CO_SO],
  rows,
  notes: [
    ...NOTES_HEAD,
    '+ Cá nhân là lãnh đạo gồm: lãnh đạo cấp phòng và tương đương trở lên, Bí thư, Phó Bí thư, Chủ tịch, Phó Chủ tịch HĐND, UBND các xã, thị trấn.',
    DIRECT_RATE_NOTE,
  ],
};
