import { formatCount, formatPercent } from '../../src/core';
import {
  formatLongDate,
  formatNumber,
  fromExcelSerial,
  parseCellDate,
  toExcelSerial,
} from '../../src/core/format/vietnamese';

describe('Vietnamese formatting', () => {
  it('writes counts with two digits below ten and "." thousands', () => {
    expect([0, 1, 9, 10, 34, 1628].map(formatCount)).toEqual(['00', '01', '09', '10', '34', '1.628']);
  });
  it('writes decimals with ","', () => {
    expect(formatNumber(1490.75)).toBe('1.490,75');
    expect(formatPercent(11.76)).toBe('11,76 %');
    expect(formatPercent(100)).toBe('100 %');
  });
  it('pads days below 10 and months 1–2 only (Nghị định 30)', () => {
    expect(formatLongDate({ year: 2020, month: 1, day: 5 })).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatLongDate({ year: 2024, month: 6, day: 18 })).toBe('ngày 18 tháng 6 năm 2024');
  });
  it('converts Excel serial dates both ways', () => {
    expect(toExcelSerial({ year: 2024, month: 6, day: 18 })).toBe(45461);
    expect(fromExcelSerial(45461)).toEqual({ year: 2024, month: 6, day: 18 });
    expect(parseCellDate('18/06/2024')).toEqual({ year: 2024, month: 6, day: 18 });
    expect(parseCellDate('31/02/2024')).toBeUndefined();
  });
});
