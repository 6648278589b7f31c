/**
 * Browser-test harness: the same App the task pane mounts (src/ui/mount), over the same
 * host adapter (createExcelHost from src/hosts/excel), with Excel.run replaced by the fake
 * workbook's run (tests/fakes/excel). Only the entry differs from src/taskpane/index.tsx:
 * no Office globals. The fake is exposed on window so the test can type into cells and
 * read the selection, as a clerk and Excel would.
 *
 * Query: ?theme=dark mounts the dark theme.
 */
import { TALLY_SHEET_NAME } from '../../../src/core';
import { createExcelAggregateWriter, createExcelHost } from '../../../src/hosts/excel';
import { readPickedUnit } from '../../../src/hosts/xlsx/pickedUnit';
import { mountApp } from '../../../src/ui/mount';
import { createExcelReportHost } from '../../../src/hosts/excel/reportHost';
import { ReportPanel } from '../../../src/ui/report';
import { recalcRegisterWorkbook } from '../../excel/helpers';
import { FakeWorkbook, parseTyped } from '../../fakes/excel';

const workbook = new FakeWorkbook(['Sheet1']);
workbook.calculate = recalcRegisterWorkbook; // Excel recalculates formula cells (register sums, totals, rates) after each change

export interface Harness {
  readonly tallySheet: string;
  /** Types into a cell like the clerk ("'05" stores the text 05). */
  type(sheet: string, address: string, input: string): void;
  /** Stores a value as is (text stays text). */
  put(sheet: string, address: string, value: unknown): void;
  sheets(): string[];
  selection(): { sheet: string; address: string } | undefined;
  /** The clerk selects cells (what workbook.getSelectedRange() then gives). */
  select(sheet: string, address: string): void;
  cell(sheet: string, address: string): unknown;
  /** "Tổng hợp": unit files from `from` on wait until release() (to see the progress bar). */
  holdAggregateReads(from: number): void;
  releaseAggregateReads(): void;
}

/** The gate of holdAggregateReads: reads counted across a pick. */
const gate = { from: Infinity, count: 0, waiting: [] as (() => void)[] };

function sheetOf(name: string) {
  const s = workbook.sheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

const harness: Harness = {
  tallySheet: TALLY_SHEET_NAME,
  type(sheet, address, input) {
    const c = sheetOf(sheet).ensure(address);
    const t = parseTyped(input);
    c.value = t.value;
    c.formula = t.formula;
    workbook.calculate?.(workbook);
  },
  put(sheet, address, value) {
    const c = sheetOf(sheet).ensure(address);
    c.value = value;
    c.formula = value;
    workbook.calculate?.(workbook);
  },
  sheets: () => workbook.sheets.map((s) => s.name),
  selection: () => workbook.selection && { ...workbook.selection },
  select(sheet, address) {
    workbook.activeSheet = sheet;
    workbook.selection = { sheet, address };
  },
  cell: (sheet, address) => sheetOf(sheet).cell(address)?.value,
  holdAggregateReads(from) {
    gate.from = from;
    gate.count = 0;
  },
  releaseAggregateReads() {
    gate.from = Infinity;
    for (const go of gate.waiting.splice(0)) go();
  },
};
(window as unknown as { tdktHarness: Harness }).tdktHarness = harness;

const el = document.getElementById('root');
if (el) {
  const dark = new URLSearchParams(window.location.search).get('theme') === 'dark';
  // As src/taskpane/index.tsx: the workbook part, the report panel and the aggregate, all over the fake.
  const host = {
    ...createExcelHost(workbook.run),
    report: createExcelReportHost(workbook.run, { platform: 'PC' }),
    aggregate: {
      async readUnit(file: File) {
        if (gate.count++ >= gate.from) await new Promise<void>((go) => gate.waiting.push(go));
        return readPickedUnit(file);
      },
      write: createExcelAggregateWriter(workbook.run),
    },
  };
  mountApp(el, { host, dark, reportPanel: ReportPanel });
}
