import type { CatalogueLevel, CatalogueRow, Subject } from './types';

/**
 * What the built-in tally forms (2024: four levels; 2025: three levels) have in common, kept
 * once: the form's id and title, the subject shorthands, a level's header row, the "Trong đó"
 * rows of an award, level I (Nhà nước: items 1 to 9, untouched by the 2025 reform, which
 * removed cấp huyện), the province's awards II.2 to II.4 and the notes that define direct
 * labour and its rate. Each form's file keeps only what differs, and says why. The forms as
 * built are pinned by tests/fixtures/catalogues (tests/core/catalogueFixtures.test.ts).
 */

export const FORM_ID = 'tong-hop-khen-thuong';
export const FORM_TITLE = 'TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG';

export const TT: Subject = 'collective';
export const CN: Subject = 'individual';
export const GD: Subject = 'household';
export const ALL: readonly Subject[] = [TT, CN, GD];

/** A level's header row: numbered and labelled as the level; it holds the level's subtotal. */
export function levelRow(level: CatalogueLevel): CatalogueRow {
  return { id: level.id, number: level.id, label: level.label, kind: 'level', level: level.id, subjects: ALL };
}

/** The two spellings of the "chuyên đề" line a sheet may carry. */
const CHUYEN_DE_SPELLINGS: readonly string[] = ['Khen chuyên đề', 'Trong đó: Khen chuyên đề'];

/**
 * "Trong đó" rows of an award: chuyên đề · đột xuất (…) · thường xuyên.
 * - `number`: printed in the TT column ("" or "-");
 * - `first`: the chuyên đề line's label (the first line may carry "Trong đó: …");
 * - `dotXuat`: the đột xuất line's label ("Khen đột xuất, đối ngoại" at some levels);
 * - `chuyenDeAliases`: the chuyên đề line's aliases, both spellings unless given; none when empty.
 */
export function kinds(
  parent: string,
  level: string,
  subjects: readonly Subject[],
  opts: { number?: string; dotXuat?: string; first?: string; chuyenDeAliases?: readonly string[] } = {},
): CatalogueRow[] {
  const number = opts.number ?? '';
  const aliases = opts.chuyenDeAliases ?? CHUYEN_DE_SPELLINGS;
  return [
    {
      id: `${parent}.chuyenDe`,
      number,
      label: opts.first ?? 'Khen chuyên đề',
      ...(aliases.length > 0 ? { aliases: [...aliases] } : {}),
      kind: 'breakdown',
      level,
      parent,
      subjects,
    },
    {
      id: `${parent}.dotXuat`,
      number,
      label: opts.dotXuat ?? 'Khen đột xuất',
      kind: 'breakdown',
      level,
      parent,
      subjects,
    },
    {
      id: `${parent}.thuongXuyen`,
      number,
      label: 'Khen thường xuyên',
      aliases: ['Khen thưởng xuyên'],
      kind: 'breakdown',
      level,
      parent,
      subjects,
    },
  ];
}

/** Level I of both forms. */
export const LEVEL_I_NHA_NUOC: CatalogueLevel = { id: 'I', label: 'Khen thưởng cấp Nhà nước', shortName: 'Nhà nước' };

/**
 * Level I, Nhà nước, items 1 to 9, as in both forms (the 2024 form adds item 10, Kỷ niệm
 * chương bộ, ngành, which the 2025 form moves to level II). `i7ChuyenDeAliases`: the aliases
 * of item 7's "Trong đó: Khen chuyên đề" line, where the two forms' rows differ (see the 2024 form).
 */
