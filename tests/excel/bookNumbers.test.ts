/**
 * issue 21.1 / 21.4: the Số vào sổ printed on the Giấy khen for lines without one, written into
 * the register's empty cells through the Excel report port (hosts/excel/bookNumbers.ts), over
 * the Excel fake: only cells still empty (re-read in the same batch), two round trips for 3 lines
 * as for 300, the numbers as typed text.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildWorkbookPlan, inputsFromJson, REGISTER_SHEET_NAME, type WorkbookInputsJson } from '../../src/core';
import { findCatalogue } from '../../src/core/catalogue';
import { isCertificateDocument, type BookNumberProposal } from '../../src/core/certificates/model';
import { planToGrids } from '../../src/core/planToGrids';
import { OFFICE_ERRORS } from '../../src/core/text/ui';
import { createExcelReportHost } from '../../src/hosts/excel/reportHost';
import { fakeFromGrids } from '../fakes/excel';

const cat = findCatalogue('tong-hop-khen-thuong/2025')!;
const DECISION = '900/QĐ-UBND';

/**
 * The Đồng Tâm example with `n` more lines of decision 900/QĐ-UBND, none with a Số vào sổ, and
 * one typed Số vào sổ made "0125" (the largest: the proposals follow as "0126", "0127" …, whose
 * leading zeros a number would lose).
 */
function workbook(n: number) {
  const json = JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../examples/dong-tam-2025/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
  const register = json.register as Record<string, unknown>[];
  const model = register.find((l) => l.decision === '416/QĐ-UBND' && l.bookNumber)!;
  model.bookNumber = '0125';
  for (let i = 1; i <= n; i++) {
    const { bookNumber: _, number: __, ...line } = model;
    register.push({ ...line, decision: DECISION, name: `Người thứ ${i}` });
  }
  return fakeFromGrids(planToGrids(buildWorkbookPlan(cat, inputsFromJson(cat, json))));
}

async function printed(wb: ReturnType<typeof workbook>) {
  const host = createExcelReportHost(wb.run, { platform: 'PC' });
  const r = await host.draftDocument!('certificates', DECISION);
  if (r.status !== 'ok' || !isCertificateDocument(r.document)) throw new Error(`not drafted: ${r.status}`);
  return { host, proposals: r.document.proposals };
}

const cell = (wb: ReturnType<typeof workbook>, address: string) => wb.sheet(REGISTER_SHEET_NAME)!.cell(address);

describe('issue 21.1: writing the printed Số vào sổ into the register (Excel)', () => {
  it('issue 21.1: writes exactly the printed numbers into the empty cells, as text ("0126" stays "0126")', async () => {
    const wb = workbook(3);
    const { host, proposals } = await printed(wb);
    expect(proposals.map((p) => p.number)).toEqual(['0126', '0127', '0128']);
    const r = await host.writeBookNumbers!(proposals);
    expect(r).toEqual({ written: proposals.map((p) => p.address), kept: [], moved: [] });
    for (const p of proposals) {
      // Written through the apostrophe (render.ts asTypedText): text, its leading zero kept.
      // The fake parses a string written to Range.values as Excel parses typed input ("0126" →
      // the number 126; @types/office-js Range.values: "If the returned value starts with a plus
      // ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula"), and
      // keeps a string after a leading apostrophe as text, the apostrophe not shown (Microsoft
      // Support, "Format numbers as text": type an apostrophe before the number). The fake does
      // not read "01/2025" as a month (Excel does): the leading zeros test the same path.
      expect(cell(wb, p.address)!.value).toBe(p.number);
      expect(typeof cell(wb, p.address)!.value).toBe('string');
    }
    // Printed again: every line has its number now, nothing is proposed.
    const again = await printed(wb);
    expect(again.proposals).toEqual([]);
  }, 30000);

  it('issue 21.1: never overwrites — a cell typed in since printing is kept and named, the others written', async () => {
    const wb = workbook(3);
    const { host, proposals } = await printed(wb);
    const typed = proposals[1]!;
    const c = wb.sheet(REGISTER_SHEET_NAME)!.ensure(typed.address);
    c.value = '05/2025';
    c.formula = '05/2025';
    const r = await host.writeBookNumbers!(proposals);
    expect(r.written).toEqual([proposals[0]!.address, proposals[2]!.address]);
    expect(r.kept).toEqual([{ address: typed.address, value: '05/2025' }]);
    expect(cell(wb, typed.address)!.value).toBe('05/2025');
    expect(cell(wb, proposals[2]!.address)!.value).toBe('0128');
  }, 30000);

  it('issue 21.1: a line no longer on its row (another name there) gets nothing', async () => {
    const wb = workbook(3);
    const { host, proposals } = await printed(wb);
    const p = proposals[0]!;
    // The name column of that row: the register's "name" column as made (the row's own cell).
    const row = Number(/\d+$/.exec(p.address)![0]);
    const sheet = wb.sheet(REGISTER_SHEET_NAME)!;
    const nameCell = [...sheet.cells.entries()].find(
      ([a, v]) => Number(/\d+$/.exec(a)![0]) === row && v.value === 'Người thứ 1',
    )!;
    nameCell[1].value = 'Người khác';
    nameCell[1].formula = 'Người khác';
    const r = await host.writeBookNumbers!(proposals);
    expect(r.moved).toEqual([p.address]);
    expect(cell(wb, p.address)?.value ?? '').toBe('');
    expect(r.written).toEqual(proposals.slice(1).map((x) => x.address));
  }, 30000);

  it('issue 21.1: the register sheet renamed since printing: nothing written, every cell said', async () => {
    const wb = workbook(3);
    const { host, proposals } = await printed(wb);
    // WorksheetCollection.getItem of a name no sheet has fails at sync with ItemNotFound
    // (Excel.ErrorCodes.itemNotFound, @types/office-js); the fake does the same.
    wb.sheet(REGISTER_SHEET_NAME)!.name = 'Danh sách cũ';
    const r = await host.writeBookNumbers!(proposals);
    expect(r).toEqual({ written: [], kept: [], moved: proposals.map((p) => p.address) });
    for (const p of proposals) expect(wb.sheet('Danh sách cũ')!.cell(p.address)?.value ?? '').toBe('');
  }, 30000);

  it("issue 21.1: a cell being edited: the clerk's sentence, nothing written", async () => {
    const wb = workbook(3);
    const { host, proposals } = await printed(wb);
    // Excel refuses a batch while a cell is being edited (Excel.ErrorCodes
    // invalidOperationInCellEditMode, @types/office-js); the fake's editMode does so at sync.
    wb.editMode = true;
    await expect(host.writeBookNumbers!(proposals)).rejects.toThrow(OFFICE_ERRORS.cellEditMode);
    wb.editMode = false;
    for (const p of proposals) expect(cell(wb, p.address)?.value ?? '').toBe('');
  }, 30000);

  it('issue 21.1: two round trips whatever the number of lines (3 and 300)', async () => {
    const counts: number[] = [];
    for (const n of [3, 300]) {
      const wb = workbook(n);
      const { host, proposals } = await printed(wb);
      expect(proposals).toHaveLength(n);
      const before = wb.syncCount;
      const r = await host.writeBookNumbers!(proposals as readonly BookNumberProposal[]);
      expect(r.written).toHaveLength(n);
      counts.push(wb.syncCount - before);
      expect(cell(wb, proposals[n - 1]!.address)!.value).toBe(String(125 + n).padStart(4, '0'));
    }
    expect(counts).toEqual([2, 2]);
  }, 60000);
});
