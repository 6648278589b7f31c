/**
 * @jest-environment node
 *
 * The host over Microsoft's real Excel runtime (harness.ts: excel-web-16.00.js in jsdom, no
 * network, requests captured at the request executor and never sent). Excel on the web
 * refuses a request above 5 MB (RequestPayloadSizeLimitExceeded); we keep every request of
 * create and repair under 4 MB. The figures are printed by `npm run bench` (requests.bench.ts).
 */
import { buildWorkbookPlan, DEFAULT_CATALOGUE, TALLY_SHEET_NAME } from '../../src/core';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { fakeFromGrids, FakeWorkbook } from '../fakes/excel';
import { paperFormInputs } from '../helpers/paperForm';
import {
  checkRequest,
  loadExcelRuntime,
  recordingRun,
  typedEnum,
  type CapturedRequest,
  type RequestBody,
} from './harness';

const LIMIT = 4 * 1024 * 1024;
const filled = () => planToGrids(buildWorkbookPlan(DEFAULT_CATALOGUE, paperFormInputs()));
const copies = (b: RequestBody) => Object.values(b.ObjectPaths).filter((p) => p.Name === 'Copy').length;
const unprotects = (b: RequestBody) => b.Actions.filter((a) => a.Name === 'Unprotect').length;

/** The figures, in the CI log (npm run bench prints them too). */
function report(what: string, requests: readonly CapturedRequest[]): void {
  console.log(
    `${what} on the real Excel runtime: ${requests.map((r) => `${r.actions} actions / ${(r.bytes / 1024).toFixed(1)} KB`).join(' · ')}`,
  );
}

describe('the real Excel runtime (excel-web-16.00.js)', () => {
  it('loads offline and builds an Excel.RequestContext', () => {
    const w = loadExcelRuntime();
    expect(typeof new w.Excel.RequestContext().sync).toBe('function');
  });

  it('create: 2 requests, the write under 4 MB, and nothing Excel would refuse', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    const { run, requests } = recordingRun(wb);
    expect(await createExcelWorkbookHost(run).create()).toMatchObject({ kind: 'created' });
    expect(requests).toHaveLength(2);
    report('create', requests);
    const write = requests[1]!;
    expect(write.bytes).toBeLessThan(LIMIT);
    expect(write.actions).toBeGreaterThan(1000); // the whole form really went through the runtime
    for (const r of requests) expect(checkRequest(r.body)).toEqual([]);
  });

  it('repair of the filled paper form with a displaced total and a protected tally: under 4 MB, unprotect before any copy', async () => {
    const grids = filled();
    setGridCell(grids.sheets[TALLY_SHEET_NAME]!, 'D54', 34);
    const wb = fakeFromGrids(grids, ['Sheet1']);
    wb.sheet(TALLY_SHEET_NAME)!.protection = { protected: true };
    const { run, requests } = recordingRun(wb);
    expect(await createExcelWorkbookHost(run).repair()).toMatchObject({
      kind: 'repaired',
      backups: [{ from: TALLY_SHEET_NAME, to: `${TALLY_SHEET_NAME} (bản cũ)` }],
    });
    expect(requests).toHaveLength(5); // list, used ranges, read, unprotect, write
    report('repair', requests);
    expect(requests.map((r) => [unprotects(r.body), copies(r.body)])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
    for (const r of requests) {
      expect(r.bytes).toBeLessThan(LIMIT);
      expect(checkRequest(r.body)).toEqual([]);
    }
  });

  it.each(buildWorkbookPlan(DEFAULT_CATALOGUE).sheets.map((s) => s.name))(
    'repair of a workbook missing "%s" never asks the runtime for a range of a missing sheet',
    async (name) => {
      const grids = filled();
      delete (grids.sheets as Record<string, unknown>)[name];
      const wb = fakeFromGrids(grids);
      const { run, requests } = recordingRun(wb);
      expect(await createExcelWorkbookHost(run).repair()).toMatchObject({ kind: 'repaired' });
      for (const read of requests.slice(1, 3).map((r) => r.body)) {
        // The used ranges, then the reads.
        const named = Object.values(read.ObjectPaths).map((p) => p.ArgumentInfo?.Arguments?.[0]);
        expect(named).not.toContain(name);
        expect(Object.values(read.ObjectPaths).some((p) => p.Name === 'GetItemOrNullObject')).toBe(false);
      }
    },
  );

  it('validate reads the tally back through the real runtime and finds what the fake finds', async () => {
    const grids = filled();
    setGridCell(grids.sheets[TALLY_SHEET_NAME]!, 'D9', '05');
    const wb = fakeFromGrids(grids);
    const real = await createExcelWorkbookHost(recordingRun(wb).run).validate();
    const fake = await createExcelWorkbookHost(wb.run).validate();
    expect(real).toEqual(fake);
    expect(real.findings.some((f) => f.sheet === TALLY_SHEET_NAME && f.address === 'D9')).toBe(true);
  });
});

describe('call shapes the real runtime (or Excel behind it) refuses', () => {
  it('the runtime itself throws on a read-only property and an unknown method', () => {
    const w = loadExcelRuntime();
    const range = new w.Excel.RequestContext().workbook.worksheets.getItem('S').getRange('A1');
    expect(() => {
      (range as unknown as { address: string }).address = 'B2';
    }).toThrow(TypeError);
    expect(() => (range.format as unknown as { setFill(c: string): void }).setFill('#FF0000')).toThrow(TypeError);
    expect(() => (range as unknown as { set(p: unknown): void }).set({ bogus: 1 })).toThrow(
      expect.objectContaining({ code: 'InvalidArgument' }),
    );
  });

  it.each([
    [
      'an alignment that is not an Excel.HorizontalAlignment',
      (r: Excel.Range) => (r.format.horizontalAlignment = 'Middle' as never),
    ],
    ['an undocumented zoom option', (r: Excel.Range) => (r.worksheet.pageLayout.zoom = { fitToWidth: 1 } as never)],
    ['a 2-D array of the wrong size', (r: Excel.Range) => (r.values = [[1, 2]])],
    [
      'a data-validation operator Excel does not know',
      (r: Excel.Range) => (r.dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'AtLeast' as never } }),
    ],
    [
      'a border edge Excel does not know',
      (r: Excel.Range) => (r.format.borders.getItem('Outside' as never).style = 'Continuous'),
    ],
  ])('a request with %s is refused with InvalidArgument', async (_what, write) => {
    const wb = new FakeWorkbook(['S']);
    const { run } = recordingRun(wb);
    await expect(
      run(async (ctx) => {
        write((ctx as unknown as Excel.RequestContext).workbook.worksheets.getItem('S').getRange('A1'));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('the enums come from @types/office-js', () => {
    expect(typedEnum('HorizontalAlignment')).toEqual(
      new Set(['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed']),
    );
    expect(typedEnum('PaperType').has('A4')).toBe(true);
  });
});
