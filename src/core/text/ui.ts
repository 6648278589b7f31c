/**
 * The task pane's and the Excel commands' user-facing texts, in Vietnamese (NFC).
 * Pure data and functions only (src/core stays pure).
 */
import type { DocumentId } from '../documents';
import { CERTIFICATE_TEXT } from './certificates';

export const UI_TEXT = {
  appTitle: 'Thi đua – Khen thưởng',
  appSubtitle: 'Tổng hợp các danh hiệu thi đua, hình thức khen thưởng',
  loading: 'Đang đọc bảng tính…',
  workingCreate: 'Đang tạo biểu mẫu…',
  workingRepair: 'Đang sửa biểu mẫu…',
  workingValidate: 'Đang kiểm tra…',
  create: 'Tạo biểu mẫu',
  repair: 'Sửa biểu mẫu',
  validate: 'Kiểm tra',
  createHint: (sheets: readonly string[]) =>
    `Thêm ${sheets.length} trang ${sheets
      .map((s) => `“${s}”`)
      .join(', ')
      .replace(/, ([^,]*)$/, ' và $1')} vào sổ tính này.`,
  /** The form "Tạo biểu mẫu" makes (chosen by the report period; the clerk may pick the other). */
  formChoice: {
    label: 'Biểu mẫu sẽ tạo',
    suggested: (period: string) => `đúng cho kỳ báo cáo hiện tại (${period})`,
    halfYear: (year: number) => `6 tháng đầu năm ${year}`,
    year: (year: number) => `năm ${year}`,
    fileOption: 'Mẫu riêng của tỉnh (tệp .json do tỉnh ban hành)',
    fileLabel: 'Tệp biểu mẫu (.json)',
    fileChosen: (key: string, description: string) =>
      `Đã đọc biểu mẫu ${description || key}. Biểu mẫu được lưu kèm trong sổ tính.`,
    fileProblems: (n: number) => `Tệp biểu mẫu có ${n} lỗi nên không dùng được:`,
    fileMore: (n: number) => `… và ${n} lỗi khác.`,
  },
  repairHint:
    'Sổ tính đã có biểu mẫu. “Sửa biểu mẫu” khôi phục tiêu đề, công thức và định dạng, giữ nguyên mọi số đã nhập.',
  notOursHint: 'Sổ tính này chưa có biểu mẫu. Bấm “Tạo biểu mẫu” để bắt đầu.',
  existsOfferRepair: 'Sổ tính đã có biểu mẫu nên không tạo lại. Nếu biểu mẫu bị hỏng, hãy bấm “Sửa biểu mẫu”.',
  created: (sheets: number) =>
    `Đã tạo biểu mẫu (${sheets} trang tính). Ghi từng quyết định khen thưởng vào trang “Danh sách khen thưởng”: biểu tổng hợp tự tính.`,
  switchToRegister: 'Chuyển sang danh sách khen thưởng',
  switchHint:
    'Biểu tổng hợp đang nhập số tay. “Chuyển sang danh sách khen thưởng” biến mỗi số đã nhập thành một dòng ghi “nhập tay” trong trang “Danh sách khen thưởng”; từ đó biểu tự tính từ danh sách. Số nào không chuyển được chính xác thành dòng (ví dụ chữ “1.000”) được giữ nguyên trong ô và được báo để sửa.',
  workingSwitch: 'Đang chuyển sang danh sách khen thưởng…',
  switched: (added: number, existing: number) =>
    `Đã chuyển: ${added} dòng ghi “nhập tay” được tạo từ số đã nhập trong “Danh sách khen thưởng”; biểu tổng hợp từ nay tự tính từ danh sách.` +
    (existing ? ` Danh sách đã có sẵn ${existing} dòng, nay cũng được tính: hãy kiểm tra để không tính trùng.` : ''),
  switchedAlready: 'Biểu tổng hợp đã tính từ danh sách khen thưởng; không cần chuyển.',
  repaired: 'Đã sửa biểu mẫu. Mọi số liệu đã nhập được giữ nguyên.',
  fitNotApplied: (sheets: readonly string[]) =>
    `Excel chưa nhận “Vừa 1 trang theo chiều rộng” cho trang tính ${sheets.map((s) => `“${s}”`).join(', ')}. ` +
    'Hãy mở trang tính đó, bấm thẻ Bố trí trang, rồi ở ô Chiều rộng (nhóm Co giãn cho vừa) chọn “1 trang”.',
  printSetupSkipped:
    'Phiên bản Excel này chưa cho phép bổ trợ đặt trang in: hãy tự chọn khổ A4, hướng giấy và “Vừa 1 trang theo chiều rộng” trong Bố trí trang.',
  repairedWithBackup: (sheets: readonly string[]) =>
    `Đã sửa biểu mẫu; mọi số trong ô nhập vẫn ở chỗ cũ. Nội dung không thể để nguyên chỗ (gõ đè lên công thức, nằm ngoài bảng) đã được chuyển sang trang ẩn ${sheets.map((s) => `“${s}”`).join(', ')}: xem các cảnh báo “Đã chuyển …” bên dưới.`,
  mendedPrintArea: (sheet: string, found: string | null, restored: string) =>
    `Đã đặt lại vùng in của trang “${sheet}” (${found ? `đang là “${found}”` : 'đã bị xóa'}) thành ${restored}.`,
  repairNotOurs: 'Không tìm thấy biểu mẫu trong sổ tính này. Hãy bấm “Tạo biểu mẫu”.',
  resultsHeading: 'Kết quả kiểm tra',
  clean: 'Không phát hiện lỗi. Biểu tổng hợp đã khớp.',
  summary: (errors: number, warnings: number) =>
    `${errors} lỗi, ${warnings} cảnh báo.` + (errors ? ' Bấm vào từng mục để chọn ô cần sửa.' : ''),
  totalsHeading: 'TỔNG CỘNG',
  totals: {
    collective: 'Tập thể',
    individual: 'Cá nhân',
    household: 'Gia đình',
    directCollectiveRate: 'Tỷ lệ tập thể lao động trực tiếp',
    directIndividualRate: 'Tỷ lệ cá nhân lao động trực tiếp',
  },
  noRate: 'không có',
  error: 'Lỗi',
  warning: 'Cảnh báo',
  goToCell: (sheet: string, address: string) => `Chọn ô ${address} trên trang “${sheet}”`,
  /** A repair's "Đã chuyển … — kiểm tra lại", once seen: the line cleared from the log (the backup stays). */
  dismissMoved: 'Đã xem',
  dismissMovedTitle: (sheet: string, address: string) =>
    `Đã xem nội dung chuyển khỏi ô ${address} trang “${sheet}”: bỏ khỏi danh sách (bản cũ vẫn được giữ)`,
  outsideOffice:
    'Hãy mở trang này trong Excel: trên thẻ “Thi đua – Khen thưởng”, bấm “Mở bảng điều khiển”. Trang này không chạy được khi mở riêng trong trình duyệt.',
  missingSheets: (sheets: readonly string[]) =>
    `Thiếu trang ${sheets.map((s) => `“${s}”`).join(', ')}. Bấm “Sửa biểu mẫu” để thêm lại (số liệu đã nhập được giữ nguyên).`,
  nothingHere:
    'Chức năng của bổ trợ chưa dùng được trong ứng dụng này. Hãy mở bảng điều khiển trong Excel để tạo và kiểm tra biểu mẫu.',
  close: 'Đóng',
  /** The pane's views, one per task (the tab list under the title). */
  views: {
    label: 'Công việc',
    check: 'Kiểm tra',
    register: 'Danh sách khen thưởng',
    /** The register tab where the full name does not fit (a narrow pane): the tab's name stays the full one. */
    registerShort: 'Danh sách',
    documents: 'Văn bản',
    aggregate: 'Tổng hợp',
  },
  registerNeedsForm: 'Danh sách khen thưởng có sau khi tạo biểu mẫu: bấm “Tạo biểu mẫu” ở thẻ “Kiểm tra”.',
  /** Empty cells of "Thông tin chung" right after a create: one finding, opened to list them. */
  infoMissing: (sheet: string, n: number) => `Trang “${sheet}”: còn ${n} ô chưa điền.`,
  partNotLoaded:
    'Không tải được phần này của bảng điều khiển (mất kết nối tới máy chủ của bổ trợ?). Hãy kiểm tra mạng rồi bấm “Thử lại”.',
  retry: 'Thử lại',
  showFindingsForReport: 'Xem các lỗi ở thẻ “Kiểm tra”',
  commandTitle: 'Thi đua – Khen thưởng',
  commandValidated: (errors: number, warnings: number) =>
    errors || warnings
      ? `Kiểm tra xong: ${errors} lỗi, ${warnings} cảnh báo. Ô đầu tiên cần sửa đã được chọn. Mở bảng điều khiển để xem chi tiết.`
      : 'Kiểm tra xong: không phát hiện lỗi.',
} as const;

