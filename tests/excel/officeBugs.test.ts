/**
 * Known Excel bugs met honestly, each played by the fake (tests/fakes/excel, options named
 * after the issue) and answered by the host:
 * - office-js#1860: pageLayout.zoom's fit-to-pages not applied unless the Page Layout tab is
 *   active → the zoom is read back in the same request and the clerk told the two clicks;
 * - office-js#6784: unprotect() refused with AccessDenied on a sheet with no password → a
 *   message that does not say the sheet has a password.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE, TALLY_SHEET_NAME } from '../../src/core';
import { OFFICE_ERRORS, UI_TEXT } from '../../src/core/text/ui';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { FakeWorkbook } from '../fakes/excel';

const fitted = buildWorkbookPlan(DEFAULT_CATALOGUE)
  .sheets.filter((s) => s.print.fitToWidth)
  .map((s) => s.name);

describe('office-js#1860: fit to 1 page wide not applied', () => {
  it('create reads the zoom back and names the sheets where Excel did not take it, at no extra sync', async () => {
    const wb = new FakeWorkbook(['Sheet1'], { fitToPagesIgnored: true });
    const r = await createExcelWorkbookHost(wb.run).create();
    expect(fitted.length).toBeGreaterThan(0);
    expect(r).toMatchObject({ kind: 'created', fitNotApplied: fitted });
    expect(wb.syncCount).toBe(2);
    // The rest of the print setup was applied, as the issue reports.
    expect(wb.sheet(TALLY_SHEET_NAME)!.pageLayout.orientation).toBeDefined();
    const text = UI_TEXT.fitNotApplied(fitted);
    expect(text).toContain('Bố trí trang');
    expect(text).toContain('1 trang');
  });

  it('where Excel takes it, nothing is said', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    const r = await createExcelWorkbookHost(wb.run).create();
    expect(r.kind === 'created' && r.fitNotApplied).toBeFalsy();
    expect(wb.sheet(TALLY_SHEET_NAME)!.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
  });

  it('repair reads it back too', async () => {
    const wb = new FakeWorkbook(['Sheet1'], { fitToPagesIgnored: true });
    await createExcelWorkbookHost(wb.run).create();
    const r = await createExcelWorkbookHost(wb.run).repair();
    expect(r).toMatchObject({ kind: 'repaired', fitNotApplied: expect.arrayContaining([TALLY_SHEET_NAME]) });
  });
});

describe('office-js#6784: unprotect refused with AccessDenied on a sheet without a password', () => {
  it('repair says which sheets to unprotect by hand, without claiming a password, and writes nothing', async () => {
    const wb = new FakeWorkbook(['Sheet1'], { unprotectAccessDenied: true });
    await createExcelWorkbookHost(wb.run).create(); // our sheets are protected, with no password
    const sheets = wb.sheets.length;
    const err = await createExcelWorkbookHost(wb.run)
      .repair()
      .catch((e: Error) => e);
    expect(err).toMatchObject({ code: 'AccessDenied' });
    const message = (err as Error).message;
    expect(message).toContain(TALLY_SHEET_NAME);
    expect(message).not.toContain('được bảo vệ bằng mật khẩu');
    expect(message).toBe(OFFICE_ERRORS.unprotectRefused((message.match(/“[^”]+”/g) ?? []).map((m) => m.slice(1, -1))));
    expect(wb.sheets.length).toBe(sheets); // no backup copy left behind
  });

  it('a sheet that really has a password still says so (Excel answers InvalidArgument)', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    await createExcelWorkbookHost(wb.run).create();
    wb.sheet(TALLY_SHEET_NAME)!.protection = { protected: true, password: 'secret' };
    const err = (await createExcelWorkbookHost(wb.run)
      .repair()
      .catch((e: Error) => e)) as Error;
    expect(err.message).toContain(`“${TALLY_SHEET_NAME}”`);
    expect(err.message).toContain('được bảo vệ bằng mật khẩu');
  });
});
