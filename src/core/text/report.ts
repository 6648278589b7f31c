/**
 * Texts of the narrative report ("Báo cáo sơ kết/tổng kết phong trào thi đua, công tác
 * khen thưởng"): the outline (the report's parts and sections), the sheet "Nội dung báo cáo" and the
 * sentences drafted from the numbers. Pure data and small functions, Vietnamese (NFC).
 */

/** How a heading of the outline is printed. */
export type OutlineLevel = 'roman' | 'arabic' | 'sub';

export interface OutlineSection {
  /** Stable key (code, tests, JSON). */
  readonly key: string;
  /** The part it belongs to: 1 Phần thứ nhất, 2 Phần thứ hai. */
  readonly part: 1 | 2;
  /** Printed number: "I.", "1.", "1.1.". */
  readonly number: string;
  /** The heading as on the sheet and in the report (roman headings in capitals). */
  readonly title: string;
  readonly level: OutlineLevel;
  /** True where the clerk writes text; false for headings that only hold sub-sections. */
  readonly hasText: boolean;
  /** A suggestion shown beside the input (never put into the input itself). */
  readonly hint: string;
}

const s = (
  key: string,
  part: 1 | 2,
  number: string,
  title: string,
  level: OutlineLevel,
  hint = '',
): OutlineSection => ({ key, part, number, title, level, hasText: hint !== '', hint });

