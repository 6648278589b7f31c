/**
 * The words of the Giấy khen printed onto the clerk's pre-printed blanks: the fields' names,
 * what is printed in them, the layout sheet "Mẫu in giấy khen", and the messages for a bad
 * layout (from a file or from the sheet) and for the numbers proposed for "Số vào sổ".
 * Vietnamese, NFC.
 */
import type { CertificateFieldId, CertificateProperty } from '../certificates/layout';

export const CERTIFICATE_TEXT = {
  name: 'Giấy khen',
  needs:
    'Các dòng của một số quyết định trong trang “Danh sách khen thưởng”: mỗi người, tập thể, hộ gia đình một trang, in lên phôi giấy khen theo trang “Mẫu in giấy khen”.',
  /** The pane's button. */
  printButton: 'In giấy khen',
  calibrationTitle: 'Trang căn chỉnh giấy khen',
  /** What each field is, as the layout sheet and the calibration page name it. */
  fields: {
    conferrer: 'Người tặng (Chủ tịch UBND xã …)',
    confers: 'Chữ “TẶNG”',
    award: 'Tên hình thức khen thưởng',
    name: 'Họ tên (có Ông/Bà), tên tập thể',
    position: 'Chức vụ, đơn vị',
    achievement: 'Thành tích',
    decision: 'Số, ngày quyết định',
    bookNumber: 'Số vào sổ',
    placeDate: 'Địa danh, ngày tháng',
    signerTitle: 'Chức danh người ký',
    signerName: 'Họ tên người ký',
  } as Readonly<Record<CertificateFieldId, string>>,
  /** The layout's properties, as the sheet's headers and the file's messages name them. */
  properties: {
    x: 'Ngang x (mm)',
    y: 'Dọc y (mm)',
    width: 'Rộng (mm)',
    height: 'Cao (mm)',
    size: 'Cỡ chữ (pt)',
    align: 'Căn lề',
    bold: 'Đậm',
    italic: 'Nghiêng',
    print: 'In',
  } as Readonly<Record<CertificateProperty, string>>,
  /** Căn lề as typed in the sheet (and accepted in a file besides left/center/right). */
  aligns: { left: 'Trái', center: 'Giữa', right: 'Phải' } as const,
  yes: 'Có',
  no: 'Không',
  confers: { reward: 'TẶNG', title: 'CÔNG NHẬN DANH HIỆU', honorary: 'PHONG TẶNG DANH HIỆU' } as const,
  /**
   * The register has no sex column: a person's name gets "Ông/Bà" (the clerk strikes one by hand,
   * or sets "In" of the field to print names without it), unless the name is typed with "Ông"/"Bà".
   */
  salutation: 'Ông/Bà',
  salutations: ['Ông', 'Bà'] as readonly string[],
  decision: (number: string, date: string) => `Số ${number} ngày ${date}`,
  bookNumber: (n: string) => `Số vào sổ: ${n}`,
  /** The layout sheet. */
  sheet: {
    title: 'MẪU IN GIẤY KHEN LÊN PHÔI',
    note: 'Vị trí tính bằng mm từ góc trên bên trái của phôi. In “trang căn chỉnh” (lệnh tdkt certificates --calibration) ra giấy thường, áp lên phôi, rồi sửa độ lệch hoặc vị trí từng trường.',
    pageWidth: 'Khổ phôi: rộng (mm)',
    pageHeight: 'Khổ phôi: cao (mm)',
    offsetX: 'Độ lệch máy in: ngang x (mm, + sang phải)',
    offsetY: 'Độ lệch máy in: dọc y (mm, + xuống dưới)',
    fieldHeader: 'Trường',
  },
  findings: {
    /** A layout file that is not JSON or not an object. */
    fileNotJson: (file: string) =>
      `Tệp mẫu in “${file}” không đọc được dạng JSON. Hãy sửa tệp (xem docs/CERTIFICATES.md) hoặc bỏ --layout để dùng mẫu trong sổ.`,
    fileUnknownKey: (file: string, key: string) =>
      `Tệp mẫu in “${file}”: mục “${key}” không có trong mẫu (chỉ có page, offset, fields). Hãy xóa hoặc sửa tên mục.`,
    fileUnknownField: (file: string, key: string, known: string) =>
      `Tệp mẫu in “${file}”: trường “${key}” không có trong mẫu in giấy khen. Các trường: ${known}.`,
    fileUnknownProperty: (file: string, field: string, key: string) =>
      `Tệp mẫu in “${file}”, trường “${field}”: thuộc tính “${key}” không có (chỉ có x, y, width, height, size, align, bold, italic, print).`,
    /** "Tệp mẫu in “x.json”, trường “name” (Ông/Bà, họ tên), x" or "Ô C9 trang “Mẫu in giấy khen” (Họ tên, Ngang x (mm))". */
    fileAt: (file: string, where: string) => `Tệp mẫu in “${file}”, ${where}`,
    sheetAt: (cell: string, sheet: string, what: string) => `Ô ${cell} trang “${sheet}” (${what})`,
    notNumber: (at: string, value: string, min: number, max: number) =>
      `${at}: “${value}” không phải số. Hãy ghi một số từ ${min} đến ${max}.`,
    outOfRange: (at: string, value: string, min: number, max: number) =>
      `${at}: ${value} nằm ngoài khoảng ${min}–${max}. Hãy ghi một số từ ${min} đến ${max}.`,
    offPage: (at: string, what: string, end: number, page: number) =>
      `${at}: ô in “${what}” kết thúc ở ${end} mm, ra ngoài khổ phôi (${page} mm). Hãy giảm vị trí hoặc kích thước.`,
    badAlign: (at: string, value: string) => `${at}: “${value}” không phải cách căn lề. Hãy chọn Trái, Giữa hoặc Phải.`,
    badFlag: (at: string, value: string) => `${at}: “${value}” không phải Có/Không. Hãy chọn Có hoặc Không.`,
    tooLong: (at: string, text: string) =>
      `${at}: “${text}” không vừa ô in ngay cả khi thu nhỏ chữ; phần thừa sẽ bị cắt. Hãy tăng rộng/cao của trường trong trang “Mẫu in giấy khen” hoặc rút gọn nội dung.`,
    noneSelected: (number: string) =>
      `Các dòng đang chọn không có dòng nào của quyết định “${number}”. Hãy chọn các dòng cần in lại trong trang “Danh sách khen thưởng”, hoặc bỏ chọn để in cả quyết định.`,
  },
  cli: {
    written: (file: string, n: number) => `Đã ghi ${n} giấy khen vào “${file}”.`,
    calibrationWritten: (file: string) =>
      `Đã ghi trang căn chỉnh vào “${file}”: in ra giấy thường (tỷ lệ 100%, không co giãn), áp lên phôi để đọc độ lệch.`,
    proposedHeader: (n: number) =>
      `Số vào sổ đề xuất cho ${n} dòng chưa có số (đã in trên giấy khen; hãy gõ vào cột “Số vào sổ” để lưu, hoặc chạy lại lệnh với --write-numbers để TĐKT ghi giúp):`,
    writtenHeader: (n: number, file: string) =>
      `Số vào sổ đề xuất cho ${n} dòng chưa có số (đã in trên giấy khen), đã ghi vào cột “Số vào sổ” của “${file}”:`,
    numberKept: (cell: string, value: string) =>
      `${cell}: ô đã có “${value}” — giữ nguyên, không ghi đè. Nếu khác số đã in trên giấy khen, hãy sửa ô hoặc in lại giấy khen.`,
    nothingToWrite: 'Mọi dòng của quyết định đã có số vào sổ: không có số nào cần ghi vào tệp.',
    writeNumbersCalibration: 'Trang căn chỉnh không có số vào sổ: bỏ --write-numbers, hoặc in giấy khen với --number.',
    cannotWriteNumbers: (file: string) =>
      `Không ghi được số vào sổ vào “${file}” (không đọc được trang “Danh sách khen thưởng” của tệp để ghi từng ô); giấy khen đã in, hãy gõ các số trên vào cột “Số vào sổ”.`,
    proposed: (cell: string, name: string, value: string) => `  ${cell}  ${name}: ${value}`,
    layoutErrors: 'Mẫu in giấy khen có lỗi, chưa in:',
    errorsHeader: 'Chưa in được giấy khen — sửa các ô sau rồi chạy lại:',
    missingNumber:
      'Thiếu số: tdkt certificates <tệp.xlsx> --number <số quyết định> (ví dụ --number 417/QĐ-UBND), hoặc --calibration để in trang căn chỉnh.',
    notJsonName: (file: string) => `Tệp mẫu in “${file}” phải có đuôi .json.`,
    cannotRead: (file: string) => `Không đọc được tệp mẫu in “${file}”.`,
  },
  pane: {
    noDownload:
      'Excel trên máy Mac (và iPad) không cho ngăn tác vụ tải tệp xuống, và giấy khen (các ô in đặt cố định trên trang) không dán được. Hãy in giấy khen bằng Excel trên Windows hoặc trên web, hoặc lệnh “tdkt certificates”.',
    proposed: (n: number, list: string) =>
      `Số vào sổ đề xuất cho ${n} dòng chưa có số (đã in trên giấy khen; hãy gõ vào cột “Số vào sổ”): ${list}.`,
  },
} as const;
