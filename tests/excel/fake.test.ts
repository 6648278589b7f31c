import { a1, buildWorkbookPlan } from '../../src/core';
import { asTypedText, styleBlocks } from '../../src/hosts/excel';
import { FakeWorkbook, parseTyped } from '../fakes/excel';

describe('the Excel fake behaves like Office.js', () => {
  it('throws PropertyNotLoaded when a property is read before load + sync', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([
        ['', ''],
        ['', ''],
      ]);
    });
  });

  it('applies writes only at sync, and rejects a 2-D array of the wrong shape', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
        expect(wb.sheet('Sheet1')!.cells.size).toBe(0);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('parses strings like typed input', () => {
    expect(parseTyped('1').value).toBe(1);
    expect(parseTyped("'1").value).toBe('1');
    expect(parseTyped('=SUM(A1)').formula).toBe('=SUM(A1)');
    expect(parseTyped('+ Tập thể').value).toBe('#NAME?');
  });

  it('null objects: isNullObject after sync', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject('Không có');
      s.load('name');
      await ctx.sync();
      expect(s.isNullObject).toBe(true);
    });
  });
});

describe('asTypedText (regression: "+ Tập thể…" notes and "1" numbers written as formulas / numbers)', () => {
  it.each(['1', '10', '-', '+ Tập thể trực tiếp', '=x', '1/2', 'TRUE'])('keeps %s as text', (s) => {
    expect(parseTyped(asTypedText(s)).value).toBe(s);
  });
  it('leaves ordinary text alone', () => {
    expect(asTypedText('Khen thưởng cấp tỉnh')).toBe('Khen thưởng cấp tỉnh');
  });
});

describe('styleBlocks', () => {
  it('covers every planned cell exactly once with its own style', () => {
    const plan = buildWorkbookPlan();
    for (const sheet of plan.sheets) {
      const blocks = styleBlocks(sheet.cells);
      const seen = new Map<string, string>();
      for (const b of blocks)
        for (let r = b.r1; r <= b.r2; r++)
          for (let c = b.c1; c <= b.c2; c++) {
            expect(seen.has(a1(r, c))).toBe(false);
            seen.set(a1(r, c), b.style);
          }
      expect(seen).toEqual(new Map(sheet.cells.map((c) => [c.address, c.style])));
      expect(blocks.length).toBeLessThan(sheet.cells.length);
    }
  });
});
