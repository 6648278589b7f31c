/** A1-style addresses. Rows and columns are 1-based, as on the sheet. */

/** Excel's last column (XFD). */
const MAX_COLUMN = 16384;
/**
 * Every column's letters by number ('' at 0), made on first use: an address is made for every
 * cell read or written, and working the letters out each time was most of a large register's
 * repair in a CPU profile.
 */
let columnLetters: readonly string[] | undefined;

function lettersOf(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnLetter(col: number): string {
  columnLetters ??= Array.from({ length: MAX_COLUMN + 1 }, (_, i) => lettersOf(i));
  return columnLetters[col] ?? lettersOf(col);
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeA1(r1: number, c1: number, r2: number, c2: number): string {
  return r1 === r2 && c1 === c2 ? a1(r1, c1) : `${a1(r1, c1)}:${a1(r2, c2)}`;
}

export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  return { col: columnNumber(m[1]!), row: Number(m[2]) };
}

export function parseRange(range: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b] = range.split(':');
  const p = parseA1(a!);
  const q = b ? parseA1(b) : p;
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

/** Quote a sheet name for use in a formula: 'Thông tin chung'!B3. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
