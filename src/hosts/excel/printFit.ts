/**
 * "Fit to 1 page wide", checked after it is set. Excel has not applied
 * pageLayout.zoom = { horizontalFitToPages } unless the Page Layout tab was the active one
 * (office-js#1860, "horizontalFitToPages does not set if Page Layout tab is not selected"; the
 * orientation and the other settings of the same batch are applied). So the zoom is read back
 * in the request that set it (the batch runs in order), and the sheets where Excel did not take
 * it are named to the clerk with the two clicks that set it by hand (UI_TEXT.fitNotApplied).
 */
import type { SheetPlan } from '../../core';
import type { PageLayoutLike, WorksheetLike } from './api';

export interface FitCheck {
  readonly sheet: string;
  readonly expected: number;
  readonly pageLayout: PageLayoutLike;
}

/** Queue the read-back of the zoom of each sheet whose plan fits its width to pages. */
export function queueFitChecks(
  targets: readonly { readonly s: SheetPlan; readonly ws: WorksheetLike }[],
  pageLayout: boolean,
): FitCheck[] {
  if (!pageLayout) return [];
  return targets
    .filter((t) => t.s.print.fitToWidth)
    .map(({ s, ws }) => {
      ws.pageLayout.load('zoom');
      return { sheet: s.name, expected: s.print.fitToWidth!, pageLayout: ws.pageLayout };
    });
}

/** After the sync: the sheets whose zoom does not fit their width as asked. */
export function fitNotApplied(checks: readonly FitCheck[]): string[] {
  return checks
    .filter((c) => {
      const zoom = c.pageLayout.zoom as { horizontalFitToPages?: unknown } | undefined;
      return zoom?.horizontalFitToPages !== c.expected;
    })
    .map((c) => c.sheet);
}
