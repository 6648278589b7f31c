/**
 * The workbook's own checks: its sheets (missing, renamed), the tally's structure,
 * Thông tin chung, counts on the wrong sheet, and what repair moved aside.
 */
import { parseA1 } from '../a1';
import type { Catalogue } from '../catalogue';
import { formatShortDate, parseCellDate } from '../format/vietnamese';
import { INFO_FIELDS, INFO_SHEET_NAME, INFO_VALUE_COL, parsePeriod, parseYear, type InfoValues } from '../layout/info';
import { readRepairLog, REPAIR_LOG_SHEET_NAME } from '../layout/repairLog';
import { TALLY_COLUMNS, TALLY_SHEET_NAME } from '../layout/tally';
import type { SheetGrid, WorkbookGrids } from '../sheetGrid';
import { SHEETS } from '../workbook/sheetList';
import { tallyLookAlikesWithNumbers, type SheetLocation } from '../workbook/sheetLocation';
import { infoRows, readProvinceBases } from '../workbook/sheets/info';
import { BASES_COLUMNS } from '../layout/info';
import { TEXT } from '../text/vi';
import { display, type Collector } from './findings';
import { plainPrintArea, printAreaIntact } from '../layout/print';
import { structureMismatch } from './tallyChecks';

/** A sheet missing, or found under another name: said, never silently empty. */
export function checkSheets(grids: WorkbookGrids, out: Collector, location: SheetLocation): void {
  const lookAlike = (sheet: string) =>
    location.renamed.get(sheet) ?? location.ambiguous.find((a) => a.sheet === sheet)?.candidates.join('”, “');
  for (const s of SHEETS) {
    if (grids.sheets[s.name] || !s.whenMissing) continue;
    const found = lookAlike(s.name);
    if (found) out.add('sheet-renamed', { sheet: s.name, row: 1, col: 1 }, { found });
    else out.add(s.whenMissing, { sheet: s.name, row: 1, col: 1 }, {});
  }
}

/** Is the tally's table where the plan puts it? False (and a finding) when not: its counts cannot be checked. */
export function checkStructure(catalogue: Catalogue, g: SheetGrid, out: Collector): boolean {
  const mismatch = structureMismatch(catalogue, g);
  if (!mismatch) return true;
  out.add(
    'structure-changed',
    { sheet: TALLY_SHEET_NAME, row: mismatch.row, col: TALLY_COLUMNS.label },
    { expected: mismatch.expected, found: mismatch.found },
  );
  return false;
}

export function checkInfo(g: SheetGrid | undefined, info: InfoValues, out: Collector): void {
  if (!g) return;
  const rows = infoRows(g);
  for (const f of INFO_FIELDS) {
    const row = rows.get(f.key)!;
    const v = info[f.key];
    const where = { sheet: INFO_SHEET_NAME, row, col: INFO_VALUE_COL };
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
      if (f.required) out.add('info-missing', where, { field: f.label });
      continue;
    }
    if (f.key === 'period' && parsePeriod(v) === undefined) {
      out.add('info-invalid', where, {
        field: f.label,
        value: display(v),
        expected: 'chọn “6 tháng đầu năm” hoặc “Năm”',
      });
    } else if (f.key === 'year' && parseYear(v) === undefined) {
      out.add('info-invalid', where, {
        field: f.label,
        value: display(v),
        expected: 'năm gồm 4 chữ số, từ 2000 đến 2100',
      });
    } else if (f.key === 'reportDate' && (typeof v !== 'number' || parseCellDate(v) === undefined)) {
      out.add('info-invalid', where, {
        field: f.label,
        value: display(v),
        expected: 'nhập ngày dạng ngày/tháng/năm để Excel hiểu là ngày',
      });
    } else if (f.key === 'documentCode' && typeof v === 'string' && /\s/.test(v.trim())) {
      out.add('info-invalid', where, {
        field: f.label,
        value: v,
        expected: 'ký hiệu viết liền, không có dấu cách (ví dụ BC-HĐTĐKT)',
      });
    }
  }
  checkProvinceBases(g, out);
}

/** A placeholder left from the hint's example: "…", "...", "…/20…/QĐ-UBND". */
const PLACEHOLDER = /…|\.\.\./u;