/** The outline, in order (the Bắc Sơn report's, after the Ban Thi đua – Khen thưởng guidance). */
export const OUTLINE: readonly OutlineSection[] = [
  s('situation', 1, 'I.', 'ĐẶC ĐIỂM TÌNH HÌNH', 'roman'),
  s(
    'situation.overview',
    1,
    '1.',
    'Đặc điểm, tình hình',
    'arabic',
    'Địa điểm trụ sở, diện tích, số hộ, nhân khẩu, dân tộc; tình hình kinh tế – xã hội chung.',
  ),
  s(
    'situation.organisation',
    1,
    '2.',
    'Về cơ cấu tổ chức',
    'arabic',
    'Tổ chức Đảng, chính quyền, đoàn thể; số cán bộ, công chức; kết quả xếp loại năm trước.',
  ),
  s('situation.conditions', 1, '3.', 'Những thuận lợi, khó khăn', 'arabic'),
  s(
    'situation.advantages',
    1,
    '3.1.',
    'Thuận lợi',
    'sub',
    'Sự quan tâm lãnh đạo của cấp trên, sự đoàn kết, kết quả phát triển.',
  ),
  s('situation.difficulties', 1, '3.2.', 'Khó khăn', 'sub', 'Hạ tầng, kinh tế, nguồn lực còn hạn chế …'),
  s('results', 1, 'II.', 'KẾT QUẢ THỰC HIỆN', 'roman'),
  s('leadership', 1, '1.', 'Đánh giá công tác lãnh đạo, chỉ đạo về công tác thi đua, khen thưởng', 'arabic'),
  s(
    'leadership.awareness',
    1,
    '1.1.',
    'Nhận thức, công tác lãnh đạo, chỉ đạo, tuyên truyền về thi đua, khen thưởng',
    'sub',
    'Nhận thức của cấp ủy, chính quyền, đoàn thể về vai trò của thi đua, khen thưởng; chủ đề năm.',
  ),
  s(
    'leadership.documents',
    1,
    '1.2.',
    'Việc xây dựng, ban hành các văn bản để chỉ đạo, thực hiện công tác thi đua, khen thưởng',
    'sub',
    'Số văn bản được ghi tự động từ Phụ lục I; ghi thêm nhận xét nếu cần.',
  ),
  s(
    'leadership.council',
    1,
    '1.3.',
    'Đánh giá chất lượng, hiệu quả hoạt động của Hội đồng Thi đua – Khen thưởng và tham gia hoạt động của Cụm thi đua',
    'sub',
    'Hội nghị tổng kết, ký giao ước thi đua của cụm; các phong trào đã phát động.',
  ),
  s(
    'movements',
    1,
    '2.',
    'Kết quả các phong trào thi đua, công tác phát hiện, nhân rộng điển hình tiên tiến',
    'arabic',
  ),
  s(
    'movements.organisation',
    1,
    '2.1.',
    'Công tác tổ chức triển khai các phong trào thi đua',
    'sub',
    'Tuyên truyền, quán triệt; phát động, bình xét, đánh giá phong trào.',
  ),
  s(
    'movements.political',
    1,
    '2.2.',
    'Kết quả phong trào thi đua đối với thực hiện nhiệm vụ chính trị',
    'sub',
    'Kết quả theo lĩnh vực: kinh tế; văn hóa – xã hội; cải cách hành chính; quốc phòng – an ninh.',
  ),
  s(
    'movements.campaigns',
    1,
    '2.3.',
    'Kết quả triển khai, thực hiện các phong trào thi đua theo đợt, theo chuyên đề',
    'sub',
    'Các phong trào, đợt thi đua chuyên đề đã triển khai (số kế hoạch, ngày, nội dung).',
  ),
  s(
    'movements.models',
    1,
    '2.4.',
    'Kết quả công tác xây dựng, giới thiệu gương điển hình tiên tiến, tuyên truyền nhân rộng các điển hình tiên tiến',
    'sub',
    'Cách phát hiện, bồi dưỡng, nhân rộng; các điển hình ghi ở bảng bên dưới.',
  ),
  s(
    'policy',
    1,
    '3.',
    'Kết quả thực hiện chủ trương của Đảng, chính sách pháp luật của Nhà nước; xây dựng hệ thống chính trị',
    'arabic',
    'Xây dựng Đảng, chính quyền, đoàn thể; tuyên truyền chủ trương, chính sách.',
  ),
  s('awards', 1, '4.', 'Công tác khen thưởng', 'arabic'),
  s(
    'awards.innovation',
    1,
    '4.1.',
    'Nội dung đã thực hiện nhằm đổi mới, nâng cao chất lượng công tác khen thưởng',
    'sub',
    'Những việc đã làm để khen thưởng kịp thời, đúng người, đúng thành tích.',
  ),
  s(
    'awards.directLabour',
    1,
    '4.2.',
    'Biện pháp, giải pháp, kinh nghiệm đã thực hiện để tăng tỷ lệ khen thưởng đối với nông dân, công nhân, chiến sỹ, người lao động trực tiếp',
    'sub',
    'Tỷ lệ khen thưởng người lao động trực tiếp được ghi tự động từ biểu tổng hợp; ghi các giải pháp.',
  ),
  s(
    'awards.results',
    1,
    '4.3.',
    'Các tập thể, cá nhân được tặng danh hiệu thi đua và hình thức khen thưởng',
    'sub',
    'Số được khen ở từng cấp được ghi tự động từ biểu tổng hợp; ghi thêm việc bình chọn, đề nghị cấp trên.',
  ),
  s(
    'other',
    1,
    '5.',
    'Một số công tác khác',
    'arabic',
    'Quỹ thi đua, khen thưởng; tập huấn nghiệp vụ; bố trí cán bộ làm công tác thi đua, khen thưởng.',
  ),
  s('assessment', 1, 'III.', 'ĐÁNH GIÁ CHUNG', 'roman'),
  s(
    'assessment.achievements',
    1,
    '1.',
    'Khái quát thành tích đạt được trong phong trào thi đua và công tác khen thưởng',
    'arabic',
    'Những kết quả nổi bật.',
  ),
  s(
    'assessment.difficulties',
    1,
    '2.',
    'Những khó khăn, vướng mắc trong công tác triển khai, thực hiện các phong trào thi đua, công tác khen thưởng',
    'arabic',
    'Hạn chế, vướng mắc.',
  ),
  s('assessment.causes', 1, '3.', 'Nguyên nhân', 'arabic', 'Nguyên nhân khách quan, chủ quan của hạn chế.'),
  s('proposals', 1, 'IV.', 'KIẾN NGHỊ, ĐỀ XUẤT', 'roman', 'Kiến nghị với cấp trên (nếu có).'),
  s(
    'tasks',
    2,
    'I.',
    'NHỮNG NHIỆM VỤ TRỌNG TÂM CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
    'roman',
    'Mỗi nhiệm vụ một dòng (xuống dòng trong ô: Alt+Enter).',
  ),
  s(
    'solutions',
    2,
    'II.',
    'MỘT SỐ GIẢI PHÁP CHỦ YẾU',
    'roman',
    'Mỗi giải pháp một dòng (xuống dòng trong ô: Alt+Enter).',
  ),
];

