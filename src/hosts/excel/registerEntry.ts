/**
 * The register's entry help in Excel: the core plans (registerEntry.ts), Office only reads
 * and writes. Each function is one `run`; its reads and writes go in parts under Excel's
 * size limit (chunks.ts), so the count of round trips grows with the lines, never with the
 * cells, and stays constant while they fit one request: choices 3-4 (the one read path,
 * read.ts, over where the form is named), fill 3 (the selection, its lines, the write), add 4
 * (list the sheets, the register's used rows, its lines, the write).
 */
import {
  CATALOGUE_SHEET_NAME,
  DEFAULT_CATALOGUE,
  entryChoices,
  INFO_SHEET_NAME,
  planAppend,
  planFill,
  REGISTER_SHEET_NAME,
  selectedLines,
  TALLY_SHEET_NAME,
  parseRange,
  type CellValue,
  type DecisionFields,
  type EntryChoices,
  type PastedName,
} from '../../core';
import { columnLetter } from '../../core/a1';
import {
  APPEND_COLUMNS,
  DECISION_COLUMNS,
  lastEntryColumn,
  type EntryFormula,
  lineRows,
  missingEntryColumns,
} from '../../core/registerEntry';
import { locateRegisterLayout, type RegisterLayout } from '../../core/layout/registerHeaders';
import type { RegisterColumn } from '../../core/register';
import { TEXT } from '../../core/text/vi';
import type { AddResult, FillResult, RegisterEntryHost } from '../../ports';
import type { ExcelRun } from './api';
import { codeOf, guarded } from './errors';
import { readInBands, writeRowsInBands } from './chunks';
import { listSheets, readWorkbook } from './read';
import { asTypedText } from './render';
import { ensureExcelApi, READ_EXCEL_API, type ExcelHostOptions } from './requirements';

/** Where the form is named: the info sheet's marker, the tally (no marker), a province's carried catalogue. */
const FORM_SHEETS = new Set([INFO_SHEET_NAME, TALLY_SHEET_NAME, CATALOGUE_SHEET_NAME]);

/**
 * The register's top rows, where its header is looked for (registerHeaders.ts searches 40
 * rows; the table and its two dropdown lists are 16 columns as made: room for columns a clerk
 * inserted). Loaded in a round trip the function makes anyway.
 */
const HEADER_AREA = `A1:${columnLetter(52)}40`;

/** The register columns a write needs that its header row lacks, as their header labels. */
function missingHeaders(layout: RegisterLayout, cols: readonly RegisterColumn[]): string[] {
  return missingEntryColumns(layout, cols).map((c) => TEXT.register.headers[c]);
}

/**
 * Strings as typed text (Excel parses "12/2025" written to `values` as a date); null leaves the
 * cell; the STT formula as a formula ("If the returned value starts with … equal sign ("="),
 * Excel interprets this value as a formula", @types/office-js Range.values).
 */
function toWrite(rows: readonly (readonly (CellValue | EntryFormula | null)[])[]): unknown[][] {
  return rows.map((r) =>
    r.map((v) => (typeof v === 'string' ? asTypedText(v) : v !== null && typeof v === 'object' ? v.formula : v)),
  );
}

