/**
 * The award catalogue: the rows of an official tally form, as data.
 *
 * A catalogue is versioned (`formId` + `version`). A later form — e.g. after the
 * 2025 reform removed the district level — is a new catalogue value, not new code:
 * every layout, formula, validation and report sentence is derived from these rows.
 */

/** Who can receive an award: a collective (tập thể), an individual (cá nhân) or a household (gia đình). */
export type Subject = 'collective' | 'individual' | 'household';

export const SUBJECTS: readonly Subject[] = ['collective', 'individual', 'household'];

/**
 * - `level`: a level header (I, II, …); holds the level's subtotal.
 * - `award`: one award or title; its counts are typed by the clerk.
 * - `group`: a group of awards (e.g. item 5); the sum of its children.
 * - `breakdown`: a "Trong đó" line under an award; typed, never added into totals.
 * - `total`: the grand total (TỔNG CỘNG), the sum of the level rows.
 */
/**
 * How an award is given, which decides the verb of the report's sentences:
 * - `reward`: a form of reward, "tặng" (Giấy khen, Bằng khen, Huân chương, Cờ thi đua …);
 * - `title`: an emulation title, "công nhận danh hiệu “…”" (Lao động tiên tiến, Chiến sĩ thi đua …),
 *   as the communes' decisions word it ("công nhận danh hiệu Lao động tiên tiến năm 2025");
 * - `honorary`: an honorary title of the State, "phong tặng danh hiệu “…”" (Nghệ sĩ nhân dân,
 *   Bà mẹ Việt Nam anh hùng).
 */
export type Conferral = 'reward' | 'title' | 'honorary';

export type RowKind = 'level' | 'award' | 'group' | 'breakdown' | 'total';

export interface CatalogueLevel {
  /** Roman numeral printed on the form: I, II, III, IV. */
  readonly id: string;
  /** Row label, e.g. "Khen thưởng cấp Nhà nước". */
  readonly label: string;
  /** Short name used in summaries: "Nhà nước", "tỉnh" … ("Cấp tỉnh: 1 lỗi"). */
  readonly shortName: string;
  /**
   * Optional. Who decides this level's rewards, named after a form whose label does not name
   * it ("Giấy khen" → "Giấy khen của Chủ tịch UBND huyện"). `{unit}` stands for the unit's
   * name from Thông tin chung ("Chủ tịch UBND {unit}" → "Chủ tịch UBND thị trấn Bắc Sơn").
   * Absent: the report names no issuer for such forms.
   */
  readonly issuer?: string;
  /**
   * Optional. True on the level whose awards the reporting unit (a commune) confers itself;
   * the other levels are what it proposed to higher levels. When no level says so, the last
   * level is the unit's own (the forms are commune forms).
   */
  readonly ownLevel?: boolean;
}

export interface CatalogueRow {
  /** Stable id within the catalogue, used by code and tests (never shown). */
  readonly id: string;
  /** Printed number label: "I", "1", "-" or "". */
  readonly number: string;
  /** Label as printed on the sheet (the form's typos corrected). */
  readonly label: string;
  /** Other spellings a clerk's sheet may carry for the same row (short forms, the paper form's typos). */
  readonly aliases?: readonly string[];
  readonly kind: RowKind;
  /** The level this row belongs to (undefined only for the grand total). */
  readonly level?: string;
  /**
   * For a breakdown: the award it breaks down. For an award inside a group: the group.
   */
  readonly parent?: string;
  /** Subjects the row may count. Level, group and total rows: all subjects (they are sums). */
  readonly subjects: readonly Subject[];
  /**
   * On an award with breakdown rows: whether the breakdown list covers every kind,
   * so that a breakdown that is entered but sums to less than the award deserves a warning.
   */
  readonly breakdownComplete?: boolean;
  /** On award rows: how it is given (the report's verb). */
  readonly conferral?: Conferral;
  /**
   * Optional, on award rows: who confers it when neither the label nor the level's `issuer`
   * says so (same `{unit}` token as `CatalogueLevel.issuer`).
   */
  readonly issuer?: string;
  /**
   * On award rows: a title conferred once a year ("xét tặng hằng năm": Lao động tiên tiến,
   * Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến, Tập thể lao động xuất sắc). A count
   * in a six-month tally is a warning, not an error (education-year awards are the usual
   * exception).
   */
  readonly yearly?: boolean;
}

export interface Catalogue {
  readonly formId: string;
  readonly version: string;
  /** The sheet title, "TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG". */
  readonly title: string;
  /** One line saying which form this is, shown where the clerk picks a form ("Mẫu 3 cấp … từ 6 tháng cuối năm 2025"). */
  readonly description?: string;
  readonly levels: readonly CatalogueLevel[];
  readonly rows: readonly CatalogueRow[];
  /** Notes printed under the table. */
  readonly notes: readonly string[];
}

/** "tong-hop-khen-thuong/2024" */
export function catalogueKey(c: Pick<Catalogue, 'formId' | 'version'>): string {
  return `${c.formId}/${c.version}`;
}
