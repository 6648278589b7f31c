/**
 * @jest-environment node
 *
 * Every request AND every response under 4 MB at the register's scale, over Microsoft's real
 * Excel runtime (harness.ts: excel-web-16.00.js, requests captured and measured, responses
 * answered from the fake and measured). Excel on the web refuses either above 5 MB ("payload
 * size limit of 5 MB for requests and responses", Microsoft's "Resource limits and performance
 * optimization for Office Add-ins", Excel add-ins). Measured for create, repair, the switch to
 * the register, entry help, the pane's report and the pane's aggregate write, at 0, 1,000,
 * 5,000 and 30,000 register lines — at most the register's capacity (REGISTER_CAPACITY: lines
 * past it are not ours to write; the figure used is printed) — and on a province's form.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  aggregatePlan,
  buildWorkbookPlan,
  DEFAULT_CATALOGUE,
  inputsFromJson,
  parseCatalogue,
  REGISTER_SHEET_NAME,
  TALLY_SHEET_NAME,
  type Catalogue,
  type UnitRead,
  type WorkbookGrids,
} from '../../src/core';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { REGISTER_CAPACITY } from '../../src/core/layout/register';
import { type Tally } from '../../src/core/tally';
import { TEXT } from '../../src/core/text/vi';
import {
  createExcelAggregateWriter,
  createExcelRegisterEntryHost,
  createExcelWorkbookHost,
} from '../../src/hosts/excel';
import { createExcelReportHost } from '../../src/hosts/excel/reportHost';
import { fakeFromGrids, FakeWorkbook } from '../fakes/excel';
import { paperFormInputs } from '../helpers/paperForm';
import { BAC_SON_REGISTER, bacSonRegisterJson } from '../helpers/register';
import { recordingRun, type CapturedRequest } from './harness';

const LIMIT = 4 * 1024 * 1024;
const SIZES = [...new Set([0, 1000, 5000, 30000].map((n) => Math.min(n, REGISTER_CAPACITY)))];
const langSon = parseCatalogue(
  fs.readFileSync(path.join(__dirname, '../../examples/catalogues/lang-son-2025.json'), 'utf8'),
).catalogue!;

/** `n` register lines like the Bắc Sơn ones, each with its own name and a longer note. */
function lines(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const l = BAC_SON_REGISTER[i % BAC_SON_REGISTER.length]!;
    return {
      ...l,
      number: i + 1,
      name: `${String(l.name ?? 'Nguyễn Văn An')} ${i + 1}`,
      position: 'Giáo viên Trường Tiểu học thị trấn Bắc Sơn',
      note: `Quyết định khen thưởng đợt ${(i % 12) + 1}`,
    };
  });
}

function registerGrids(n: number, catalogue: Catalogue = DEFAULT_CATALOGUE): WorkbookGrids {
  const json = { ...bacSonRegisterJson(), register: lines(n) };
  if (catalogue !== DEFAULT_CATALOGUE) {
    return planToGrids(buildWorkbookPlan(catalogue, inputsFromJson(catalogue, { info: json.info, register: [] })));
  }
  return planToGrids(buildWorkbookPlan(DEFAULT_CATALOGUE, inputsFromJson(DEFAULT_CATALOGUE, json)));
}

/** The paper form typed by hand, with the register of `withLines` (the register does not drive the tally). */
function typedGrids(withLines: WorkbookGrids): WorkbookGrids {
  const typed = planToGrids(buildWorkbookPlan(DEFAULT_CATALOGUE, paperFormInputs()));
  const reg = withLines.sheets[REGISTER_SHEET_NAME]!;
  const sheet = { values: reg.values.map((l) => [...l]), formulas: reg.formulas!.map((l) => [...l]) };
  setGridCell(sheet, 'A3', TEXT.register.instructionsTyped);
  return { sheets: { ...typed.sheets, [REGISTER_SHEET_NAME]: sheet } };
}

interface Measured {
  readonly what: string;
  readonly requests: readonly CapturedRequest[];
}
const measured: Measured[] = [];

