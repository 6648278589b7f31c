/**
 * Texts about catalogue files (a province's variant of the form) and the sheet that carries
 * a catalogue inside the workbook, in Vietnamese (NFC). The checker in
 * core/catalogue/check.ts picks from here.
 */
export const CATALOGUE_TEXT = {
  /** How a problem's place is named: the catalogue as a whole, a level, or a row. */
  whole: 'Biểu mẫu',
  level: (index: number, id: string) => `Cấp thứ ${index} (“levels”, mã “${id}”)`,
  row: (index: number, id: string, label: string) =>
    `Dòng thứ ${index} (“rows”${id ? `, mã “${id}”` : ''}${label ? `, “${label}”` : ''})`,
  problem: (where: string, what: string) => `${where}: ${what}`,

  notObject: 'nội dung phải là một đối tượng JSON { … }.',
  notJson: (detail: string) => `không phải JSON hợp lệ (${detail}).`,
  unknownField: (field: string, allowed: string) => `có trường lạ “${field}” (chỉ dùng: ${allowed}).`,
  missingText: (field: string) => `thiếu “${field}” (một chuỗi không rỗng).`,
  badFormId: (v: string) =>
    `mã biểu mẫu “formId” = “${v}” không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang (ví dụ “tong-hop-khen-thuong”).`,
  badVersion: (v: string) =>
    `phiên bản “version” = “${v}” không hợp lệ: chỉ dùng chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (ví dụ “2025-lang-son”).`,
  builtInKey: (key: string) =>
    `mã “${key}” là biểu mẫu có sẵn của chương trình; biểu mẫu riêng của tỉnh phải đặt “version” khác (ví dụ “2025-lang-son”).`,
  notArray: (field: string) => `“${field}” phải là một danh sách [ … ].`,
  emptyArray: (field: string) => `“${field}” không được để trống.`,
  notStringArray: (field: string) => `“${field}” phải là danh sách các chuỗi.`,
  badId: (v: string) =>
    `mã “${v}” không hợp lệ: chỉ dùng chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới, bắt đầu bằng chữ hoặc số, tối đa 64 ký tự (ví dụ “III.7”).`,
  duplicateLevel: (id: string) => `mã cấp “${id}” bị trùng với một cấp trước đó.`,
  duplicateRow: (id: string, first: number) => `mã “${id}” bị trùng với dòng thứ ${first}; mỗi dòng cần một mã riêng.`,
  duplicateLabel: (label: string, first: number) =>
    `nhãn “${label}” trùng với dòng thứ ${first} cùng cấp; mỗi dòng trong một cấp cần một nhãn riêng (nếu không, biểu tổng hợp cộng mỗi dòng của danh sách khen thưởng vào cả hai).`,
  duplicateKind: (kind: string, first: number) =>
    `loại “${kind}” trùng với dòng thứ ${first} của cùng hình thức khen thưởng; mỗi dòng “Trong đó” cần một loại riêng.`,
  duplicateShortName: (shortName: string, first: string) =>
    `tên ngắn “${shortName}” trùng với cấp “${first}”; danh sách khen thưởng phân biệt các cấp bằng tên ngắn (“Giấy khen (cấp xã)”), nên mỗi cấp cần một tên ngắn riêng.`,
  tooMany: (field: string, n: number, max: number) =>
    `“${field}” có ${n} mục; tối đa ${max} (một biểu mẫu thật không cần nhiều hơn).`,
  tooLong: (field: string, n: number, max: number) => `“${field}” dài ${n} ký tự; tối đa ${max}.`,
  hiddenChar: (field: string) =>
    `“${field}” có ký tự điều khiển hoặc ký tự ẩn (xuống dòng, tab, ký tự không in ra); hãy xóa các ký tự đó.`,
  badLabelStart: (field: string, first: string) =>
    `“${field}” không được bắt đầu bằng ${/\s/.test(first) ? 'khoảng trắng' : `“${first}”`} (Excel đọc thành công thức hoặc phép so sánh); hãy bỏ ký tự đó hoặc viết chữ lên trước.`,
  badKind: (v: string) => `loại dòng “kind” = “${v}” không có; chỉ dùng level, award, group, breakdown, total.`,
  unknownSubject: (v: string) =>
    `đối tượng “${v}” không có; chỉ dùng collective (tập thể), individual (cá nhân), household (gia đình).`,
  duplicateSubject: (v: string) => `đối tượng “${v}” ghi hai lần.`,
  noSubjects: 'không có đối tượng nào (“subjects” rỗng): dòng nhập số phải khen cho ít nhất một đối tượng.',
  unknownLevel: (v: string) => `cấp “${v}” không có trong “levels”.`,
  missingLevel: 'thiếu “level” (cấp của dòng).',
  levelRowMismatch: (id: string, level: string) =>
    `dòng cấp phải có “id” và “level” giống nhau và là mã một cấp trong “levels” (đang là “${id}” / “${level}”).`,
  levelRowMissing: (id: string) => `cấp “${id}” chưa có dòng tiêu đề cấp (kind “level”).`,
  levelRowTwice: (id: string) => `cấp “${id}” có hai dòng tiêu đề cấp.`,
  outOfLevel: (level: string, current: string) =>
    `thuộc cấp “${level}” nhưng nằm dưới dòng tiêu đề của cấp “${current}”; hãy chuyển dòng về đúng cấp.`,
  beforeAnyLevel: 'nằm trước dòng tiêu đề cấp đầu tiên.',
  breakdownParentMissing: (p: string) =>
    `dòng “Trong đó” có “parent” = “${p}” nhưng không có dòng hình thức khen thưởng (kind “award”) nào mang mã này.`,
  breakdownNoParent: 'dòng “Trong đó” (breakdown) phải có “parent” là mã của hình thức khen thưởng nó chia nhỏ.',
  breakdownNotAfterParent: (p: string) =>
    `dòng “Trong đó” phải nằm ngay dưới hình thức “${p}” (hoặc dưới các dòng “Trong đó” khác của hình thức đó).`,
  groupInGroup: (p: string) => `nhóm (kind “group”) không được nằm trong nhóm khác (“parent” = “${p}”).`,
  awardParentNotGroup: (p: string) =>
    `hình thức khen thưởng chỉ có “parent” khi nằm trong một nhóm; “${p}” không phải mã của một nhóm (kind “group”).`,
  awardNotAfterGroup: (p: string) => `hình thức thuộc nhóm “${p}” phải nằm ngay dưới nhóm đó.`,
  emptyGroup: 'nhóm không có hình thức khen thưởng nào bên trong.',
  parentNotAllowed: 'dòng loại này không có “parent”.',
  levelAndTotalOnly: (field: string) => `“${field}” chỉ dùng cho dòng hình thức khen thưởng (kind “award”).`,
  badConferral: (v: string) =>
    `“conferral” = “${v}” không có; chỉ dùng reward (tặng), title (công nhận danh hiệu), honorary (phong tặng).`,
  notBoolean: (field: string) => `“${field}” phải là true hoặc false.`,
  totalCount: (n: number) => `phải có đúng một dòng TỔNG CỘNG (kind “total”) ở cuối; đang có ${n}.`,
  totalNotLast: 'dòng TỔNG CỘNG (kind “total”) phải là dòng cuối cùng.',
  totalHasLevel: 'dòng TỔNG CỘNG không thuộc cấp nào (bỏ “level”).',
  tooBig: (chars: number, max: number) => `quá lớn để mang theo trong sổ tính (${chars} ký tự JSON, tối đa ${max}).`,

  /** The hidden sheet's own lines. */
  sheetTitle: 'Biểu mẫu của sổ tính này (JSON, do chương trình TĐKT ghi; không sửa)',
  chunkLabel: (i: number) => `Phần ${i}`,

  /** A catalogue file given to `tdkt create --catalogue`. */
  fileProblems: (file: string, count: number) => `Tệp biểu mẫu “${file}” có ${count} lỗi nên không dùng được:`,
  fileUnreadable: (file: string, detail: string) => `Không đọc được tệp biểu mẫu “${file}”: ${detail}`,
  /** A workbook whose embedded catalogue is missing or broken and whose marker names an unknown form. */
  embeddedBroken: (key: string, first: string) =>
    `Sổ tính ghi mã biểu mẫu “${key}” nhưng trang ẩn mang biểu mẫu bị hỏng: ${first}`,
} as const;
