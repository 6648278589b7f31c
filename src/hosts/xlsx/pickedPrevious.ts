/**
 * Last period's workbook picked in the pane (Excel or Word) to compare the report with:
 * read in the browser with exceljs imported on first use (a lazy chunk), as `tdkt report
 * --previous` reads it. A file that cannot be read is a finding, never an exception: the
 * report is still made, without the comparison.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE, type WorkbookGrids } from '../../core';
import type { ReportFinding } from '../../core/report';
import { REPORT_TEXT } from '../../core/text/report';
import type { PickedFile } from '../../ports';

export async function readPreviousFile(
  file: PickedFile,
): Promise<{ readonly grids: WorkbookGrids; readonly name: string } | { readonly finding: ReportFinding }> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // An .xlsx is a zip: "PK\x03\x04".
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error('not a zip');
    const [{ default: ExcelJS }, { readGrids }] = await Promise.all([
      import(/* webpackChunkName: "exceljs" */ 'exceljs'),
      import('./read'),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return { grids: readGrids(wb, buildWorkbookPlan(DEFAULT_CATALOGUE)), name: file.name };
  } catch {
    return {
      finding: {
        code: 'previous-unusable',
        severity: 'warning',
        sheet: '',
        message: REPORT_TEXT.findings.previousUnreadable(REPORT_TEXT.ui.previousUnreadableFile(file.name)),
      },
    };
  }
}
