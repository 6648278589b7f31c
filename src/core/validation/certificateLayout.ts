/**
 * The sheet "Mẫu in giấy khen" checked with the workbook: each value the Giấy khen cannot be
 * printed with (a number that is not one, a size out of range, a box off the blank, an alignment
 * or a Có/Không that is neither) is one finding naming its cell — the same message printing
 * stops with (certificates/layout.ts), so the clerk can mend it before the day of printing.
 */
import { parseA1 } from '../a1';
import { layoutFromSheet } from '../certificates';
import { CERTIFICATE_LAYOUT_SHEET_NAME } from '../layout/certificateLayout';
import type { WorkbookGrids } from '../sheetGrid';
import { readCertificateLayout } from '../workbook/sheets/certificateLayout';
import type { Collector } from './findings';

export function checkCertificateLayout(grids: WorkbookGrids, out: Collector): void {
  const sheet = readCertificateLayout(grids.sheets[CERTIFICATE_LAYOUT_SHEET_NAME], new Set());
  if (!sheet) return;
  for (const p of layoutFromSheet(sheet).problems) {
    const at = p.address ? parseA1(p.address) : { row: 1, col: 1 };
    out.add('certificate-layout-invalid', { sheet: CERTIFICATE_LAYOUT_SHEET_NAME, ...at }, { found: p.message });
  }
}