export const REPORT_TEXT = {
  sheet: {
    name: 'Nội dung báo cáo',
    title: 'NỘI DUNG BÁO CÁO SƠ KẾT, TỔNG KẾT PHONG TRÀO THI ĐUA, CÔNG TÁC KHEN THƯỞNG',
    instructions:
      'Viết nội dung từng mục vào ô màu vàng (cột C); mỗi đoạn một dòng (Alt+Enter để xuống dòng). Mục để trống vẫn có tiêu đề trong báo cáo, kèm dấu […] để bổ sung sau. Các số liệu khen thưởng, tỷ lệ và số văn bản được lấy tự động từ biểu tổng hợp và Phụ lục I.',
    headers: ['Mục', 'Tiêu đề', 'Nội dung (nhập vào đây)', 'Gợi ý'],
    part1: 'PHẦN THỨ NHẤT: KẾT QUẢ',
    part2: 'PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ',
    modelsTitle: 'ĐIỂN HÌNH TIÊN TIẾN',
    modelsHeaders: ['TT', 'Tên tập thể, cá nhân, hộ gia đình', 'Địa chỉ', 'Mô hình, thành tích'],
  },
  part1Label: 'Phần thứ nhất',
  part2Label: 'Phần thứ hai',
  part1Title: (period: string) =>
    `KẾT QUẢ TỔ CHỨC TRIỂN KHAI THỰC HIỆN PHONG TRÀO THI ĐUA, CÔNG TÁC KHEN THƯỞNG ${period}`,
  part2Title: (next: string) => `PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG ${next}`,
  reportWord: 'BÁO CÁO',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  addresseePrefix: 'Kính gửi: ',
  /** Word groups a heading or a name is never broken inside (case does not matter). */
  keepTogether: [
    'thị trấn',
    'hội đồng',
    'thi đua',
    'khen thưởng',
    'ủy ban',
    'nhân dân',
    'phong trào',
    'công tác',
    'phương hướng',
    'nhiệm vụ',
    '6 tháng đầu năm',
    '6 tháng cuối năm',
    'tổ chức',
    'triển khai',
    'thực hiện',
    'kết quả',
    'sơ kết',
    'tổng kết',
  ] as readonly string[],
  /** Names of bodies written in sentence case in running text (Nghị định 30/2020, Phụ lục II: viết hoa tên cơ quan). */
  bodyNames: [
    ['hội đồng thi đua – khen thưởng', 'Hội đồng Thi đua – Khen thưởng'],
    ['hội đồng thi đua - khen thưởng', 'Hội đồng Thi đua - Khen thưởng'],
    ['ủy ban nhân dân', 'Ủy ban nhân dân'],
    ['ubnd', 'UBND'],
    ['hđnd', 'HĐND'],
    ['hđtđkt', 'HĐTĐKT'],
  ] as readonly (readonly [string, string])[],
  /** "(Kèm theo Báo cáo số 15/BC-HĐTĐKT ngày 18 tháng 6 năm 2024 của Hội đồng Thi đua – Khen thưởng thị trấn Bắc Sơn)" */
  attachment: (number: string, date: string, body: string) => `(Kèm theo Báo cáo số ${number} ${date} của ${body})`,
  numberPrefix: 'Số: ',
  blankNumber: '     ',
  placeholder: '[…]',
  /** Trích yếu by period. */
  summaryHalfYear: (y: string) =>
    `Sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm ${y} và phương hướng nhiệm vụ 6 tháng cuối năm ${y}`,
  summaryYear: (y: string, next: string) =>
    `Tổng kết phong trào thi đua, công tác khen thưởng năm ${y} và phương hướng, nhiệm vụ năm ${next}`,
  periodHalfYear: (y: string) => `6 THÁNG ĐẦU NĂM ${y}`,
  periodYear: (y: string) => `NĂM ${y}`,
  nextHalfYear: (y: string) => `6 THÁNG CUỐI NĂM ${y}`,
  inPeriodHalfYear: (y: string) => `6 tháng đầu năm ${y}`,
  inPeriodYear: (y: string) => `năm ${y}`,
  noDocumentsSentence: (period: string) =>
    `Trong ${period}, chưa ban hành văn bản chỉ đạo, triển khai công tác thi đua, khen thưởng (Phụ lục I).`,
  /** Sentences drafted from Phụ lục I and the tally (sections 1.2, 4.2, 4.3, III.1; the comparison). */
  drafts: {
    /** 1.2: "Trong 6 tháng đầu năm 2024, đã ban hành 07 văn bản …, gồm 06 kế hoạch và 01 quyết định (chi tiết tại Phụ lục I):" */
    documentsLead: (period: string, count: string, kinds: string) =>
      `Trong ${period}, đã ban hành ${count} văn bản chỉ đạo, triển khai công tác thi đua, khen thưởng${kinds ? `, gồm ${kinds}` : ''} (chi tiết tại Phụ lục I):`,
    /** "- Ủy ban nhân dân thị trấn đã ban hành Kế hoạch số 01/KH-UBND ngày 10/01/2024 về …." */
    documentLine: (issuer: string, kind: string, number: string, date: string, about: string) =>
      `- ${issuer ? `${issuer} đã ban hành` : 'Ban hành'} ${kind}${number ? ` số ${number}` : ''}${date ? ` ngày ${date}` : ''}${about ? ` ${about}` : ''}.`,
    /** A document whose "Số, ký hiệu" cannot be read: its cell as written, then its trích yếu. */
    documentAsWritten: (reference: string, about: string) => `- ${reference}${about ? `: ${about}` : ''}.`,
    /** The kind of a document by the first part of its ký hiệu (Nghị định 30/2020, Phụ lục III). */
    documentKinds: {
      KH: 'Kế hoạch',
      HD: 'Hướng dẫn',
      QĐ: 'Quyết định',
      QD: 'Quyết định',
      CT: 'Chỉ thị',
      NQ: 'Nghị quyết',
      TB: 'Thông báo',
      CTR: 'Chương trình',
      BC: 'Báo cáo',
      TTR: 'Tờ trình',
      PA: 'Phương án',
      KL: 'Kết luận',
      QC: 'Quy chế',
      QYĐ: 'Quy định',
    } as Readonly<Record<string, string>>,
    /** A ký hiệu with no kind ("15/UBND-VP") is a công văn (Nghị định 30/2020, Phụ lục I, mục II.3). */
    officialLetter: 'Công văn',
    /** Kinds in this order in 1.2; others follow in order of appearance. */
    kindOrder: ['Kế hoạch', 'Hướng dẫn', 'Công văn', 'Quyết định'] as readonly string[],
    /** Abbreviations of the issuer written out in the sentence ("UBND thị trấn" → "Ủy ban nhân dân thị trấn"). */
    issuerWords: [
      ['HĐTĐKT', 'Hội đồng Thi đua – Khen thưởng'],
      ['UBND', 'Ủy ban nhân dân'],
      ['HĐND', 'Hội đồng nhân dân'],
      ['MTTQ', 'Mặt trận Tổ quốc'],
    ] as readonly (readonly [string, string])[],
    about: 'về',
    /** 4.3 */
    awardsTotal: (period: string, who: string) =>
      `Trong ${period}, tổng số ${who} được khen thưởng (chi tiết tại Phụ lục II).`,
    /** "- Khen thưởng cấp tỉnh: tặng Bằng khen … cho 01 tập thể. Tập thể: …." */
    levelOne: (level: string, lead: string, after: readonly string[]) => [`- ${level}: ${lead}.`, ...after].join(' '),
    levelMany: (level: string, who: string) => `- ${level}: ${who}, gồm:`,
    /** The register's proposal lines (a Tờ trình, no decision yet): not counted in the tally. */
    proposed: (who: string, awards: readonly string[]) =>
      `Đề nghị cấp trên khen thưởng ${who} (${awards.join('; ')}), chưa có quyết định.`,
    proposedAward: (award: string, who: string) => `${award}: ${who}`,
    award: (lead: string, after: readonly string[]) => [`+ ${lead}.`, ...after].join(' '),
    /** "Giấy khen của Chủ tịch UBND huyện cho 01 tập thể và 04 cá nhân" (the verb goes before). */
    awardPhrase: (name: string, who: string) => `${name} cho ${who}`,
    /** "danh hiệu “Lao động tiên tiến”" — after "công nhận" (titles) or "phong tặng" (honorary titles). */
    titleName: (titles: readonly string[]) => `danh hiệu ${titles.map((t) => `“${t}”`).join(', ')}`,
    withIssuer: (label: string, issuer: string) => `${label} của ${issuer}`,
    /** One kind covering every count, after the award's name: " (khen thường xuyên)". */
    kindInBrackets: (kind: string) => ` (${kind})`,
    /** Several kinds: "Trong đó, khen chuyên đề: 01 tập thể và 02 cá nhân; khen thường xuyên: 02 cá nhân." */
    kindsSentence: (parts: readonly string[]) => `Trong đó, ${parts.join('; ')}.`,
    kind: (label: string, who: string) => `${label}: ${who}`,
    /** The register's names, after the award's sentence: "Tập thể: Chi bộ khối phố 1, Chi bộ khối phố 2." */
    namesSentence: (subject: string, names: readonly string[]) => `${subject}: ${names.join(', ')}.`,
    /** A joint title row split by who takes which title: "Danh hiệu “Đơn vị quyết thắng”: Công an xã." */
    titleNames: (title: string, names: readonly string[]) => `Danh hiệu “${title}”: ${names.join(', ')}.`,
    decisions: (list: string) => ` theo ${list}`,
    /**
     * Luật Thi đua, khen thưởng 2022: forms are "tặng", emulation titles "công nhận danh hiệu",
     * honorary titles "phong tặng danh hiệu".
     */
    verbs: { reward: 'tặng', title: 'công nhận', honorary: 'phong tặng' },
    /** The title of the armed forces' collectives (Luật Thi đua, khen thưởng 2022, Điều 27). */
    armedForcesTitles: ['Đơn vị quyết thắng'] as readonly string[],
    /** Words in a collective's name that make it one of the armed forces (lower case, whole words). */
    armedForcesWords: ['công an', 'quân sự', 'quân đội', 'biên phòng', 'dân quân', 'bộ đội'] as readonly string[],
    /** 4.2 */
    directTotal: (period: string, parts: string) => `Trong ${period}, ${parts} (chi tiết tại Phụ lục II).`,
    directLevel: (level: string, parts: string) => `- ${level}: ${parts}.`,
    directCollective: (sl: string, of: string, rate: string) =>
      `${sl}/${of} tập thể được khen thưởng là tập thể trực tiếp lao động sản xuất, đạt ${rate}`,
    noDirectCollective: 'chưa có tập thể được khen thưởng nào là tập thể trực tiếp lao động sản xuất',
    directIndividual: (sl: string, of: string, rate: string) =>
      `${sl}/${of} cá nhân được khen thưởng là người lao động trực tiếp, đạt ${rate}`,
    noDirectIndividual: 'chưa có cá nhân được khen thưởng nào là người lao động trực tiếp',
    /** Comparison with the previous period (`--previous`). */
    sameTimeLastYear: (year: string) => `cùng kỳ năm ${year}`,
    previousYear: (year: string) => `năm ${year}`,
    compareTotal: (than: string, parts: string) => `So với ${than}, tổng số được khen thưởng: ${parts}.`,
    compareLevel: (level: string, parts: string) => `- ${level}: ${parts}.`,
    more: (noun: string, diff: string, from: string, to: string) => `${noun} tăng ${diff} (từ ${from} lên ${to})`,
    fewer: (noun: string, diff: string, from: string, to: string) => `${noun} giảm ${diff} (từ ${from} xuống ${to})`,
    same: (noun: string, n: string) => `${noun} không thay đổi (${n})`,
    compareRate: (than: string, parts: string) => `So với ${than}, ${parts}.`,
    rateNouns: {
      collective: 'tỷ lệ tập thể trực tiếp lao động sản xuất được khen thưởng',
      individual: 'tỷ lệ người lao động trực tiếp được khen thưởng',
    },
    rateMore: (noun: string, diff: string, from: string, to: string) =>
      `${noun} tăng ${diff} điểm phần trăm (từ ${from} lên ${to})`,
    rateFewer: (noun: string, diff: string, from: string, to: string) =>
      `${noun} giảm ${diff} điểm phần trăm (từ ${from} xuống ${to})`,
    rateSame: (noun: string, rate: string) => `${noun} không thay đổi (${rate})`,
  },
  /** Where a section still to write is: "II.4.2." / "Phần thứ hai, I.". */
  missingNumber: (part: 1 | 2, roman: string, number: string) =>
    `${part === 2 ? 'Phần thứ hai, ' : ''}${roman}${number}`,
  noAwardsSentence: (period: string) => `Trong ${period}, chưa có tập thể, cá nhân được khen thưởng.`,
  subjectNouns: { collective: 'tập thể', individual: 'cá nhân', household: 'hộ gia đình' },
  and: ' và ',
  modelsIntro: 'Các điển hình tiên tiến tiêu biểu:',
  model: (name: string, address: string, model: string) =>
    [name, address].filter(Boolean).join(', ') + (model ? ': ' + model : ''),
  /** `body`: the signing body in sentence case ("Hội đồng Thi đua – Khen thưởng thị trấn Bắc Sơn"). */
  closing: (summary: string, body: string) =>
    `Trên đây là báo cáo ${summary.charAt(0).toLocaleLowerCase('vi') + summary.slice(1)}${body ? ` của ${body}` : ''}./.`,
  recipientsTitle: 'Nơi nhận:',
  /** The first line of Nơi nhận when "Kính gửi" names the addressee. */
  asAbove: 'Như trên;',
  /** Phrases the signature block never breaks inside. */
  signatureKeepTogether: ['thi đua – khen thưởng', 'thi đua - khen thưởng'] as readonly string[],
  defaultArchive: 'Lưu: VT.',
  appendix1: 'Phụ lục I',
  appendix1Title: (period: string) =>
    `TỔNG HỢP CÁC VĂN BẢN CHỈ ĐẠO, TRIỂN KHAI CÔNG TÁC THI ĐUA – KHEN THƯỞNG ${period}`,
  appendix2: 'Phụ lục II',
  noDocumentsRow: '(Không có văn bản)',
  findings: {
    missing: (label: string, address: string) =>
      `Thiếu “${label}” (trang “Thông tin chung”, ô ${address}): báo cáo để trống chỗ này, hãy nhập rồi soạn lại.`,
    invalid: (label: string, address: string) =>
      `“${label}” không hợp lệ (trang “Thông tin chung”, ô ${address}): báo cáo để trống chỗ này.`,
    notOurWorkbook:
      'Sổ tính này không phải biểu tổng hợp thi đua, khen thưởng (không thấy trang tính “Thông tin chung” hoặc “Biểu tổng hợp” của biểu mẫu). Không soạn được báo cáo.',
    tallyError: (sheet: string, address: string, message: string) => `${sheet}!${address}: ${message}`,
    blocked: (n: number, surface: 'pane' | 'cli' = 'pane') =>
      `Biểu tổng hợp còn ${n} lỗi: chưa soạn báo cáo để tránh đưa số liệu sai vào văn bản. ${
        surface === 'cli'
          ? 'Hãy sửa các lỗi trên (lệnh “tdkt validate” liệt kê lại) rồi soạn lại.'
          : 'Hãy sửa các lỗi (nút “Kiểm tra” trong Excel liệt kê từng ô) rồi soạn lại.'
      }`,
    citedNotListed: (number: string, section: string, address: string) =>
      `Mục ${section} (trang tính “Nội dung báo cáo”, ô ${address}) nhắc đến văn bản số ${number} nhưng Phụ lục I không có văn bản này. Nếu là văn bản của đơn vị, hãy thêm vào trang tính “Phụ lục I” để số văn bản ở mục 1.2 khớp với nội dung.`,
    previousNotOurs: (file: string) =>
      `Tệp kỳ trước “${file}” không phải biểu tổng hợp thi đua, khen thưởng của công cụ này (không thấy trang tính “Thông tin chung” hoặc “Biểu tổng hợp”): báo cáo không có phần so sánh với kỳ trước.`,
    /** `why` is the file message ("Không đọc được tệp “…” …"). */
    previousUnreadable: (why: string) => `Tệp kỳ trước: ${why} Báo cáo không có phần so sánh với kỳ trước.`,
    previousErrors: (file: string, n: number) =>
      `Biểu tổng hợp trong tệp kỳ trước “${file}” còn ${n} lỗi: không so sánh để tránh đưa số liệu sai vào báo cáo. Hãy sửa tệp đó (tdkt validate) rồi soạn lại.`,
    previousPeriodDiffers: (file: string, previous: string, period: string) =>
      `Tệp kỳ trước “${file}” là biểu ${previous}, khác kỳ báo cáo (${period}): chỉ so sánh với cùng kỳ năm trước (6 tháng với 6 tháng, năm với năm), nên báo cáo không có phần so sánh. Hãy chọn biểu cùng kỳ năm trước.`,
    previousSamePeriod: (file: string, period: string) =>
      `Tệp kỳ trước “${file}” là cùng kỳ báo cáo (${period}): không so sánh. Hãy chọn biểu của kỳ trước.`,
    previousLevelsDiffer: (file: string, levels: string) =>
      `Biểu kỳ trước “${file}” theo mẫu khác: ${levels} chỉ có ở một kỳ nên không so sánh riêng; tổng cộng và các cấp còn lại vẫn được so sánh.`,
    recipientsArchive: (address: string) =>
      `Nơi nhận nên kết thúc bằng “Lưu: VT, …” (trang “Thông tin chung”, ô ${address}).`,
  },
  ui: {
    heading: 'Báo cáo sơ kết, tổng kết',
    excelHint:
      'Soạn báo cáo Word theo thể thức Nghị định 30/2020 từ sổ tính đang mở: Thông tin chung, Phụ lục I, biểu tổng hợp và nội dung ở trang “Nội dung báo cáo”.',
    build: 'Soạn báo cáo',
    needsForm: 'Chưa soạn được: sổ tính chưa có biểu mẫu. Bấm “Tạo biểu mẫu” (hoặc “Sửa biểu mẫu”) trước.',
    building: 'Đang soạn báo cáo…',
    downloaded: (name: string) => `Đã soạn báo cáo và tải xuống tệp “${name}”. Mở tệp bằng Word để hoàn thiện và ký.`,
    downloadAgain: 'Tải xuống lại',
    noDownload:
      'Excel trên máy Mac (và iPad) không cho ngăn tác vụ tải tệp xuống. Bấm “Sao chép” rồi dán (Cmd+V) vào một tài liệu Word trống: báo cáo được dán kèm định dạng.',
    copy: 'Sao chép',
    copied: 'Đã sao chép báo cáo. Mở Word, tạo tài liệu trống và dán (Cmd+V hoặc Ctrl+V).',
    copyFailed:
      'Không sao chép được vào bộ nhớ tạm (trình duyệt chặn). Hãy dùng lệnh “tdkt report” trên máy tính hoặc mở Word rồi bấm nút “Chèn báo cáo”.',
    warningsHeading: 'Cần bổ sung trong sổ tính:',
    missingHeading: (n: number) => `Còn ${n} mục để trống ([…]) cần viết thêm:`,
    showMissing: 'Xem các mục',
    hideMissing: 'Ẩn các mục',
    missingSelectHint: 'Bấm vào một mục để chọn ô viết mục đó ở trang “Nội dung báo cáo”.',
    previousLabel: 'So sánh với kỳ trước (không bắt buộc)',
    pickPrevious: 'Chọn biểu kỳ trước…',
    previousChosen: (name: string) => `Kỳ trước: ${name}`,
    clearPrevious: 'Bỏ so sánh',
    previousUnreadableFile: (name: string) =>
      `không đọc được tệp “${name}” (không phải sổ tính .xlsx hoặc tệp đã hỏng).`,
    errorsHeading: 'Chưa soạn được báo cáo:',
    pickFile: 'Chèn báo cáo từ sổ tính…',
    inserting: 'Đang đọc sổ tính và chèn báo cáo…',
    inserted: (name: string) => `Đã chèn báo cáo soạn từ “${name}” vào vị trí con trỏ.`,
    unreadable: (name: string) =>
      `Không đọc được tệp “${name}”: tệp không phải sổ tính .xlsx hoặc đã hỏng. Không có gì được chèn.`,
    notXlsx: (name: string) => `Tệp “${name}” không phải sổ tính .xlsx. Hãy chọn tệp biểu tổng hợp (.xlsx).`,
    nothingInserted: 'Không có gì được chèn vào tài liệu.',
    wordFailed: (detail: string) => `Word không chèn được báo cáo (${detail}). Không có gì được chèn.`,
    fileName: (year: string) => `bao-cao-thi-dua-khen-thuong-${year}.docx`,
  },
  cli: {
    notDocxName: (f: string) => `Tệp kết quả “${f}” phải có đuôi .docx.`,
    written: (f: string) => `Đã soạn báo cáo: ${f}`,
    warningsHeader: 'Báo cáo vẫn được soạn, nhưng cần bổ sung:',
    errorsHeader: 'Không soạn được báo cáo:',
    missingHeader: 'Các mục còn để trống ([…]) cần viết thêm trong trang tính “Nội dung báo cáo” hoặc trong Word:',
    missingLine: (number: string, title: string) => `  - ${number} ${title}`,
  },
} as const;

