/**
 * The size of what create and repair send to Excel, measured on Microsoft's real runtime
 * (tests/realRuntime/harness.ts: excel-web-16.00.js in jsdom, requests captured, never sent).
 * Excel on the web refuses a request above 5 MB; the test keeps each under 4 MB.
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE, TALLY_SHEET_NAME } from '../../src/core';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { fakeFromGrids, FakeWorkbook } from '../../tests/fakes/excel';
import { paperFormInputs } from '../../tests/helpers/paperForm';
import { recordingRun, RUNTIME_FILE, WEB_REQUEST_LIMIT, type CapturedRequest } from '../../tests/realRuntime/harness';

function line(what: string, requests: readonly CapturedRequest[]): string {
  const parts = requests.map((r) => `${r.actions} actions / ${(r.bytes / 1024).toFixed(1)} KB`);
  const largest = Math.max(...requests.map((r) => r.bytes));
  return `${what}: ${requests.length} requests [${parts.join(' · ')}]; largest ${(largest / 1024 / 1024).toFixed(2)} MB = ${((largest / WEB_REQUEST_LIMIT) * 100).toFixed(0)} % of the 5 MB limit`;
}

export async function run(): Promise<void> {
  console.log(`runtime: ${RUNTIME_FILE.replace(/.*node_modules\//, '')}`);
  const blank = new FakeWorkbook(['Sheet1']);
  const created = recordingRun(blank);
  await createExcelWorkbookHost(created.run).create();
  console.log(line('create (blank form)', created.requests));

  const grids = planToGrids(buildWorkbookPlan(DEFAULT_CATALOGUE, paperFormInputs()));
  setGridCell(grids.sheets[TALLY_SHEET_NAME]!, 'D54', 34);
  const wb = fakeFromGrids(grids, ['Sheet1']);
  wb.sheet(TALLY_SHEET_NAME)!.protection = { protected: true };
  const repaired = recordingRun(wb);
  await createExcelWorkbookHost(repaired.run).repair();
  console.log(line('repair (paper form, protected tally, one backup)', repaired.requests));

  const validated = recordingRun(fakeFromGrids(grids));
  await createExcelWorkbookHost(validated.run).validate();
  console.log(line('validate', validated.requests));
}