/** What goes wrong with Office, said so the clerk knows what to do. */
export const OFFICE_ERRORS = {
  ambiguousSheets: (detail: string) =>
    `Chưa sửa biểu mẫu: ${detail} Hãy đổi tên đúng trang cần dùng (hoặc xóa trang thừa) rồi bấm “Sửa biểu mẫu” lại.`,
  formUnknown: (detail: string) =>
    `Chưa sửa biểu mẫu: ${detail} Hãy ghi lại “Mã biểu mẫu” (hoặc “Kỳ báo cáo” và “Năm”) ở trang “Thông tin chung” rồi bấm “Sửa biểu mẫu” lại.`,
  cellEditMode: 'Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.',
  unprotectRefused: (sheets: readonly string[]) =>
    `Excel không cho bổ trợ bỏ bảo vệ trang tính ${sheets.map((s) => `“${s}”`).join(', ')} (Excel có lúc từ chối cả khi trang tính không đặt mật khẩu). ` +
    'Hãy tự bỏ bảo vệ: thẻ Xem lại › Bỏ bảo vệ trang tính (nếu Excel hỏi mật khẩu, hãy nhập mật khẩu đã đặt), rồi bấm lại.',
  protectedSheet: (sheets: readonly string[]) =>
    (sheets.length
      ? `Trang tính ${sheets.map((s) => `“${s}”`).join(', ')} đang được bảo vệ bằng mật khẩu. `
      : 'Một trang tính đang được bảo vệ bằng mật khẩu. ') +
    'Hãy bỏ bảo vệ (thẻ Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
  tooOld: (set: string, version: string) =>
    `Phiên bản Excel này quá cũ (cần hỗ trợ ${set} ${version}). Hãy dùng Excel cho Microsoft 365, Excel 2021 trở lên hoặc Excel trên web.`,
  /** Excel selects nothing on a hidden sheet (Go To refuses the reference): say where it is instead. */
  hiddenSheet: (sheet: string, address: string) =>
    `Ô ${address} nằm trên trang “${sheet}” đang ẩn. Muốn xem: bấm chuột phải vào tên một trang tính bất kỳ › Bỏ ẩn… › chọn “${sheet}”.`,
  veryHiddenSheet: (sheet: string, address: string) =>
    `Ô ${address} nằm trên trang “${sheet}” do bổ trợ quản lý và được ẩn; không cần sửa trực tiếp trang này.`,
  notFound: 'Không tìm thấy trang tính hoặc ô cần dùng. Có thể trang đã bị đổi tên hoặc xoá: hãy bấm “Sửa biểu mẫu”.',
  invalidArgument:
    'Excel từ chối dữ liệu ghi vào bảng tính (tham số không hợp lệ). Hãy thử lại; nếu vẫn lỗi, bấm “Sửa biểu mẫu”.',
  busy: 'Excel đang bận (có thể đang tính toán hoặc có hộp thoại đang mở). Hãy đợi một lát rồi thử lại.',
  tooLarge: 'Yêu cầu quá lớn, Excel không xử lý được. Hãy đóng bớt sổ tính khác rồi thử lại.',
  sharedConflict: 'Sổ tính đang được người khác sửa cùng lúc. Hãy đợi đồng bộ xong rồi thử lại.',
  accessDenied:
    'Excel không cho sửa sổ tính này: sổ đang mở ở chế độ chỉ đọc hoặc có trang tính được bảo vệ. Hãy bấm “Cho phép chỉnh sửa” (nếu có), bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
  invalidOperation:
    'Excel không cho thực hiện thao tác này với sổ tính ở trạng thái hiện tại. Hãy đóng các hộp thoại đang mở và bỏ lọc dữ liệu (nếu có) rồi thử lại; nếu vẫn lỗi, bấm “Sửa biểu mẫu”.',
  alreadyExists:
    'Sổ tính đã có một trang tính hoặc một tên trùng với tên bổ trợ cần tạo. Hãy đổi tên trang tính đó (nhấp đúp vào thẻ tên trang) rồi thử lại.',
  mergedConflict:
    'Có ô gộp chồng lên vùng của biểu mẫu. Hãy bỏ gộp các ô đó (Trang đầu › Gộp và căn giữa › Bỏ gộp ô) rồi bấm “Sửa biểu mẫu”.',
  sheetConflict:
    'Trang tính đang có bộ lọc, bảng tổng hợp (PivotTable) hoặc dữ liệu nằm chắn vùng của biểu mẫu. Hãy bỏ lọc, chuyển bảng đó sang trang khác rồi thử lại.',
  unsupported:
    'Phiên bản Excel này (hoặc loại trang tính này) không hỗ trợ thao tác. Hãy dùng Excel cho Microsoft 365, Excel 2021 trở lên hoặc Excel trên web, với sổ tính .xlsx.',
  inactiveWorkbook: 'Sổ tính này không còn là sổ đang mở. Hãy bấm vào cửa sổ của sổ tính rồi thử lại.',
  connection: 'Mất kết nối với Excel; hãy lưu sổ tính, đóng bảng điều khiển rồi mở lại và thử lại.',
  unknown: (code: string) =>
    `Excel báo lỗi khi thực hiện thao tác (mã: ${code}). Hãy lưu sổ tính, thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại Excel rồi thử lần nữa.`,
} as const;

