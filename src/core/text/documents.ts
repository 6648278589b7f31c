/**
 * The words of the documents drafted from the register: the quyết định khen thưởng with its
 * danh sách, and the tờ trình đề nghị (wording of real commune decisions;
 * Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.2). Vietnamese, NFC.
 */
import type { Subject } from '../catalogue';

export const DOCUMENT_TEXT = {
  names: {
    decision: 'Quyết định khen thưởng',
    proposal: 'Tờ trình đề nghị khen thưởng',
  },
  needs: {
    decision: 'Các dòng của một số quyết định (khen thưởng cấp xã) trong trang “Danh sách khen thưởng”.',
    proposal: 'Các dòng của một số tờ trình trong trang “Danh sách khen thưởng”.',
  },
  decisionWord: 'QUYẾT ĐỊNH',
  proposalWord: 'TỜ TRÌNH',
  /** "Về việc tặng Giấy khen cho 03 tập thể và 05 cá nhân đã có thành tích …" */
  decisionSummary: (parts: readonly string[], achievement: string) =>
    `Về việc ${parts.join(' và ')}${achievement ? ` ${achievement}` : ''}`,
  proposalSummary: (parts: readonly string[]) => `V/v đề nghị ${parts.join(' và ')}`,
  /** "tặng Giấy khen cho 03 tập thể và 05 cá nhân" */
  awardPart: (verb: string, award: string, who: string) => `${verb} ${award} cho ${who}`,
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM" (upper-cased where used). */
  chairOf: (unitName: string) => `Chủ tịch Ủy ban nhân dân ${unitName}`,
  ubndOf: (unitName: string) => `Ủy ban nhân dân ${unitName}`,
  councilOf: (unitName: string) => `Hội đồng Thi đua – Khen thưởng ${unitName}`,
  basis: (text: string) => `Căn cứ ${text};`,
  /** "Xét đề nghị của Chủ tịch Hội đồng Thi đua – Khen thưởng xã tại Tờ trình số 07/TTr-HĐTĐKT ngày 10/6/2025." */
  considering: (proposer: string, proposals: readonly string[]) =>
    proposals.length ? `Xét đề nghị của ${proposer} tại ${proposals.join('; ')}.` : `Xét đề nghị của ${proposer}.`,
  proposalRef: (number: string, date: string) => `Tờ trình số ${number}${date ? ` ngày ${date}` : ''}`,
  decides: 'QUYẾT ĐỊNH:',
  article: (n: number) => `Điều ${n}. `,
  /** Điều 1, one award: "Tặng Giấy khen cho 03 tập thể và 05 cá nhân đã có thành tích …" */
  article1: (part: string, achievement: string) =>
    `${part}${achievement ? ` ${achievement}` : ''} (có danh sách kèm theo).`,
  /**
   * The award money after Điều 1's award, only where the register gives it: each subject's
   * amount when all its lines share one ("mỗi tập thể 540.000 đồng, mỗi cá nhân 270.000
   * đồng"), else the danh sách's column; then the total, in figures and in words.
   */
  money: (each: readonly string[], total: string, words: string) =>
    `Kèm theo tiền thưởng${each.length ? `: ${each.join(', ')}; tổng` : ' (mức của từng tập thể, cá nhân, hộ gia đình ghi tại danh sách kèm theo), tổng'} số tiền thưởng là ${total} (Bằng chữ: ${words}).`,
  moneyEach: {
    collective: (amount: string) => `mỗi tập thể ${amount}`,
    individual: (amount: string) => `mỗi cá nhân ${amount}`,
    household: (amount: string) => `mỗi hộ gia đình ${amount}`,
  } as Readonly<Record<Subject, (amount: string) => string>>,
  moneyHeader: 'Số tiền (đồng)',
  moneyTotal: 'Tổng cộng',
  article2: 'Quyết định này có hiệu lực thi hành kể từ ngày ký.',
  article3: (unitName: string) =>
    `Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${unitName}, Thường trực Hội đồng Thi đua – Khen thưởng ${unitName}, các cơ quan, đơn vị có liên quan và các tập thể, cá nhân, hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
  asArticle3: 'Như Điều 3;',
  archive: 'Lưu: VT, HĐTĐKT.',
  chair: 'CHỦ TỊCH',
  viceChair: 'PHÓ CHỦ TỊCH',
  onBehalfOfChair: 'KT. CHỦ TỊCH',
  onBehalfOf: (body: string) => `TM. ${body}`,
  /** The danh sách on its own page. */
  listTitle: 'DANH SÁCH',
  listKeepTogether: ['danh hiệu', 'giấy khen', 'bằng khen'] as readonly string[],
  listSub: (what: string) => what.toLocaleUpperCase('vi'),
  listWhat: (parts: readonly string[]) => `${parts.join(' và ')}`,
  listAttachment: (kind: 'Quyết định' | 'Tờ trình', number: string, date: string, of: string) =>
    `(Kèm theo ${kind} số ${number} ${date} của ${of})`,
  groups: {
    collective: 'Tập thể',
    individual: 'Cá nhân',
    household: 'Hộ gia đình',
  } as Readonly<Record<Subject, string>>,
  groupNumerals: ['I', 'II', 'III'],
  listHeaders: ['TT', 'Họ và tên / Tên tập thể, hộ gia đình', 'Chức vụ, đơn vị', 'Thành tích'],
  /** The name column's header for the subjects the list holds. */
  nameHeader: (subjects: readonly Subject[]) =>
    subjects.length === 1
      ? { collective: 'Tên tập thể', individual: 'Họ và tên', household: 'Tên hộ gia đình' }[subjects[0]!]
      : subjects.includes('individual')
        ? `Họ và tên / Tên ${subjects.includes('collective') && subjects.includes('household') ? 'tập thể, hộ gia đình' : subjects.includes('collective') ? 'tập thể' : 'hộ gia đình'}`
        : 'Tên tập thể, hộ gia đình',
  /** Tờ trình */
  proposalOpening: (bases: readonly string[]) => bases.map((b) => `Căn cứ ${b};`),
  proposalBody: (council: string, approver: string, parts: readonly string[], achievement: string) =>
    `Căn cứ thành tích đạt được của các tập thể, cá nhân, hộ gia đình đã được ${council} xét duyệt, kính đề nghị ${approver} xem xét, quyết định ${parts.join(' và ')}${achievement ? ` ${achievement}` : ''}, gồm: (có danh sách kèm theo).`,
  /** What the Tờ trình's danh sách lists: "Tập thể, cá nhân được đề nghị tặng …". */
  proposedWhat: (what: string) => what.replace(' được ', ' được đề nghị '),
  proposalClosing: (approver: string) => `Kính trình ${approver} xem xét, quyết định./.`,
  asAbove: 'Như trên;',
  competentAuthority: 'cấp có thẩm quyền',
  /** The CLI. */
  cli: {
    written: (file: string) => `Đã ghi ${file}.`,
    missingNumber: (command: string) =>
      `Thiếu số: tdkt ${command} <tệp.xlsx> --number <số> (ví dụ --number 417/QĐ-UBND).`,
    notDocxName: (name: string) => `Tên tệp kết quả phải có đuôi .docx: “${name}”.`,
    errorsHeader: (name: string) =>
      `Chưa soạn được ${name.toLocaleLowerCase('vi')} — sửa các ô sau trong trang “Danh sách khen thưởng” rồi chạy lại:`,
  },
  findings: {
    decisionUnknown: (number: string, known: readonly string[]) =>
      `Trang “Danh sách khen thưởng” không có dòng nào ghi số quyết định “${number}”${known.length ? `. Các số quyết định khen thưởng cấp xã đang có: ${known.join(', ')}` : ''}. Kiểm tra lại số (ghi đúng như cột “Số quyết định”).`,
    proposalUnknown: (number: string, known: readonly string[]) =>
      `Trang “Danh sách khen thưởng” không có dòng đề nghị nào (có số tờ trình, chưa có số quyết định) ghi tờ trình “${number}”${known.length ? `. Các số tờ trình đang có: ${known.join(', ')}` : ''}. Kiểm tra lại số (ghi đúng như cột “Số tờ trình đề nghị”).`,
    at: (cell: string, sheet: string, column: string) => `Ô ${cell} trang “${sheet}” (cột ${column})`,
    awardUnknown: (where: string, value: string) =>
      `${where}: “${value}” không có trong danh sách danh hiệu, hình thức nên chưa soạn được văn bản. Chọn lại trong danh sách.`,
    otherLevel: (where: string, award: string, number: string) =>
      `${where}: “${award}” không thuộc thẩm quyền của Chủ tịch UBND cấp xã nên không ghi vào Quyết định số ${number}. Kiểm tra lại số quyết định hoặc danh hiệu, hình thức của dòng.`,
    subjectUnknown: (where: string, value: string) =>
      `${where}: đối tượng “${value}” không phải Tập thể, Cá nhân hoặc Gia đình. Chọn lại trong danh sách.`,
    nameMissing: (where: string) =>
      `${where}: dòng chưa ghi tên. Văn bản ghi tên từng tập thể, cá nhân, hộ gia đình: ghi mỗi tên một dòng (dòng gộp “số lượng” nhiều người chưa soạn được).`,
    quantityNamed: (where: string, name: string, value: string) =>
      `${where}: dòng ghi tên “${name}” nhưng số lượng là ${value}. Một tên là một tập thể, cá nhân hoặc hộ: ghi mỗi tên một dòng.`,
    dateMissing: (where: string, number: string) =>
      `${where}: chưa ghi ngày của Quyết định số ${number}. Ghi ngày ký (dạng ngày/tháng/năm).`,
    dateInvalid: (where: string, value: string) =>
      `${where}: “${value}” không phải ngày. Ghi ngày ký theo dạng ngày/tháng/năm, ví dụ 08/12/2025.`,
    dateDiffers: (where: string, date: string, first: string, number: string) =>
      `${where}: ngày ${date} khác ngày ${first} của các dòng khác cùng Quyết định số ${number}. Một quyết định có một ngày ký: sửa lại cho đúng.`,
    moneyInvalid: (where: string, value: string) =>
      `${where}: “${value}” không phải số tiền nên chưa ghi được vào quyết định. Ghi số đồng bằng số nguyên không âm (ví dụ 270000), hoặc để trống nếu không có tiền thưởng.`,
    proposalDateMissing: (where: string, number: string) =>
      `${where}: chưa ghi ngày của Tờ trình số ${number}. Ghi ngày tờ trình (dạng ngày/tháng/năm).`,
  },
} as const;
