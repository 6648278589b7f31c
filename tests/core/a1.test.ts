/**
 * A1 addresses: a column's letters (from a table made on first use, Excel's 16,384 columns)
 * and back, at the edges of one, two and three letters.
 */
import { a1, columnLetter, columnNumber, parseA1, rangeA1 } from '../../src/core/a1';

describe('columnLetter', () => {
  it('names the columns at the edges of one, two and three letters, up to XFD', () => {
    expect([1, 26, 27, 52, 702, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'XFD']);
  });

  it('is the inverse of columnNumber for every column of a sheet', () => {
    const wrong: number[] = [];
    for (let col = 1; col <= 16384; col++) if (columnNumber(columnLetter(col)) !== col) wrong.push(col);
    expect(wrong).toEqual([]);
  });

  it('past the table, as before: letters for a column beyond XFD, none for 0', () => {
    expect(columnLetter(16385)).toBe('XFE');
    expect(columnLetter(0)).toBe('');
  });

  it('makes the addresses', () => {
    expect(a1(7, 28)).toBe('AB7');
    expect(rangeA1(1, 1, 30005, 16)).toBe('A1:P30005');
    expect(parseA1('$AB$7')).toEqual({ row: 7, col: 28 });
  });
});
