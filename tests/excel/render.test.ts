/** What the Excel renderer sends, checked against the plan and Office's documented behaviour. */
import { a1, buildWorkbookPlan, DEFAULT_CATALOGUE, parseRange } from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { printZoom } from '../../src/hosts/excel/render';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { FakeWorkbook } from '../fakes/excel';
import { paperFormInputs } from '../helpers/paperForm';

describe('merges (office-js#6557: Excel drops the fill of a merged area whose top-left cell is empty)', () => {
  it.each([
    ['the blank form', buildWorkbookPlan(DEFAULT_CATALOGUE)],
    ['the paper form filled in', buildWorkbookPlan(DEFAULT_CATALOGUE, paperFormInputs())],
  ])(
    'every merged area of %s has content in its top-left cell, so formatting before merging keeps its fill',
    (_n, plan) => {
      const grids = planToGrids(plan);
      for (const s of plan.sheets) {
        for (const m of s.merges) {
          const { r1, c1 } = parseRange(m);
          const cell = s.cells.find((c) => c.address === a1(r1, c1));
          const shown = grids.sheets[s.name]!.formulas[r1 - 1]?.[c1 - 1];
          expect([s.name, m, cell !== undefined && shown !== '' && shown !== undefined]).toEqual([s.name, m, true]);
        }
      }
    },
  );

  it('the fake drops the fill of an empty-topped area formatted before merging, as Excel does', async () => {
    const wb = new FakeWorkbook(['S']);
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('D1:D2');
      r.format.fill.color = '#FFFF00';
      r.merge(false);
      const t = ctx.workbook.worksheets.getItem('S').getRange('A1:A2');
      t.values = [['x'], [null]];
      t.format.fill.color = '#FFFF00';
      t.merge(false);
      await ctx.sync();
    });
    expect(wb.sheet('S')!.cell('D1')!.format['fill.color']).toBeUndefined();
    expect(wb.sheet('S')!.cell('A1')!.format['fill.color']).toBe('#FFFF00');
  });

  it('every filled cell of a created form keeps its fill', async () => {
    const wb = new FakeWorkbook();
    await createExcelWorkbookHost(wb.run).create();
    const plan = buildWorkbookPlan(DEFAULT_CATALOGUE);
    for (const s of plan.sheets)
      for (const c of s.cells) {
        const fill = plan.styles[c.style]?.fill;
        if (fill)
          expect([s.name, c.address, wb.sheet(s.name)!.cell(c.address)!.format['fill.color']]).toEqual([
            s.name,
            c.address,
            fill,
          ]);
      }
  });
});

describe('print fit (PageLayoutZoomOptions documents page counts and a 10–400 scale, nothing for 0)', () => {
  it('sends 1 page wide and leaves the height out', () => {
    const plan = buildWorkbookPlan(DEFAULT_CATALOGUE);
    for (const s of plan.sheets) expect(printZoom(s.print)).toEqual({ horizontalFitToPages: 1 });
  });

  it('the fake refuses an undocumented zoom such as verticalFitToPages: 0', async () => {
    const wb = new FakeWorkbook(['S']);
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('the register’s empty lines (plan areas) in the add-in', () => {
  it('every empty line carries its column’s style, number format included, as the .xlsx column style does', async () => {
    const wb = new FakeWorkbook();
    await createExcelWorkbookHost(wb.run).create();
    const plan = buildWorkbookPlan(DEFAULT_CATALOGUE);
    const withAreas = plan.sheets.filter((s) => s.areas?.length);
    expect(withAreas.length).toBeGreaterThan(0);
    for (const s of withAreas)
      for (const area of s.areas!) {
        const style = plan.styles[area.style]!;
        const { r1, c1, r2 } = parseRange(area.range);
        for (const row of [r1, Math.floor((r1 + r2) / 2), r2]) {
          const cell = wb.sheet(s.name)!.cell(a1(row, c1))!;
          expect([s.name, a1(row, c1), cell.numberFormat, cell.locked, cell.format['font.size']]).toEqual([
            s.name,
            a1(row, c1),
            style.numberFormat ?? 'General',
            style.locked,
            style.font.size,
          ]);
        }
      }
  });
});