export function createExcelRegisterEntryHost(run: ExcelRun, opts: ExcelHostOptions = {}): RegisterEntryHost {
  const fallback = opts.catalogue ?? DEFAULT_CATALOGUE;

  async function choices(): Promise<EntryChoices | undefined> {
    ensureExcelApi(opts, READ_EXCEL_API);
    return guarded(() =>
      run(async (ctx) => {
        // The host's one read path (read.ts), only where the form is named.
        const read = await readWorkbook(ctx, { fallback, only: FORM_SHEETS });
        if (!read.names.includes(REGISTER_SHEET_NAME)) return undefined;
        return entryChoices(read.catalogue);
      }),
    );
  }

  async function fillSelection(fields: DecisionFields): Promise<FillResult> {
    ensureExcelApi(opts, READ_EXCEL_API);
    return guarded(() =>
      run(async (ctx) => {
        const selected = ctx.workbook.getSelectedRange();
        selected.load(['rowIndex', 'rowCount']);
        const sheet = selected.worksheet;
        sheet.load('name');
        // Where the lines in use end (ExcelApi 1.4, valuesOnly: "the smallest range that encompasses
        // any cells that have a value"): a whole column selected reads only what is there.
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load(['rowIndex', 'rowCount']);
        // Where the register's columns and lines are: found by the header labels, in this round trip.
        const header = sheet.getRange(HEADER_AREA);
        header.load('values');
        try {
          await ctx.sync(); // 1
        } catch (e) {
          // Several areas, or a chart: "If there are multiple ranges selected, this method will
          // throw an error" (@types/office-js, Workbook.getSelectedRange), code InvalidSelection.
          if (codeOf(e) === 'InvalidSelection') return { kind: 'not-one-range' } as const;
          throw e;
        }
        if (sheet.name !== REGISTER_SHEET_NAME) return { kind: 'not-register' } as const;
        const layout = locateRegisterLayout(header.values as unknown[][]);
        const lines = selectedLines(selected.rowIndex + 1, selected.rowCount, layout);
        if (!lines) return { kind: 'not-lines', firstRow: lineRows(layout).first } as const;
        const headers = missingHeaders(
          layout,
          DECISION_COLUMNS.filter((c) => fields[c] !== undefined),
        );
        if (headers.length) return { kind: 'missing-columns', headers } as const;
        // The selected lines up to the last one in use, in bands under Excel's response limit (one
        // when they fit); the selected lines below it are empty (planFill reads them as such).
        const readLast = Math.min(lines.last, used.isNullObject ? 0 : used.rowIndex + used.rowCount);
        const block =
          readLast < lines.first
            ? { values: [], formulas: [] }
            : (
                await readInBands(
                  ctx,
                  [
                    {
                      name: REGISTER_SHEET_NAME,
                      sheet,
                      rows: readLast,
                      cols: lastEntryColumn(layout),
                      fromRow: lines.first,
                    },
                  ],
                  ['values', 'formulas'],
                )
              ).get(REGISTER_SHEET_NAME)!;
        const plan = planFill(
          { firstRow: lines.first, values: block.values, formulas: block.formulas, layout },
          lines,
          fields,
        );
        if (!plan.filledLines && !plan.kept.length && plan.emptyLines === lines.last - lines.first + 1) {
          return { kind: 'empty-selection' } as const;
        }
        if (plan.range) {
          const { r1, c1 } = parseRange(plan.range);
          // A long award label wraps: the lines grow to show it (the sheet allows formatting rows).
          await writeRowsInBands(ctx, sheet, r1, c1, toWrite(plan.values), (range) => range.format.autofitRows());
          await ctx.sync();
        }
        const { filledCells, filledLines, emptyLines, kept } = plan;
        return { kind: 'filled', filledCells, filledLines, emptyLines, kept } as const;
      }),
    );
  }

  async function addNames(names: readonly PastedName[], fields: DecisionFields): Promise<AddResult> {
    ensureExcelApi(opts, READ_EXCEL_API);
    if (!names.length) return { kind: 'nothing' };
    return guarded(() =>
      run(async (ctx) => {
        const sheets = await listSheets(ctx); // 1
        if (!sheets.includes(REGISTER_SHEET_NAME)) return { kind: 'no-register' } as const;
        const sheet = ctx.workbook.worksheets.getItem(REGISTER_SHEET_NAME);
        // The register's lines as far as they are used (not its whole capacity), in bands under
        // Excel's response limit.
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load(['rowIndex', 'rowCount']);
        // Where the register's columns and lines are: found by the header labels, in this round trip.
        const header = sheet.getRange(HEADER_AREA);
        header.load('values');
        await ctx.sync(); // 2
        const layout = locateRegisterLayout(header.values as unknown[][]);
        const needed = APPEND_COLUMNS.filter(
          (c) =>
            (!(DECISION_COLUMNS as readonly string[]).includes(c) || fields[c as keyof DecisionFields] !== undefined) &&
            (c !== 'position' || names.some((n) => n.position)),
        );
        const headers = missingHeaders(layout, needed);
        if (headers.length) return { kind: 'missing-columns', headers } as const;
        const at = lineRows(layout);
        const lastUsed = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
        const rows = Math.min(at.last, Math.max(lastUsed, at.first));
        const all = (
          await readInBands(
            ctx,
            [{ name: REGISTER_SHEET_NAME, sheet, rows, cols: lastEntryColumn(layout), fromRow: at.first }],
            ['values', 'formulas'],
          )
        ).get(REGISTER_SHEET_NAME)!;
        const plan = planAppend(
          { firstRow: at.first, values: all.values, formulas: all.formulas, layout },
          names,
          fields,
        );
        if (plan.kind !== 'append') return plan;
        const { r1, c1 } = parseRange(plan.range);
        // Wrapped labels and names shown whole, as typing them would.
        await writeRowsInBands(ctx, sheet, r1, c1, toWrite(plan.values), (range) => range.format.autofitRows());
        // Show the clerk what was added.
        sheet.activate();
        sheet.getRange(plan.range).select();
        await ctx.sync();
        return { kind: 'added', count: names.length, firstRow: plan.firstRow, lastRow: plan.lastRow } as const;
      }),
    );
  }

  return { choices, fillSelection, addNames };
}
