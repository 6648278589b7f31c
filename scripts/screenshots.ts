/**
 * `npm run screenshots`: docs/screenshot-taskpane.png, the task pane after "Kiểm tra" with
 * findings, for the README. Same pipeline as the browser test (tests/browser): the built
 * taskpane.html with the harness bundle (the real App over createExcelHost and the Excel
 * fake), Debian's chromium, no network.
 */
import * as path from 'path';
import { tongHopKhenThuong2024 } from '../src/core/catalogue';
import { a1, REGISTER_FIRST_ROW, REGISTER_SHEET_NAME } from '../src/core';
import { awardKey, subjectLabel, type RegisterColumn } from '../src/core/register';
import { REGISTER_COLUMNS } from '../src/core/layout/register';
import { UI_TEXT } from '../src/core/text/ui';
import type { Harness } from '../tests/browser/harness/index';
import { ROOT } from '../tests/browser/support';
import { saveScreenshot, shootPane } from './paneScreenshots';

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
 * A few register lines of the Bắc Sơn example (a new workbook's tally follows its register
 * "Danh sách khen thưởng") with two typical mistakes: a household entered for an award only
 * individuals receive, and a quantity that is not a whole number ("2,5", typed as a
 * Vietnamese Excel reads it). Columns and award labels come from the plan and the core.
 */
function registerLines(): [string, string][] {
  const cat = tongHopKhenThuong2024;
  const award = (level: string, label: string) =>
    awardKey(
      cat,
      cat.rows.find((r) => r.kind === 'award' && r.level === level && r.label === label)!,
    );
  const lines: Partial<Record<RegisterColumn, string>>[] = [
    {
      decision: '15/QĐ-UBND',
      date: '10/06/2024',
      authority: 'UBND huyện Bắc Sơn',
      award: award('III', 'Lao động tiên tiến'),
      subject: subjectLabel('individual'),
      quantity: '18',
    },
    {
      decision: '15/QĐ-UBND',
      date: '10/06/2024',
      authority: 'UBND huyện Bắc Sơn',
      award: award('III', 'Chiến sĩ thi đua cơ sở'),
      subject: subjectLabel('household'),
      quantity: '1',
    },
    {
      decision: '07/QĐ-UBND',
      date: '12/06/2024',
      authority: 'UBND thị trấn Bắc Sơn',
      award: award('IV', 'Giấy khen'),
      subject: subjectLabel('individual'),
      quantity: '2,5',
    },
  ];
  return lines.flatMap((line, i) =>
    Object.entries(line).map(
      ([col, v]) => [a1(REGISTER_FIRST_ROW + i, REGISTER_COLUMNS[col as RegisterColumn]), v!] as [string, string],
    ),
  );
}
const TYPED = registerLines();

shootPane(async (page) => {
  // The Bắc Sơn data below is the 2024 (four-level) form's: pick it over today's form.
  await page.getByRole('radio', { name: tongHopKhenThuong2024.description }).click();
  await page.getByRole('button', { name: UI_TEXT.create }).click();
  await page.getByText(/^Đã tạo biểu mẫu/).waitFor();
  await page.evaluate(
    ([info, typed, registerSheet]) => {
      const h = (window as unknown as { tdktHarness: Harness }).tdktHarness;
      const infoSheet = h.sheets().find((n) => n !== h.tallySheet && /^Thông tin/.test(n));
      if (!infoSheet) throw new Error(`no info sheet among ${h.sheets().join(', ')}`);
      for (const [address, input] of info) h.type(infoSheet, address, input);
      for (const [address, input] of typed) h.type(registerSheet, address, input);
    },
    [INFO, TYPED, REGISTER_SHEET_NAME] as const,
  );
  // exact: a finding's button can also be named "… kiểm tra …" (the pane may have checked already).
  await page.getByRole('button', { name: UI_TEXT.validate, exact: true }).click();
  await page.getByRole('heading', { name: UI_TEXT.resultsHeading }).waitFor();
  await page.locator('button[title^="Chọn ô"]').first().waitFor();
  await saveScreenshot(page, OUT, { fullPage: true });
});
