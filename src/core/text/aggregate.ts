/**
 * The pane's "Tổng hợp từ các đơn vị" (the receiving office adds up the units' workbooks),
 * in Vietnamese (NFC). The refusals' sentences are the CLI's (core/aggregate.ts); here only
 * what the pane adds: the panel, the table, the checkboxes that lift a refusal.
 */
export const AGGREGATE_TEXT = {
  heading: 'Tổng hợp từ các đơn vị',
  intro:
    'Chọn các tệp biểu của đơn vị (.xlsx). Số liệu được cộng vào các trang mới của sổ tính này; không trang nào đã có bị ghi đè.',
  pick: 'Chọn tệp của các đơn vị…',
  pickLabel: 'Tệp biểu của các đơn vị (.xlsx)',
  reading: (i: number, n: number, file: string) => `Đang đọc tệp ${i}/${n}: ${file}`,
  progressLabel: (i: number, n: number) => `Đã đọc ${i}/${n} tệp`,
  cancel: 'Dừng đọc',
  cancelled: (read: number, n: number) =>
    `Đã dừng sau ${read}/${n} tệp. Chỉ các tệp đã đọc được liệt kê; chọn lại tệp để đọc đủ.`,
  tableLabel: 'Các đơn vị đã đọc',
  columns: { file: 'Tệp', unit: 'Đơn vị', status: 'Tình trạng' },
  status: {
    valid: 'hợp lệ',
    errors: (n: number) => `có lỗi (${n})`,
    duplicate: 'trùng đơn vị',
    otherPeriod: 'khác kỳ',
    otherForm: 'khác biểu mẫu',
    unusable: 'không đọc được',
  },
  noUnitName: '(chưa ghi tên)',
  showFindings: (file: string) => `Xem lỗi của ${file}`,
  findingsOf: (file: string, unit: string) => `Đơn vị ${unit || '(chưa ghi tên)'} cần sửa trong tệp ${file}:`,
  /** What the receiving office pastes into its reply to the unit (plain text). */
  unitNote: (file: string, unit: string, lines: readonly string[]) =>
    `Đơn vị ${unit || '(chưa ghi tên)'}: tệp ${file} còn ${lines.length} lỗi cần sửa trước khi gửi lại.\n` +
    lines.map((l) => `- ${l}`).join('\n'),
  copyForUnit: 'Sao chép nhận xét gửi đơn vị',
  copiedForUnit: 'Đã sao chép nhận xét: dán vào thư trả lời đơn vị.',
  copyForUnitFailed: 'Không sao chép được (trình duyệt chặn bộ nhớ tạm): hãy chọn và sao chép danh sách lỗi ở trên.',
  hideFindings: 'Đóng',
  moreFindings: (n: number) => `… và ${n} lỗi khác: mở tệp đó và bấm nút “Kiểm tra” trong bảng điều khiển để xem hết.`,
  summary: (n: number, ok: number) => `${n} đơn vị, ${ok} hợp lệ.`,
  unusableExcluded: (n: number) => `${n} tệp không đọc được sẽ không được cộng.`,
  allowErrors: 'Vẫn cộng các đơn vị có lỗi (chỉ cộng các ô hợp lệ của họ)',
  allowDuplicates: 'Vẫn cộng các tệp trùng đơn vị (đây thật là các đơn vị khác nhau)',
  allowMixedPeriods: 'Vẫn cộng các đơn vị khác kỳ báo cáo hoặc khác năm',
  mixedFormNever: 'Không thể cộng biểu của hai mẫu khác nhau: hãy bỏ các tệp khác biểu mẫu rồi chọn lại.',
  duplicateRefused: (name: string, files: string) =>
    `Đơn vị “${name}” có trong nhiều tệp (${files}): cộng cả các tệp này sẽ tính trùng số liệu. Hãy bỏ bớt tệp thừa, hoặc đánh dấu ô bên dưới nếu đây thật là các đơn vị khác nhau.`,
  errorsRefused: (n: number) =>
    `${n} đơn vị có lỗi. Hãy đề nghị đơn vị sửa và gửi lại, hoặc đánh dấu ô bên dưới để vẫn cộng.`,
  nothingToAdd: 'Không có tệp nào đọc được để cộng.',
  write: 'Ghi tổng hợp vào sổ tính',
  writing: 'Đang ghi tổng hợp…',
  /** The write in several requests (a large summed register): the parts written so far. */
  writingParts: (done: number, n: number) => `Đang ghi tổng hợp vào sổ tính: đã ghi ${done}/${n} phần…`,
  written: (n: number, sheets: readonly string[]) =>
    `Đã cộng ${n} đơn vị vào các trang ${sheets.map((s) => `“${s}”`).join(', ')}. Hãy điền trang “Thông tin chung” của đơn vị tổng hợp rồi bấm nút “Kiểm tra” trong bảng điều khiển.`,
  occupied: (sheets: readonly string[]) =>
    `Sổ tính này đã có ${sheets.map((s) => `“${s}”`).join(', ')}: không ghi đè. Hãy mở một sổ tính mới (trống) rồi tổng hợp lại.`,
} as const;

/** The pane's footer: the add-in's and the form's versions, and a newer form once. */
export const FOOTER_TEXT = {
  label: 'Phiên bản',
  addin: (v: string) => `Bổ trợ ${v}`,
  form: (title: string) => `Biểu mẫu ${title}`,
  noForm: 'Sổ tính chưa có biểu mẫu',
  newerForm: (title: string) =>
    `Đã có biểu mẫu mới hơn (${title}): khi lập biểu cho kỳ mới, hãy tạo biểu trong sổ tính mới.`,
  dismiss: 'Đã hiểu',
} as const;
