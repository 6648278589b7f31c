/**
 * "Số vào sổ" (the certificate's number in the award book) for the lines that have none yet:
 * the next free numbers after the largest in the register, in the same pattern as that largest
 * one — "125/GK" → "126/GK", "GK-0125" → "GK-0126" (its prefix, suffix and digit count kept) —
 * or "1", "2" … when the register holds none. A typed number is never replaced: the proposals
 * only fill the gaps, are printed, and are listed for the clerk to type into the register.
 */
import { normalizeText } from '../format/vietnamese';
import type { RegisterLine } from '../register';

/** A number as typed: what stands before and after its digits. */
interface Pattern {
  readonly prefix: string;
  readonly value: number;
  readonly digits: number;
  readonly suffix: string;
}

/** The last run of digits of a typed number, with what surrounds it ("125/GK" → "", 125, "/GK"). */
export function bookNumberPattern(v: unknown): Pattern | undefined {
  if (v === null || v === undefined) return undefined;
  const s = typeof v === 'number' ? (Number.isInteger(v) && v >= 0 ? String(v) : '') : normalizeText(String(v));
  // The first run of digits: "125/GK-2025" numbers by 125 (the year after it is part of the pattern).
  const m = /^(\D*)(\d+)(.*)$/su.exec(s);
  if (!m) return undefined;
  return { prefix: m[1]!, value: Number(m[2]), digits: m[2]!.length, suffix: m[3]! };
}

const typed = (v: unknown) => !(v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));

/**
 * The numbers for `lines` that have no Số vào sổ, in their order, after the largest typed in
 * `register` (the whole register: the book is the commune's, not one decision's). A line with
 * a number keeps it and gets no proposal.
 */
export function proposeBookNumbers(
  register: readonly RegisterLine[],
  lines: readonly RegisterLine[],
): Map<RegisterLine, string> {
  let last: Pattern | undefined;
  for (const l of register) {
    const p = bookNumberPattern(l.bookNumber);
    if (p && (!last || p.value > last.value)) last = p;
  }
  const out = new Map<RegisterLine, string>();
  const pattern = last ?? { prefix: '', value: 0, digits: 1, suffix: '' };
  let next = pattern.value;
  for (const l of lines) {
    if (typed(l.bookNumber)) continue;
    next += 1;
    out.set(l, `${pattern.prefix}${String(next).padStart(pattern.digits, '0')}${pattern.suffix}`);
  }
  return out;
}
