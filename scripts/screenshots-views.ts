/**
 * `npm run screenshots:views`: every view of the pane — Kiểm tra, Danh sách khen thưởng,
 * Văn bản, Tổng hợp — at 320, 380 and 800 px, light and dark, on the 2025 form (the one in
 * force), into docs/screenshots/pane-<width>-<theme>-<view>.png. Same pipeline as the browser
 * tests (the built taskpane.html with the harness bundle: the real App over the Excel fake,
 * Debian's chromium, no network). The workbook: the form created by the pane, a header typed,
 * three register lines (one with a count that is not a whole number), then checked; that
 * count corrected and the report built (its unfinished sections listed as buttons); three
 * example unit files read in Tổng hợp. Then the pane as Word mounts it (harness ?host=word, over
 * the Word fake): the Đồng Tâm example picked in "Quyết định, tờ trình" (word-van-ban), a number
 * whose lines cannot make a decision (word-van-ban-loi), a decision inserted (word-van-ban-chen);
 * each checked for horizontal overflow (the script fails on any). `-- word` (or `-- excel`)
 * takes only those.
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
import { DOCUMENT_PANE_TEXT, UI_TEXT, WORD_DOCUMENT_TEXT } from '../src/core/text/ui';
import type { Harness } from '../tests/browser/harness/index';
import { ROOT, startPaneBrowser, type PaneBrowser } from '../tests/browser/support';
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

/** Everything wider than the pane: the page, any element cut or reaching past the right edge. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const d = document.documentElement;
    if (d.scrollWidth > d.clientWidth) out.push(`page ${d.scrollWidth} > ${d.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('[role="status"] *, section *')) {
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        out.push(`${el.tagName} "${(el.textContent ?? '').slice(0, 40)}" ${el.scrollWidth} > ${el.clientWidth}`);
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > d.clientWidth + 1)
        out.push(`${el.tagName} "${(el.textContent ?? '').slice(0, 40)}" ends at ${Math.round(r.right)}`);
    }
    return out;
  });
}

const DONG_TAM = path.join(ROOT, 'examples/dong-tam-2025/dong-tam-nam-2025.xlsx');

/** Word: the documents of the Đồng Tâm example, listed, refused for their lines, inserted. */
async function wordShots(pane: PaneBrowser, width: number, theme: string): Promise<void> {
  const page = await pane.context.newPage();
  await page.setViewportSize({ width, height: 760 });
  await page.goto(`${pane.server.url}/harness.html?host=word${theme === 'dark' ? '&theme=dark' : ''}`);
  const checked = async (view: string) => {
    const wide = await overflow(page);
    if (wide.length) throw new Error(`${width}px ${theme} ${view}: wider than the pane:\n${wide.join('\n')}`);
    await shot(page, width, theme, view);
  };
  const decision = () => page.getByRole('button', { name: DOCUMENT_PANE_TEXT.build.decision });
  await page.getByTestId('documents-file').setInputFiles(DONG_TAM);
  await decision().waitFor();
  await checked('word-van-ban');
  await page.getByRole('combobox', { name: /^Số quyết định/ }).selectOption('415/QĐ-UBND');
  await decision().click();
  await page.getByText(WORD_DOCUMENT_TEXT.blocked('Quyết định khen thưởng', path.basename(DONG_TAM))).waitFor();
  await checked('word-van-ban-loi');
  await page.getByRole('combobox', { name: /^Số quyết định/ }).selectOption('416/QĐ-UBND');
  await decision().click();
  await page.getByText(WORD_DOCUMENT_TEXT.replaced('Quyết định khen thưởng', '416/QĐ-UBND')).waitFor();
  await checked('word-van-ban-chen');
  await page.close();
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const only = process.argv[2];
  if (only === 'word') {
    const pane = await startPaneBrowser({ width: 380, height: 760 });
    try {
      for (const theme of THEMES) for (const width of WIDTHS) await wordShots(pane, width, theme);
    } finally {
      await pane.close();
    }
    return;
  }
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
        if (only !== 'excel') await wordShots(pane, width, theme);
      }
  } finally {
    await pane.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
