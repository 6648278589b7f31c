/**
 * The pane at the widths Office gives it (issue 14, items 7–9; issue 23), light and dark, in
 * chromium over the Excel fake, on the 2025 form (the one in force): in every view (Kiểm tra,
 * Danh sách khen thưởng, Văn bản, Tổng hợp) nothing is wider than the pane (the tabs wrap,
 * notices wrap, no text cut off) — before and after the form, with findings, a repair's moved
 * values, the report refused and written; the report panel waits for the form and never
 * contradicts the findings list, the result is said in the live region, no white frame
 * around the dark theme, one h2 size. Screenshots of every state go to test-output/ (look
 * at them when the layout changes).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { REGISTER_SHEET_NAME, TALLY_SHEET_NAME } from '../../src/core';
import { tallyRowOf } from '../../src/core/layout/tally';
import { NARRATIVE_SHEET_NAME, narrativeLayout } from '../../src/core/layout/narrative';
import { tongHopKhenThuong2025 } from '../../src/core/catalogue';
import { AGGREGATE_TEXT } from '../../src/core/text/aggregate';
import { ENTRY_TEXT } from '../../src/core/text/registerEntry';
import { REPORT_TEXT } from '../../src/core/text/report';
import { DOCUMENT_PANE_TEXT, UI_TEXT } from '../../src/core/text/ui';
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

/** A count cell of the 2025 form's tally (Lao động tiên tiến, cá nhân), and a level row's. */
const COUNT_CELL = `D${tallyRowOf(tongHopKhenThuong2025, 'III.1')}`;
const LEVEL_I_CELL = `D${tallyRowOf(tongHopKhenThuong2025, 'I.1')}`;

