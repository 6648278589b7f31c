/**
 * Issue 22, in the pane: the register's print area read in the same sync as the used ranges
 * (PageLayout.getPrintAreaOrNullObject, ExcelApi 1.9; @types/office-js: "Gets the RangeAreas
 * object, comprising one or more rectangular ranges, that represents the print area for the
 * worksheet. If there is no print area, then this method returns an object with its
 * isNullObject property set to true"). Validate names a deleted or changed one; repair sets
 * the form's again and says so.
 */
import { REGISTER_SHEET_NAME } from '../../src/core';
import { registerPrintArea } from '../../src/core/layout/register';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { FakeWorkbook } from '../fakes/excel';

describe('issue 22: the pane finds a broken print area and repair mends it', () => {
  it('a deleted print area: one finding; repair restores it and lists it among what it mended', async () => {
    const wb = new FakeWorkbook();
    const host = createExcelWorkbookHost(wb.run);
    await host.create();
    expect(wb.sheet(REGISTER_SHEET_NAME)!.pageLayout.printArea).toBe(registerPrintArea(false));
    expect((await host.validate()).findings.filter((f) => f.rule === 'print-area-broken')).toEqual([]);

    delete wb.sheet(REGISTER_SHEET_NAME)!.pageLayout.printArea;
    const findings = (await host.validate()).findings.filter((f) => f.rule === 'print-area-broken');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.sheet).toBe(REGISTER_SHEET_NAME);
    expect(findings[0]!.message).toContain('vùng in đã bị xóa');
    expect(findings[0]!.message).toContain('“Sửa biểu mẫu”');

    const r = await host.repair();
    expect(r.kind).toBe('repaired');
    expect(r.kind === 'repaired' && r.mended).toEqual([
      `Đã đặt lại vùng in của trang “${REGISTER_SHEET_NAME}” (đã bị xóa) thành ${registerPrintArea(false)}.`,
    ]);
    expect(wb.sheet(REGISTER_SHEET_NAME)!.pageLayout.printArea).toBe(registerPrintArea(false));
    expect((await host.validate()).findings.filter((f) => f.rule === 'print-area-broken')).toEqual([]);
  });

  it('a print area changed to take in the helper lists is named with what it is', async () => {
    const wb = new FakeWorkbook();
    const host = createExcelWorkbookHost(wb.run);
    await host.create();
    wb.sheet(REGISTER_SHEET_NAME)!.pageLayout.printArea = 'A1:P30005';
    const [f] = (await host.validate()).findings.filter((x) => x.rule === 'print-area-broken');
    expect(f!.message).toContain('vùng in đang là “A1:P30005”');
  });
});
