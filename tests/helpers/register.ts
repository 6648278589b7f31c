/**
 * The Bắc Sơn example (6 tháng đầu năm 2024) as award-register lines: the paper form's
 * numbers (domain-notes §2), decision by decision. Decision numbers, dates and names are
 * INVENTED (the reference report gives only the counts); the counts are the paper's.
 */
import { DEFAULT_CATALOGUE, inputsFromJson, type WorkbookInputs, type WorkbookInputsJson } from '../../src/core';
import { type RegisterColumn } from '../../src/core/register';
import { paperFormJson } from './paperForm';

type JsonLine = Partial<Record<RegisterColumn, string | number | null>>;

const tinh = { decision: '1234/QĐ-UBND', date: '2024-05-10', authority: 'UBND tỉnh Lạng Sơn' };
const huyen1 = { decision: '560/QĐ-UBND', date: '2024-03-20', authority: 'UBND huyện Bắc Sơn' };
const huyen2 = { decision: '601/QĐ-UBND', date: '2024-04-02', authority: 'UBND huyện Bắc Sơn' };
const huyen3 = { decision: '215/QĐ-UBND', date: '2024-01-15', authority: 'UBND huyện Bắc Sơn' };
const xa = { decision: '45/QĐ-UBND', date: '2024-02-01', authority: 'UBND thị trấn Bắc Sơn' };

export const BAC_SON_REGISTER: readonly JsonLine[] = [
  {
    number: 1,
    ...tinh,
    award: 'Bằng khen của Chủ tịch UBND tỉnh (cấp tỉnh)',
    kind: 'Khen chuyên đề',
    subject: 'Tập thể',
    name: 'UBND thị trấn Bắc Sơn',
  },
  {
    number: 2,
    ...huyen3,
    award: 'Lao động tiên tiến (cấp huyện)',
    subject: 'Cá nhân',
    quantity: 18,
    note: 'theo danh sách kèm quyết định',
  },
  {
    number: 3,
    ...huyen1,
    award: 'Giấy khen (cấp huyện)',
    kind: 'Khen chuyên đề',
    subject: 'Tập thể',
    name: 'Chi bộ khối phố Hữu Vĩnh',
  },
  {
    number: 4,
    ...huyen1,
    award: 'Giấy khen (cấp huyện)',
    kind: 'Khen chuyên đề',
    subject: 'Cá nhân',
    name: 'Hoàng Văn Lực',
    position: 'Trưởng khối phố Hữu Vĩnh',
    direct: 'x',
  },
  {
    number: 5,
    ...huyen1,
    award: 'Giấy khen (cấp huyện)',
    kind: 'Khen chuyên đề',
    subject: 'Cá nhân',
    name: 'Lương Thị Mai',
    position: 'Hội viên Hội Phụ nữ',
    direct: 'x',
  },
  {
    number: 6,
    ...huyen2,
    award: 'Giấy khen (cấp huyện)',
    kind: 'Khen thường xuyên',
    subject: 'Cá nhân',
    name: 'Vi Văn Thành',
    position: 'Nông dân, khối phố Đình',
    direct: 'x',
  },
  {
    number: 7,
    ...huyen2,
    award: 'Giấy khen (cấp huyện)',
    kind: 'Khen thường xuyên',
    subject: 'Cá nhân',
    name: 'Dương Thị Hoa',
    position: 'Tiểu thương, khối phố Trần Phú',
    direct: 'x',
  },
  {
    number: 8,
    ...xa,
    award: 'Giấy khen (cấp cơ sở)',
    kind: 'Khen thường xuyên',
    subject: 'Tập thể',
    name: 'Chi bộ khối phố 1',
  },
  {
    number: 9,
    ...xa,
    award: 'Giấy khen (cấp cơ sở)',
    kind: 'Khen thường xuyên',
    subject: 'Tập thể',
    name: 'Chi bộ khối phố 2',
  },
  {
    number: 10,
    ...xa,
    award: 'Giấy khen (cấp cơ sở)',
    kind: 'Khen thường xuyên',
    subject: 'Tập thể',
    name: 'Trường Mầm non thị trấn',
  },
  { number: 11, ...xa, award: 'Giấy khen (cấp cơ sở)', kind: 'Khen thường xuyên', subject: 'Cá nhân', quantity: 12 },
];

/** The Bắc Sơn workbook kept with a register instead of typed counts. */
export function bacSonRegisterJson(): WorkbookInputsJson {
  const { tally: _typed, ...rest } = paperFormJson();
  return { ...rest, register: BAC_SON_REGISTER };
}

export function bacSonRegisterInputs(): WorkbookInputs {
  return inputsFromJson(DEFAULT_CATALOGUE, bacSonRegisterJson());
}
