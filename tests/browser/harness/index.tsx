/**
 * Browser-test harness: the same App the task pane mounts (src/ui/mount), over the same
 * host adapter (createExcelHost from src/hosts/excel), with Excel.run replaced by the fake
 * workbook's run (tests/fakes/excel). Only the entry differs from src/taskpane/index.tsx:
 * no Office globals. The fake is exposed on window so the test can type into cells and
 * read the selection, as a clerk and Excel would.
 *
 * Query: ?theme=dark mounts the dark theme; ?today=YYYY-MM-DD is the pane's today, which
 * decides the form "Tạo biểu mẫu" offers (default 2026-05-15: the 2025 form, in force for
 * "6 tháng đầu năm 2026"; ?today=2025-03-10 gives the 2024 form); ?view=… is the view the
 * workbook's settings remember; ?host=word mounts the pane as Word does (src/taskpane/index.tsx:
 * the report host only), over the Word fake (tests/fakes/word) playing Word for Microsoft 365
 * (WordApi 1.5) with an empty document.
 */
import { TALLY_SHEET_NAME } from '../../../src/core';
import { createExcelAggregateWriter } from '../../../src/hosts/excel';
import { readPickedUnit } from '../../../src/hosts/xlsx/pickedUnit';
import { mountApp } from '../../../src/ui/mount';
import { lazyExcelHost, lazyExcelReportHost, lazyWordReportHost } from '../../../src/taskpane/lazyHosts';
import { memorySettings } from '../../../src/ports';
import { LazyReportPanel } from '../../../src/ui/report/lazyReportPanel';
import { recalcRegisterWorkbook } from '../../excel/helpers';
import { FakeWorkbook, parseTyped } from '../../fakes/excel';
import { FakeWord } from '../../fakes/word/fakeWord';

const workbook = new FakeWorkbook(['Sheet1']);
// Excel recalculates formula cells (register sums, totals, rates) after each change, for the
// form the workbook holds (2024, 2025 or a province's catalogue).
workbook.calculate = recalcRegisterWorkbook;
// Each sync answered in a later task, as Office answers a request: the pane paints meanwhile.
workbook.roundTrip = () => new Promise((answered) => setTimeout(answered, 0));

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
  /** Several cells' values at once (a bench compares the summed tally). */
  cells(sheet: string, addresses: readonly string[]): unknown[];
  /** The operations each context.sync() so far carried (the fake's log): the requests made. */
  syncLog(): number[];
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
  cells: (sheet, addresses) => addresses.map((a) => sheetOf(sheet).cell(a)?.value),
  syncLog: () => [...workbook.syncLog],
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
  const query = new URLSearchParams(window.location.search);
  const dark = query.get('theme') === 'dark';
  const [y, m, d] = (query.get('today') ?? '2026-05-15').split('-').map(Number);
  const today = new Date(y!, m! - 1, d!);
  const view = query.get('view');
  if (query.get('host') === 'word') {
    const word = new FakeWord(1.5);
    (window as unknown as { tdktWord: FakeWord }).tdktWord = word;
    const report = lazyWordReportHost(word.run, { isSetSupported: word.isSetSupported, platform: word.platform });
    mountApp(el, { host: { report }, dark, today, reportPanel: LazyReportPanel });
  } else {
    // As src/taskpane/index.tsx: the workbook part, the report panel and the aggregate, all over the fake.
    const host = {
      ...lazyExcelHost(workbook.run),
      report: lazyExcelReportHost(workbook.run, { platform: 'PC' }),
      aggregate: {
        async readUnit(file: File) {
          if (gate.count++ >= gate.from) await new Promise<void>((go) => gate.waiting.push(go));
          return readPickedUnit(file);
        },
        write: createExcelAggregateWriter(workbook.run),
      },
      settings: memorySettings(view ? { view } : {}),
    };
    mountApp(el, { host, dark, today, reportPanel: LazyReportPanel });
  }
}
