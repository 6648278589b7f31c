/**
 * Stands in for office.js in front of the real, production dist/taskpane.html (the pane-open
 * bench, scripts/bench/paneOpen.bench.ts): Office says it is ready in Excel, and Excel.run is
 * the Excel fake's over an empty workbook. The pane's own script (the production bundle) then
 * loads and runs exactly as in Excel, which is what the bench times.
 */
import { FakeWorkbook } from '../../fakes/excel';

const workbook = new FakeWorkbook(['Sheet1']);
const settings = new Map<string, unknown>();

Object.assign(window, {
  Office: {
    HostType: { Excel: 'Excel', Word: 'Word' },
    context: {
      platform: 'PC',
      officeTheme: undefined,
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (name: string) => (settings.has(name) ? settings.get(name) : null),
          set: (name: string, value: unknown) => void settings.set(name, value),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
        },
      },
    },
    // office.js calls back once the host is ready (asynchronously): https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: 'Excel', platform: 'PC' };
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
  },
  Excel: { run: workbook.run },
});
