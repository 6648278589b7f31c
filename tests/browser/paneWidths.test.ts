/**
 * The pane at the widths Office gives it (issue 14, items 7–9), light and dark, in
 * chromium over the Excel fake: nothing wider than the pane (notices wrap, no text cut
 * off), the report panel waits for the form and never contradicts the findings list, the
 * result is said in the live region, no white frame around the dark theme, one h2 size.
 * Screenshots of every state go to test-output/ (look at them when the layout changes).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { REPORT_TEXT } from '../../src/core/text/report';
import { UI_TEXT } from '../../src/core/text/ui';
import {
  buildHarness,
  chromiumAvailable,
  ensureProductionBuild,
  hasWebpackConfig,
  launchChromium,
  ROOT,
  startPaneServer,
  watchPage,
  writeHarnessPage,
} from './support';
import type { Harness } from './harness/index';
import type { StaticServer } from '../../scripts/serve-dist';

const describeBrowser = hasWebpackConfig() && chromiumAvailable() ? describe : describe.skip;
const SHOTS = path.join(ROOT, 'test-output');

type HarnessWindow = Window & { tdktHarness: Harness };

/** Everything wider than its box: the page itself, and any notice whose text is cut. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const d = document.documentElement;
    if (d.scrollWidth > d.clientWidth) out.push(`page ${d.scrollWidth} > ${d.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('[role="status"] *, section *, header *')) {
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        out.push(
          `${el.tagName}.${el.className.split(' ')[0]} "${(el.textContent ?? '').slice(0, 40)}" ${el.scrollWidth} > ${el.clientWidth}`,
        );
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > d.clientWidth + 1)
        out.push(
          `${el.tagName} "${(el.textContent ?? '').slice(0, 40)}" ends at ${Math.round(r.right)} > ${d.clientWidth}`,
        );
    }
    return out;
  });
}

describeBrowser('the pane at 300–800 px, light and dark', () => {
  let server: StaticServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };

  beforeAll(async () => {
    ensureProductionBuild();
    buildHarness();
    writeHarnessPage();
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await startPaneServer();
    browser = await launchChromium();
    await browser.context.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort('blockedbyclient'),
    );
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [300, 320, 380, 800]) {
      it(`${theme}, ${width} px: wraps, one state, said aloud`, async () => {
        const page = await browser.context.newPage();
        const seen = watchPage(page);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${server.url}/harness.html${theme === 'dark' ? '?theme=dark' : ''}`);
        const shot = async (state: string) => {
          if (width !== 300)
            await page.screenshot({ path: path.join(SHOTS, `pane-${width}-${theme}-${state}.png`), fullPage: true });
        };

        // Before the form: the report button is disabled and says why.
        const create = page.getByRole('button', { name: UI_TEXT.create });
        await create.waitFor();
        const build = page.getByRole('button', { name: REPORT_TEXT.ui.build });
        expect(await build.isDisabled()).toBe(true);
        await page.getByText(REPORT_TEXT.ui.needsForm).waitFor();
        expect(await overflow(page)).toEqual([]);
        await shot('empty');

        // Regression: "Nhập số li…" — the notice after create was one clipped line.
        await create.click();
        const created = page.getByText(/^Đã tạo biểu mẫu/);
        await created.waitFor();
        expect(await created.evaluate((el) => el.closest('[role="status"]') !== null)).toBe(true);
        expect(await overflow(page)).toEqual([]);
        expect(await build.isDisabled()).toBe(false);
        await shot('created');

        // Mistakes, then the report: refused, and the errors are in the one findings list.
        await page.evaluate(() => {
          const h = (window as unknown as HarnessWindow).tdktHarness;
          h.type(h.tallySheet, 'D41', '18 người');
          h.type(h.tallySheet, 'D9', "'05");
        });
        await build.click();
        await page.getByText(/chưa soạn báo cáo để tránh/).waitFor();
        await page.locator(`button[title="${UI_TEXT.goToCell('Biểu tổng hợp', 'D41')}"]`).waitFor();
        const live = page.locator('[role="status"]').first();
        await live.getByText(/^\d+ lỗi, \d+ cảnh báo\./).waitFor();
        expect(await overflow(page)).toEqual([]);
        await shot('findings');

        // A new check: what the report panel said is gone (the workbook may have changed).
        await page.getByRole('button', { name: UI_TEXT.validate }).click();
        await page.getByText(/chưa soạn báo cáo để tránh/).waitFor({ state: 'detached' });

        // No white frame: the pane's background reaches the corner; one size for every h2.
        const frame = await page.evaluate(() => ({
          margin: getComputedStyle(document.body).margin,
          corner: !!document.elementFromPoint(1, 1)?.closest('.fui-FluentProvider'),
          h2: [...document.querySelectorAll('h2')].map((h) => getComputedStyle(h).fontSize),
        }));
        expect(frame.margin).toBe('0px');
        expect(frame.corner).toBe(true);
        expect(new Set(frame.h2).size).toBe(1);
        expect(seen.errors).toEqual([]);
        expect(seen.csp).toEqual([]);
        await page.close();
      }, 60_000);
    }
  }
});
