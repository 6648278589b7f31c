/**
 * The register's entry help in Excel: the core plans (registerEntry.ts), Office only reads
 * and writes. Each function is one `run` with a constant number of round trips, whatever
 * the number of lines: choices 2 (list the sheets, read the form's marker), fill 3 (the
 * selection, its lines, the write), add 3 (list the sheets, the register, the write).
 */
import {
  buildWorkbookPlan,
  CATALOGUE_SHEET_NAME,
  DEFAULT_CATALOGUE,
  detectCatalogue,
  entryChoices,
  INFO_SHEET_NAME,
  planAppend,
  planFill,
  REGISTER_FIRST_ROW,
  REGISTER_LAST_COL,
  REGISTER_LAST_ROW,
  REGISTER_SHEET_NAME,
  selectedLines,
  TALLY_SHEET_NAME,
  columnLetter,
  type CellValue,
  type DecisionFields,
  type EntryChoices,
  type PastedName,
} from '../../core';
import type { AddResult, FillResult, RegisterEntryHost } from '../../ports';
import type { ExcelRun } from './api';
import { codeOf, guarded } from './errors';
import { gridsOf, listSheets, queueReads, readTargets } from './read';
import { asTypedText } from './render';
import { ensureExcelApi, READ_EXCEL_API, type ExcelHostOptions } from './requirements';

/** Where the form is named: the info sheet's marker, the tally (no marker), a province's carried catalogue. */
const FORM_SHEETS = new Set([INFO_SHEET_NAME, TALLY_SHEET_NAME, CATALOGUE_SHEET_NAME]);

const LAST_LETTER = columnLetter(REGISTER_LAST_COL);

/** Strings as typed text (Excel parses "12/2025" written to `values` as a date); null leaves the cell. */
function toWrite(rows: readonly (readonly (CellValue | null)[])[]): unknown[][] {
  return rows.map((r) => r.map((v) => (typeof v === 'string' ? asTypedText(v) : v)));
}

export function createExcelRegisterEntryHost(run: ExcelRun, opts: ExcelHostOptions = {}): RegisterEntryHost {
  const fallback = opts.catalogue ?? DEFAULT_CATALOGUE;

  async function choices(): Promise<EntryChoices | undefined> {
    ensureExcelApi(opts, READ_EXCEL_API);
    return guarded(() =>
      run(async (ctx) => {
        const names = await listSheets(ctx); // 1
        if (!names.includes(REGISTER_SHEET_NAME)) return undefined;
        const targets = readTargets(buildWorkbookPlan(fallback)).filter((t) => FORM_SHEETS.has(t.name));
        const reads = queueReads(ctx, targets, names);
        await ctx.sync(); // 2
        return entryChoices(detectCatalogue(gridsOf(reads)).catalogue ?? fallback);
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
        try {
          await ctx.sync(); // 1
        } catch (e) {
          // Several areas, or a chart: "If there are multiple ranges selected, this method will
          // throw an error" (@types/office-js, Workbook.getSelectedRange), code InvalidSelection.
          if (codeOf(e) === 'InvalidSelection') return { kind: 'not-one-range' } as const;
          throw e;
        }
        if (sheet.name !== REGISTER_SHEET_NAME) return { kind: 'not-register' } as const;
        const lines = selectedLines(selected.rowIndex + 1, selected.rowCount);
        if (!lines) return { kind: 'not-lines' } as const;
        const block = sheet.getRange(`A${lines.first}:${LAST_LETTER}${lines.last}`);
        block.load(['values', 'formulas']);
        await ctx.sync(); // 2
        const plan = planFill({ firstRow: lines.first, values: block.values, formulas: block.formulas }, lines, fields);
        if (!plan.filledLines && !plan.kept.length && plan.emptyLines === lines.last - lines.first + 1) {
          return { kind: 'empty-selection' } as const;
        }
        if (plan.range) {
          const target = sheet.getRange(plan.range);
          target.values = toWrite(plan.values);
          // A long award label wraps: the lines grow to show it (the sheet allows formatting rows).
          target.format.autofitRows();
          await ctx.sync(); // 3
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
        const all = sheet.getRange(`A${REGISTER_FIRST_ROW}:${LAST_LETTER}${REGISTER_LAST_ROW}`);
        all.load(['values', 'formulas']);
        await ctx.sync(); // 2
        const plan = planAppend(
          { firstRow: REGISTER_FIRST_ROW, values: all.values, formulas: all.formulas },
          names,
          fields,
        );
        if (plan.kind !== 'append') return plan;
        const target = sheet.getRange(plan.range);
        target.values = toWrite(plan.values);
        target.format.autofitRows(); // wrapped labels and names shown whole, as typing them would
        // Show the clerk what was added.
        sheet.activate();
        target.select();
        await ctx.sync(); // 3
        return { kind: 'added', count: names.length, firstRow: plan.firstRow, lastRow: plan.lastRow } as const;
      }),
    );
  }

  return { choices, fillSelection, addNames };
}
