/**
 * The validation rules as data: a stable code, a severity, the check that raises it,
 * and the message in Vietnamese (what the clerk reads) and English (logs, support). The
 * check decides *where* a rule applies; this table decides what is said.
 */
import type { CheckName } from './checks';

export type Severity = 'error' | 'warning';

/** Facts a message may use. `cell` is "D12", `label` the row label, `column` the column header. */
export interface MessageFacts {
  readonly sheet: string;
  readonly cell: string;
  readonly label?: string;
  readonly column?: string;
  readonly columnEn?: string;
  readonly value?: string;
  readonly expected?: string;
  readonly found?: string;
  readonly count?: string;
  readonly sum?: string;
  readonly rows?: string;
  readonly field?: string;
  /** The subjects a row is given to, "cá nhân" or "tập thể, cá nhân và gia đình". */
  readonly allowed?: string;
  /** How the clerk repairs the form where they read the message (REPAIR_ACTION). */
  readonly repair?: string;
}

/** Where a message is read decides how repair is named: the pane's button or the command. */
export const REPAIR_ACTION = { pane: '“Sửa biểu mẫu”', cli: 'lệnh “tdkt repair”' } as const;
export type Surface = keyof typeof REPAIR_ACTION;
const repairOf = (f: MessageFacts) => f.repair ?? REPAIR_ACTION.pane;

export interface RuleDefinition {
  readonly severity: Severity;
  /** The check that raises it (a function of `CHECKS`, checks.ts). */
  readonly check: CheckName;
  /** Short title, e.g. for a list heading. */
  readonly title: string;
  readonly vi: (f: MessageFacts) => string;
  readonly en: (f: MessageFacts) => string;
  /** What to do about it. */
  readonly hint?: (f: MessageFacts) => string;
}

const at = (f: MessageFacts) => `Ô ${f.cell} (dòng “${f.label}”, cột ${f.column})`;
const atEn = (f: MessageFacts) => `Cell ${f.cell} (“${f.label}”, ${f.columnEn})`;
const reg = (f: MessageFacts) => `Ô ${f.cell} trang “${f.sheet}” (cột ${f.column})`;
const regEn = (f: MessageFacts) => `Cell ${f.cell} of “${f.sheet}” (${f.columnEn})`;

