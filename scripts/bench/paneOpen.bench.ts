/**
 * `npm run bench -- paneOpen`: how long the task pane takes to open, from navigation to the
 * first enabled button (an action, not a tab: "Tạo biểu mẫu" on a new workbook), in headless
 * chromium. The page is the real production dist/taskpane.html with office.js replaced by a
 * stand-in (tests/browser/harness/officeStub.ts: Office ready in Excel, Excel.run over the
 * Excel fake's empty workbook), so the pane's own script is what is timed: its download from
 * a local server, parse, render, and the first read of the workbook.
 * Cold loads: the browser cache disabled for each, a new page each time. Median of 10, then
 * the same at 4× CPU throttle (DevTools' Emulation.setCPUThrottlingRate). Targets: < 500 ms
 * and < 1.5 s. Builds dist/ when missing and the stand-in (the harness build, minified) each run.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import {
  buildHarness,
  chromiumAvailable,
  DIST,
  ensureProductionBuild,
  HARNESS_OUT,
  launchChromium,
} from '../../tests/browser/support';
import { serveStatic } from '../serve-dist';

const RUNS = 10;

/** Milliseconds from navigation start to the first enabled non-tab button, measured in the page. */
async function openOnce(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const ready = [...document.querySelectorAll('button')].some(
        (b) => !b.disabled && b.getAttribute('role') !== 'tab' && b.getAttribute('aria-disabled') !== 'true',
      );
      return ready ? performance.now() : undefined;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

export async function run(): Promise<void> {
  if (!chromiumAvailable()) {
    console.log('chromium not found: skipped');
    return;
  }
  ensureProductionBuild();
  buildHarness('production');
  const stub = fs.readFileSync(path.join(HARNESS_OUT, 'office-stub.js'));
  const server = await serveStatic([DIST]);
  const browser = await launchChromium({ width: 350, height: 700 });
  try {
    await browser.context.route('**/*', (route) => {
      const url = route.request().url();
      if (!url.startsWith(server.url)) return route.abort('blockedbyclient');
      if (new URL(url).pathname.endsWith('/office.js'))
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: stub });
      return route.continue();
    });
    for (const throttle of [1, 4]) {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const page = await browser.context.newPage();
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        const t = await openOnce(page, `${server.url}/taskpane.html`);
        if (i > 0) times.push(t); // the first load warms chromium itself (its own code), not the pane
        await page.close();
      }
      const target = throttle === 1 ? 500 : 1500;
      console.log(
        `paneOpen, CPU ×${throttle}: median ${median(times).toFixed(0)} ms over ${RUNS} cold loads ` +
          `(min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}; target < ${target} ms)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
