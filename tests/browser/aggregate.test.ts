/**
 * "Tổng hợp từ các đơn vị" in the built pane, in chromium, over the Excel fake (issue 13,
 * item 4): three example unit files (one with an error, one the same unit as another) are
 * picked with the pane's <input type=file multiple>; the progress bar shows file n of N while
 * they are read (the harness holds the reads), then the table gives each unit's standing;
 * the duplicate and the errors are refused until their checkboxes are ticked; the aggregate
 * is written as new sheets of the open workbook (the CLI's plan: the tally summed by hand
 * here, and "Danh sách đơn vị"), and never over sheets that are already there.
 * Skipped only outside CI when there is no chromium (like pane.test.ts).
 */
import type { Page } from 'playwright-core';
import { TALLY_SHEET_NAME } from '../../src/core';
import { tallyRowOf } from '../../src/core/layout/tally';
import { UNITS_SHEET_NAME } from '../../src/core/layout/units';
import { AGGREGATE_TEXT as T, FOOTER_TEXT as F } from '../../src/core/text/aggregate';
import pkg from '../../package.json';
import type { Harness } from './harness/index';
import { describePaneBrowser, runAxe, seriousOrWorse, usePaneBrowser, watchPage } from './support';
import { UI_TEXT } from '../../src/core/text/ui';
import { makeUnitFiles, THREE_UNITS, UNIT_FORM as cat, type UnitFile } from './unitFiles';

const describeBrowser = describePaneBrowser();

type HarnessWindow = Window & { tdktHarness: Harness };

