/**
 * The user-facing texts of the `tdkt` command and the .xlsx file host, in Vietnamese (NFC).
 * Pure data and functions: the host and the CLI pick from here, never write their own.
 */

/** Why a file cannot be used at all (exit code 2). */
export type FileProblem =
  | 'missing'
  | 'not-a-file'
  | 'empty'
  | 'old-xls'
  | 'not-zip'
  | 'not-xlsx'
  | 'corrupt'
  | 'no-tally'
  | 'exists'
  | 'unreadable'
  | 'unwritable'
  | 'ambiguous-sheets'
  | 'encrypted'
  | 'output-folder-missing'
  | 'output-is-folder'
  | 'output-read-only'
  | 'too-large'
  | 'sheet-too-large'
  | 'too-large-to-repair'
  | 'sheet-not-kept'
  | 'form-unknown';

export const FILE_PROBLEMS: Readonly<Record<FileProblem, (file: string, detail?: string) => string>> = {
  missing: (f) => `Không tìm thấy tệp “${f}”. Kiểm tra lại tên và thư mục của tệp.`,
  'not-a-file': (f) => `“${f}” là một thư mục, không phải tệp bảng tính.`,
  empty: (f) =>
    `Tệp “${f}” rỗng (0 byte), không có nội dung bảng tính. Có thể tệp chưa được lưu hoặc tải về chưa xong.`,
  'old-xls': (f) =>
    `Tệp “${f}” là định dạng Excel cũ (.xls). Hãy mở bằng Excel, chọn “Lưu thành” và lưu lại với đuôi .xlsx.`,
  'output-folder-missing': (f, d) =>
    `Không có thư mục “${d ?? '.'}” để ghi tệp “${f}”. Hãy tạo thư mục đó hoặc chọn nơi lưu khác.`,
  'output-is-folder': (f) =>
    `“${f}” là một thư mục, không phải tên tệp. Hãy ghi cả tên tệp kết quả (ví dụ “${f}/ket-qua.xlsx”).`,
  'output-read-only': (f, d) =>
    `Không có quyền ghi tệp “${f}” (thư mục “${d ?? '.'}” hoặc tệp chỉ cho đọc). Hãy chọn nơi lưu khác.`,
  'too-large': (f) =>
    `Tệp “${f}” có phần nội dung quá lớn khi giải nén (có thể tệp bị hỏng, hoặc có hình ảnh, dữ liệu rất lớn không thuộc biểu mẫu) nên không mở, để máy không bị treo. Hãy lấy lại bản gốc của tệp, hoặc xóa các trang, hình ảnh thừa rồi lưu lại.`,
  'too-large-to-repair': (f, d) => `Không sửa tệp “${f}” (tệp vẫn nguyên như cũ): ${d ?? ''}`,
  'sheet-not-kept': (f, d) => `Không sửa tệp “${f}” (tệp vẫn nguyên như cũ): ${d ?? ''}`,
  'sheet-too-large': (f, d) =>
    `Không mở tệp “${f}”: ${d ?? ''} Máy không đọc tiếp để không bị treo và không bỏ sót dòng nào.`,
  encrypted: (f) =>
    `Tệp “${f}” được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK), lưu lại rồi thử lại.`,
  'not-zip': (f) => `Tệp “${f}” không phải bảng tính Excel dạng .xlsx (nội dung không đúng định dạng).`,
  'not-xlsx': (f) =>
    `Tệp “${f}” là tệp nén nhưng không phải bảng tính Excel dạng .xlsx (có thể là tệp Word, tệp .zip hoặc định dạng khác).`,
  corrupt: (f, d) =>
    `Tệp “${f}” bị hỏng hoặc không đầy đủ (có thể tải về hoặc sao chép chưa xong)${d ? `: ${d}` : ''}. Hãy lấy lại bản gốc của tệp.`,
  'no-tally': (f) =>
    `Tệp “${f}” không có trang tính “Biểu tổng hợp” nên không phải biểu tổng hợp thi đua, khen thưởng. Dùng “tdkt create” để tạo biểu mẫu chuẩn.`,
  exists: (f) => `Tệp “${f}” đã có. Không ghi đè để tránh mất số liệu; chọn tên khác hoặc thêm --force để ghi đè.`,
  unreadable: (f, d) => `Không đọc được tệp “${f}”${d ? ` (${d})` : ''}.`,
  'ambiguous-sheets': (f, d) =>
    `Không sửa tệp “${f}”: ${d ?? ''} Hãy đổi tên đúng trang cần dùng (hoặc xóa trang thừa) rồi chạy lại “tdkt repair”.`,
  'form-unknown': (f, d) =>
    `Không sửa tệp “${f}”: ${d ?? ''} Hãy lấy lại bản gốc của tệp, hoặc ghi lại “Mã biểu mẫu” ở trang “Thông tin chung” rồi chạy lại “tdkt repair”.`,
  unwritable: (f, d) => `Không ghi được tệp “${f}”${d ? ` (${d})` : ''}. Tệp có đang mở trong Excel không?`,
};

