/**
 * Arithmetic that must give the same digits as Excel's.
 */

/**
 * Excel's ROUND(x, digits): half away from zero, after Excel's 15-significant-digit
 * correction, so ROUND(1.005, 2) = 1.01 where a naive Math.round(1.005*100)/100 gives 1.
 * (1.005 is stored as 1.00499999999999989…; Excel rounds the decimal it shows.)
 */
export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0;
  const sign = x < 0 ? -1 : 1;
  const factor = 10 ** digits;
  // Correct to 15 significant digits first, as Excel does, then scale and correct again:
  // the product of the corrected value and the factor can pick up a new binary error.
  const corrected = Number(Math.abs(x).toPrecision(15));
  const scaled = Number((corrected * factor).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5);
  return (sign * rounded) / factor;
}

/**
 * The direct-labour rate as the sheet computes it: =IF(count=0,"",ROUND(sl/count*100,2)).
 * `undefined` stands for the blank the formula shows when the count is 0.
 */
export function directLabourRate(sl: number, count: number): number | undefined {
  if (count === 0) return undefined;
  return excelRound((sl / count) * 100, 2);
}
