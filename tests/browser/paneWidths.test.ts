/**
 * The pane at the widths Office gives it (issue 14, items 7–9), light and dark, in
 * chromium over the Excel fake: nothing wider than the pane (notices wrap, no text cut
 * off), the report panel waits for the form and never contradicts the findings list, the
 * result is said in the live region, no white frame around the dark theme, one h2 size.
 * Screenshots of every state go to test-output/ (look at them when the layout changes).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { REGISTER_SHEET_NAME } from '../../src/core';
import { ENTRY_TEXT } from '../../src/core/text/registerEntry';
import { REPORT_TEXT } from '../../src/core/text/report';
import { UI_TEXT } from '../../src/core/text/ui';
import { describePaneBrowser, ROOT, usePaneBrowser, watchPage } from './support';
import type { Harness } from './harness/index';

const describeBrowser = describePaneBrowser();
const SHOTS = path.join(ROOT, 'test-output');

type HarnessWindow = Window & { tdktHarness: Harness };

/** The pane creates the form in force today (the three-level 2025 form): its commune Giấy khen. */
const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã (cấp xã)';

/** A decision's annex as Word puts it on the clipboard: a table, tab-separated, heading row first (names invented). */
const ANNEX =
  'TT\tHọ và tên\tChức vụ, đơn vị\r\n1\tNguyễn Văn An\tTrưởng thôn Bắc Sơn 1\r\n2\tTrần Thị Bình\tChi hội trưởng phụ nữ\r\n3\tLê Văn Cường\t\r\n';

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
  const pane = usePaneBrowser();

  beforeAll(() => {
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [300, 320, 380, 800]) {
      it(`${theme}, ${width} px: wraps, one state, said aloud`, async () => {
        const page = await pane.context.newPage();
        const seen = watchPage(page);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${pane.server.url}/harness.html${theme === 'dark' ? '?theme=dark' : ''}`);
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

        // The register's entry help: a list pasted from a decision's annex becomes lines, then a
        // decision is filled into the selected lines (issue 10, item 6).
        const entry = page.getByRole('region', { name: ENTRY_TEXT.heading });
        await entry.getByRole('textbox', { name: ENTRY_TEXT.namesLabel }).fill(ANNEX);
        await entry.getByText(ENTRY_TEXT.namesCount(3)).waitFor();
        await entry.getByRole('button', { name: ENTRY_TEXT.add(3) }).click();
        await entry.getByText(ENTRY_TEXT.added(3, 6, 8)).waitFor();
        await page.evaluate(
          (sheet) => (window as unknown as HarnessWindow).tdktHarness.select(sheet, 'I6:I8'),
          REGISTER_SHEET_NAME,
        );
        await entry.getByRole('textbox', { name: ENTRY_TEXT.fields.decision }).fill('45/QĐ-UBND');
        await entry.getByRole('textbox', { name: ENTRY_TEXT.fields.date }).fill('05/03/2024');
        await entry.getByRole('combobox', { name: ENTRY_TEXT.fields.award }).selectOption(GIAY_KHEN);
        await entry.getByRole('combobox', { name: ENTRY_TEXT.fields.subject }).selectOption('Cá nhân');
        await entry.getByRole('button', { name: ENTRY_TEXT.fill }).click();
        await entry.getByText(ENTRY_TEXT.filled(12, 3)).waitFor();
        expect(
          await page.evaluate(
            (sheet) => (window as unknown as HarnessWindow).tdktHarness.cell(sheet, 'E8'),
            REGISTER_SHEET_NAME,
          ),
        ).toBe(GIAY_KHEN);
        expect(await overflow(page)).toEqual([]);
        await shot('entry');
        if (width !== 300) await entry.screenshot({ path: path.join(SHOTS, `entry-${width}-${theme}.png`) });

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