/** Word: where the report goes (hosts/word/report.ts) and what the clerk is told. */
export const WORD_REPORT_TEXT = {
  hint: 'Chọn sổ tính biểu tổng hợp (.xlsx). Báo cáo được soạn theo thể thức Nghị định 30/2020, có số trang và Phụ lục II trên trang nằm ngang.',
  askReplace:
    'Tài liệu đang mở đã có nội dung. Chèn báo cáo sẽ thay toàn bộ nội dung tài liệu này (để giữ số trang và trang nằm ngang của Phụ lục II).',
  replace: 'Thay nội dung',
  newDocument: 'Mở tài liệu mới',
  cancel: 'Huỷ',
  replaced: (file: string) =>
    `Đã thay nội dung tài liệu bằng báo cáo soạn từ “${file}”, có số trang từ trang 2 và Phụ lục II trên trang nằm ngang.`,
  opened: (file: string) =>
    `Đã mở báo cáo soạn từ “${file}” trong một tài liệu Word mới, có số trang từ trang 2 và Phụ lục II trên trang nằm ngang. Tài liệu đang mở giữ nguyên.`,
  insertedAtCursor: (file: string) =>
    `Đã chèn báo cáo soạn từ “${file}” vào vị trí con trỏ. Phiên bản Word này chỉ chèn được phần thân báo cáo: số trang và trang nằm ngang của Phụ lục II không được chèn. ` +
    'Hãy tự đánh số trang (Chèn › Số trang, chọn “Trang đầu khác”) và đặt trang Phụ lục II nằm ngang (Bố trí › Hướng › Ngang). Dùng Word cho Microsoft 365 hoặc Word trên web để có đủ.',
  cancelled: 'Chưa chèn báo cáo: tài liệu giữ nguyên.',
  download: 'Tải tệp .docx',
  downloadOffered: (file: string) =>
    `Đã tải xuống báo cáo “${file}”: mở tệp bằng Word để có đủ số trang và trang nằm ngang của Phụ lục II. Tài liệu đang mở giữ nguyên.`,
  lostSections: 'trang nằm ngang của Phụ lục II (Bố trí › Hướng › Ngang, cho các trang Phụ lục II)',
  lostPageNumbers: 'số trang (Chèn › Số trang, chọn “Trang đầu khác”)',
  lostOnInsert: (lost: readonly string[]) =>
    `Word chưa chèn được: ${lost.join('; ')}. Hãy tự đặt lại theo chỉ dẫn trong ngoặc, hoặc mở tệp .docx tải xuống.`,
} as const;