describeBrowser('Tổng hợp từ các đơn vị, in chromium over the Excel fake', () => {
  const pane = usePaneBrowser({ width: 320, height: 900, timeout: 300_000 });
  let files: UnitFile[];

  beforeAll(async () => {
    files = await makeUnitFiles(THREE_UNITS);
  }, 60_000);

  const cell = (page: Page, sheet: string, address: string) =>
    page.evaluate(([s, a]) => (window as unknown as HarnessWindow).tdktHarness.cell(s!, a!), [sheet, address]);

  it('reads three units with a progress bar, refuses the duplicate and the errors until allowed, writes new sheets', async () => {
    const page = await pane.context.newPage();
    const seen = watchPage(page);
    // Read as `tdkt aggregate` reads (tests/xlsx/pickedUnit.test.ts): the selective reader, its
    // parts inflated with fflate on the pane's thread (hosts/xlsx/zipFflate.ts says why no
    // DecompressionStream, no worker); exceljs never fetched for them.
    const workers: string[] = [];
    const fetched: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`${pane.server.url}/harness.html?view=aggregate`);
    await page.getByRole('heading', { name: T.heading }).waitFor();

    // Progress: hold the reads from the second file on; the bar says 1 of 3.
    await page.evaluate(() => (window as unknown as HarnessWindow).tdktHarness.holdAggregateReads(1));
    await page.getByLabel(T.pickLabel).setInputFiles(files);
    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    await page.getByText(T.progressLabel(1, 3)).waitFor();
    await page.getByText(T.reading(2, 3, 'xa-hoa-lac.xlsx')).waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe(String(1 / 3));
    expect(await page.getByRole('button', { name: T.cancel }).isEnabled()).toBe(true);
    await page.evaluate(() => (window as unknown as HarnessWindow).tdktHarness.releaseAggregateReads());

    // The table: each unit's standing.
    const table = page.getByRole('table', { name: T.tableLabel });
    await table.waitFor();
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(4);
    const texts = await rows.allInnerTexts();
    expect(texts[1]).toMatch(/xa-an-binh\.xlsx\s+xã An Bình\s+trùng đơn vị/);
    expect(texts[2]).toMatch(/xa-hoa-lac\.xlsx\s+xã Hòa Lạc\s+có lỗi \(1\)/);
    expect(texts[3]).toMatch(/xa-an-binh-gui-lai\.xlsx\s+Xã\s+An Bình\s+trùng đơn vị/);
    expect(workers).toEqual([]);
    expect(fetched.filter((u) => /exceljs/.test(u))).toEqual([]);

    // "có lỗi" opens that unit's findings.
    await page.getByRole('button', { name: T.status.errors(1) }).click();
    await page.getByText(T.findingsOf('xa-hoa-lac.xlsx', 'xã Hòa Lạc')).waitFor();
    await page.getByText(`${TALLY_SHEET_NAME}!D${tallyRowOf(cat, 'III.2')}:`, { exact: false }).waitFor();
    // The table (rendered again only when what it shows changes) says the findings are open.
    expect(await page.getByRole('button', { name: T.status.errors(1) }).getAttribute('aria-expanded')).toBe('true');

    // Refusals, in the CLI's order; each lifted by its own checkbox.
    const write = page.getByRole('button', { name: T.write });
    await page
      .getByText(/Đơn vị “xã An Bình” có trong nhiều tệp \(xa-an-binh\.xlsx, xa-an-binh-gui-lai\.xlsx\)/)
      .waitFor();
    expect(await write.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: T.allowDuplicates }).check();
    await page.getByText(T.errorsRefused(1)).waitFor();
    expect(await write.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: T.allowErrors }).check();
    expect(await write.isEnabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: T.allowMixedPeriods }).count()).toBe(0); // same period

    expect(seriousOrWorse(await runAxe(page))).toEqual([]);
    // No horizontal overflow at 320 px with the table shown.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await write.click();
    await page.getByText(/^Đã cộng 3 đơn vị vào các trang/).waitFor();
    const sheets = await page.evaluate(() => (window as unknown as HarnessWindow).tdktHarness.sheets());
    expect(sheets).toEqual(expect.arrayContaining(['Sheet1', TALLY_SHEET_NAME, UNITS_SHEET_NAME]));
    // Summed by hand: III.1 cá nhân 7 + 11 + 5 (the 2025 form, the units' and the pane's).
    expect(await cell(page, TALLY_SHEET_NAME, `D${tallyRowOf(cat, 'III.1')}`)).toBe(23);
    expect(await cell(page, UNITS_SHEET_NAME, 'B4')).toBe('xã An Bình');
    expect(await cell(page, UNITS_SHEET_NAME, 'C5')).toBe('xa-hoa-lac.xlsx');
    expect(await cell(page, UNITS_SHEET_NAME, 'K5')).toBe(1); // its errors
    expect(await cell(page, UNITS_SHEET_NAME, 'B6')).toBe('Xã An Bình'); // as read: spacing normalised
    // The pane read the workbook again: the form is there now (under "Kiểm tra").
    await page.getByRole('tab', { name: UI_TEXT.views.check }).click();
    await page.getByRole('button', { name: UI_TEXT.repair }).waitFor();
    await page.getByRole('tab', { name: UI_TEXT.views.aggregate }).click();
    // The footer: the add-in's version (package.json, put in by the build) and the form's.
    await page
      .getByRole('contentinfo')
      .getByText(`${F.addin(pkg.version)} · ${F.form(cat.version)}`, { exact: false })
      .waitFor();

    // Again: the sheets are there, so nothing is written over them.
    await page.getByRole('checkbox', { name: T.allowDuplicates }).waitFor();
    await write.click();
    await page.getByText(/đã có .* không ghi đè/).waitFor();
    expect(await cell(page, TALLY_SHEET_NAME, `D${tallyRowOf(cat, 'III.1')}`)).toBe(23);

    expect(seen).toEqual({ errors: [], csp: [] });
    await page.close();
  }, 120_000);

  it('cancel stops between files and says how many were read', async () => {
    const page = await pane.context.newPage();
    await page.goto(`${pane.server.url}/harness.html`);
    // The clerk opens "Tổng hợp" (loaded when first shown).
    await page.getByRole('tab', { name: UI_TEXT.views.aggregate }).click();
    await page.getByLabel(T.pickLabel).waitFor({ state: 'attached' });
    await page.evaluate(() => (window as unknown as HarnessWindow).tdktHarness.holdAggregateReads(1));
    await page.getByLabel(T.pickLabel).setInputFiles(files);
    await page.getByText(T.progressLabel(1, 3)).waitFor();
    await page.getByRole('button', { name: T.cancel }).click();
    await page.evaluate(() => (window as unknown as HarnessWindow).tdktHarness.releaseAggregateReads());
    // The file being read finishes; the third is not read.
    await page.getByText(T.cancelled(2, 3)).waitFor();
    expect(await page.getByRole('table', { name: T.tableLabel }).getByRole('row').count()).toBe(3);
    await page.close();
  }, 60_000);
});
