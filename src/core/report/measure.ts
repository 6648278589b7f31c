/**
 * Text widths and line breaks for the few lines whose layout Nghị định 30/2020 fixes: the rule
 * under the tiêu ngữ is as long as that line, the rules under the issuer's name and the trích
 * yếu are 1/3–1/2 of their line, and names and capitals headings break between phrases
 * ("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG / THỊ TRẤN BẮC SƠN", never "THỊ / TRẤN").
 *
 * Widths use the Times font metrics (Adobe AFM, units of 1/1000 em) that Times New Roman
 * shares to within a few per cent; a Vietnamese letter is measured as its base letter (the
 * diacritics sit above or below). Good to about a millimetre on a heading line — enough to
 * size a rule and choose break points, not to typeset.
 */

// prettier-ignore
const REGULAR: Record<string, number> = {
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  ' ': 250, '-': 333, '–': 500, ',': 250, '.': 250, ':': 278, '/': 278, '(': 333, ')': 333, '“': 444, '”': 444,
};
// prettier-ignore
const BOLD: Record<string, number> = {
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556, l: 278, m: 833,
  n: 556, o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944,
  N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  ' ': 250, '-': 333, '–': 500, ',': 250, '.': 250, ':': 333, '/': 278, '(': 333, ')': 333, '“': 500, '”': 500,
};

const MM_PER_PT = 25.4 / 72;

/** The base letter of a Vietnamese letter: "Ộ" → "O", "đ" → "d". */
function base(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  return ch.normalize('NFD').charAt(0);
}

/** Width of `text` in millimetres at `sizePt`, Times New Roman, bold or regular. */
export function measureTextMm(text: string, sizePt: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) units += table[base(ch)] ?? (/\d/.test(ch) ? 500 : 500);
  return (units / 1000) * sizePt * MM_PER_PT;
}

export interface BreakOptions {
  readonly sizePt: number;
  readonly bold?: boolean;
  /** Word groups never split across lines ("THỊ TRẤN BẮC SƠN", "THI ĐUA"), matched without case. */
  readonly keepTogether?: readonly string[];
  /** Word groups before which a break is a phrase boundary (the unit's name after the body's). */
  readonly phraseStarts?: readonly string[];
}

/**
 * `text` in as few lines as fit `widthMm`, broken between words, preferring phrase boundaries
 * (after a comma or a dash, before "và"), never inside a `keepTogether` group, and balanced
 * (the longest line as short as it can be). A text that fits stays one line.
 */
export function breakLines(text: string, widthMm: number, o: BreakOptions): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const width = (from: number, to: number) => measureTextMm(words.slice(from, to).join(' '), o.sizePt, o.bold);
  if (words.length < 2 || width(0, words.length) <= widthMm) return [words.join(' ')];
  const lower = words.map((w) => w.toLocaleLowerCase('vi'));
  // breakable[i]: a line may start at word i.
  const breakable = words.map((_, i) => i > 0);
  for (const group of o.keepTogether ?? []) {
    const g = group.toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
    if (g.length < 2) continue;
    for (let i = 0; i + g.length <= lower.length; i++)
      if (g.every((w, k) => lower[i + k] === w)) for (let k = 1; k < g.length; k++) breakable[i + k] = false;
  }
  // A year or a count stays with the word before it ("năm 2024", "6 tháng").
  for (let i = 1; i < words.length; i++)
    if (/^\d/.test(words[i]!) && /^(năm|tháng|ngày|số)$/.test(lower[i - 1]!)) breakable[i] = false;
  // A small count stays with its noun ("6 tháng"); a year may end a line.
  for (let i = 1; i < words.length; i++) if (/^\d{1,2}$/.test(words[i - 1]!)) breakable[i] = false;
  const starts = new Set<number>();
  for (const group of o.phraseStarts ?? []) {
    const g = group.toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
    for (let i = 1; i + g.length <= lower.length; i++) if (g.every((w, k) => lower[i + k] === w)) starts.add(i);
  }
  // Phrase boundaries cost nothing; any other break costs as much as a line 12 mm longer,
  // so a phrase break wins unless it leaves the lines badly unbalanced.
  const cost = (i: number) =>
    /[,–;:]$/.test(words[i - 1]!) || lower[i] === 'và' || starts.has(i)
      ? 0
      : words[i] === '–' || words[i] === '-'
        ? 6
        : 12;
  // Fewest lines first, then the smallest longest line plus break costs (dynamic programming).
  for (let lines = 2; lines <= words.length; lines++) {
    const best = split(words.length, lines, widthMm, width, breakable, cost);
    if (best) return best.map(([a, b]) => words.slice(a, b).join(' '));
  }
  return words; // one word per line: nothing fits
}

function split(
  n: number,
  lines: number,
  widthMm: number,
  width: (a: number, b: number) => number,
  breakable: readonly boolean[],
  cost: (i: number) => number,
): [number, number][] | undefined {
  // memo[k][i]: best way to lay words i..n in k lines → [score, breaks]
  const memo = new Map<string, { score: number; parts: [number, number][] } | null>();
  const go = (i: number, k: number): { score: number; parts: [number, number][] } | null => {
    const key = `${i}:${k}`;
    if (memo.has(key)) return memo.get(key)!;
    let best: { score: number; parts: [number, number][] } | null = null;
    if (k === 1) {
      const w = width(i, n);
      best = w <= widthMm ? { score: w, parts: [[i, n]] } : null;
    } else
      for (let j = i + 1; j <= n - k + 1; j++) {
        if (!breakable[j]) continue;
        const w = width(i, j);
        if (w > widthMm) break;
        const rest = go(j, k - 1);
        if (!rest) continue;
        const score = Math.max(w, rest.score) + cost(j);
        if (!best || score < best.score) best = { score, parts: [[i, j], ...rest.parts] };
      }
    memo.set(key, best);
    return best;
  };
  return go(0, lines)?.parts;
}