function check(what: string, requests: readonly CapturedRequest[]): void {
  measured.push({ what, requests });
  for (const r of requests) {
    expect({ what, request: r.bytes < LIMIT }).toEqual({ what, request: true });
    expect({ what, response: r.responseBytes < LIMIT }).toEqual({ what, response: true });
  }
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(2);

afterAll(() => {
  // The figures, in the test log (docs/QUALITY.md keeps them).
  for (const m of measured) {
    const req = Math.max(...m.requests.map((r) => r.bytes));
    const res = Math.max(...m.requests.map((r) => r.responseBytes));
    console.log(`${m.what}: ${m.requests.length} syncs; largest request ${mb(req)} MB, largest response ${mb(res)} MB`);
  }
});

function unit(i: number, n: number): UnitRead {
  const zero = { collective: 0, individual: 0, household: 0, directCollective: 0, directIndividual: 0 };
  const register = lines(n).map((l) => ({ ...l, unit: `Đơn vị ${i}` }));
  return {
    file: `u${i}.xlsx`,
    catalogue: DEFAULT_CATALOGUE,
    formKey: 'tong-hop-khen-thuong/2024',
    period: '6 tháng đầu năm',
    year: '2024',
    tally: { 'III.1': { individual: n } } as Tally,
    register: inputsFromJson(DEFAULT_CATALOGUE, { register }).register,
    errorFindings: [],
    unit: {
      name: `Đơn vị ${i}`,
      file: `u${i}.xlsx`,
      period: '6 tháng đầu năm',
      year: 2024,
      totals: zero,
      errors: 0,
      warnings: 0,
    },
  } as UnitRead;
}

describe('every request and response under 4 MB, at the register’s scale (real runtime)', () => {
  it(`the register holds ${REGISTER_CAPACITY} lines; measured at ${SIZES.join(', ')}`, () => {
    expect(SIZES[SIZES.length - 1]).toBe(Math.min(30000, REGISTER_CAPACITY));
  });

  it('create (a blank form: no register lines to write)', async () => {
    const { run, requests } = recordingRun(new FakeWorkbook(['Sheet1']));
    expect(await createExcelWorkbookHost(run).create()).toMatchObject({ kind: 'created' });
    check('create', requests);
  });

  it.each(SIZES)('repair, switch, entry help, report at %i lines', async (n) => {
    const grids = registerGrids(n);
    // Something for repair to put right: a count typed over a formula.
    setGridCell(grids.sheets[TALLY_SHEET_NAME] as Parameters<typeof setGridCell>[0], 'D54', 34);
    {
      const { run, requests } = recordingRun(fakeFromGrids(grids, ['Sheet1']));
      expect(await createExcelWorkbookHost(run).repair()).toMatchObject({ kind: 'repaired' });
      check(`repair, ${n} lines`, requests);
    }
    {
      // The same register (built once per size: at 30,000 lines the plan is most of the time).
      const { run, requests } = recordingRun(fakeFromGrids(typedGrids(grids)));
      expect(await createExcelWorkbookHost(run).switchToRegister!()).toMatchObject({ kind: 'switched' });
      check(`switch to the register, ${n} lines`, requests);
    }
    {
      const { run, requests } = recordingRun(fakeFromGrids(grids));
      const entry = createExcelRegisterEntryHost(run);
      expect(await entry.choices()).toBeDefined();
      const added = await entry.addNames(
        Array.from({ length: 100 }, (_, i) => ({ name: `Người mới ${i}`, line: i + 1 })),
        {},
      );
      expect(added.kind).toBe(n + 100 <= REGISTER_CAPACITY ? 'added' : 'full');
      check(`entry help (choices, 100 names pasted), ${n} lines`, requests);
    }
    {
      const { run, requests } = recordingRun(fakeFromGrids(grids));
      const report = await createExcelReportHost(run).build();
      expect(report.document ?? report.findings).toBeTruthy();
      check(`the pane's report, ${n} lines`, requests);
    }
  });

  it.each(SIZES.filter((n) => n > 0))('the pane’s aggregate write: 10 units, %i lines in all', async (n) => {
    const units = Array.from({ length: 10 }, (_, i) => unit(i + 1, n / 10));
    const { run, requests } = recordingRun(new FakeWorkbook(['Sheet1']));
    const r = await createExcelAggregateWriter(run)(units);
    expect(r).toMatchObject({ kind: 'written', sheets: aggregatePlan(units).sheets.map((s) => s.name) });
    check(`aggregate write, ${n} lines`, requests);
  });

  it('a province’s form (examples/catalogues/lang-son-2025.json): repair, validate, report', async () => {
    const grids = registerGrids(0, langSon);
    {
      const { run, requests } = recordingRun(fakeFromGrids(grids, ['Sheet1']));
      expect(await createExcelWorkbookHost(run).repair()).toMatchObject({ kind: 'repaired' });
      check('repair, Lạng Sơn 2025 form', requests);
    }
    {
      const { run, requests } = recordingRun(fakeFromGrids(grids));
      await createExcelWorkbookHost(run).validate();
      check('validate, Lạng Sơn 2025 form', requests);
    }
    {
      const { run, requests } = recordingRun(fakeFromGrids(grids));
      await createExcelReportHost(run).build();
      check("the pane's report, Lạng Sơn 2025 form", requests);
    }
  });
});
