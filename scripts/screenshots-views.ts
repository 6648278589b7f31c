/**
 * `npm run screenshots:views`: every view of the pane — Kiểm tra, Danh sách khen thưởng,
 * Văn bản, Tổng hợp — at 320, 380 and 800 px, light and dark, on the 2025 form (the one in
 * force), into docs/screenshots/pane-<width>-<theme>-<view>.png. Same pipeline as the browser
 * tests (the built taskpane.html with the harness bundle: the real App over the Excel fake,
 * Debian's chromium, no network). The workbook: the form created by the pane, a header typed,
 * three register lines (one with a count that is not a whole number), then checked; that
 * count corrected and the report built (its unfinished sections listed as buttons); three
 * example unit files read in Tổng hợp.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { a1, REGISTER_FIRST_ROW, REGISTER_SHEET_NAME } from '../src/core';
import { awardKey, subjectLabel, type RegisterColumn } from '../src/core/register';
import { infoAddress, type InfoKey } from '../src/core/layout/info';
import { REGISTER_COLUMNS } from '../src/core/layout/register';
import { tongHopKhenThuong2025 as cat } from '../src/core/catalogue';
import { AGGREGATE_TEXT } from '../src/core/text/aggregate';
import { REPORT_TEXT } from '../src/core/text/report';
import { DOCUMENT_PANE_TEXT, UI_TEXT } from '../src/core/text/ui';
import type { Harness } from '../tests/browser/harness/index';
import { ROOT, startPaneBrowser } from '../tests/browser/support';
import { makeUnitFiles, THREE_UNITS } from '../tests/browser/unitFiles';

const OUT = path.join(ROOT, 'docs', 'screenshots');
const WIDTHS = [320, 380, 800] as const;
const THEMES = ['light', 'dark'] as const;

/** An invented header (xã Đồng Tâm, the 2025 example), typed into "Thông tin chung". */
const INFO: Partial<Record<InfoKey, string>> = {
  issuingBody: 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG XÃ ĐỒNG TÂM',
  unitName: 'xã Đồng Tâm',
  place: 'Đồng Tâm',
  period: '6 tháng đầu năm',
  year: '2026',
  documentCode: 'BC-HĐTĐKT',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Nguyễn Văn An',
};

function registerLines(): [string, string][] {
  const award = (id: string) =>
    awardKey(
      cat,
      cat.rows.find((r) => r.id === id)!,
    );
  const lines: Partial<Record<RegisterColumn, string>>[] = [
    {
      decision: '15/QĐ-UBND',
      date: '10/03/2026',
      award: award('III.4'),
      subject: subjectLabel('individual'),
      quantity: '18',
    },
    {
      decision: '15/QĐ-UBND',
      date: '10/03/2026',
      award: award('III.4'),
      subject: subjectLabel('collective'),
      quantity: '3',
    },
    {
      decision: '21/QĐ-UBND',
      date: '02/04/2026',
      award: award('III.4'),
      subject: subjectLabel('household'),
      quantity: '2,5',
    },
  ];
  return lines.flatMap((line, i) =>
    Object.entries(line).map(
      ([col, v]) => [a1(REGISTER_FIRST_ROW + i, REGISTER_COLUMNS[col as RegisterColumn]), v!] as [string, string],
    ),
  );
}

async function shot(page: Page, width: number, theme: string, view: string): Promise<void> {
  await page.mouse.move(0, 0);
  const file = path.join(OUT, `pane-${width}-${theme}-${view}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`saved ${path.relative(ROOT, file)}`);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const files = await makeUnitFiles(THREE_UNITS);
  const info = Object.entries(INFO).map(([k, v]) => [infoAddress(k as InfoKey), v] as [string, string]);
  const typed = registerLines();
  const pane = await startPaneBrowser({ width: 380, height: 760 });
  try {
    for (const theme of THEMES)
      for (const width of WIDTHS) {
        const page = await pane.context.newPage();
        await page.setViewportSize({ width, height: 760 });
        await page.goto(`${pane.server.url}/harness.html${theme === 'dark' ? '?theme=dark' : ''}`);
        const tab = (name: string) => page.getByRole('tab', { name }).click();
        await page.getByRole('button', { name: UI_TEXT.create }).click();
        await page.getByText(/^Đã tạo biểu mẫu/).waitFor();
        await page.evaluate(
          ([infoCells, registerCells, registerSheet]) => {
            const h = (window as unknown as { tdktHarness: Harness }).tdktHarness;
            for (const [address, input] of infoCells) h.type('Thông tin chung', address, input);
            for (const [address, input] of registerCells) h.type(registerSheet, address, input);
          },
          [info, typed, REGISTER_SHEET_NAME] as const,
        );
        await page.getByRole('button', { name: UI_TEXT.validate, exact: true }).click();
        await page.locator('button[title^="Chọn ô"]').first().waitFor();
        await shot(page, width, theme, 'kiem-tra');

        await tab(UI_TEXT.views.register);
        await page.getByRole('button', { name: /Thêm/ }).first().waitFor();
        await shot(page, width, theme, 'danh-sach');

        // The report written (the count "2,5" corrected first: a tally error refuses it), its
        // sections still to write listed as buttons selecting their cell.
        await page.evaluate(
          ([sheet, address]) => (window as unknown as { tdktHarness: Harness }).tdktHarness.type(sheet!, address!, '2'),
          [REGISTER_SHEET_NAME, a1(REGISTER_FIRST_ROW + 2, REGISTER_COLUMNS.quantity)] as const,
        );
        await tab(UI_TEXT.views.documents);
        await page.getByRole('button', { name: REPORT_TEXT.ui.build }).click();
        await page.getByRole('button', { name: REPORT_TEXT.ui.showMissing }).click();
        await shot(page, width, theme, 'van-ban');
        // The decisions and Tờ trình of the register: the numbers it holds, ready to draft.
        await page.getByRole('button', { name: DOCUMENT_PANE_TEXT.open }).click();
        await page.getByRole('button', { name: DOCUMENT_PANE_TEXT.build.decision }).waitFor();
        await shot(page, width, theme, 'van-ban-quyet-dinh');

        await tab(UI_TEXT.views.aggregate);
        await page.getByLabel(AGGREGATE_TEXT.pickLabel).setInputFiles(files);
        await page.getByRole('table', { name: AGGREGATE_TEXT.tableLabel }).waitFor();
        // A unit with errors: its findings opened (as the receiving office sees them).
        const withErrors = page.getByRole('button', { name: /^có lỗi/ }).first();
        if (await withErrors.count()) await withErrors.click();
        await shot(page, width, theme, 'tong-hop');
        await page.close();
      }
  } finally {
    await pane.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
