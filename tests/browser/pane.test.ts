/**
 * The built task pane in a real browser (Debian's chromium through playwright-core).
 *
 * 1. Outside Office: the real dist/taskpane.html with no Office host shows the Vietnamese
 *    "open me in Excel" message, not a blank page or an error.
 * 2. Over the Excel fake: the harness page (the built taskpane.html with the harness bundle:
 *    same App, same createExcelHost, Excel.run replaced by the fake's run). Tạo biểu mẫu →
 *    a count typed as text ("05") and markup typed into a cell → Kiểm tra → click a
 *    finding → the fake's selection is that cell; the markup shows as text.
 * 3. axe-core on every state, light and dark: no serious or critical violation.
 * Light runs on the 2025 form (the one in force, the pane's default), dark on the 2024 form
 * (a late report for "6 tháng đầu năm 2025": the pane's today set to March 2025).
 * All of it under the pages' own Content-Security-Policy: any CSP refusal fails.
 *
 * Builds what it needs when missing (dist/ via `npm run build`'s webpack, the harness
 * always). Skipped only outside CI when the project has no webpack config or no chromium.
 */
import type { Page } from 'playwright-core';
import { UI_TEXT } from '../../src/core/text/ui';
import { describePaneBrowser, runAxe, seriousOrWorse, usePaneBrowser, watchPage } from './support';
import type { Harness } from './harness/index';

// In CI the browser test must run: a missing prerequisite fails loudly instead of skipping.
const describeBrowser = describePaneBrowser();

/** A payload that would run if workbook text were ever parsed as HTML. */
const MARKUP = '<img src=x onerror="window.__tdktXss=1">';

type HarnessWindow = Window & { tdktHarness: Harness; __tdktXss?: number };

describeBrowser('task pane in chromium', () => {
  // Nothing leaves the machine: any request not to our server is refused (and noted).
  const pane = usePaneBrowser();

  async function open(path: string): Promise<{ page: Page; seen: ReturnType<typeof watchPage> }> {
    const page = await pane.context.newPage();
    const seen = watchPage(page);
    await page.goto(pane.server.url + path);
    return { page, seen };
  }

  it('outside Office, the real taskpane.html says in Vietnamese to open it in Excel', async () => {
    const { page, seen } = await open('/taskpane.html');
    await expect(page.getByText(UI_TEXT.outsideOffice).waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
    expect(await page.locator('h1').innerText()).toBe(UI_TEXT.appTitle);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(seriousOrWorse(await runAxe(page))).toEqual([]);
    expect(seen.csp).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  for (const [theme, form, query] of [
    ['light', '2025', ''],
    ['dark', '2024', '?theme=dark&today=2025-03-10'],
  ] as const) {
    it(`${theme}, the ${form} form: create, check, click a finding → Excel selects the cell; markup stays text; axe clean`, async () => {
      const { page, seen } = await open(`/harness.html${query}`);

      const create = page.getByRole('button', { name: UI_TEXT.create });
      await create.waitFor();
      expect(seriousOrWorse(await runAxe(page))).toEqual([]); // the empty workbook state
      // Regression: Fluent's <Text as="p"> is inline unless `block`, so two paragraphs in a row
      // ran together ("…“Nội dung báo cáo”.Chưa soạn được…"). Every paragraph is a block.
      expect(
        await page.$$eval('#root p', (ps) =>
          ps.filter((p) => getComputedStyle(p).display !== 'block').map((p) => p.textContent),
        ),
      ).toEqual([]);
      await create.click();
      await page.getByText(/^Đã tạo biểu mẫu/).waitFor();
      await page.getByRole('contentinfo').getByText(`Biểu mẫu ${form}`).waitFor();
      const tally = await page.evaluate(() => (window as unknown as HarnessWindow).tdktHarness.tallySheet);
      expect(await page.evaluate(() => (window as unknown as HarnessWindow).tdktHarness.sheets())).toContain(tally);

      // The clerk types 05 as text into a count cell and markup into another.
      await page.evaluate(
        ([sheet, markup]) => {
          const h = (window as unknown as HarnessWindow).tdktHarness;
          h.type(sheet!, 'D9', "'05");
          h.put(sheet!, 'C9', markup);
        },
        [tally, MARKUP],
      );
      await page.getByRole('button', { name: UI_TEXT.validate, exact: true }).click();
      await page.getByRole('heading', { name: UI_TEXT.resultsHeading }).waitFor();

      const finding = page.locator(`button[title="${UI_TEXT.goToCell(tally, 'D9')}"]`);
      await finding.waitFor();
      expect(await finding.innerText()).toContain('“05”');
      expect(await page.evaluate(() => (window as unknown as HarnessWindow).tdktHarness.selection())).toBeUndefined();
      await finding.click();
      await page.waitForFunction(() => (window as unknown as HarnessWindow).tdktHarness.selection() !== undefined);
      expect(await page.evaluate(() => (window as unknown as HarnessWindow).tdktHarness.selection())).toEqual({
        sheet: tally,
        address: 'D9',
      });

      // The markup typed into C9 is quoted in its finding as text, never parsed.
      const markupFinding = page.locator(`button[title="${UI_TEXT.goToCell(tally, 'C9')}"]`);
      expect(await markupFinding.innerText()).toContain(MARKUP);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as HarnessWindow).__tdktXss)).toBeUndefined();

      expect(seriousOrWorse(await runAxe(page))).toEqual([]); // the findings state
      expect(seen.csp).toEqual([]);
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  }
});