/** "Đã chuyển “34” từ Biểu tổng hợp!D54 sang Biểu tổng hợp (bản cũ)!D54 — kiểm tra lại." */
export function displacedSentence(sheet: string, address: string, content: string, movedTo: string): string {
  return `Đã chuyển “${content}” từ ${sheet}!${address} sang ${movedTo} — kiểm tra lại.`;
}

/** Details inside file messages. */
export const FILE_DETAILS = {
  /** A sheet of ours holding more than it can: what to do names the rows to delete. */
  sheetTooLong: (sheet: string, capacity: number, lastRow?: number) =>
    `trang “${sheet}” có nội dung ${lastRow ? `đến dòng ${lastRow.toLocaleString('vi-VN')}` : 'dài quá mức đọc được'}, vượt xa ${capacity.toLocaleString('vi-VN')} dòng trang này chứa được. Hãy mở tệp bằng Excel, xóa các dòng thừa ở cuối trang (hoặc chuyển chúng sang tệp khác), lưu lại rồi chạy lại.`,
  /** A sheet of ours with far more rows than its content: what to delete. */
  sheetTooLongToRepair: (sheet: string, rows: number, atLeast: boolean) =>
    `trang “${sheet}” có ${atLeast ? 'hơn ' : ''}${rows.toLocaleString('vi-VN')} dòng, quá lớn để sửa trên máy này. Hãy mở tệp bằng Excel, chuyển những gì cần giữ ở cuối trang sang tệp khác, xóa các dòng thừa ở cuối trang, lưu lại rồi chạy lại “tdkt repair”.`,
  /** A sheet repair could not carry over (a chart sheet, a part exceljs cannot read): what to do. */
  sheetNotKept: (sheet: string) =>
    `trang “${sheet}” không chép lại được khi sửa (trang biểu đồ, hoặc trang do phần mềm khác lưu theo cách khác), sửa sẽ làm mất trang này. Hãy chuyển trang đó sang một tệp khác (chuột phải vào tên trang → Di chuyển hoặc Sao chép → sách mới), lưu lại, chạy lại “tdkt repair”, rồi chuyển trang về.`,
  /** Another sheet too large for repair to carry: what to do. */
  sheetTooManyCells: (sheet: string, cells: number, atLeast: boolean) =>
    `trang “${sheet}” có ${atLeast ? 'hơn ' : ''}${cells.toLocaleString('vi-VN')} ô, quá lớn để sửa trên máy này. Hãy chuyển trang đó sang một tệp khác (chuột phải vào tên trang → Di chuyển hoặc Sao chép → sách mới), lưu lại rồi chạy lại “tdkt repair”.`,
  candidates: (sheet: string, names: readonly string[]) =>
    `không có trang tính “${sheet}” mà có ${names.length} trang giống nó (${names.map((n) => `“${n}”`).join(', ')}), không biết trang nào là trang chính.`,
  /** Repair never rebuilds a workbook on a form it only guesses. */
  formUnknown: (key: string, problem?: string) =>
    key
      ? `mã biểu mẫu “${key}” không được hỗ trợ hoặc trang ẩn mang biểu mẫu bị hỏng${problem ? ` (${problem})` : ''}, nên không biết dựng lại theo mẫu nào; sửa theo một mẫu khác sẽ làm sai biểu.`
      : `${problem ?? 'không biết tệp dùng biểu mẫu nào.'}`,
} as const;