/**
 * The province's căn cứ lines: a line still holding the example's "…" (the decision would cite
 * it so), a date that is no date, a "from" after its "until", a date without its text.
 */
function checkProvinceBases(g: SheetGrid, out: Collector): void {
  const headers = TEXT.info.basesHeaders;
  for (const line of readProvinceBases(g, new Set())) {
    const at = (c: keyof typeof BASES_COLUMNS) => ({ sheet: INFO_SHEET_NAME, row: line.row, col: BASES_COLUMNS[c] });
    const text = typeof line.text === 'string' ? line.text : line.text === undefined ? '' : String(line.text);
    const facts = (c: keyof typeof BASES_COLUMNS, value: string, expected: string) => ({
      column: headers[c],
      columnEn: c,
      value,
      expected,
    });
    if (!text.trim())
      out.add('info-basis-invalid', at('text'), facts('text', '', 'dòng có ngày nhưng chưa ghi văn bản'));
    else if (PLACEHOLDER.test(text))
      out.add(
        'info-basis-invalid',
        at('text'),
        facts('text', text, 'còn dấu “…” của ví dụ: thay bằng số, ngày của văn bản (hoặc xóa dòng)'),
      );
    const dates: Partial<Record<'from' | 'until', ReturnType<typeof parseCellDate>>> = {};
    for (const c of ['from', 'until'] as const) {
      const v = line[c];
      if (v === undefined || v === null || v === '') continue;
      const d = typeof v === 'number' ? parseCellDate(v) : undefined;
      if (!d) out.add('info-basis-invalid', at(c), facts(c, display(v), 'không phải ngày: ghi dạng ngày/tháng/năm'));
      else dates[c] = d;
    }
    const ord = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
    if (dates.from && dates.until && ord(dates.from) > ord(dates.until))
      out.add(
        'info-basis-invalid',
        at('until'),
        facts('until', formatShortDate(dates.until), 'trước ngày “Áp dụng từ ngày” của cùng dòng'),
      );
  }
}

/** An empty tally while a look-alike sheet holds numbers: the counts are on the wrong sheet. */
export function checkTallyElsewhere(catalogue: Catalogue, grids: WorkbookGrids, out: Collector): void {
  const empty = out.indexOf('tally-empty');
  if (empty < 0) return;
  const others = tallyLookAlikesWithNumbers(catalogue, grids);
  if (!others.length) return;
  const f = out.findings[empty]!;
  out.replace(
    empty,
    'tally-empty-elsewhere',
    { sheet: f.sheet, row: f.row, col: f.col },
    { found: others.join('”, “') },
  );
}

/**
 * What repair had to move: named until the clerk clears the line on the repair log (or
 * dismisses the finding in the pane). The finding is at the cell the value was in — a sheet
 * the clerk sees, where it would be typed again — and says where the value is kept (the
 * backup "(bản cũ)" is hidden: a cell there cannot be selected, as in Excel).
 */
export function checkRepairLog(grids: WorkbookGrids, out: Collector): void {
  for (const e of readRepairLog(grids.sheets[REPAIR_LOG_SHEET_NAME])) {
    let row = 1;
    let col = 1;
    try {
      ({ row, col } = parseA1(e.address));
    } catch {
      /* a hand-edited line: point at A1 */
    }
    out.add(
      'value-displaced',
      { sheet: e.sheet, row, col, logged: { sheet: e.sheet, address: e.address, movedTo: e.movedTo } },
      { value: e.content, found: `${e.sheet}!${e.address}`, expected: e.movedTo, field: e.note },
    );
  }
}

/** A print area the host read that is not the form's (deleted, changed, exceljs's "ANaN"): one finding per sheet. */
export function checkPrintAreas(grids: WorkbookGrids, out: Collector): void {
  for (const s of SHEETS) {
    const found = grids.sheets[s.name]?.printArea;
    const accepted = s.printAreas?.();
    if (!accepted?.length || printAreaIntact(accepted, found)) continue;
    out.add(
      'print-area-broken',
      { sheet: s.name, row: 1, col: 1 },
      { found: plainPrintArea(found) ?? found ?? '', expected: accepted[0]! },
    );
  }
}
