import { directLabourRate, excelRound } from '../../src/core/excelMath';

describe('excelRound matches Excel ROUND', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.255, 2, 1.26],
    [-1.005, 2, -1.01],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [2.5, 0, 3],
    [11.764705882352942, 2, 11.76],
    [1234.5678, 2, 1234.57],
    [0, 2, 0],
  ])('ROUND(%p, %p) = %p', (x, d, want) => {
    expect(excelRound(x, d)).toBe(want);
  });

  it('naive Math.round would get 1.005 wrong (why the correction exists)', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(excelRound(1.005, 2)).toBe(1.01);
  });
});

describe('directLabourRate', () => {
  it('is blank when the count is 0', () => expect(directLabourRate(0, 0)).toBeUndefined());
  it('4 of 34 → 11.76', () => expect(directLabourRate(4, 34)).toBe(11.76));
  it('4 of 4 → 100', () => expect(directLabourRate(4, 4)).toBe(100));
  it('1 of 3 → 33.33, 2 of 3 → 66.67', () => {
    expect(directLabourRate(1, 3)).toBe(33.33);
    expect(directLabourRate(2, 3)).toBe(66.67);
  });
});