export const CLI_TEXT = {
  usage: [
    'tdkt — biểu tổng hợp các danh hiệu thi đua, hình thức khen thưởng',
    '',
    'Cách dùng:',
    '  tdkt create <tệp.xlsx> [--data dữ-liệu.json] [--force]   tạo biểu mẫu chuẩn (có thể điền sẵn số liệu)',
    '      [--period 6-thang|nam] [--year 2026]                 mẫu theo kỳ báo cáo (từ năm 2025: mẫu 3 cấp)',
    '      [--form tong-hop-khen-thuong/2024|2025]              chọn mẫu có sẵn',
    '      [--catalogue mẫu-của-tỉnh.json]                     mẫu riêng của tỉnh (xem docs/CATALOGUE.md)',
    '      [--previous sổ-kỳ-trước.xlsx]                        chuyển “Số liệu báo cáo” (đặc điểm đơn vị…) từ kỳ trước',
    '  tdkt validate <tệp.xlsx> [--json]                        kiểm tra số liệu',
    '  tdkt repair <tệp.xlsx> [-o tệp-mới.xlsx]                 khôi phục nhãn, công thức, định dạng (giữ số liệu)',
    '  tdkt register <tệp.xlsx> [-o tệp-mới.xlsx]               chuyển biểu nhập tay sang danh sách khen thưởng (giữ số liệu)',
    '  tdkt report <tệp.xlsx> [-o <báo-cáo.docx>] [--previous <kỳ-trước.xlsx>]   soạn báo cáo Word, mặc định ghi cạnh tệp .xlsx; --previous: so sánh với kỳ trước',
    '  tdkt decision <tệp.xlsx> --number <số quyết định> [-o <quyết-định.docx>]   soạn quyết định khen thưởng (cấp xã) và danh sách kèm theo từ danh sách khen thưởng',
    '  tdkt proposal <tệp.xlsx> --number <số tờ trình> [-o <tờ-trình.docx>]      soạn tờ trình đề nghị khen thưởng từ các dòng đề nghị',
    '  tdkt certificates <tệp.xlsx> --number <số quyết định> [-o <giấy-khen.docx>] [--layout <mẫu.json>] [--write-numbers]',
    '                                                                             in giấy khen lên phôi (mỗi người, tập thể một trang);',
    '                                                                             --write-numbers: ghi số vào sổ vừa đề xuất vào các ô “Số vào sổ” còn trống',
    '  tdkt certificates <tệp.xlsx> --calibration [-o <căn-chỉnh.docx>] [--layout <mẫu.json>]',
    '                                                                             trang căn chỉnh: lưới milimét và các ô in, in ra giấy thường',
    '  tdkt aggregate -o <cụm.xlsx> <đơn-vị.xlsx>… [--allow-errors] [--allow-duplicates] [--force]   cộng biểu của nhiều đơn vị',
    '',
    'Thêm --debug vào bất kỳ lệnh nào để xem chi tiết kỹ thuật khi có lỗi.',
    '',
    'Mã thoát: 0 không có lỗi · 1 có lỗi số liệu · 2 không dùng được tệp hoặc sai cách gọi lệnh',
  ].join('\n'),
  unknownCommand: (c: string) => `Không có lệnh “${c}”. Gõ “tdkt --help” để xem các lệnh.`,
  unknownOption: (o: string) => `Không có tùy chọn “${o}”. Gõ “tdkt --help” để xem các tùy chọn.`,
  missingValue: (o: string) => `Tùy chọn ${o} cần một giá trị.`,
  missingFile: (cmd: string) => `Lệnh “${cmd}” cần tên tệp .xlsx. Gõ “tdkt --help” để xem cách dùng.`,
  tooManyFiles: (cmd: string) => `Lệnh “${cmd}” chỉ nhận một tệp.`,
  missingOutput: (cmd: string) => `Lệnh “${cmd}” cần tùy chọn -o <tệp kết quả>.`,
  notXlsxName: (f: string) => `Tên tệp kết quả “${f}” phải có đuôi .xlsx.`,
  dataProblem: (f: string, d: string) => `Tệp dữ liệu “${f}” không dùng được: ${d}`,
  created: (f: string) => `Đã tạo “${f}”.`,
  createdForm: (key: string, description: string) => `Biểu mẫu: ${key}${description ? ` — ${description}` : ''}.`,
  badPeriod: (v: string) =>
    `Kỳ báo cáo “${v}” không hợp lệ: dùng --period 6-thang (6 tháng đầu năm) hoặc --period nam (cả năm).`,
  badYear: (v: string) => `Năm “${v}” không hợp lệ: dùng năm gồm 4 chữ số, từ 2000 đến 2100.`,
  formAndCatalogue: 'Chỉ dùng một trong hai: --form (mẫu có sẵn) hoặc --catalogue (tệp mẫu của tỉnh).',
  unknownFormOption: (v: string, known: string) => `Không có biểu mẫu “${v}”. Các mẫu có sẵn: ${known}.`,
  rowNotInForm: (id: string, form: string) =>
    `dòng “${id}” của “tally” không có trong biểu mẫu ${form}; ghi “form” trong tệp (ví dụ “tong-hop-khen-thuong/2024”) hoặc chọn mẫu bằng --form.`,
  registerOverCapacity: (count: number, first: number, capacity: number) =>
    `${count.toLocaleString('vi-VN')} dòng của “register” sẽ nằm từ dòng ${first.toLocaleString('vi-VN')} trở xuống, ngoài ${capacity.toLocaleString('vi-VN')} dòng mà trang “Danh sách khen thưởng” cộng vào biểu, nên sẽ không được tính. Hãy tách thành nhiều tệp (mỗi đơn vị một tệp) rồi dùng “tdkt aggregate”, hoặc bỏ bớt dòng.`,
  unknownFormInData: (v: string) => `mã biểu mẫu “${v}” không được hỗ trợ`,
  formConflict: (inData: string, chosen: string) =>
    `tệp ghi biểu mẫu “${inData}” nhưng lệnh chọn “${chosen}”; bỏ “form” trong tệp hoặc chọn đúng mẫu.`,
  createdNext:
    'Mở tệp bằng Excel, ghi từng quyết định khen thưởng vào trang “Danh sách khen thưởng” (biểu tổng hợp tự tính) và nhập thông tin chung vào các ô màu vàng, rồi chạy “tdkt validate” để kiểm tra.',
  createdNextTyped:
    'Mở tệp bằng Excel, nhập vào các ô màu vàng, rồi chạy “tdkt validate” để kiểm tra. Biểu này nhập số tay; “tdkt register” chuyển sang danh sách khen thưởng.',
  /** The form named as the clerk knows it (the catalogue's description: its levels and the period it is in force); its key only when it has none. */
  validateHeader: (f: string, key: string, description: string | undefined) =>
    description ? `Kiểm tra “${f}” theo biểu: ${description}` : `Kiểm tra “${f}” (biểu mẫu ${key})`,
  unknownForm: (key: string, used: string) =>
    key
      ? `Mã biểu mẫu “${key}” không được hỗ trợ; kiểm tra theo biểu mẫu ${used} (mẫu có các nhãn, kỳ báo cáo khớp nhất).`
      : `Không rõ biểu mẫu của tệp; tạm kiểm tra theo biểu mẫu ${used}.`,

  ok: 'Không có lỗi.',
  summary: (errors: number, warnings: number) => `Tổng cộng: ${errors} lỗi, ${warnings} cảnh báo.`,
  errorTag: 'LỖI',
  warningTag: 'CẢNH BÁO',
  totalsHeader: 'Số liệu tổng hợp (TỔNG CỘNG):',
  totalLine: (label: string, value: string) => `  ${label}: ${value}`,
  rateBlank: '(trống)',
  registerSwitched: (f: string, added: number, existing: number) =>
    `Đã chuyển “${f}” sang danh sách khen thưởng: ${added} dòng ghi “nhập tay” được tạo từ số đã nhập; biểu tổng hợp từ nay tự tính từ danh sách.${existing ? ` Danh sách đã có sẵn ${existing} dòng, nay cũng được tính: kiểm tra để không tính trùng.` : ''}`,
  registerAlready: (f: string) => `“${f}” đã dùng danh sách khen thưởng; không cần chuyển (đã khôi phục định dạng).`,
  repaired: (f: string, inputs: number) => `Đã sửa và ghi “${f}” (giữ nguyên ${inputs} ô số liệu đã nhập).`,
  backedUp: (sheets: string) =>
    `Một số nội dung không thể để nguyên chỗ nên đã được chuyển sang bản sao (trang ẩn, không in): ${sheets}. Danh sách ở trang ẩn “Nội dung đã chuyển”.`,
  displacedLine: (sheet: string, address: string, content: string, movedTo: string, note?: string) =>
    `  ${displacedSentence(sheet, address, content, movedTo)}${note ? ` ${note}` : ''}`,
  carriedFromPrevious: (f: string, n: number, campaigns: number) =>
    `Đã chuyển ${n} ô “Số liệu báo cáo” (đặc điểm đơn vị, cơ cấu tổ chức, người làm công tác thi đua)${campaigns ? ` và ${campaigns} phong trào còn thời hạn` : ''} từ “${f}”.`,
  mendedPrintArea: (sheet: string, found: string | null, restored: string) =>
    `Đã đặt lại vùng in của trang “${sheet}” (${found ? `đang là “${found}”` : 'đã bị xóa'}) thành ${restored}.`,
  adopted: (from: string, to: string) => `Đã nhận trang tính “${from}” là “${to}” và đặt lại tên.`,
  aggregateReading: (i: number, n: number, f: string) => `[${i}/${n}] Đọc “${f}”…`,
  aggregateNoUnits: 'Lệnh “aggregate” cần ít nhất một tệp biểu của đơn vị.',
  aggregateUnitErrors: (n: number) =>
    `${n} đơn vị có lỗi số liệu nên chưa cộng (sửa các lỗi, hoặc thêm --allow-errors để vẫn cộng phần số liệu hợp lệ):`,
  moreErrors: (n: number) => `    … và ${n} lỗi khác (xem bằng lệnh “tdkt validate”).`,
  aggregateUnitLine: (f: string, unit: string, errors: number) => `  ${f}${unit ? ` (${unit})` : ''}: ${errors} lỗi`,
  aggregateMixed: (what: string, list: string) =>
    `Các tệp không cùng ${what} nên không cộng được với nhau:\n${list}\nChỉ cộng các biểu cùng kỳ, cùng năm, cùng mẫu.`,
  mixedPeriod: 'kỳ báo cáo',
  mixedYear: 'năm',
  mixedForm: 'biểu mẫu',
  mixedLine: (f: string, v: string) => `  ${f}: ${v}`,
  notGiven: '(chưa ghi)',
  sameFileTwice: (f: string) => `Tệp “${f}” được đưa vào hai lần.`,
  duplicateUnit: (name: string, files: string) =>
    `Đơn vị “${name}” có trong nhiều tệp (${files}): cộng cả các tệp này sẽ tính trùng số liệu. Hãy bỏ bớt tệp thừa; nếu đây thật là các đơn vị khác nhau, hãy sửa “Tên đơn vị” trên trang “Thông tin chung” hoặc thêm --allow-duplicates.`,
  outputIsInput: (f: string) => `Tệp kết quả “${f}” trùng với một tệp đơn vị; tệp đơn vị chỉ được đọc, không ghi.`,
  aggregated: (f: string, n: number) => `Đã cộng ${n} đơn vị vào “${f}”.`,
  aggregatedNext: 'Hãy mở tệp, điền trang “Thông tin chung” của đơn vị tổng hợp rồi chạy “tdkt validate”.',
  unexpected:
    'Lỗi không mong đợi khi xử lý tệp. Hãy chạy lại lệnh với --debug và gửi toàn bộ thông báo cho người hỗ trợ.',
  debugDetail: (d: string) => `[chi tiết kỹ thuật] ${d}`,
} as const;

/** The extra sheet of an aggregate workbook: the units that were added up. */
export const UNITS_TEXT = {
  sheetName: 'Danh sách đơn vị',
  title: 'DANH SÁCH ĐƠN VỊ ĐƯỢC TỔNG HỢP',
  subtitle: (n: number) => `Số đơn vị: ${n}. Số liệu của biểu tổng hợp là tổng số liệu của các đơn vị dưới đây.`,
  headers: [
    'TT',
    'Đơn vị',
    'Tệp',
    'Kỳ báo cáo',
    'Năm',
    'Tập thể',
    'Cá nhân',
    'Gia đình',
    'Tập thể LĐ trực tiếp',
    'Cá nhân LĐ trực tiếp',
    'Lỗi',
    'Cảnh báo',
  ],
  total: 'Cộng',
} as const;
