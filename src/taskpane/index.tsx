/**
 * The task pane entry: the only place (with src/commands) that touches Office globals.
 * It builds the host over Excel.run and mounts the same App a browser test mounts over
 * the fake. Outside Office it shows a Vietnamese explanation instead of a blank page.
 */
import type { WordRun } from '../hosts/word/report';
import type { TdktHost } from '../ports';
import { mountApp, mountOutsideOffice } from '../ui/mount';
import { createDocumentSettings } from '../hosts/excel/paneSettings';
import { LazyReportPanel as ReportPanel } from '../ui/report/lazyReportPanel';
import { lazyExcelAggregateHost, lazyExcelHost, lazyExcelReportHost, lazyWordReportHost } from './lazyHosts';
import { isDarkColor } from '../ui/theme';

const OUTSIDE_TIMEOUT_MS = 4000;

function start(): void {
  const el = document.getElementById('root');
  if (!el) return;
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    mountOutsideOffice(el);
    return;
  }
  let mounted = false;
  const fallback = setTimeout(() => {
    if (!mounted) {
      mounted = true;
      mountOutsideOffice(el);
    }
  }, OUTSIDE_TIMEOUT_MS);
  void Office.onReady((info) => {
    if (mounted) return;
    mounted = true;
    clearTimeout(fallback);
    const dark = isDarkColor(Office.context?.officeTheme?.bodyBackgroundColor);
    let host: TdktHost | undefined;
    if (info.host === Office.HostType.Excel) {
      const excelOptions = {
        isSetSupported: (name: string, version: string) => Office.context.requirements.isSetSupported(name, version),
      };
      host = {
        ...lazyExcelHost(Excel.run, excelOptions),
        aggregate: lazyExcelAggregateHost(Excel.run, excelOptions),
        report: lazyExcelReportHost(Excel.run, { platform: String(Office.context.platform ?? '') }),
        settings: createDocumentSettings(Office.context.document?.settings),
      };
    } else if (info.host === Office.HostType.Word) {
      host = {
        report: lazyWordReportHost(Word.run as unknown as WordRun, {
          isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
          platform: String(Office.context.platform ?? ''),
        }),
      };
    }
    if (host) mountApp(el, { host, dark, reportPanel: ReportPanel });
    else mountOutsideOffice(el, dark);
  });
}

start();
