/**
 * The hosts of the views other than "Kiểm tra" (the report, "Tổng hợp"), loaded when first
 * used: their code (the report builder, the unit reader and aggregate writer) stays out of
 * the script the pane needs to open. Each is the same port as the host it loads; what the
 * pane must know at once (can this platform download?) is answered without loading it.
 */
import type { ExcelRun } from '../hosts/excel/api';
import { canDownloadOn } from '../hosts/excel/platform';
import type { ExcelReportDiagnostics } from '../hosts/excel/reportHost';
import type { ExcelHostOptions } from '../hosts/excel/requirements';
import type { WordHostOptions, WordRun } from '../hosts/word/report';
import type { AggregateHost, ExcelReportHost, TdktHost, WordReportHost } from '../ports';

/** `load` once, on first use; a failed load is tried again next time (the network came back). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () =>
    (p ??= load().catch((e: unknown) => {
      p = undefined;
      throw e;
    }));
}

/**
 * The workbook and register-entry parts of the Excel host (createExcelHost: the core's
 * reading, checking and writing of the form), loaded from the start in parallel with the
 * pane's first render — the pane's first read waits for it — but not in the script the page
 * must parse before it shows anything.
 */
export function lazyExcelHost(
  run: ExcelRun,
  options: ExcelHostOptions = {},
): Required<Pick<TdktHost, 'workbook' | 'registerEntry'>> {
  const host = once(() =>
    import(/* webpackChunkName: "excel-host" */ '../hosts/excel/workbook').then((m) => {
      const h = m.createExcelHost(run, options);
      return { workbook: h.workbook!, registerEntry: h.registerEntry! };
    }),
  );
  void host().catch(() => undefined); // start loading now; the first call reports a failure
  const wb = async () => (await host()).workbook;
  const entry = async () => (await host()).registerEntry;
  return {
    workbook: {
      inspect: async () => (await wb()).inspect(),
      create: async (o) => (await wb()).create(o),
      repair: async () => (await wb()).repair(),
      validate: async () => (await wb()).validate(),
      select: async (t) => (await wb()).select(t),
      dismissMoved: async (line) => (await wb()).dismissMoved?.(line),
      switchToRegister: async () => {
        const w = await wb();
        if (!w.switchToRegister) return { kind: 'already' };
        return w.switchToRegister();
      },
      watch(onChange) {
        let stop: (() => void) | undefined;
        let stopped = false;
        void wb()
          .then((w) => {
            if (!stopped) stop = w.watch?.(onChange);
          })
          .catch(() => undefined);
        return () => {
          stopped = true;
          stop?.();
        };
      },
    },
    registerEntry: {
      choices: async () => (await entry()).choices(),
      fillSelection: async (f) => (await entry()).fillSelection(f),
      addNames: async (n, f) => (await entry()).addNames(n, f),
    },
  };
}

export function lazyExcelReportHost(run: ExcelRun, diagnostics: ExcelReportDiagnostics = {}): ExcelReportHost {
  const host = once(() =>
    import(/* webpackChunkName: "report-host" */ '../hosts/excel/reportHost').then((m) =>
      m.createExcelReportHost(run, diagnostics),
    ),
  );
  return {
    kind: 'excel',
    canDownload: canDownloadOn(diagnostics.platform),
    build: async (previous) => (await host()).build(previous),
    renderDocx: async (doc) => (await host()).renderDocx(doc),
    documents: async () => (await host()).documents!(),
    draftDocument: async (id, number, only) => (await host()).draftDocument!(id, number, only),
  };
}

export function lazyExcelAggregateHost(run: ExcelRun, options: ExcelHostOptions = {}): AggregateHost {
  const host = once(() =>
    import(/* webpackChunkName: "aggregate-host" */ '../hosts/excel/aggregateHost').then((m) =>
      m.createExcelAggregateHost(run, options),
    ),
  );
  return {
    readUnit: async (file) => (await host()).readUnit(file),
    write: async (units) => (await host()).write(units),
  };
}

export function lazyWordReportHost(run: WordRun, options: WordHostOptions = {}): WordReportHost {
  const host = once(() =>
    import(/* webpackChunkName: "word-report-host" */ '../hosts/word/report').then((m) =>
      m.createWordReportHost(run, options),
    ),
  );
  return {
    kind: 'word',
    insertFromFile: async (file, o) => (await host()).insertFromFile(file, o),
  };
}
