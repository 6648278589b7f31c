/**
 * What the screenshot scripts share: the pane over the Excel fake (the browser tests'
 * harness, tests/browser/support.ts) in Debian's chromium at 380 × 760 px, scale 2, no
 * network; the harness page opened; screenshots taken with the mouse out of the way.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { ROOT, startPaneBrowser } from '../tests/browser/support';

/** Runs `shoot` on the opened harness page, closes everything, and exits 1 on any error. */
export function shootPane(shoot: (page: Page) => Promise<void>): void {
  const run = async () => {
    const pane = await startPaneBrowser({ width: 380, height: 760, deviceScaleFactor: 2 });
    try {
      const page = await pane.context.newPage();
      await page.goto(`${pane.server.url}/harness.html`);
      await shoot(page);
    } finally {
      await pane.close();
    }
  };
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

/** Moves the mouse away (no hover state), saves a screenshot to `file` and says so. */
export async function saveScreenshot(page: Page, file: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: file, ...options });
  console.log(`saved ${path.relative(ROOT, file)}`);
}
