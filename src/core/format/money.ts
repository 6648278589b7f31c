/**
 * Money as Vietnamese documents write it: digits grouped by "." and the unit "đồng"
 * (1.500.000 đồng), and the amount in words for the "(Bằng chữ: …)" that follows a total in
 * a decision ("Một triệu năm trăm nghìn đồng"): groups of three read "trăm", "mươi", the
 * tens' "linh" before a lone unit (105 "một trăm linh năm"), "mốt" and "lăm" after the tens
 * (21 "hai mươi mốt", 15 "mười lăm"), and "không trăm" in a group after the first
 * (1.005.000 "một triệu không trăm linh năm nghìn").
 */
import { formatNumber } from './vietnamese';

/** Is this cell an amount of money: a whole, non-negative number of đồng? */
export function isMoney(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Number.isInteger(v) && v >= 0;
}

/** 1500000 → "1.500.000 đồng". */
export function formatMoney(n: number): string {
  return `${formatNumber(n)} đồng`;
}

/** 1500000 → "1.500.000" (a table's cell, the unit in its header). */
export function formatMoneyDigits(n: number): string {
  return formatNumber(n);
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'] as const;

/** One group of three digits; `inner`: a group after the first, read in full ("không trăm linh …"). */
function groupWords(n: number, inner: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || inner) out.push(DIGITS[h]!, 'trăm');
  if (t === 0) {
    if (u > 0 && out.length) out.push('linh');
  } else if (t === 1) out.push('mười');
  else out.push(DIGITS[t]!, 'mươi');
  if (u === 1 && t >= 2) out.push('mốt');
  else if (u === 5 && t >= 1) out.push('lăm');
  else if (u > 0) out.push(DIGITS[u]!);
  return out;
}

/** A whole number in words, lower case: 1005000 → "một triệu không trăm linh năm nghìn". */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e18) return formatNumber(n);
  if (n === 0) return DIGITS[0];
  const groups: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 1000)) groups.push(x % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    words.push(...groupWords(g, i < groups.length - 1));
    if (GROUPS[i]) words.push(GROUPS[i]!);
  }
  return words.join(' ');
}

/** 1500000 → "Một triệu năm trăm nghìn đồng" (what follows "Bằng chữ:"). */
export function moneyInWords(n: number): string {
  const w = `${numberInWords(n)} đồng`;
  return w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
}
