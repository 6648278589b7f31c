/**
 * Every user-facing text of the core, in Vietnamese (NFC), in one place.
 * English twins sit beside the finding messages only (for logs and support).
 */
export const TEXT = {
  info: {
    title: 'THÔNG TIN CHUNG CỦA BÁO CÁO',
    instructions:
      'Nhập vào các ô màu vàng. Các thông tin này được dùng cho tiêu đề biểu tổng hợp, Phụ lục I và báo cáo.',
    headerField: 'Mục',
    headerValue: 'Nội dung',
    headerHint: 'Hướng dẫn',
    markerLabel: 'Mã biểu mẫu (không sửa)',
    /** The province's căn cứ lines, a table under the fields (documents/legalBases.ts). */
    basesTitle: 'CĂN CỨ CỦA TỈNH, THÀNH PHỐ (ghi vào quyết định, tờ trình khen thưởng, sau các căn cứ luật, nghị định)',
    basesHint:
      'Mỗi văn bản một dòng, theo thứ tự ghi trong quyết định; ghi như sau chữ “Căn cứ”, không ghi dấu “;” cuối. Ví dụ: Quyết định số …/20…/QĐ-UBND ngày … tháng … năm … của Ủy ban nhân dân tỉnh … ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh (thay các dấu … bằng số, ngày của văn bản). Ngày để trống: áp dụng cho mọi quyết định.',
    basesHeaders: {
      from: 'Áp dụng từ ngày',
      text: 'Văn bản (ghi sau chữ “Căn cứ”)',
      until: 'Đến ngày',
    },
    /** No marker, and neither the tally's labels nor the period tell the form: nothing is guessed. */
    formUnknown: (markerCell: string) =>
      `Không xác định được biểu mẫu của tệp: ô “Mã biểu mẫu” (${markerCell}) trống hoặc mất, các nhãn của biểu tổng hợp không khớp rõ với mẫu nào, và chưa ghi kỳ báo cáo, năm. Hãy ghi “Kỳ báo cáo” và “Năm” ở trang “Thông tin chung” rồi chạy lại (từ năm 2025 dùng mẫu 3 cấp).`,
  },
  reportData: {
    title: 'SỐ LIỆU ĐỂ VIẾT BÁO CÁO',
    instructions:
      'Nhập số, tên, ngày vào ô màu vàng; đánh dấu x vào khó khăn, nguyên nhân đúng với đơn vị. Báo cáo tự viết các mục I.1, I.2, 1.3, 2.1, 2.2, 2.3, 3, 5, III.1, III.2, III.3 từ các ô và bảng này; nội dung tự viết ở trang “Nội dung báo cáo” được dùng thay cho đoạn tự viết. Đặc điểm đơn vị được chuyển sang sổ của kỳ sau.',
    groups: {
      profile: 'ĐẶC ĐIỂM ĐƠN VỊ (mục I.1)',
      organisation: 'CƠ CẤU TỔ CHỨC (mục I.2)',
      results: 'MỘT SỐ KẾT QUẢ TRONG KỲ (mục 2.2 và 3) – số liệu, để trống nếu không có',
      other: 'MỘT SỐ CÔNG TÁC KHÁC (mục 5)',
      difficulties: 'KHÓ KHĂN, VƯỚNG MẮC (mục III.2) – đánh dấu x',
      causes: 'NGUYÊN NHÂN (mục III.3) – đánh dấu x',
    },
    campaignsTitle: 'CÁC PHONG TRÀO, ĐỢT THI ĐUA TRONG KỲ (mục 2.3 và Phần thứ hai) – mỗi phong trào một dòng',
    campaignHeaders: {
      name: 'Tên phong trào, đợt thi đua',
      kind: 'Loại (thường xuyên, chuyên đề, theo đợt)',
      launchedBy: 'Cơ quan phát động',
      document: 'Văn bản phát động (số, ký hiệu)',
      from: 'Từ ngày',
      to: 'Đến ngày',
      reviewed: 'Ngày sơ kết, tổng kết',
      decision: 'Quyết định khen thưởng (số)',
    },
    eventsTitle: 'HOẠT ĐỘNG CỦA HỘI ĐỒNG, CỤM THI ĐUA (mục 1.3; tập huấn: mục 5) – mỗi hoạt động một dòng',
    eventHeaders: {
      date: 'Ngày',
      kind: 'Hoạt động',
      content: 'Nội dung (ngắn gọn)',
      result: 'Kết quả (ngắn gọn)',
    },
    fundProperly: 'Quỹ thi đua, khen thưởng được quản lý, sử dụng đúng mục đích, đúng đối tượng',
    trainingAttended: 'Tham gia đầy đủ các lớp tập huấn, bồi dưỡng nghiệp vụ thi đua, khen thưởng',
    /** Tick-list items: [key, the sentence drafted when ticked]. */
    difficulties: [
      ['difficultyAdvice', 'Công tác tham mưu về thi đua hằng năm và theo giai đoạn chưa chủ động, sáng tạo'],
      [
        'difficultyPartTime',
        'Người làm công tác thi đua, khen thưởng kiêm nhiệm nên việc nghiên cứu văn bản của cấp trên chưa thường xuyên',
      ],
      ['difficultyLateReview', 'Việc sơ kết, tổng kết các phong trào thi đua do đơn vị phát động chưa kịp thời'],
      ['difficultyFewHouseholds', 'Khen thưởng cá nhân và hộ gia đình tiêu biểu còn ít'],
      ['difficultyFewDirect', 'Tỷ lệ khen thưởng người lao động trực tiếp còn thấp'],
      ['difficultyFund', 'Quỹ thi đua, khen thưởng còn hạn hẹp'],
    ] as const,
    causes: [
      [
        'causeAwareness',
        'Nhận thức của một số cấp ủy, chính quyền, đoàn thể về vai trò của thi đua, khen thưởng chưa đầy đủ',
      ],
      ['causePartTime', 'Người làm công tác thi đua, khen thưởng kiêm nhiệm nhiều việc, ít được bồi dưỡng nghiệp vụ'],
      ['causeGuidance', 'Văn bản hướng dẫn thi đua, khen thưởng thay đổi, việc cập nhật còn chậm'],
      ['causeFund', 'Nguồn kinh phí cho thi đua, khen thưởng còn hạn chế'],
    ] as const,
  },
  repairLog: {
    title: 'NỘI DUNG ĐÃ CHUYỂN KHI SỬA BIỂU MẪU',
    instructions:
      'Khi sửa biểu mẫu, các nội dung dưới đây không thể để nguyên chỗ cũ nên đã được chuyển sang bản sao “(bản cũ)”. Hãy xem lại từng dòng, nhập lại số liệu vào đúng ô nếu cần, rồi xóa dòng đó; trang này được ẩn và không in.',
    headers: ['Trang tính', 'Ô cũ', 'Nội dung', 'Đang ở', 'Lý do', 'Ghi chú'],
    reasons: {
      'over-formula': 'Gõ đè lên ô công thức',
      'over-label': 'Gõ đè lên nhãn, tiêu đề của biểu',
      'outside-table': 'Nằm ngoài bảng',
      'ambiguous-row': 'Dòng không xác định được thuộc cấp nào',
    },
    ambiguousNote: (row: number, label: string, places: readonly string[]) =>
      `Dòng ${row} (“${label}”) có thể thuộc ${places.join(' hoặc ')}; chưa điền vào nơi nào.`,
  },
  documents: {
    appendix: 'Phụ lục I',
    title: 'TỔNG HỢP CÁC VĂN BẢN CHỈ ĐẠO, TRIỂN KHAI CÔNG TÁC THI ĐUA – KHEN THƯỞNG',
    headers: ['TT', 'Số, ký hiệu, ngày ban hành văn bản', 'Trích yếu nội dung văn bản', 'Ghi chú'],
  },
  tally: {
    headers: {
      number: 'TT',
      label: 'Danh hiệu thi đua và hình thức khen thưởng',
      counts: 'Số lượng',
      direct: 'Trong đó đối tượng ở cơ sở, lao động trực tiếp',
      collective: 'Tập thể',
      individual: 'Cá nhân',
      household: 'Gia đình',
      sl: 'SL',
      rate: '%',
    },
  },
  register: {
    title: 'DANH SÁCH TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH ĐƯỢC KHEN THƯỞNG',
    instructionsRegister:
      'Mỗi dòng là một mục của quyết định khen thưởng; “Số lượng” để trống là 1. Biểu tổng hợp tự tính từ danh sách này (không nhập số vào biểu).',
    instructionsTyped:
      'Biểu tổng hợp của sổ này đang nhập số tay, chưa lấy số liệu từ danh sách này. Dùng “Chuyển sang danh sách khen thưởng” (ngăn TĐKT hoặc lệnh tdkt register) để chuyển: số đã nhập thành các dòng ghi “nhập tay”.',
    headers: {
      number: 'STT',
      decision: 'Số quyết định',
      date: 'Ngày quyết định',
      authority: 'Cấp / cơ quan quyết định',
      award: 'Danh hiệu, hình thức khen thưởng',
      kind: 'Loại (chuyên đề, đột xuất, thường xuyên…)',
      subject: 'Đối tượng',
      quantity: 'Số lượng',
      name: 'Tên tập thể, cá nhân, hộ gia đình',
      position: 'Chức vụ, đơn vị',
      direct: 'Lao động trực tiếp (x)',
      note: 'Ghi chú',
      achievement: 'Thành tích (ghi vào quyết định, giấy khen)',
      proposal: 'Số tờ trình đề nghị',
      proposalDate: 'Ngày tờ trình',
      bookNumber: 'Số vào sổ',
      money: 'Tiền thưởng (đồng)',
      unit: 'Đơn vị (khi tổng hợp)',
    },
    /** How a finding names a register formula (the SUMIFS itself is too long to quote). */
    formulaShown: '=SUMIFS(…) + COUNTIFS(…) cộng từ trang “Danh sách khen thưởng”',
    listAwards: 'Danh sách chọn: danh hiệu, hình thức (không sửa)',
    listKinds: 'Danh sách chọn: loại (không sửa)',
    awardMessage: 'Chọn danh hiệu, hình thức trong danh sách (mỗi mục ghi kèm cấp khen thưởng).',
    kindMessage: 'Chọn loại trong danh sách, hoặc để trống.',
    quantityMessage: 'Số lượng là số nguyên từ 1 trở lên; để trống nghĩa là 1.',
    quantityPrompt: 'Để trống nếu dòng là một tập thể, cá nhân hoặc hộ; ghi số nếu dòng gộp nhiều (ví dụ 18 cá nhân).',
    proposalDateMessage: 'Ngày tờ trình là một ngày, ví dụ 10/06/2024.',
    moneyTitle: 'Tiền thưởng không hợp lệ',
    moneyMessage: 'Tiền thưởng là số đồng (số nguyên không âm), ví dụ 270000; để trống nếu không có.',
    proposalPrompt:
      'Số tờ trình đề nghị khen thưởng dòng này. Dòng có tờ trình mà chưa có số quyết định là dòng đề nghị: biểu tổng hợp chưa tính.',
    directMessage: 'Ghi x nếu là tập thể, cá nhân lao động trực tiếp (không phải lãnh đạo); để trống nếu không.',
    /** "dòng 12", "các dòng 12, 15, 20", "các dòng 12, 15, 20, 21, 22 và 3 dòng khác". */
    lines: (rows: readonly number[], shown = 5) =>
      rows.length === 1
        ? `dòng ${rows[0]}`
        : `các dòng ${rows.slice(0, shown).join(', ')}${rows.length > shown ? ` và ${rows.length - shown} dòng khác` : ''}`,
  },
  /** The switch of a hand-typed tally to the register (CLI and pane alike). */
  registerSwitch: {
    /** TỔNG CỘNG in words: "5 tập thể, 34 cá nhân, 0 gia đình; lao động trực tiếp: 0 tập thể, 4 cá nhân". */
    totals: (c: {
      collective: string;
      individual: string;
      household: string;
      directCollective: string;
      directIndividual: string;
    }) =>
      `${c.collective} tập thể, ${c.individual} cá nhân, ${c.household} gia đình; lao động trực tiếp: ${c.directCollective} tập thể, ${c.directIndividual} cá nhân`,
    same: (totals: string) => `TỔNG CỘNG trước và sau khi chuyển như nhau: ${totals}.`,
    changed: (before: string, after: string) =>
      `TỔNG CỘNG đã thay đổi — trước: ${before}; sau: ${after}. Hãy kiểm tra lại (các dòng đã có sẵn trong danh sách nay cũng được tính; nội dung chuyển sang bản cũ không còn được tính).`,
    keptHeader: (n: number) =>
      `${n} ô không chuyển được thành dòng chính xác nên giữ nguyên số đã nhập trong ô (Kiểm tra sẽ báo các ô này cho đến khi sửa xong):`,
    kept: (address: string, label: string, column: string, content: string, why: string) =>
      `${address} (“${label}”, ${column}): “${content}” — ${why}`,
    notACount:
      'không phải một số nguyên (ví dụ “1.000” là một nghìn hay một?); hãy ghi các khen thưởng này thành dòng ở trang “Danh sách khen thưởng”, rồi dùng Sửa biểu mẫu.',
    inexact: (fromLines: string) =>
      `các dòng “nhập tay” chỉ cho được ${fromLines}, vì số này không khớp với các ô khác của cùng khen thưởng (SL lao động trực tiếp lớn hơn số lượng, hoặc các dòng “Trong đó” khác với hình thức); hãy sửa số liệu, ghi các khen thưởng thành dòng ở trang “Danh sách khen thưởng”, rồi dùng Sửa biểu mẫu.`,
    empty: '(trống)',
  },
  validation: {
    countTitle: 'Số lượng không hợp lệ',
    countMessage: 'Chỉ nhập số nguyên không âm (0, 1, 2, …). Ô để trống nghĩa là không có.',
    countPromptTitle: 'Số lượng',
    countPrompt: 'Nhập số nguyên ≥ 0.',
    listTitle: 'Giá trị không hợp lệ',
    listMessage: (items: string) => `Chọn một trong các giá trị: ${items}${items.endsWith('.') ? '' : '.'}`,
    yearTitle: 'Năm không hợp lệ',
    yearMessage: 'Nhập năm gồm 4 chữ số, ví dụ 2024.',
    documentNumberTitle: 'Số báo cáo không hợp lệ',
    documentNumberMessage: 'Nhập số nguyên dương, ví dụ 15. Để trống nếu chưa lấy số.',
    dateTitle: 'Ngày không hợp lệ',
    dateMessage: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 18/06/2024.',
  },
  summary: {
    errors: (n: number) => `${n} lỗi`,
    warnings: (n: number) => `${n} cảnh báo`,
    noErrors: 'không có lỗi',
    notChecked: 'chưa kiểm tra được số liệu (sửa lỗi cấu trúc trước)',
  },
  subjects: {
    collective: 'Tập thể',
    individual: 'Cá nhân',
    household: 'Gia đình',
    directCollective: 'SL tập thể lao động trực tiếp',
    directIndividual: 'SL cá nhân lao động trực tiếp',
    directCollectiveRate: 'Tỷ lệ % tập thể lao động trực tiếp',
    directIndividualRate: 'Tỷ lệ % cá nhân lao động trực tiếp',
  },
  subjectsEn: {
    collective: 'Collective',
    individual: 'Individual',
    household: 'Household',
    directCollective: 'Direct-labour collectives (SL)',
    directIndividual: 'Direct-labour individuals (SL)',
    directCollectiveRate: 'Direct-labour collective rate (%)',
    directIndividualRate: 'Direct-labour individual rate (%)',
  },
} as const;
