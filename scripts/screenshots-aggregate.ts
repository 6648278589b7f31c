/**
 * `npm run screenshots:aggregate`: the pane's "Tổng hợp từ các đơn vị" over the Excel fake,
 * with the three example units of the browser test (tests/browser/unitFiles.ts):
 *   docs/screenshot-aggregate-progress.png — reading, file 2 of 3 (the reads held there);
 *   docs/screenshot-aggregate-units.png    — the units table, a unit's errors, the refusal.
 */
import * as path from 'path';
import { AGGREGATE_TEXT as T } from '../src/core/text/aggregate';
import type { Harness } from '../tests/browser/harness/index';
import { ROOT } from '../tests/browser/support';
import { makeUnitFiles, THREE_UNITS } from '../tests/browser/unitFiles';
import { saveScreenshot, shootPane } from './paneScreenshots';

const PROGRESS = path.join(ROOT, 'docs', 'screenshot-aggregate-progress.png');
const UNITS = path.join(ROOT, 'docs', 'screenshot-aggregate-units.png');

type HarnessWindow = Window & { tdktHarness: Harness };

shootPane(async (page) => {
  const files = await makeUnitFiles(THREE_UNITS);
  const heading = page.getByRole('heading', { name: T.heading });
  await heading.waitFor();
  await page.evaluate(() => (window as unknown as HarnessWindow).tdktHarness.holdAggregateReads(1));
  await page.getByLabel(T.pickLabel).setInputFiles(files);
  await page.getByText(T.progressLabel(1, 3)).waitFor();
  await heading.scrollIntoViewIfNeeded();
  await saveScreenshot(page, PROGRESS);
  await page.evaluate(() => (window as unknown as HarnessWindow).tdktHarness.releaseAggregateReads());
  await page.getByRole('table', { name: T.tableLabel }).waitFor();
  await page.getByRole('button', { name: T.status.errors(1) }).click();
  await page.getByText(T.findingsOf('xa-hoa-lac.xlsx', 'xã Hòa Lạc')).waitFor();
  await saveScreenshot(page, UNITS, { fullPage: true });
});
