/**
 * The pane notices changes made behind its back — by a ribbon command ("Tạo biểu mẫu",
 * "Kiểm tra" run in their own runtime without a shared runtime), by the clerk, by another
 * window — through Excel's events, registered once from the pane's own runtime:
 * worksheets.onAdded / onDeleted (ExcelApi 1.7) and worksheets.onChanged (any worksheet
 * changed, ExcelApi 1.9). Where they are missing, the pane still refreshes when it gets the
 * focus back (src/ui/App.tsx). No manifest change (SharedRuntime) is needed.
 */
import type { ExcelRun } from './api';

export interface WatchOptions {
  readonly isSetSupported?: (name: string, version: string) => boolean;
}

/** Call `onChange` after any sheet is added, deleted or changed. Returns: stop listening. */
export function watchWorkbook(run: ExcelRun, onChange: () => void, opts: WatchOptions = {}): () => void {
  let active = true;
  const supports = (v: string) => !opts.isSetSupported || opts.isSetSupported('ExcelApi', v);
  const handler = async () => {
    if (active) onChange();
  };
  if (supports('1.7')) {
    run(async (ctx) => {
      const ws = ctx.workbook.worksheets;
      ws.onAdded.add(handler);
      ws.onDeleted.add(handler);
      if (supports('1.9')) ws.onChanged.add(handler);
      await ctx.sync();
    }).catch(() => {
      // No events here: the pane's focus refresh still covers it.
    });
  }
  return () => {
    active = false;
  };
}