/**
 * Sentences drafted from "Số liệu báo cáo" (docs/REPORT-DATA.md): each a frame around the clerk's own
 * short values (numbers, names, dates, labels); a frame whose value is blank is not written.
 */
const capitalFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export const DATA_DRAFT_TEXT = {
  office: (office: string) => `Địa điểm trụ sở: ${office}.`,
  contact: (parts: string) => `${parts}.`,
  phone: (phone: string) => `điện thoại: ${phone}`,
  email: (email: string) => `thư điện tử: ${email}`,
  founded: (unit: string, date: string, act: string) =>
    `${unit} được thành lập${date ? ` từ ngày ${date}` : ''}${act ? ` theo ${act}` : ''}.`,
  size: (unit: string, parts: string) => `${unit} có ${parts}.`,
  area: (ha: string) => `diện tích tự nhiên ${ha} ha`,
  households: (n: string) => `${n} hộ`,
  population: (n: string) => `${n} nhân khẩu`,
  hamlets: (n: string) => `${n} thôn, khối phố`,
  ethnic: (count: string, names: string) => `Trên địa bàn có ${count} dân tộc cùng đoàn kết chung sống: ${names}.`,
  poverty: (year: string, parts: string) => `Số hộ nghèo, cận nghèo${year ? ` năm ${year}` : ''}: ${parts}.`,
  poor: (n: string, rate: string) => `hộ nghèo ${n} hộ${rate ? ` (tỷ lệ ${rate})` : ''}`,
  nearPoor: (n: string, rate: string) => `hộ cận nghèo ${n} hộ${rate ? ` (tỷ lệ ${rate})` : ''}`,
  party: (unit: string, cells: string, members: string, detail = '') =>
    `Đảng bộ ${unit} ${cells ? `có ${cells} chi bộ trực thuộc${detail ? ` (gồm ${detail})` : ''}` : ''}${cells && members ? ', ' : ''}${members ? `tổng số ${members} đảng viên` : ''}.`,
  staffTitle: (year: string, title: string) =>
    `${year ? `Năm ${year}, c` : 'C'}án bộ, công chức cơ quan đều được công nhận danh hiệu “${title}”.`,
  // 2.1: the cluster whose plan the unit follows, and who launched the period's phong trào.
  movements: (cluster: string, unit: string, kinds: string, launched: string) =>
    `${cluster ? `Trên cơ sở kế hoạch, hướng dẫn của ${cluster}, ` : ''}${cluster ? unit : capitalFirst(unit)} tổ chức triển khai ${kinds}${launched ? `; trong đó ${launched}` : ''} (chi tiết tại mục 2.3).`,
  movementKinds: {
    'thường xuyên': 'các phong trào thi đua thường xuyên',
    'chuyên đề': 'các phong trào thi đua chuyên đề',
    'theo đợt': 'các đợt thi đua',
    any: 'các phong trào, đợt thi đua',
  } as Readonly<Record<string, string>>,
  launchedCount: (who: string, n: string) => `${who} phát động ${n} phong trào, đợt thi đua`,
  // 2.2: the period's figures by field, one line per field with a figure.
  resultsIntro: (period: string) => `Trong ${period}, một số kết quả chủ yếu như sau:`,
  economy: (parts: string) => `- Lĩnh vực kinh tế: ${parts}.`,
  sown: (ha: string) => `tổng diện tích gieo trồng đạt ${ha} ha`,
  planted: (ha: string) => `trồng cây nhân dân, cây ăn quả được ${ha} ha`,
  society: (parts: string) => `- Lĩnh vực văn hóa, xã hội: ${parts}.`,
  outreach: (n: string, audience: string) =>
    `tuyên truyền được ${n} lượt${audience ? ` với ${audience} lượt người nghe` : ''}`,
  medical: (n: string) => `khám bệnh cho nhân dân ${n} lần`,
  reform: (year: string, score: string, rank: string, among: string) =>
    `- Cải cách hành chính: chỉ số cải cách hành chính${year ? ` năm ${year}` : ''}${score ? ` đạt ${score} điểm` : ''}${score && rank ? ',' : ''}${rank ? ` xếp thứ ${rank}${among ? ` ${among}` : ''}` : ''}.`,
  defence: (n: string) => `- Quốc phòng, an ninh: ${n} công dân lên đường bảo vệ Tổ quốc.`,
  // 3: the Front's and unions' outreach.
  front: (n: string, audience: string) =>
    `Mặt trận Tổ quốc và các đoàn thể nhân dân tuyên truyền được ${n} cuộc về chủ trương, chính sách của Đảng, pháp luật của Nhà nước${audience ? ` với ${audience} lượt hội viên, đoàn viên tham dự` : ''}.`,
  partyRating: (year: string, rating: string) =>
    `${year ? `Năm ${year}, ` : ''}Đảng bộ được đánh giá, xếp loại ${rating}.`,
  staff: (unit: string, n: string) => `Ủy ban nhân dân ${unit} có ${n} cán bộ, công chức.`,
  governmentRating: (year: string, rating: string) =>
    `${year ? `Năm ${year}, ` : ''}chính quyền được đánh giá, xếp loại ${rating}.`,
  unionsRating: (rating: string) => `Các đoàn thể được đánh giá, xếp loại ${rating}.`,
  fund: (budget: string, spent: string) =>
    `Quỹ thi đua, khen thưởng trong kỳ${budget ? ` được giao ${budget} đồng` : ''}${budget && spent ? ',' : ''}${spent ? ` đã chi ${spent} đồng` : ''}.`,
  fundShare: (rate: string) => `Số đã chi bằng ${rate} số được giao.`,
  officer: (post: string, mode: string) =>
    `Bố trí ${post} làm ${mode ? `${mode.toLocaleLowerCase('vi')} ` : ''}công tác thi đua, khen thưởng.`,
  ticked: (sentence: string) => `- ${sentence}.`,
} as const;

