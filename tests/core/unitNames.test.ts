/** Issue 15 item 12: invisible characters in "Tên đơn vị" defeat aggregate's duplicate check. */
import { checkUnits, type UnitRead } from '../../src/core';
import { duplicateMessage, duplicateUnits } from '../../src/core/aggregate';
import { nameKey } from '../../src/core/format/vietnamese';

const unit = (file: string, name: string) => ({ unit: { file, name } }) as unknown as UnitRead;

describe('regression (issue 15 item 12): a zero-width space in “Tên đơn vị” defeats the duplicate check', () => {
  it.each([
    ['a zero-width space', 'Xã\u200B Hưng Vũ'],
    ['a byte-order mark', '\uFEFFXã Hưng Vũ'],
    ['a no-break space and doubled spaces', 'Xã\u00A0 Hưng  Vũ'],
    ['decomposed diacritics (NFD) and upper case', 'XÃ HƯNG VŨ'.normalize('NFD')],
    ['a soft hyphen and a direction mark', 'Xã Hưng\u00AD Vũ\u200E'],
  ])('%s: the same unit, both files named', (_, other) => {
    const units = [unit('a.xlsx', 'Xã Hưng Vũ'), unit('b.xlsx', other)];
    expect(nameKey(other)).toBe(nameKey('Xã Hưng Vũ'));
    const groups = duplicateUnits(units);
    expect(groups).toEqual([{ name: 'Xã Hưng Vũ', files: ['a.xlsx', 'b.xlsx'] }]);
    expect(duplicateMessage(groups[0]!)).toMatch(/a\.xlsx.*b\.xlsx/);
  });

  it('different units stay different', () => {
    expect(checkUnits([unit('a.xlsx', 'Xã Hưng Vũ'), unit('b.xlsx', 'Xã Hưng Vũ 2')]).duplicates).toEqual([]);
  });
});