/**
 * Word: the registry's documents put into the open document from a picked workbook, by the
 * report's paths (hosts/word/report.ts). `name` is the registry's name of the document.
 */
export const WORD_DOCUMENT_TEXT = {
  hint: 'Chọn sổ tính (.xlsx) có trang “Danh sách khen thưởng”, chọn số rồi bấm “Soạn …”: văn bản được chèn vào tài liệu Word này như báo cáo.',
  pick: 'Chọn sổ tính…',
  pickOther: 'Chọn sổ tính khác…',
  workbook: (file: string) => `Sổ tính: “${file}”.`,
  sameAsReport: 'Dùng sổ tính vừa chèn báo cáo.',
  askReplace: (name: string) =>
    `Tài liệu đang mở đã có nội dung. Chèn ${name.toLocaleLowerCase('vi')} sẽ thay toàn bộ nội dung tài liệu này (để giữ số trang và trang danh sách kèm theo).`,
  replaced: (name: string, number: string) =>
    `Đã thay nội dung tài liệu bằng ${name.toLocaleLowerCase('vi')} số ${number}, có số trang và danh sách kèm theo trên trang riêng. Kiểm tra rồi trình ký.`,
  opened: (name: string, number: string) =>
    `Đã mở ${name.toLocaleLowerCase('vi')} số ${number} trong một tài liệu Word mới, có số trang và danh sách kèm theo trên trang riêng. Tài liệu đang mở giữ nguyên.`,
  insertedAtCursor: (name: string, number: string) =>
    `Đã chèn ${name.toLocaleLowerCase('vi')} số ${number} vào vị trí con trỏ. Phiên bản Word này chỉ chèn được phần thân: số trang không được chèn và danh sách kèm theo chưa có trang riêng. ` +
    'Hãy tự đánh số trang (Chèn › Số trang) và ngắt trang trước danh sách (Bố trí › Ngắt › Trang tiếp theo). Dùng Word cho Microsoft 365 hoặc Word trên web để có đủ.',
  cancelled: (name: string) => `Chưa chèn ${name.toLocaleLowerCase('vi')}: tài liệu giữ nguyên.`,
  downloadOffered: (name: string, file: string) =>
    `Đã tải xuống ${name.toLocaleLowerCase('vi')} “${file}”: mở tệp bằng Word để có đủ số trang và trang danh sách kèm theo. Tài liệu đang mở giữ nguyên.`,
  /** A document of fixed-position pages (not a letter): printed from its own file. */
  downloadOnly: (name: string, file: string) =>
    `Đã tải xuống ${name.toLocaleLowerCase('vi')} “${file}”: văn bản này in theo vị trí cố định trên trang nên không chèn vào tài liệu đang mở. Mở tệp bằng Word để in.`,
  lostSections: 'danh sách kèm theo trên trang riêng, đánh số trang lại từ 1 (Bố trí › Ngắt › Trang tiếp theo)',
  /** The heading over the lines that stop a document: the workbook is not open here, so the cells are to be fixed in Excel. */
  blocked: (name: string, file: string) =>
    `Chưa soạn được ${name.toLocaleLowerCase('vi')}. Mở “${file}” bằng Excel, sửa các ô dưới đây, lưu rồi chọn lại sổ tính:`,
  notOurs: 'Sổ tính này không phải biểu tổng hợp của TĐKT: chưa soạn được văn bản.',
  inserting: (name: string) => `Đang soạn và chèn ${name.toLocaleLowerCase('vi')}…`,
  reading: (file: string) => `Đang đọc “${file}”…`,
} as const;

