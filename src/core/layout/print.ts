import type { PrintPlan } from './types';

/**
 * A4 print setup shared by every sheet: one page wide, as many pages tall as needed.
 * Margins follow Nghị định 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm) on portrait
 * pages; landscape tables keep 20 mm on the left so the wide form still fits one page wide.
 * Inches, as both Excel APIs take them.
 */
export function a4Print(
  orientation: PrintPlan['orientation'],
  opts: { readonly titleRows?: string; readonly centerHorizontally?: boolean } = {},
): PrintPlan {
  return {
    orientation,
    paper: 'A4',
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
