/**
 * The pane's entry help for the award register ("Nhập nhanh vào danh sách khen thưởng"),
 * in Vietnamese (NFC): the panel, its fields and every message it gives.
 */
const q = (s: string) => `“${s}”`;
const list = (xs: readonly string[]) => xs.map(q).join(', ');
const REGISTER = q('Danh sách khen thưởng');

export const ENTRY_TEXT = {
  heading: 'Nhập nhanh danh sách khen thưởng',
  intro:
    'Điền một quyết định một lần cho nhiều dòng, hoặc dán danh sách tên (mỗi tên một dòng, chép từ phụ lục quyết định trong Word) để thêm dòng mới.',
  decisionLegend: 'Quyết định',
  fields: {
    decision: 'Số quyết định',
    date: 'Ngày quyết định',
    authority: 'Cấp / cơ quan quyết định',
    award: 'Danh hiệu, hình thức',
    kind: 'Loại',
    subject: 'Đối tượng',
  },
  datePlaceholder: 'ngày/tháng/năm, ví dụ 05/01/2025',
  decisionPlaceholder: 'ví dụ 125/QĐ-UBND',
  none: '(để trống)',
  dateInvalid: (s: string) =>
    `Ngày quyết định ${q(s)} không đúng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2025.`,
  fill: 'Điền vào các dòng đang chọn',
  fillHint: `Chọn các dòng ở trang ${REGISTER} (chọn một cột là đủ), rồi bấm. Ô đã có nội dung được giữ nguyên.`,
  namesLabel: 'Danh sách tên (mỗi tên một dòng)',
  namesPlaceholder: 'Nguyễn Văn An\nTrần Thị Bình\n…',
  namesCount: (n: number) => (n ? `${n} tên sẽ thành ${n} dòng mới.` : 'Chưa có tên nào.'),
  skippedHeader: (line: number, text: string) => `Dòng ${line} (${q(text)}) là dòng tiêu đề: bỏ qua.`,
  skippedNoName: (line: number, text: string) => `Dòng ${line} (${q(text)}) không có tên: bỏ qua.`,
  skippedTooLong: (line: number, text: string) => `Dòng ${line} (${q(text)}) quá dài để là một tên: bỏ qua.`,
  add: (n: number) => (n ? `Thêm ${n} dòng mới` : 'Thêm dòng mới'),
  working: 'Đang ghi vào danh sách khen thưởng…',
  loadingChoices: 'Đang đọc biểu mẫu…',
  // Results.
  filled: (cells: number, lines: number) => `Đã điền ${cells} ô ở ${lines} dòng.`,
  keptCells: (n: number, shown: string) =>
    `${n} ô đã có nội dung khác nên được giữ nguyên (${shown}); nếu cần, hãy sửa tay các ô này.`,
  emptyLinesSkipped: (n: number) => `${n} dòng trống trong vùng chọn được để trống (chỉ điền các dòng đã có nội dung).`,
  nothingFilled: 'Không ô nào cần điền: các dòng đang chọn đã có đủ các thông tin này.',
  selectionEmpty: `Các dòng đang chọn còn trống. Hãy dán danh sách tên để thêm dòng, hoặc chọn các dòng đã có tên ở trang ${REGISTER}.`,
  notOnRegister: `Hãy chọn các dòng cần điền ở trang ${REGISTER} rồi bấm lại.`,
  /** `firstRow`: where the lines start on the sheet as found (6 as made; lower when the clerk inserted rows above the header). */
  notLines: (firstRow: number) =>
    `Vùng đang chọn không có dòng nào của danh sách (các dòng bắt đầu từ dòng ${firstRow}). Hãy chọn các dòng cần điền rồi bấm lại.`,
  multipleAreas:
    'Vùng đang chọn không phải một vùng ô liền (nhiều vùng rời nhau, hoặc một hình, biểu đồ). Hãy chọn một vùng liền (ví dụ kéo chọn từ dòng đầu đến dòng cuối) rồi bấm lại.',
  added: (n: number, first: number, last: number) =>
    `Đã thêm ${n} dòng (dòng ${first}–${last}) và chọn chúng ở trang ${REGISTER}. Hãy xem lại rồi bấm nút “Kiểm tra” trong bảng điều khiển.`,
  full: (free: number, asked: number) =>
    `Danh sách chỉ còn chỗ cho ${free} dòng, không đủ cho ${asked} tên. Hãy chia danh sách ra, hoặc lập sổ tính mới cho phần còn lại.`,
  noNames: 'Chưa có tên nào để thêm. Hãy dán danh sách tên vào ô bên trên.',
  missingColumns: (headers: readonly string[]) =>
    `Không thấy cột ${list(headers)} ở dòng tiêu đề của trang ${REGISTER} (cột đã bị xóa hoặc tiêu đề bị sửa), nên chưa ghi gì. Hãy bấm “Kiểm tra” rồi “Sửa biểu mẫu” để dựng lại cột, rồi bấm lại.`,
  noRegister: `Sổ tính này chưa có trang ${REGISTER}. Hãy bấm “Sửa biểu mẫu” để thêm trang này.`,
  // The decision does not go together (checkDecision).
  nothingToFill: 'Hãy nhập ít nhất một thông tin của quyết định (số, ngày, cấp quyết định, danh hiệu…) để điền.',
  kindWithoutAward: 'Hãy chọn danh hiệu, hình thức trước khi chọn loại.',
  unknownAward: (s: string) => `Danh hiệu ${q(s)} không có trong biểu mẫu của sổ tính này.`,
  kindNotOfAward: (kind: string, award: string, kinds: readonly string[]) =>
    kinds.length
      ? `${q(award)} không có loại ${q(kind)}; chỉ có ${list(kinds)}.`
      : `${q(award)} không chia theo loại: hãy để trống ô Loại.`,
  unknownSubject: (s: string) => `Đối tượng ${q(s)} không đúng: chỉ có “Tập thể”, “Cá nhân”, “Gia đình”.`,
  subjectNotAllowed: (award: string, subject: string, allowed: readonly string[]) =>
    `${q(award)} chỉ xét tặng cho ${allowed.map((a) => a.toLowerCase()).join(', ')}, không cho ${subject.toLowerCase()}.`,
} as const;

/** The first cells kept, for a message ("E8, E9, E12 …"). */
export function shownAddresses(addresses: readonly string[], most = 5): string {
  return addresses.length > most ? `${addresses.slice(0, most).join(', ')} …` : addresses.join(', ');
}
