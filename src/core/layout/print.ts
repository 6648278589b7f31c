import type { PrintPlan } from './types';

/**
 * A4 print setup shared by every sheet: one page wide, as many pages tall as needed.
 * Margins follow Nghị định 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm) on portrait
 * pages; landscape tables keep 20 mm on the left so the wide form still fits one page wide.
 * Inches, as both Excel APIs take them.
 */
export function a4Print(
  orientation: PrintPlan['orientation'],
  opts: { readonly titleRows?: string; readonly centerHorizontally?: boolean; readonly rowBreaks?: number[] } = {},
): PrintPlan {
  return {
    orientation,
    paper: 'A4',
    // The tints guide typing on screen; on paper the form is black on white.
    blackAndWhite: true,
    ...(opts.rowBreaks?.length ? { rowBreaks: opts.rowBreaks } : {}),
    fitToWidth: 1,
    fitToHeight: 0,
    ...(opts.titleRows ? { titleRows: opts.titleRows } : {}),
    margins: {
      top: 0.79,
      bottom: 0.79,
      left: orientation === 'portrait' ? 1.18 : 0.79,
      right: 0.59,
      header: 0.3,
      footer: 0.3,
    },
    ...(opts.centerHorizontally ? { centerHorizontally: true } : {}),
  };
}

/** A4 in points, and the printable height of a page of this plan (margins off). */
export function printableHeight(p: PrintPlan): number {
  const A4 = { long: 841.89, short: 595.28 };
  const h = p.orientation === 'landscape' ? A4.short : A4.long;
  return h - (p.margins.top + p.margins.bottom) * 72;
}

/**
 * The scale Excel prints a sheet at when fitting it one page wide: 1, or less when the
 * columns (characters of Calibri 11: 7 px + 5 px padding, 96 dpi) are wider than the page.
 */
export function printScale(p: PrintPlan, columnWidths: readonly number[]): number {
  const A4 = { long: 841.89, short: 595.28 };
  const w = (p.orientation === 'landscape' ? A4.long : A4.short) - (p.margins.left + p.margins.right) * 72;
  const table = columnWidths.reduce((s, c) => s + (c * 7 + 5) * 0.75, 0);
  return Math.min(1, w / table);
}

/**
 * Where to break pages so that no `keepWithNext` row (a level heading, the last rows of a
 * table and its notes) is the last row of a page: rows laid out from the top with their
 * heights, `repeat` points of repeated title rows on every page after the first. A run of
 * `keepWithNext` rows and the row after it move to the next page together when they do not
 * fit (unless they would not fit on any page). The estimate is made for a slightly shorter
 * page than the real one, so a manual break never lands just after Excel's own.
 */
export function pageBreaksBefore(
  heights: readonly number[],
  firstRow: number,
  pageHeight: number,
  repeat: number,
  keepWithNext: ReadonlySet<number>,
): number[] {
  const usable = pageHeight * 0.95;
  const breaks: number[] = [];
  let used = 0;
  let room = usable;
  let chainFits = -1; // the chain starting before this index was already placed
  for (let i = 0; i < heights.length; i++) {
    const row = firstRow + i;
    const h = heights[i]!;
    if (used + h > room) {
      used = 0;
      room = usable - repeat;
    }
    if (keepWithNext.has(row) && i > chainFits && used > 0) {
      let chain = h;
      let j = i;
      while (keepWithNext.has(firstRow + j) && heights[j + 1] !== undefined) chain += heights[++j]!;
      if (used + chain > room && chain <= usable - repeat) {
        breaks.push(row);
        used = 0;
        room = usable - repeat;
      }
      chainFits = j;
    }
    used += h;
  }
  return breaks;
}

/**
 * A print area as a host gives it, as plain A1 ("A1:L30005"): the sheet name and the "$"
 * left out. Undefined when it is no rectangle of cells (exceljs reads a whole-column area
 * "$A:$M" as "ANaN:MNaN"; a deleted one is null or empty; several areas are not ours).
 */
export function plainPrintArea(found: string | null | undefined): string | undefined {
  // Several areas ("A1:B2, D1:D4" from Excel, "…&&…" from exceljs) are not the form's one.
  if (typeof found !== 'string' || /,|&&/.test(found)) return undefined;
  const bare = found.includes('!') ? found.slice(found.lastIndexOf('!') + 1) : found;
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/i.exec(bare.trim());
  return m ? `${m[1]!.toUpperCase()}${m[2]}:${m[3]!.toUpperCase()}${m[4]}` : undefined;
}

/**
 * Is the print area found one the form sets (`accepted`, plain A1)? A print area the host did
 * not read (`undefined`) is not judged.
 */
export function printAreaIntact(accepted: readonly string[], found: string | null | undefined): boolean {
  if (found === undefined) return true;
  const plain = plainPrintArea(found);
  return plain !== undefined && accepted.includes(plain);
}
