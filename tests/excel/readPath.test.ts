/**
 * The host's one read path (src/hosts/excel/read.ts: list → used ranges → read → find the form
 * → read again where the form needs more rows), as validate, repair, the pane's report and entry
 * help use it, on a province's form longer than the 2024 one: examples/catalogues/lang-son-2025.json
 * plus 90 award rows. The report host used to read once with the default form's extent, so such a
 * workbook gave no report in the pane ("Cấu trúc biểu đã bị thay đổi: ô B99…") while the CLI
 * validated it clean.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE,
  inputsFromJson,
  parseCatalogue,
  REGISTER_SHEET_NAME,
  type Catalogue,
} from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { createExcelRegisterEntryHost, createExcelWorkbookHost } from '../../src/hosts/excel';
import { createExcelReportHost } from '../../src/hosts/excel/reportHost';
import { fakeFromGrids } from '../fakes/excel';

const json = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../examples/catalogues/lang-son-2025.json'), 'utf8'),
) as { rows: Record<string, unknown>[] } & Record<string, unknown>;
const extra = Array.from({ length: 90 }, (_, i) => ({
  id: `III.${8 + i}`,
  number: String(8 + i),
  label: `Giấy khen của Chủ tịch UBND xã đợt ${i + 1}`,
  kind: 'award',
  conferral: 'reward',
  level: 'III',
  subjects: ['collective', 'individual'],
}));
const total = json.rows.findIndex((r) => r.kind === 'total');
const long: Catalogue = parseCatalogue(
  JSON.stringify({
    ...json,
    formId: 'lang-son-dai',
    rows: [...json.rows.slice(0, total), ...extra, ...json.rows.slice(total)],
  }),
).catalogue!;

function workbook() {
  const inputs = inputsFromJson(long, {
    info: { period: 'Năm', year: 2025 },
    tally: { 'III.97': { individual: 7 }, 'III.7': { collective: 3 } },
  });
  return fakeFromGrids(planToGrids(buildWorkbookPlan(long, inputs)));
}

describe('the one read path on Lạng Sơn 2025 + 90 rows', () => {
  it('the form really is longer than the default one', () => {
    expect(long.rows.length).toBe(json.rows.length + 90);
    expect(long.rows.length).toBeGreaterThan(DEFAULT_CATALOGUE.rows.length + 80);
  });

  it('issue: the pane’s report of a province’s longer form was refused ("Cấu trúc biểu đã bị thay đổi: ô B99…"); now it is built, row III.97 counted', async () => {
    const wb = workbook();
    const r = await createExcelReportHost(wb.run).build();
    expect(r.findings.filter((f) => /Cấu trúc|thay đổi/.test(f.message))).toEqual([]);
    expect(r.document).toBeDefined();
    // List, used ranges, the read, the tally read again whole: the form is longer.
    expect(wb.syncCount).toBe(4);
  });

  it('validate finds nothing wrong, as the CLI does, and names the form', async () => {
    const wb = workbook();
    const v = await createExcelWorkbookHost(wb.run).validate();
    expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(v.form).toBeDefined();
    expect(v.tally?.['III.97']?.individual).toBe(7);
  });

  it('repair keeps the count on the 97th row of level III', async () => {
    const wb = workbook();
    expect(await createExcelWorkbookHost(wb.run).repair()).toMatchObject({ kind: 'repaired' });
    const v = await createExcelWorkbookHost(wb.run).validate();
    expect(v.tally?.['III.97']?.individual).toBe(7);
    expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('entry help offers the province’s own awards, the added rows too', async () => {
    const wb = workbook();
    expect(wb.sheet(REGISTER_SHEET_NAME)).toBeDefined();
    const choices = await createExcelRegisterEntryHost(wb.run).choices();
    expect(JSON.stringify(choices)).toContain('Giấy khen của Chủ tịch UBND xã đợt 90');
  });
});