/** Everything wider than its box: the page itself, and any notice whose text is cut. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const d = document.documentElement;
    if (d.scrollWidth > d.clientWidth) out.push(`page ${d.scrollWidth} > ${d.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>(
      '[role="status"] *, section *, header *, [role="tablist"] *, [role="tabpanel"] *',
    )) {
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

        const tab = (name: string) => page.getByRole('tab', { name });
        const V = UI_TEXT.views;

        // Before the form: "Tạo biểu mẫu" under "Kiểm tra"; in "Văn bản" the report button is
        // disabled and says why.
        const create = page.getByRole('button', { name: UI_TEXT.create });
        await create.waitFor();
        expect(await page.getByRole('tab').count()).toBe(4);
        expect(await overflow(page)).toEqual([]);
        await shot('check-empty');
        await tab(V.documents).click();
        const build = page.getByRole('button', { name: REPORT_TEXT.ui.build });
        await build.waitFor();
        expect(await build.isDisabled()).toBe(true);
        await page.getByText(REPORT_TEXT.ui.needsForm).waitFor();
        expect(await overflow(page)).toEqual([]);
        await tab(V.check).click();

        // Regression: "Nhập số li…" — the notice after create was one clipped line.
        await create.click();
        const created = page.getByText(/^Đã tạo biểu mẫu/);
        await created.waitFor();
        expect(await created.evaluate((el) => el.closest('[role="status"]') !== null)).toBe(true);
        // Right after creating: the empty header cells are one finding; the footer names the form.
        await page.getByRole('button', { name: /còn \d+ ô chưa điền/ }).waitFor();
        await page
          .getByRole('contentinfo')
          .getByText(/Biểu mẫu 2025/)
          .waitFor();
        expect(await overflow(page)).toEqual([]);
        await shot('check-created');

        // The register's entry help: a list pasted from a decision's annex becomes lines, then a
        // decision is filled into the selected lines (issue 10, item 6).
        await tab(V.register).click();
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
        await entry.getByRole('textbox', { name: ENTRY_TEXT.fields.date }).fill('05/03/2026');
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
        // The 2025 form's tally follows its register (the fake recalculates this form).
        expect(
          await page.evaluate(
            ([sheet, address]) => (window as unknown as HarnessWindow).tdktHarness.cell(sheet!, address!),
            [TALLY_SHEET_NAME, `D${tallyRowOf(tongHopKhenThuong2025, 'III.4')}`],
          ),
        ).toBe(3);
        expect(await overflow(page)).toEqual([]);
        await shot('register');
        if (width !== 300) await entry.screenshot({ path: path.join(SHOTS, `entry-${width}-${theme}.png`) });

        // Mistakes, then the report: refused, and the errors are in the one findings list.
        await page.evaluate(
          ([count, level]) => {
            const h = (window as unknown as HarnessWindow).tdktHarness;
            h.type(h.tallySheet, count!, '18 người');
            h.type(h.tallySheet, level!, "'05");
          },
          [COUNT_CELL, LEVEL_I_CELL],
        );
        await tab(V.documents).click();
        await build.click();
        await page.getByText(/chưa soạn báo cáo để tránh/).waitFor();
        expect(await overflow(page)).toEqual([]);
        await shot('documents');
        await page.getByRole('button', { name: UI_TEXT.showFindingsForReport }).click();
        await page.locator(`button[title="${UI_TEXT.goToCell(TALLY_SHEET_NAME, COUNT_CELL)}"]`).waitFor();
        const live = page.locator('[role="status"]').first();
        await live.getByText(/^\d+ lỗi, \d+ cảnh báo\./).waitFor();
        expect(await overflow(page)).toEqual([]);
        await shot('check-findings');

        // "Tổng hợp": the receiving office's view, loaded when first shown.
        await tab(V.aggregate).click();
        await page.getByRole('heading', { name: AGGREGATE_TEXT.heading }).waitFor();
        expect(await overflow(page)).toEqual([]);
        await shot('aggregate');

        // A new check: what the report panel said is gone (the workbook may have changed).
        await tab(V.check).click();
        await page.getByRole('button', { name: UI_TEXT.validate, exact: true }).click();
        await page.getByText(/chưa soạn báo cáo để tránh/).waitFor({ state: 'detached' });

        // "Sửa biểu mẫu" moves the typed values aside: each moved value is named with "Đã xem"
        // (issue 23.3), which clears it; its button selects the cell it was in, never the hidden backup.
        await page.getByRole('button', { name: UI_TEXT.repair, exact: true }).click();
        const seenButtons = page.getByRole('button', { name: /^Đã xem nội dung chuyển khỏi ô/ });
        await seenButtons.first().waitFor();
        const moved = await seenButtons.count();
        expect(moved).toBeGreaterThan(0);
        expect(await overflow(page)).toEqual([]);
        await shot('check-repaired');
        await page.locator(`button[title="${UI_TEXT.goToCell(TALLY_SHEET_NAME, COUNT_CELL)}"]`).click();
        await page.waitForFunction(
          ([sheet, address]) => {
            const sel = (window as unknown as HarnessWindow).tdktHarness.selection();
            return sel?.sheet === sheet && sel?.address === address;
          },
          [TALLY_SHEET_NAME, COUNT_CELL],
        );
        await seenButtons.first().click();
        await page.waitForFunction(
          (n) => document.querySelectorAll('button[aria-label^="Đã xem nội dung chuyển khỏi ô"]').length === n - 1,
          moved,
        );

        // The report written: the sections it leaves "[…]" are buttons selecting their cell (issue 23.1).
        await tab(V.documents).click();
        await build.click();
        await page.getByText(/^Còn \d+ mục để trống/).waitFor();
        await page.getByRole('button', { name: REPORT_TEXT.ui.showMissing }).click();
        expect(await overflow(page)).toEqual([]);
        await shot('documents-built');
        await page.getByRole('button', { name: /NHỮNG NHIỆM VỤ TRỌNG TÂM/ }).click();
        await page.waitForFunction(
          ([sheet, address]) => {
            const sel = (window as unknown as HarnessWindow).tdktHarness.selection();
            return sel?.sheet === sheet && sel?.address === address;
          },
          [NARRATIVE_SHEET_NAME, `C${narrativeLayout().sectionRows.get('tasks')}`],
        );
        // The documents part opened, and "Lấy số từ dòng đang chọn" over the register's header
        // rows: its message wraps inside the pane (issue 21.5).
        await page.getByRole('button', { name: DOCUMENT_PANE_TEXT.open }).click();
        await page.getByRole('button', { name: DOCUMENT_PANE_TEXT.fromSelection }).waitFor();
        await page.evaluate(
          (sheet) => (window as unknown as HarnessWindow).tdktHarness.select(sheet, 'A1:P3'),
          REGISTER_SHEET_NAME,
        );
        await page.getByRole('button', { name: DOCUMENT_PANE_TEXT.fromSelection }).click();
        await page.getByText(DOCUMENT_PANE_TEXT.notLines).waitFor();
        expect(await overflow(page)).toEqual([]);
        await shot('documents-part');
        await tab(V.check).click();

        // No white frame: the pane's background reaches the corner; one size for every h2.
        const frame = await page.evaluate(() => ({
          margin: getComputedStyle(document.body).margin,
          corner: !!document.elementFromPoint(1, 1)?.closest('.fui-FluentProvider'),
          h2: [...document.querySelectorAll('h2')]
            .filter((h) => h.getClientRects().length > 0)
            .map((h) => getComputedStyle(h).fontSize),
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
