/**
 * `npm run screenshots`: docs/screenshot-taskpane.png, the task pane after "Kiểm tra" with
 * findings, for the README. Same pipeline as the browser test (tests/browser): the built
 * taskpane.html with the harness bundle (the real App over createExcelHost and the Excel
 * fake), Debian's chromium, no network.
 */
import * as path from 'path';
import { tongHopKhenThuong2024 } from '../src/core/catalogue';
import { buildWorkbookPlan, catalogueForDate, sheetPlan } from '../src/core';
import { UI_TEXT } from '../src/core/text/ui';
import type { Harness } from '../tests/browser/harness/index';
import {
  buildHarness,
  ensureProductionBuild,
  launchChromium,
  ROOT,
  startPaneServer,
  writeHarnessPage,
} from '../tests/browser/support';

const OUT = path.join(ROOT, 'docs', 'screenshot-taskpane.png');

/** The header data of the Bắc Sơn example (sheet "Thông tin chung"). */
const INFO: readonly [string, string][] = [
  ['B5', 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ TRẤN BẮC SƠN'],
  ['B6', 'thị trấn Bắc Sơn'],
  ['B7', 'Bắc Sơn'],
  ['B8', '6 tháng đầu năm'],
  ['B9', '2024'],
  ['B11', 'BC-HĐTĐKT'],
  ['B15', 'CHỦ TỊCH'],
  ['B16', 'Nguyễn Hữu Đạt'],
];

/**
 * A half-filled tally with two typical mistakes (a count typed as text, SL above the
 * count), placed by catalogue row on the form the pane offers today (its cells move
 * between forms, so they are found in the plan, not written down).
 */
function typedCells(): [string, string][] {
  const tally = sheetPlan(buildWorkbookPlan(catalogueForDate(new Date())), 'tally');
  const input = (col: string) => tally.cells.filter((c) => c.role === 'input' && c.key?.endsWith(`:${col}`));
  const individual = input('individual');
  const rowOf = (address: string) => address.replace(/^[A-Z]+/, '');
  const [a, b, c] = individual.slice(-6);
  const collective = input('collective').slice(-3)[0]!;
  return [
    [collective.address, '3'],
    [a!.address, '85'],
    [`H${rowOf(a!.address)}`, '92'],
    [b!.address, "'05"],
    [c!.address, '20'],
  ];
}
const TYPED = typedCells();

async function main(): Promise<void> {
  if (!ensureProductionBuild()) throw new Error('webpack.config.js is missing');
  buildHarness();
  writeHarnessPage();
  const server = await startPaneServer();
  const browser = await launchChromium({ width: 380, height: 760, deviceScaleFactor: 2 });
  try {
    await browser.context.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort('blockedbyclient'),
    );
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/harness.html`);
    // The Bắc Sơn data below is the 2024 (four-level) form's: pick it over today's form.
    await page.getByRole('radio', { name: tongHopKhenThuong2024.description }).click();
    await page.getByRole('button', { name: UI_TEXT.create }).click();
    await page.getByText(/^Đã tạo biểu mẫu/).waitFor();
    await page.evaluate(
      ([info, typed]) => {
        const h = (window as unknown as { tdktHarness: Harness }).tdktHarness;
        const infoSheet = h.sheets().find((n) => n !== h.tallySheet && /^Thông tin/.test(n));
        if (!infoSheet) throw new Error(`no info sheet among ${h.sheets().join(', ')}`);
        for (const [address, input] of info) h.type(infoSheet, address, input);
        for (const [address, input] of typed) h.type(h.tallySheet, address, input);
      },
      [INFO, TYPED] as const,
    );
    await page.getByRole('button', { name: UI_TEXT.validate }).click();
    await page.getByRole('heading', { name: UI_TEXT.resultsHeading }).waitFor();
    await page.locator('button[title^="Chọn ô"]').first().waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: OUT, fullPage: true });
    console.log(`saved ${path.relative(ROOT, OUT)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
