/**
 * The report's texts drawn from the award register: the names in 4.3 and the appendix
 * "Danh sách tập thể, cá nhân được khen thưởng" (Vietnamese, NFC).
 */
export const AWARDEE_TEXT = {
  /** "Quyết định số 45/QĐ-UBND ngày 01/02/2024" (the report's 4.3 says "theo …"). */
  decisionsOne: (d: string) => `Quyết định số ${d}`,
  decisionDate: (number: string, date: string) => `${number} ngày ${date}`,
  andMore: (n: string, noun: string) => `và ${n} ${noun} khác`,
  appendix: 'Phụ lục III',
  appendixTitle: 'DANH SÁCH TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH ĐƯỢC KHEN THƯỞNG',
  headers: ['TT', 'Tên tập thể, cá nhân, hộ gia đình', 'Chức vụ, đơn vị', 'Số lượng', 'Quyết định'] as const,
  grouped: (n: string, noun: string) => `${n} ${noun} (không ghi tên)`,
} as const;
