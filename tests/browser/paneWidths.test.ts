/**
 * The pane at the widths Office gives it (issue 14, items 7–9; issue 23), light and dark, in
 * chromium over the Excel fake, on the 2025 form (the one in force): in every view (Kiểm tra,
 * Danh sách khen thưởng, Văn bản, Tổng hợp) nothing is wider than the pane (the tabs wrap,
 * notices wrap, no text cut off) — before and after the form, with findings, a repair's moved
 * values, the report refused and written; the report panel waits for the form and never
 * contradicts the findings list, the result is said in the live region, no white frame
 * around the dark theme, one h2 size. Screenshots of every state go to test-output/ (look
 * at them when the layout changes).
 *
 * Light runs the whole flow at each width (every click at that width). Dark differs from light
 * in its colours only, so it runs the flow once, at the narrowest width, and in every state
 * checks (and shoots) the pane at each width in turn: the same checks at the same widths in the
 * same states, at three flows' less work for chromium.
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
/** The widths Office gives the pane: narrowest first. */
const WIDTHS = [300, 320, 380, 800] as const;

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

  const runs: { theme: 'light' | 'dark'; width: number; checkedAt: readonly number[] }[] = [
    ...WIDTHS.map((width) => ({ theme: 'light' as const, width, checkedAt: [width] })),
    { theme: 'dark', width: WIDTHS[0]!, checkedAt: WIDTHS },
  ];
  for (const { theme, width, checkedAt } of runs)
    it(`${theme}, ${checkedAt.join(', ')} px: wraps, one state, said aloud`, async () => {
      const page = await pane.context.newPage();
      const seen = watchPage(page);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${pane.server.url}/harness.html${theme === 'dark' ? '?theme=dark' : ''}`);
      /** Nothing wider than the pane, at each width checked (the flow's own last), and its screenshot. */
      const fits = async (state: string, o: { shot?: boolean; alsoAt?: (at: number) => Promise<unknown> } = {}) => {
        for (const at of checkedAt) {
          if (at !== width) await page.setViewportSize({ width: at, height: 900 });
          expect({ width: at, state, overflow: await overflow(page) }).toEqual({ width: at, state, overflow: [] });
          if (at !== 300 && o.shot !== false)
            await page.screenshot({ path: path.join(SHOTS, `pane-${at}-${theme}-${state}.png`), fullPage: true });
          if (at !== 300) await o.alsoAt?.(at);
        }
        if (checkedAt[checkedAt.length - 1] !== width) await page.setViewportSize({ width, height: 900 });
      };

      const tab = (name: string) => page.getByRole('tab', { name });
      const V = UI_TEXT.views;

      // Before the form: "Tạo biểu mẫu" under "Kiểm tra"; in "Văn bản" the report button is
      // disabled and says why.
      const create = page.getByRole('button', { name: UI_TEXT.create });
      await create.waitFor();
      expect(await page.getByRole('tab').count()).toBe(4);
      await fits('check-empty');
      await tab(V.documents).click();
      const build = page.getByRole('button', { name: REPORT_TEXT.ui.build });
      await build.waitFor();
      expect(await build.isDisabled()).toBe(true);
      await page.getByText(REPORT_TEXT.ui.needsForm).waitFor();
      await fits('documents-empty', { shot: false });
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
      await fits('check-created');

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
      await fits('register', {
        alsoAt: (at) => entry.screenshot({ path: path.join(SHOTS, `entry-${at}-${theme}.png`) }),
      });

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
      await fits('documents');
      await page.getByRole('button', { name: UI_TEXT.showFindingsForReport }).click();
      await page.locator(`button[title="${UI_TEXT.goToCell(TALLY_SHEET_NAME, COUNT_CELL)}"]`).waitFor();
      const live = page.locator('[role="status"]').first();
      await live.getByText(/^\d+ lỗi, \d+ cảnh báo\./).waitFor();
      await fits('check-findings');

      // "Tổng hợp": the receiving office's view, loaded when first shown.
      await tab(V.aggregate).click();
      await page.getByRole('heading', { name: AGGREGATE_TEXT.heading }).waitFor();
      await fits('aggregate');

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
      await fits('check-repaired');
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
      await fits('documents-built');
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
      await fits('documents-part');
      await tab(V.check).click();

      // No white frame: the pane's background reaches the corner; one size for every h2.
      for (const at of checkedAt) {
        await page.setViewportSize({ width: at, height: 900 });
        const frame = await page.evaluate(() => ({
          margin: getComputedStyle(document.body).margin,
          corner: !!document.elementFromPoint(1, 1)?.closest('.fui-FluentProvider'),
          h2: [...document.querySelectorAll('h2')]
            .filter((h) => h.getClientRects().length > 0)
            .map((h) => getComputedStyle(h).fontSize),
        }));
        expect({ width: at, margin: frame.margin, corner: frame.corner, h2Sizes: new Set(frame.h2).size }).toEqual({
          width: at,
          margin: '0px',
          corner: true,
          h2Sizes: 1,
        });
      }
      expect(seen.errors).toEqual([]);
      expect(seen.csp).toEqual([]);
      await page.close();
    }, 90_000);
});