export const RULES = {
  'sheet-missing': {
    severity: 'error',
    check: 'checkSheets',
    title: 'Thiếu trang tính',
    vi: (f) =>
      `Không tìm thấy trang tính “${f.sheet}”. Hãy dùng ${repairOf(f)} để tạo lại (dữ liệu ở các trang khác được giữ nguyên).`,
    en: (f) => `Sheet “${f.sheet}” is missing. Use Repair to recreate it (other sheets' data is kept).`,
    hint: (f) => `Dùng ${repairOf(f)}.`,
  },
  'structure-changed': {
    severity: 'error',
    check: 'checkStructure',
    title: 'Cấu trúc biểu bị thay đổi',
    vi: (f) =>
      `Cấu trúc biểu đã bị thay đổi: ô ${f.cell} phải là “${f.expected}” nhưng đang là “${f.found}” (có dòng bị xóa, chèn, di chuyển hoặc đổi tên). Không kiểm tra được số liệu cho đến khi sửa; hãy dùng ${repairOf(f)} (số liệu đã nhập được giữ lại).`,
    en: (f) =>
      `The table's structure changed: ${f.cell} should read “${f.expected}” but reads “${f.found}” (a row was deleted, inserted, moved or relabelled). Counts cannot be checked until it is repaired; use Repair (entered counts are kept).`,
    hint: (f) => `Dùng ${repairOf(f)}.`,
  },
  'count-text-number': {
    severity: 'error',
    check: 'checkCountCells',
    title: 'Số nhập dạng văn bản',
    vi: (f) =>
      `${at(f)} chứa “${f.value}” ở dạng văn bản, không phải số: hàm cộng (SUM) bỏ qua ô này nên tổng bị thiếu. ${f.expected ? `Hãy xóa ô và gõ lại số ${f.expected}.` : 'Hãy xóa ô và nhập một số nguyên không âm (0, 1, 2, …).'}`,
    en: (f) =>
      `${atEn(f)} holds “${f.value}” as text, not a number: SUM skips it, so the totals are short. ${f.expected ? `Clear the cell and type ${f.expected} again.` : 'Clear the cell and enter a whole number ≥ 0.'}`,
  },
  'count-not-number': {
    severity: 'error',
    check: 'checkCountCells',
    title: 'Không phải số',
    vi: (f) =>
      `${at(f)} chứa “${f.value}”, không phải số. ${f.expected ? `Chỉ gõ số vào ô: gõ ${f.expected}.` : 'Chỉ nhập số nguyên không âm (0, 1, 2, …).'}`,
    en: (f) =>
      `${atEn(f)} holds “${f.value}”, not a number. ${f.expected ? `Type the number only: ${f.expected}.` : 'Enter a whole number ≥ 0.'}`,
  },
  'count-negative': {
    severity: 'error',
    check: 'checkCountCells',
    title: 'Số âm',
    vi: (f) => `${at(f)} là số âm (${f.value}). Số lượng khen thưởng phải ≥ 0.`,
    en: (f) => `${atEn(f)} is negative (${f.value}). Award counts must be ≥ 0.`,
  },
  'count-fraction': {
    severity: 'error',
    check: 'checkCountCells',
    title: 'Số lẻ thập phân',
    vi: (f) => `${at(f)} là số thập phân (${f.value}). Số lượng khen thưởng phải là số nguyên.`,
    en: (f) => `${atEn(f)} is a decimal (${f.value}). Award counts must be whole numbers.`,
  },
  'count-boolean': {
    severity: 'error',
    check: 'checkCountCells',
    title: 'Giá trị đúng/sai',
    vi: (f) => `${at(f)} chứa giá trị logic ${f.value}, không phải số lượng. Hãy nhập số nguyên không âm.`,
    en: (f) => `${atEn(f)} holds the logical value ${f.value}, not a count. Enter a whole number ≥ 0.`,
  },
  'count-error-value': {
    severity: 'error',
    check: 'checkCountCells',
    title: 'Ô báo lỗi',
    vi: (f) => `${at(f)} đang báo lỗi ${f.value}. Hãy xóa ô và nhập lại số lượng.`,
    en: (f) => `${atEn(f)} shows the error ${f.value}. Clear it and enter the count again.`,
  },
  'subject-not-allowed': {
    severity: 'error',
    check: 'checkCountCells',
    title: 'Đối tượng không được khen',
    vi: (f) => `${at(f)} có giá trị “${f.value}” nhưng “${f.label}” chỉ xét tặng cho ${f.allowed}. Hãy xóa ô này.`,
    en: (f) =>
      `${atEn(f)} holds “${f.value}” but “${f.label}” is not awarded to this subject (${f.columnEn}). Clear the cell.`,
  },
  'breakdown-exceeds': {
    severity: 'error',
    check: 'checkBreakdowns',
    title: 'Chi tiết “Trong đó” vượt tổng',
    vi: (f) =>
      `${at(f)}: các dòng “Trong đó” (${f.rows}) cộng lại ${f.sum}, nhiều hơn số của hình thức này (${f.count}).`,
    en: (f) => `${atEn(f)}: the breakdown rows (${f.rows}) add up to ${f.sum}, more than the award's ${f.count}.`,
  },
  'breakdown-short': {
    severity: 'warning',
    check: 'checkBreakdowns',
    title: 'Chi tiết “Trong đó” chưa đủ',
    vi: (f) =>
      `${at(f)}: các dòng “Trong đó” (${f.rows}) cộng lại ${f.sum}, ít hơn số của hình thức này (${f.count}). Kiểm tra xem còn loại khen nào chưa ghi.`,
    en: (f) =>
      `${atEn(f)}: the breakdown rows (${f.rows}) add up to ${f.sum}, less than the award's ${f.count}. Check for a kind not entered.`,
  },
  'direct-exceeds-count': {
    severity: 'error',
    check: 'checkDirectLabour',
    title: 'Lao động trực tiếp vượt số lượng',
    vi: (f) => `${at(f)}: số lao động trực tiếp ${f.value} lớn hơn số lượng ${f.count} ở ô ${f.expected} cùng dòng.`,
    en: (f) =>
      `${atEn(f)}: direct-labour count ${f.value} is more than the count ${f.count} in ${f.expected} on the same row.`,
  },
  'direct-without-count': {
    severity: 'error',
    check: 'checkDirectLabour',
    title: 'Lao động trực tiếp khi chưa có số lượng',
    vi: (f) =>
      `${at(f)}: có ${f.value} lao động trực tiếp nhưng ô số lượng ${f.expected} cùng dòng đang trống hoặc bằng 0.`,
    en: (f) =>
      `${atEn(f)}: ${f.value} direct-labour awardees but the count in ${f.expected} on the same row is empty or 0.`,
  },
  'yearly-title-half-year': {
    severity: 'warning',
    check: 'checkYearlyTitles',
    title: 'Danh hiệu hằng năm trong biểu 6 tháng',
    // At the register's lines that give the count (register mode: the tally's cell is a formula), else at the typed count.
    vi: (f) =>
      f.rows
        ? `Ô ${f.cell} trang “${f.sheet}” (${f.rows}): “${f.label}” là danh hiệu xét tặng hằng năm nhưng kỳ báo cáo là ${f.value}. Kiểm tra lại ${f.count === '1' ? 'dòng này' : 'các dòng này'}; nếu là danh hiệu theo năm học (ngành giáo dục) thì giữ nguyên.`
        : `${at(f)}: “${f.label}” là danh hiệu xét tặng hằng năm nhưng kỳ báo cáo là ${f.value}. Kiểm tra lại số này; nếu là danh hiệu theo năm học (ngành giáo dục) thì giữ nguyên.`,
    en: (f) =>
      f.rows
        ? `Cell ${f.cell} of “${f.sheet}” (${f.count} line(s)): “${f.label}” is a yearly title but the period is ${f.value}. Check the lines; school-year awards (education) are fine.`
        : `${atEn(f)}: “${f.label}” is a yearly title but the period is ${f.value}. Check the count; school-year awards (education) are fine.`,
  },
  'count-typed-over-register': {
    severity: 'error',
    check: 'checkFormulas',
    title: 'Số gõ đè lên công thức cộng từ danh sách',
    vi: (f) =>
      `${at(f)} cộng các dòng của trang “Danh sách khen thưởng” nhưng công thức đã bị ${f.found ? `thay bằng “${f.found}”` : 'xóa'}. Hãy nhập khen thưởng này thành dòng ở trang “Danh sách khen thưởng”, rồi dùng ${repairOf(f)} để khôi phục công thức (nội dung đã gõ được giữ lại ở bản cũ).`,
    en: (f) =>
      `${atEn(f)} adds up the lines of “Danh sách khen thưởng” but its formula was ${f.found ? `replaced by “${f.found}”` : 'deleted'}. Enter the award as a line of the register, then use Repair to restore the formula (what was typed is kept in the backup).`,
    hint: (f) => `Nhập vào “Danh sách khen thưởng”, rồi dùng ${repairOf(f)}.`,
  },
  'formula-changed': {
    severity: 'error',
    check: 'checkFormulas',
    title: 'Công thức bị sửa',
    vi: (f) =>
      `${at(f)} là ô tính tự động nhưng công thức đã bị ${f.found ? `thay bằng “${f.found}”` : 'xóa'}; công thức đúng là ${f.expected}. Hãy dùng ${repairOf(f)} để khôi phục (số liệu đã nhập được giữ lại).`,
    en: (f) =>
      `${atEn(f)} is computed but its formula was ${f.found ? `replaced by “${f.found}”` : 'deleted'}; it should be ${f.expected}. Use Repair to restore it (entered counts are kept).`,
    hint: (f) => `Dùng ${repairOf(f)}.`,
  },
  'computed-value-stale': {
    severity: 'warning',
    check: 'checkFormulas',
    title: 'Kết quả chưa được tính lại',
    vi: (f) =>
      `${at(f)} đang hiển thị ${f.found} nhưng theo số liệu đã nhập phải là ${f.expected}${f.count ? `; ${f.count} ô tính tự động khác cũng chưa được tính lại` : ''}. Hãy bật tính toán tự động (Công thức → Tùy chọn tính toán → Tự động) hoặc nhấn F9.`,
    en: (f) =>
      `${atEn(f)} shows ${f.found} but the entered counts give ${f.expected}${f.count ? `; ${f.count} other computed cells are not recalculated either` : ''}. Turn on automatic calculation or press F9.`,
  },
  'tally-empty': {
    severity: 'warning',
    check: 'checkTallyEmpty',
    title: 'Biểu chưa có số liệu',
    vi: (f) =>
      `Biểu “${f.sheet}” chưa có số liệu nào. Nếu trong kỳ không có khen thưởng, có thể gửi như vậy; nếu không, hãy nhập số lượng vào các ô màu vàng.`,
    en: (f) =>
      `“${f.sheet}” has no counts. If nothing was awarded in the period it may be sent as is; otherwise enter the counts in the yellow cells.`,
  },
  // ── The award register (“Danh sách khen thưởng”) ──
  'register-award-unknown': {
    severity: 'error',
    check: 'checkRegister',
    title: 'Danh hiệu, hình thức không có trong danh sách',
    vi: (f) =>
      `${reg(f)}: “${f.value}” không có trong danh sách chọn nên dòng này không được tính vào biểu tổng hợp. Hãy chọn từ danh sách thả xuống${f.expected ? `, ví dụ ${f.expected}` : ''}.`,
    en: (f) =>
      `${regEn(f)}: “${f.value}” is not in the dropdown list, so the line is not counted in the tally. Pick from the list${f.expected ? `, e.g. ${f.expected}` : ''}.`,
  },
  'register-award-missing': {
    severity: 'error',
    check: 'checkRegister',
    title: 'Dòng chưa có danh hiệu, hình thức',
    vi: (f) =>
      `${reg(f)}: dòng có nội dung nhưng chưa chọn danh hiệu, hình thức khen thưởng nên không được tính vào biểu tổng hợp.`,
    en: (f) => `${regEn(f)}: the line has content but no award, so it is not counted in the tally.`,
  },
  'register-kind-unknown': {
    severity: 'error',
    check: 'checkRegister',
    title: 'Loại khen thưởng không thuộc danh hiệu, hình thức',
    vi: (f) =>
      `${reg(f)}: loại “${f.value}” không có trong các dòng “Trong đó” của “${f.label}” nên không được tính vào chi tiết. ${f.expected ? `Chọn một trong: ${f.expected}; hoặc để trống.` : 'Hình thức này không chia loại: hãy để trống.'}`,
    en: (f) =>
      `${regEn(f)}: kind “${f.value}” is not a breakdown of “${f.label}”, so no breakdown row counts it. ${f.expected ? `Use one of: ${f.expected}; or leave it empty.` : 'This award has no breakdown: leave it empty.'}`,
  },
  'register-subject-unknown': {
    severity: 'error',
    check: 'checkRegister',
    title: 'Đối tượng không hợp lệ',
    vi: (f) =>
      `${reg(f)}: đối tượng ${f.value ? `“${f.value}” không hợp lệ` : 'đang trống'} nên dòng này không được tính. Chọn Tập thể, Cá nhân hoặc Gia đình.`,
    en: (f) =>
      `${regEn(f)}: the subject ${f.value ? `“${f.value}” is not valid` : 'is empty'}, so the line is not counted. Choose Tập thể, Cá nhân or Gia đình.`,
  },
  'register-subject-not-allowed': {
    severity: 'error',
    check: 'checkRegister',
    title: 'Đối tượng không được nhận hình thức này',
    vi: (f) =>
      `${reg(f)}: “${f.label}” chỉ xét tặng cho ${f.allowed}, không cho ${f.value?.toLocaleLowerCase('vi')}, nên dòng này không được tính ở cột ${f.value}. Kiểm tra lại đối tượng hoặc danh hiệu, hình thức.`,
    en: (f) =>
      `${regEn(f)}: “${f.label}” is not given to ${f.value}, so the line is not counted in that column. Check the subject or the award.`,
  },
  'register-quantity-invalid': {
    severity: 'error',
    check: 'checkRegister',
    title: 'Số lượng không hợp lệ',
    vi: (f) =>
      `${reg(f)}: số lượng “${f.value}” không hợp lệ (phải là số nguyên từ 1 trở lên; để trống là 1) nên dòng này không được tính đúng.`,
    en: (f) =>
      `${regEn(f)}: quantity “${f.value}” is not a whole number ≥ 1 (empty means 1); the line is not counted right.`,
  },
  'register-direct-household': {
    severity: 'error',
    check: 'checkRegister',
    title: 'Hộ gia đình không tính lao động trực tiếp',
    vi: (f) =>
      `${reg(f)}: dòng khen hộ gia đình có đánh dấu lao động trực tiếp; biểu chỉ tính lao động trực tiếp cho tập thể và cá nhân. Hãy xóa dấu x.`,
    en: (f) =>
      `${regEn(f)}: a household line is marked direct labour; only collectives and individuals are. Remove the x.`,
  },
  'register-direct-invalid': {
    severity: 'error',
    check: 'checkRegister',
    title: 'Đánh dấu lao động trực tiếp không hợp lệ',
    vi: (f) =>
      `${reg(f)}: “${f.value}” không phải dấu x nên không được tính là lao động trực tiếp. Ghi x hoặc để trống.`,
    en: (f) =>
      `${regEn(f)}: “${f.value}” is not an x, so it is not counted as direct labour. Type x or leave it empty.`,
  },
  'register-beyond-capacity': {
    severity: 'error',
    check: 'checkRegister',
    title: 'Dòng nằm ngoài danh sách',
    vi: (f) =>
      `${reg(f)}: ${Number(f.count) > 1 ? `${f.count} dòng (từ dòng này trở xuống) nằm` : 'dòng nằm'} dưới dòng ${f.expected}, ngoài phạm vi biểu tổng hợp cộng, nên không được tính. Hãy chuyển lên các dòng trống phía trên, hoặc tách sang tệp khác rồi dùng “Tổng hợp”.`,
    en: (f) =>
      `${regEn(f)}: ${Number(f.count) > 1 ? `${f.count} lines (from this one down) are` : 'the line is'} below row ${f.expected}, outside what the tally adds up, so not counted.`,
  },
  'register-date-outside-period': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Ngày quyết định ngoài kỳ báo cáo',
    vi: (f) =>
      `${reg(f)}: ngày quyết định ${f.value} nằm ngoài kỳ báo cáo (${f.expected}). Kiểm tra lại ngày hoặc kỳ báo cáo.`,
    en: (f) => `${regEn(f)}: decision date ${f.value} is outside the report's period (${f.expected}).`,
  },
  'register-date-invalid': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Ngày quyết định không phải ngày',
    vi: (f) =>
      `${reg(f)}: “${f.value}” không được Excel hiểu là ngày. Nhập lại theo dạng ngày/tháng/năm, ví dụ 18/06/2024.`,
    en: (f) => `${regEn(f)}: “${f.value}” is not a date Excel understands. Type it as dd/mm/yyyy.`,
  },
  'register-decision-missing': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Thiếu số hoặc ngày quyết định',
    vi: (f) => `${reg(f)}: chưa ghi ${f.field}. Báo cáo cần số và ngày của quyết định khen thưởng.`,
    en: (f) => `${regEn(f)}: the ${f.field === 'số quyết định' ? 'decision number' : 'decision date'} is missing.`,
  },
  'register-duplicate': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Dòng trùng (có thể tính hai lần)',
    vi: (f) =>
      `${reg(f)}: “${f.value}” đã có ở dòng ${f.found} với cùng quyết định và danh hiệu, hình thức: có thể bị tính hai lần.`,
    en: (f) =>
      `${regEn(f)}: “${f.value}” already appears on row ${f.found} with the same decision and award: counted twice?`,
  },
  'register-named-quantity': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Dòng có tên nhưng số lượng khác 1',
    vi: (f) =>
      `${reg(f)}: dòng ghi tên “${f.label}” nhưng số lượng là ${f.value}. Một tên là một tập thể, cá nhân hoặc hộ: ghi mỗi tên một dòng, hoặc xóa tên nếu dòng gộp nhiều.`,
    en: (f) =>
      `${regEn(f)}: the line names “${f.label}” but its quantity is ${f.value}. One name per line, or no name for a grouped line.`,
  },
  'register-proposal-missing': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Thiếu số hoặc ngày tờ trình',
    vi: (f) =>
      `${reg(f)}: chưa ghi ${f.field}. Tờ trình đề nghị cần cả số và ngày để soạn tờ trình và ghi vào quyết định (“Xét đề nghị … tại Tờ trình số … ngày …”).`,
    en: (f) =>
      `${regEn(f)}: the ${f.field === 'số tờ trình' ? 'proposal number' : 'proposal date'} is missing; a Tờ trình needs both.`,
  },
  'register-proposal-date-invalid': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Ngày tờ trình không phải ngày',
    vi: (f) =>
      `${reg(f)}: “${f.value}” không được Excel hiểu là ngày. Nhập lại theo dạng ngày/tháng/năm, ví dụ 10/06/2024.`,
    en: (f) => `${regEn(f)}: “${f.value}” is not a date Excel understands. Type it as dd/mm/yyyy.`,
  },
  'register-proposal-after-decision': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Tờ trình ghi ngày sau quyết định',
    vi: (f) =>
      `${reg(f)}: tờ trình ngày ${f.value} nhưng quyết định khen thưởng ngày ${f.expected}; tờ trình phải có trước quyết định. Kiểm tra lại hai ngày.`,
    en: (f) => `${regEn(f)}: the proposal is dated ${f.value}, after the decision (${f.expected}). Check both dates.`,
  },
  'register-money-invalid': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Tiền thưởng không hợp lệ',
    vi: (f) =>
      `${reg(f)}: “${f.value}” không phải số tiền. Ghi số đồng bằng số nguyên không âm, ví dụ 270000 (Excel hiện 270.000), hoặc để trống nếu không có tiền thưởng.`,
    en: (f) =>
      `${regEn(f)}: “${f.value}” is not an amount. Type a whole, non-negative number of đồng (e.g. 270000), or leave it blank.`,
  },
  'register-book-number-duplicate': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Số vào sổ bị trùng',
    vi: (f) =>
      `${reg(f)}: số vào sổ “${f.value}” đã ghi ở dòng ${f.found}. Mỗi giấy khen một số vào sổ: sửa lại một trong hai số.`,
    en: (f) => `${regEn(f)}: book number “${f.value}” is already on row ${f.found}; each certificate has its own.`,
  },
  'register-columns-new': {
    severity: 'warning',
    check: 'checkRegisterLayout',
    title: 'Danh sách chưa có các cột soạn quyết định',
    vi: (f) =>
      `Trang “${f.sheet}” chưa có cột ${f.column} (danh sách được tạo trước khi có các cột này), nên chưa soạn được quyết định, tờ trình từ danh sách. Hãy dùng ${repairOf(f)} để thêm các cột (mọi dòng và nội dung đã nhập được giữ nguyên).`,
    en: (f) =>
      `“${f.sheet}” has no ${f.columnEn} column (made before them), so no decision or proposal can be drafted. Use Repair to add them (every line is kept).`,
    hint: (f) => `Dùng ${repairOf(f)}.`,
  },
  'register-header-missing': {
    severity: 'error',
    check: 'checkRegisterLayout',
    title: 'Mất cột trong danh sách khen thưởng',
    vi: (f) =>
      `Trang “${f.sheet}”: dòng tiêu đề (dòng ${f.rows}) không còn cột “${f.column}” (có lẽ cột đã bị xóa) nên biểu tổng hợp không tính đúng theo cột này. Hãy dùng ${repairOf(f)} để tạo lại cột rồi ghi lại nội dung cột cho các dòng.`,
    en: (f) =>
      `“${f.sheet}”: the header row (row ${f.rows}) has no “${f.columnEn}” column (probably deleted), so the tally cannot count by it. Use Repair to recreate the column, then fill it in again.`,
    hint: (f) => `Dùng ${repairOf(f)}.`,
  },
  'register-header-row-missing': {
    severity: 'warning',
    check: 'checkRegisterLayout',
    title: 'Danh sách khen thưởng mất dòng tiêu đề cột',
    vi: (f) =>
      `Trang “${f.sheet}” không còn dòng tiêu đề cột (có lẽ đã bị xóa hoặc gõ đè): các dòng được đọc từ dòng ${f.rows} theo thứ tự cột của mẫu. Hãy dùng ${repairOf(f)} để tạo lại dòng tiêu đề (nội dung các dòng được giữ nguyên).`,
    en: (f) =>
      `“${f.sheet}” has no column header row (deleted or typed over): lines are read from row ${f.rows} in the form's column order. Use Repair to restore the header (every line is kept).`,
    hint: (f) => `Dùng ${repairOf(f)}.`,
  },
  'register-header-unknown': {
    severity: 'warning',
    check: 'checkRegisterLayout',
    title: 'Cột lạ trong danh sách khen thưởng',
    vi: (f) =>
      `${f.cell} trang “${f.sheet}”: tiêu đề “${f.value}” không phải cột của danh sách (có lẽ cột được chèn thêm) nên nội dung cột này không được tính vào biểu tổng hợp. ${repairOf(f)} chuyển cột này sang bản sao “(bản cũ)” và ghi lại nơi chuyển; các cột khác giữ nguyên nội dung.`,
    en: (f) =>
      `${f.cell} of “${f.sheet}”: header “${f.value}” is not a register column (probably inserted), so nothing in it is counted. Repair moves it to the “(bản cũ)” copy and logs it; the other columns keep their content.`,
  },
  'register-layout-moved': {
    severity: 'warning',
    check: 'checkRegisterLayout',
    title: 'Danh sách khen thưởng bị chèn hoặc xóa dòng, cột',
    vi: (f) =>
      `Trang “${f.sheet}” đã bị chèn hoặc xóa dòng, cột (ô tiêu đề “Danh hiệu, hình thức khen thưởng” đang ở ${f.found}, theo mẫu là ${f.expected}). Các dòng vẫn được đọc và tính theo tiêu đề cột; hãy dùng ${repairOf(f)} để đưa trang về đúng mẫu (nội dung mỗi dòng được giữ nguyên).`,
    en: (f) =>
      `“${f.sheet}” has rows or columns inserted or deleted (the award header is at ${f.found}, ${f.expected} on the form). Lines are still read by their headers; use Repair to restore the layout (every line is kept).`,
    hint: (f) => `Dùng ${repairOf(f)}.`,
  },
  'register-lines-ignored': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Danh sách chưa được dùng cho biểu',
    vi: (f) =>
      `Trang “${f.sheet}” có ${f.count} dòng (dòng đầu ở ô ${f.cell}) nhưng biểu tổng hợp đang nhập số tay nên các dòng này chưa được tính. Dùng “Chuyển sang danh sách khen thưởng” để biểu tính từ danh sách.`,
    en: (f) =>
      `“${f.sheet}” has ${f.count} lines but the tally is typed by hand, so they are not counted. Switch the workbook to the register.`,
  },
  'register-empty': {
    severity: 'warning',
    check: 'checkRegister',
    title: 'Danh sách khen thưởng chưa có dòng nào',
    vi: (f) =>
      `Trang “${f.sheet}” chưa có dòng nào (bắt đầu ghi từ ô ${f.cell}) nên biểu tổng hợp toàn số 0. Nếu trong kỳ không có khen thưởng, có thể gửi như vậy; nếu không, hãy ghi từng quyết định khen thưởng vào danh sách.`,
    en: (f) => `“${f.sheet}” has no lines, so the tally is all zeros. Enter each award decision in the register.`,
  },
  'sheet-renamed': {
    severity: 'error',
    check: 'checkSheets',
    title: 'Trang tính bị đổi tên',
    vi: (f) =>
      `Không có trang tính “${f.sheet}” nhưng trang “${f.found}” có nội dung của trang này (có lẽ đã bị đổi tên). Hãy dùng ${repairOf(f)} để nhận lại trang và đặt lại tên; số liệu được giữ nguyên.`,
    en: (f) =>
      `Sheet “${f.sheet}” is missing but “${f.found}” holds its content (probably renamed). Use Repair to adopt it and restore its name; the data is kept.`,
    hint: (f) => `Dùng ${repairOf(f)}.`,
  },
  'companion-missing': {
    severity: 'warning',
    check: 'checkSheets',
    title: 'Thiếu trang tính',
    vi: (f) =>
      `Không có trang tính “${f.sheet}”: báo cáo sẽ thiếu phần lấy từ trang này. Hãy dùng ${repairOf(f)} để tạo lại trang (dữ liệu ở các trang khác được giữ nguyên).`,
    en: (f) => `Sheet “${f.sheet}” is missing: the report lacks what it holds. Use Repair to recreate it.`,
    hint: (f) => `Dùng ${repairOf(f)}.`,
  },
  'tally-empty-elsewhere': {
    severity: 'error',
    check: 'checkTallyElsewhere',
    title: 'Số liệu nằm ở trang khác',
    vi: (f) =>
      `Biểu “${f.sheet}” chưa có số liệu nào, nhưng trang “${f.found}” giống biểu này lại có số liệu: số liệu có lẽ đang nằm nhầm trang. Hãy chép số liệu về trang “${f.sheet}” (hoặc xóa trang thừa) rồi kiểm tra lại.`,
    en: (f) =>
      `“${f.sheet}” has no counts, but “${f.found}”, which looks like it, has: the counts are probably on the wrong sheet. Move them to “${f.sheet}” (or delete the extra sheet) and check again.`,
  },
  'print-area-broken': {
    severity: 'warning',
    check: 'checkPrintAreas',
    title: 'Vùng in bị mất hoặc bị đổi',
    vi: (f) =>
      `Trang “${f.sheet}”: ${f.found ? `vùng in đang là “${f.found}”` : 'vùng in đã bị xóa'}, không phải vùng in của mẫu (${f.expected}), nên bản in sẽ thiếu hoặc thừa trang (cả các cột danh mục bên phải). Hãy dùng ${repairOf(f)} để đặt lại vùng in (số liệu đã nhập giữ nguyên).`,
    en: (f) =>
      `“${f.sheet}”: the print area ${f.found ? `is “${f.found}”` : 'was deleted'}, not the form's (${f.expected}). Use Repair to set it again (every value is kept).`,
    hint: (f) => `Dùng ${repairOf(f)}.`,
  },
  'value-displaced': {
    severity: 'warning',
    check: 'checkRepairLog',
    title: 'Nội dung đã được chuyển khi sửa',
    vi: (f) => `Đã chuyển “${f.value}” từ ${f.found} sang ${f.expected} — kiểm tra lại.${f.field ? ` ${f.field}` : ''}`,
    en: (f) =>
      `Moved “${f.value}” from ${f.found} to ${f.expected} during repair — check it.${f.field ? ` (${f.field})` : ''}`,
    hint: () => 'Xem lại, nhập lại vào đúng ô nếu cần, rồi xóa dòng tương ứng trên trang ẩn “Nội dung đã chuyển”.',
  },
  'info-missing': {
    severity: 'warning',
    check: 'checkInfo',
    title: 'Thiếu thông tin chung',
    vi: (f) =>
      `Ô ${f.cell} (“${f.field}”) trên trang “${f.sheet}” đang trống; tiêu đề biểu và báo cáo cần thông tin này.`,
    en: (f) => `${f.cell} (“${f.field}”) on “${f.sheet}” is empty; the titles and the report need it.`,
  },
  'info-basis-invalid': {
    severity: 'warning',
    check: 'checkInfo',
    title: 'Căn cứ của tỉnh chưa đúng',
    vi: (f) =>
      `Ô ${f.cell} trang “${f.sheet}” (bảng căn cứ của tỉnh, cột ${f.column}): “${f.value}” — ${f.expected}. Quyết định, tờ trình ghi dòng này như đang có.`,
    en: (f) =>
      `${f.cell} on “${f.sheet}” (the province's căn cứ table, ${f.columnEn}): “${f.value}” — ${f.expected}. Decisions and proposals cite the line as it is.`,
  },
  'info-invalid': {
    severity: 'warning',
    check: 'checkInfo',
    title: 'Thông tin chung không hợp lệ',
    vi: (f) =>
      `Ô ${f.cell} (“${f.field}”) trên trang “${f.sheet}” có giá trị “${f.value}” không hợp lệ: ${f.expected}.`,
    en: (f) => `${f.cell} (“${f.field}”) on “${f.sheet}” holds “${f.value}”, which is not valid: ${f.expected}.`,
  },
  'certificate-layout-invalid': {
    severity: 'warning',
    check: 'checkCertificateLayout',
    title: 'Mẫu in giấy khen không hợp lệ',
    // The layout module's own message (the one printing stops with), naming the cell.
    vi: (f) => `${f.found}`,
    en: (f) =>
      `${f.cell} on “${f.sheet}” is not a valid Giấy khen layout value; the certificates cannot be printed until it is.`,
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleCode = keyof typeof RULES;

const joinVi = (cells: readonly string[]) =>
  cells.length <= 1 ? (cells[0] ?? '') : `${cells.slice(0, -1).join(', ')} và ${cells[cells.length - 1]}`;

/** Added to a bad cell's finding: the checks that wait on it (one bad cell, one finding). */
export const DEPENDENT_NOTE = {
  vi: (cells: readonly string[]) => `Sau khi sửa ô này sẽ kiểm tra tiếp ${joinVi(cells)} (đang phụ thuộc ô này).`,
  en: (cells: readonly string[]) => `${cells.join(', ')} will be checked once this cell is fixed (they depend on it).`,
} as const;