export function levelINhaNuoc(opts: { i7ChuyenDeAliases?: readonly string[] } = {}): CatalogueRow[] {
  return [
    levelRow(LEVEL_I_NHA_NUOC),
    {
      id: 'I.1',
      number: '1',
      label: 'Huân chương Độc lập',
      kind: 'award',
      conferral: 'reward',
      level: 'I',
      subjects: ALL,
      breakdownComplete: false,
    },
    {
      id: 'I.1.congHien',
      number: '',
      label: 'Trong đó: Khen cống hiến',
      aliases: ['Trong đó: Khen công hiến', 'Khen cống hiến'],
      kind: 'breakdown',
      level: 'I',
      parent: 'I.1',
      subjects: [CN],
    },
    {
      id: 'I.1.giaDinhLietSi',
      number: '',
      label: 'Gia đình nhiều liệt sĩ',
      aliases: ['GD nhiều liệt sĩ', 'GĐ nhiều liệt sĩ'],
      kind: 'breakdown',
      level: 'I',
      parent: 'I.1',
      subjects: [GD],
    },
    {
      id: 'I.2',
      number: '2',
      label: 'Huân chương Lao động',
      kind: 'award',
      conferral: 'reward',
      level: 'I',
      subjects: [TT, CN],
      breakdownComplete: false,
    },
    {
      id: 'I.2.congHien',
      number: '',
      label: 'Trong đó: Khen cống hiến',
      aliases: ['Trong đó: Khen công hiến', 'Khen cống hiến'],
      kind: 'breakdown',
      level: 'I',
      parent: 'I.2',
      subjects: [CN],
    },
    {
      id: 'I.2.thuongXuyen',
      number: '',
      label: 'Khen thường xuyên',
      aliases: ['Khen thưởng xuyên'],
      kind: 'breakdown',
      level: 'I',
      parent: 'I.2',
      subjects: [TT, CN],
    },
    {
      id: 'I.3a',
      number: '3',
      label: 'Nghệ sĩ nhân dân',
      kind: 'award',
      conferral: 'honorary',
      level: 'I',
      subjects: [CN],
    },
    {
      id: 'I.3b',
      number: '',
      label: 'Nghệ sĩ ưu tú',
      kind: 'award',
      conferral: 'honorary',
      level: 'I',
      subjects: [CN],
    },
    {
      id: 'I.4a',
      number: '4',
      label: 'Nghệ nhân nhân dân',
      kind: 'award',
      conferral: 'honorary',
      level: 'I',
      subjects: [CN],
    },
    {
      id: 'I.4b',
      number: '',
      label: 'Nghệ nhân ưu tú',
      kind: 'award',
      conferral: 'honorary',
      level: 'I',
      subjects: [CN],
    },
    {
      id: 'I.5',
      number: '5',
      label: 'Huân, Huy chương kháng chiến chống Mỹ',
      kind: 'group',
      level: 'I',
      subjects: ALL,
    },
    {
      id: 'I.5.huanChuong',
      number: '',
      label: 'Huân chương kháng chiến',
      kind: 'award',
      conferral: 'reward',
      level: 'I',
      parent: 'I.5',
      subjects: ALL,
    },
    {
      id: 'I.5.huyChuong',
      number: '',
      label: 'Huy chương kháng chiến',
      kind: 'award',
      conferral: 'reward',
      level: 'I',
      parent: 'I.5',
      subjects: [CN, GD],
    },
    {
      id: 'I.6',
      number: '6',
      label: 'Bà mẹ Việt Nam anh hùng',
      aliases: ['Bà mẹ VN Anh hùng'],
      kind: 'award',
      conferral: 'honorary',
      level: 'I',
      subjects: [CN],
    },
    {
      id: 'I.7',
      number: '7',
      label: 'Bằng khen của Thủ tướng Chính phủ',
      aliases: ['Bằng khen TTCP'],
      kind: 'award',
      conferral: 'reward',
      level: 'I',
      subjects: ALL,
      breakdownComplete: false,
    },
    ...kinds('I.7', 'I', ALL, { first: 'Trong đó: Khen chuyên đề', chuyenDeAliases: opts.i7ChuyenDeAliases }),
    {
      id: 'I.8',
      number: '8',
      label: 'Cờ thi đua của Chính phủ',
      kind: 'award',
      conferral: 'reward',
      level: 'I',
      subjects: [TT],
      breakdownComplete: true,
    },
    {
      id: 'I.8.chuyenDe',
      number: '',
      label: 'Trong đó: Khen chuyên đề',
      aliases: ['Khen chuyên đề'],
      kind: 'breakdown',
      level: 'I',
      parent: 'I.8',
      subjects: [TT],
    },
    {
      id: 'I.8.thuongXuyen',
      number: '',
      label: 'Khen thường xuyên',
      aliases: ['Khen thưởng xuyên'],
      kind: 'breakdown',
      level: 'I',
      parent: 'I.8',
      subjects: [TT],
    },
    {
      id: 'I.9',
      number: '9',
      label: 'Chiến sĩ thi đua toàn quốc',
      kind: 'award',
      conferral: 'title',
      level: 'I',
      subjects: [CN],
    },
  ];
}

/** The notes' heading and first line, the same in both forms. */
export const NOTES_HEAD: readonly string[] = [
  'Ghi chú:',
  '+ Tập thể trực tiếp lao động sản xuất: cấp phòng và tương đương.',
];

/** The note that defines the direct-labour rate the tally computes (the same formula in both forms). */
export const DIRECT_RATE_NOTE =
  '+ Tỷ lệ lao động trực tiếp = tổng số tập thể, cá nhân được khen thưởng (không phải là lãnh đạo) của đơn vị, cụm thi đua / tổng số tập thể, cá nhân được khen thưởng của đơn vị, cụm thi đua × 100%.';

/** II.2, a province's title both forms print alike (the 2025 form marks it `yearly`, see there). */
export const TAP_THE_LAO_DONG_XUAT_SAC: CatalogueRow = {
  id: 'II.2',
  number: '2',
  label: 'Danh hiệu Tập thể lao động xuất sắc, Đơn vị quyết thắng',
  aliases: ['Danh hiệu TTLĐXS, ĐVQT'],
  kind: 'award',
  conferral: 'title',
  level: 'II',
  subjects: [TT],
};

/** II.3, as II.2, at level II of both forms (tỉnh; bộ, ngành, tỉnh in 2025). */
export const CSTD_CAP_TINH: CatalogueRow = {
  id: 'II.3',
  number: '3',
  label: 'Danh hiệu Chiến sĩ thi đua cấp tỉnh',
  aliases: ['Danh hiệu CSTĐ cấp tỉnh'],
  kind: 'award',
  conferral: 'title',
  level: 'II',
  subjects: [CN],
};

/** II.4, as II.3; its "Trong đó" rows follow it in each form (their aliases differ, see the 2024 form). */
export const BANG_KHEN_UBND_TINH: CatalogueRow = {
  id: 'II.4',
  number: '4',
  label: 'Bằng khen của Chủ tịch UBND tỉnh',
  kind: 'award',
  conferral: 'reward',
  level: 'II',
  subjects: ALL,
  breakdownComplete: true,
};