/** Sentences drafted from the campaigns table of "Số liệu báo cáo" (docs/REPORT-DATA.md): 2.3 and Phần thứ hai, I. */
export const CAMPAIGN_DRAFT_TEXT = {
  intro: (period: string, n: string, kinds: string) =>
    `Trong ${period}, đơn vị tổ chức triển khai ${n} phong trào, đợt thi đua${kinds ? ` (${kinds})` : ''}:`,
  kindCount: {
    'thường xuyên': (n: string) => `${n} phong trào thi đua thường xuyên`,
    'chuyên đề': (n: string) => `${n} phong trào thi đua chuyên đề`,
    'theo đợt': (n: string) => `${n} đợt thi đua`,
  } as Readonly<Record<string, (n: string) => string>>,
  campaign: 'Phong trào thi đua',
  wave: 'Đợt thi đua',
  launchedBy: (who: string) => `do ${who} phát động`,
  underDocument: (kind: string, number: string, date: string) =>
    `theo ${kind} số ${number}${date ? ` ngày ${date}` : ''}`,
  span: (from: string, to: string) =>
    from && to
      ? `thực hiện từ ngày ${from} đến ngày ${to}`
      : from
        ? `thực hiện từ ngày ${from}`
        : `thực hiện đến ngày ${to}`,
  reviewed: (date: string) => `đã sơ kết, tổng kết ngày ${date}`,
  decision: (number: string, who: string) => `khen thưởng theo Quyết định số ${number}${who ? ` cho ${who}` : ''}`,
  continuing: (end: string, list: string) =>
    `Tiếp tục thực hiện các phong trào, đợt thi đua còn thời hạn sau ngày ${end}: ${list}.`,
  until: (name: string, to: string) => `“${name}”${to ? ` (đến ngày ${to})` : ''}`,
} as const;

/** Sentences drafted from the events table of "Số liệu báo cáo" (docs/REPORT-DATA.md): 1.3, and training in 5. */
export const EVENT_DRAFT_TEXT = {
  intro: (period: string, body: string, n: string) =>
    `Trong ${period}, ${body} tổ chức và tham gia ${n} hoạt động của Hội đồng và Cụm thi đua:`,
  line: (date: string, kind: string, content: string, result: string) =>
    `- ${date ? `Ngày ${date}: ` : ''}${date ? kind.charAt(0).toLocaleLowerCase('vi') + kind.slice(1) : kind}${content ? ` – ${content}` : ''}${result ? `; kết quả: ${result}` : ''}.`,
  // III.1: the results of the activities (said there, not in 1.3).
  achievementsIntro: (period: string) => `Những kết quả nổi bật trong ${period}:`,
  achievement: (what: string, result: string) => `- ${what}: ${result}.`,
  training: (date: string, content: string) =>
    `${date ? `Ngày ${date}, t` : 'T'}ham gia tập huấn nghiệp vụ${content ? `: ${content}` : ''}.`,
} as const;