/**
 * "Văn bản" in Excel: the documents of the registry (core/documents) drafted from the register.
 * Keyed by the registry's ids, so a new document needs its words here and nothing else in the UI.
 */
export const DOCUMENT_PANE_TEXT = {
  heading: 'Quyết định, tờ trình, giấy khen',
  hint: 'Chọn một số trong “Danh sách khen thưởng” để soạn văn bản (.docx) từ các dòng mang số đó.',
  open: 'Chọn số để soạn…',
  close: 'Thu gọn',
  loading: 'Đang đọc các số trong “Danh sách khen thưởng”…',
  refresh: 'Đọc lại các số',
  /** The picker's label, per document. */
  numberLabel: {
    decision: 'Số quyết định',
    proposal: 'Số tờ trình (các dòng đề nghị, chưa có số quyết định)',
    certificates: 'Giấy khen của quyết định số (mỗi người, tập thể một trang)',
  } satisfies Readonly<Record<DocumentId, string>>,
  build: {
    decision: 'Soạn quyết định',
    proposal: 'Soạn tờ trình',
    certificates: CERTIFICATE_TEXT.printButton,
  } satisfies Readonly<Record<DocumentId, string>>,
  noNumbers: {
    decision: 'Chưa có dòng nào ghi số quyết định ở cột “Số quyết định”.',
    proposal: 'Chưa có dòng đề nghị nào (ghi số tờ trình, chưa có số quyết định).',
    certificates: 'Chưa có dòng nào ghi số quyết định ở cột “Số quyết định”.',
  } satisfies Readonly<Record<DocumentId, string>>,
  building: (name: string) => `Đang soạn ${name.toLocaleLowerCase('vi')}…`,
  downloaded: (name: string, file: string) =>
    `Đã soạn ${name.toLocaleLowerCase('vi')} và tải xuống tệp “${file}”. Mở tệp bằng Word để kiểm tra và trình ký.`,
  noDownload: (name: string) =>
    `Excel trên máy Mac (và iPad) không cho ngăn tác vụ tải tệp xuống. Bấm “Sao chép” rồi dán (Cmd+V) ${name.toLocaleLowerCase('vi')} vào một tài liệu Word trống.`,
  copied: (name: string) =>
    `Đã sao chép ${name.toLocaleLowerCase('vi')}. Mở Word, tạo tài liệu trống và dán (Cmd+V hoặc Ctrl+V).`,
  /** The heading of the findings that stopped a document (each a button selecting its cell). */
  blocked: (name: string) => `Chưa soạn được ${name.toLocaleLowerCase('vi')}:`,
  /** The heading when the workbook offers no document at all (not our form). */
  notOurs: 'Chưa soạn được văn bản:',
  /** "From the selected lines": each document's number read from the lines selected in the register. */
  fromSelection: 'Lấy số từ dòng đang chọn',
  fromSelectionHint:
    'Hoặc chọn (bôi đen) các dòng trong trang “Danh sách khen thưởng” rồi bấm “Lấy số từ dòng đang chọn”.',
  readingSelection: 'Đang đọc các dòng đang chọn…',
  /** The number word per document, lower case, in a sentence ("số quyết định 416/QĐ-UBND"). */
  numberWord: {
    decision: 'số quyết định',
    proposal: 'số tờ trình',
    // The Giấy khen are printed for a decision's number: the same words (said once, useDocuments).
    certificates: 'số quyết định',
  } satisfies Readonly<Record<DocumentId, string>>,
  /** "dòng 8" / "dòng 8–12" / "dòng 8–10, 14" (the sheet's rows, as the clerk sees them). */
  rowsLabel: (rows: readonly number[]) => {
    const runs: string[] = [];
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
      runs.push(j === i ? `${rows[i]}` : `${rows[i]}–${rows[j]}`);
      i = j + 1;
    }
    const shown = runs.length > 4 ? [...runs.slice(0, 4), '…'] : runs;
    return `dòng ${shown.join(', ')}`;
  },
  selectionPicked: (rows: string, parts: readonly string[]) =>
    `Các dòng đang chọn (${rows}) mang ${parts.join('; ')}: đã chọn sẵn bên dưới.`,
  selectionSeveral: (word: string, numbers: readonly string[]) =>
    `${numbers.length} ${word} khác nhau (${numbers.join(', ')}) — chọn (bôi đen) chỉ các dòng của một văn bản`,
  selectionNone: (rows: string, words: readonly string[]) =>
    `Các dòng đang chọn (${rows}) chưa ghi ${words.join(' hay ')} nào. Ghi số vào các dòng, hoặc chọn các dòng khác.`,
  selectionMixed: (rows: string, parts: readonly string[]) => `Các dòng đang chọn (${rows}) mang ${parts.join('; ')}.`,
  notRegister: 'Hãy chọn (bôi đen) các dòng trong trang “Danh sách khen thưởng” rồi bấm lại.',
  notOneRange:
    'Đang chọn nhiều vùng (hoặc một biểu đồ): hãy chọn một khối dòng liền nhau trong trang “Danh sách khen thưởng”.',
  notLines:
    'Vùng đang chọn không có dòng nào đã ghi trong “Danh sách khen thưởng”: chọn các dòng đã ghi tên, số quyết định hoặc số tờ trình.',
  /** After "In giấy khen" proposed Số vào sổ: write exactly those into the empty cells. */
  writeNumbers: 'Ghi các số này vào cột “Số vào sổ”',
  writingNumbers: 'Đang ghi số vào sổ vào “Danh sách khen thưởng”…',
  numbersWritten: (n: number, cells: string) =>
    `Đã ghi ${n} số vào sổ vào cột “Số vào sổ” (${cells}), đúng như đã in trên giấy khen.`,
  numbersKept: (cells: string) =>
    `Không ghi đè các ô đã có số từ lúc in: ${cells}. Nếu số đó khác số đã in trên giấy khen, hãy sửa ô hoặc in lại giấy khen.`,
  numbersMoved: (cells: string) =>
    `Không ghi vào ${cells}: dòng của giấy khen không còn ở ô đó (đã chèn, xoá hoặc sắp xếp dòng, hoặc dời cột). Hãy bấm “In giấy khen” lại rồi ghi số.`,
  numbersNone: 'Chưa ghi số nào.',
  numberCell: (address: string, value: string) => `${address} ${value}`,
  keptCell: (address: string, value: string) => `${address} (đang ghi “${value}”)`,
} as const;
