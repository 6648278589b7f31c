import { a1, buildWorkbookPlan } from '../../src/core';
import { asTypedText, cellContent, styleBlocks } from '../../src/hosts/excel';
import { dateSerial, FakeWorkbook, parseTyped } from '../fakes/excel';

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

  // Excel.CalculationMode.automatic: "Excel calculates new formula results every time the
  // relevant data is changed" (https://learn.microsoft.com/javascript/api/excel/excel.calculationmode).
  // Regression: the fake recalculated after every sync, loads too — the pane's reads after an
  // aggregate recalculated its 5,000-line register each time (the bench's memory).
  it('recalculates after a batch that writes, not after one that only loads', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    let recalculations = 0;
    wb.calculate = () => void recalculations++;
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.load('values');
      await ctx.sync();
      expect(recalculations).toBe(0);
      r.values = [[1]];
      await ctx.sync();
      expect(recalculations).toBe(1);
      r.load('values');
      ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      expect(recalculations).toBe(1);
      r.format.font.bold = true;
      r.load('values');
      await ctx.sync();
      expect(recalculations).toBe(2);
    });
  });

  // The workbook lives in Excel, not in the pane's page (application-specific API model,
  // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
  // the fake shares one frozen format record among cells formatted alike (the register's empty
  // lines, 65,000 cells), and each cell still answers for its own format.
  it('a formatted range shares one format record; a cell formatted again gets its own', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const area = ws.getRange('E6:E5005');
      area.format.font.name = 'Times New Roman';
      area.format.font.size = 12;
      area.format.wrapText = true;
      ws.getRange('E7').format.font.bold = true;
      await ctx.sync();
    });
    const s = wb.sheet('Sheet1')!;
    expect(s.cell('E6')!.format).toEqual({ 'font.name': 'Times New Roman', 'font.size': 12, wrapText: true });
    expect(s.cell('E5005')!.format).toBe(s.cell('E6')!.format);
    expect(Object.isFrozen(s.cell('E6')!.format)).toBe(true);
    expect(s.cell('E7')!.format).toEqual({
      'font.name': 'Times New Roman',
      'font.size': 12,
      wrapText: true,
      'font.bold': true,
    });
    expect(s.cell('E8')!.format['font.bold']).toBeUndefined();
    expect(s.cell('E5006')).toBeUndefined();
  });

  it('parses strings like typed input', () => {
    expect(parseTyped('1').value).toBe(1);
    expect(parseTyped("'1").value).toBe('1');
    expect(parseTyped('=SUM(A1)').formula).toBe('=SUM(A1)');
    expect(parseTyped('+ Tập thể').value).toBe('#NAME?');
  });

  // learn.microsoft.com, "Blank and null values in Excel add-ins": "Use null in 2-D arrays to
  // leave specific cells unchanged while updating others. null isn't valid for single properties".
  it('null in a 2-D array leaves that cell unchanged; null for the whole property is refused', async () => {
    const wb = new FakeWorkbook(['S']);
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:C1');
      r.values = [[1, 2, 3]];
      await ctx.sync();
      r.values = [[null, 'x', null]];
      r.numberFormat = [[null, null, 'dd/mm/yyyy']];
      await ctx.sync();
    });
    expect(wb.sheet('S')!.read('A1:C1').values).toEqual([[1, 'x', 3]]);
    expect(wb.sheet('S')!.cell('A1')!.numberFormat).toBe('General');
    expect(wb.sheet('S')!.cell('C1')!.numberFormat).toBe('dd/mm/yyyy');
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').values = null as unknown as unknown[][];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  // A string written to values/formulas is read as if typed (the docs' own example writes
  // '15-Feb' and gets a date, "Blank and null values"), in the user's locale: a Vietnamese
  // Excel has the decimal comma, "." for thousands and day/month/year dates.
  it.each([
    ['2,5', 2.5],
    ['1.628', 1628],
    ['-0,25', -0.25],
    ['50%', 0.5],
    ['11,76 %', 0.1176],
    ['05/01/2020', dateSerial(2020, 1, 5)],
    ['31-12-2024', dateSerial(2024, 12, 31)],
    ['2.5', '2.5'], // not a number in vi-VN: stays text
    ['32/01/2020', '32/01/2020'], // not a date
  ])('a Vietnamese Excel reads the typed string %s as %p', (typed, value) => {
    expect(parseTyped(typed, 'vi-VN').value).toBe(value);
  });

  it('an English (United States) Excel reads the same strings its own way', () => {
    expect(parseTyped('2.5', 'en-US').value).toBe(2.5);
    expect(parseTyped('1,628', 'en-US').value).toBe(1628);
    expect(parseTyped('05/01/2020', 'en-US').value).toBe(dateSerial(2020, 5, 1));
  });

  // @types/office-js, Range.values: "Locale-shaped strings (such as the date "19-8-2025" in
  // nl-NL or fr-FR …) are stored as text instead of as dates … use a locale-neutral format like
  // ISO (YYYY-MM-DD)". What goes through the API is read locale-neutrally, in any Excel.
  it('a string written through the API is read locale-neutrally: ISO dates and "50%" parsed, "19/8/2025" kept as text', async () => {
    const wb = new FakeWorkbook(['S']);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:E1').values = [
        ['2020-01-05', '50%', '19/8/2025', '2.5', '2,5'],
      ];
      await ctx.sync();
    });
    const s = wb.sheet('S')!;
    expect(s.read('A1:E1').values).toEqual([[dateSerial(2020, 1, 5), 0.5, '19/8/2025', 2.5, '2,5']]);
    expect(s.cell('A1')!.numberFormat).toBe('m/d/yyyy');
    expect(s.cell('B1')!.numberFormat).toBe('0%');
  });

  // @types/office-js, Worksheet.copy: "The default value is "None", which inserts the
  // worksheet at the beginning of the worksheet" (ExcelApi 1.7).
  it('Worksheet.copy() with the default position inserts the copy at the beginning', async () => {
    const wb = new FakeWorkbook(['A', 'B']);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('B').copy();
      ctx.workbook.worksheets.getItem('A').copy('End');
      await ctx.sync();
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(['B (2)', 'A', 'B', 'A (2)']);
  });

  it('null objects, "throw" mode: a range of a missing sheet fails the batch with ItemNotFound', async () => {
    const wb = new FakeWorkbook(['S'], { nullChaining: 'throw' });
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItemOrNullObject('Không có').getRange('A1').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('null objects, "propagate" mode: the range is a null object too', async () => {
    const wb = new FakeWorkbook(['S'], { nullChaining: 'propagate' });
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItemOrNullObject('Không có').getRange('A1');
      r.load('values');
      await ctx.sync();
      expect(r.isNullObject).toBe(true);
    });
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
  it.each([
    '1',
    '10',
    '-',
    '+ Tập thể trực tiếp',
    '=x',
    '1/2',
    'TRUE',
    '2,5',
    '1.628',
    '11,76 %',
    '05/01/2020',
    '2024-12-31',
  ])('keeps %s as text in a Vietnamese and an English Excel', (s) => {
    expect(parseTyped(asTypedText(s), 'vi-VN').value).toBe(s);
    expect(parseTyped(asTypedText(s), 'en-US').value).toBe(s);
  });
  it('every constant of the plan survives the Vietnamese reading (no missing apostrophe)', () => {
    const plan = buildWorkbookPlan();
    for (const sheet of plan.sheets)
      for (const c of sheet.cells) {
        if (c.formula !== undefined || typeof c.value !== 'string') continue;
        expect([sheet.name, c.address, parseTyped(cellContent(c), 'vi-VN').value]).toEqual([
          sheet.name,
          c.address,
          c.value,
        ]);
      }
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

describe('RangeFormat.autofitRows on a protected sheet', () => {
  // WorksheetProtectionOptions.allowFormatRows decides whether rows may be formatted (@types/office-js).
  it.each([
    [{ allowFormatRows: true }, undefined],
    [{ allowFormatRows: false }, 'AccessDenied'],
  ])('protected with %j: %s', async (options, code) => {
    const wb = new FakeWorkbook(['S']);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').protection.protect(options);
      await ctx.sync();
    });
    const fit = wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B2').format.autofitRows();
      await ctx.sync();
    });
    if (code) await expect(fit).rejects.toMatchObject({ code });
    else {
      await fit;
      expect(wb.sheet('S')!.autofitRows).toEqual(['A1:B2']);
    }
  });
});

/**
 * A large range formatted before its cells hold anything is one area record in the fake (the
 * register's 5,000 empty lines were 65,000 cells of the fake's memory in the pane bench). Every
 * cell still answers as Excel does: a range's format applies to each of its cells ("Set range
 * format", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format), and a
 * cell keeps it when a value is written into it.
 */
describe('the fake keeps a large formatted range as one area, and every cell answers for it', () => {
  async function formatted(ops: (ws: Excel.Worksheet) => void) {
    const wb = new FakeWorkbook(['S']);
    await wb.run(async (ctx) => {
      ops(ctx.workbook.worksheets.getItem('S') as unknown as Excel.Worksheet);
      await ctx.sync();
    });
    return wb.sheet('S')!;
  }

  it('5,000 empty cells formatted: no cell records; each reports the format, lock and number format', async () => {
    const s = await formatted((ws) => {
      const r = ws.getRange('B6:B5005');
      r.format.font.name = 'Times New Roman';
      r.format.font.size = 12;
      r.format.protection.locked = false;
      r.numberFormat = Array.from({ length: 5000 }, () => ['dd/mm/yyyy']);
    });
    expect(s.cells.size).toBe(0);
    expect(s.areas).toHaveLength(1);
    for (const a of ['B6', 'B4000', 'B5005']) {
      expect(s.cell(a)).toMatchObject({
        value: '',
        locked: false,
        numberFormat: 'dd/mm/yyyy',
        format: { 'font.name': 'Times New Roman', 'font.size': 12 },
      });
    }
    expect(s.cell('B5006')).toBeUndefined();
    expect(s.cell('C6')).toBeUndefined();
    // What a caller does with the answer does not change the area.
    s.cell('B7')!.locked = true;
    expect(s.cell('B8')!.locked).toBe(false);
  });

  it('a value written into the area later keeps the area’s format; its neighbours are unchanged', async () => {
    const s = await formatted((ws) => {
      ws.getRange('B6:B5005').format.font.bold = true;
      ws.getRange('B4000').values = [['Nguyễn Văn An']];
      ws.getRange('B4001').format.fill.color = '#FFFF00';
    });
    expect(s.cell('B4000')).toMatchObject({ value: 'Nguyễn Văn An', format: { 'font.bold': true } });
    expect(s.cell('B4001')!.format).toEqual({ 'font.bold': true, 'fill.color': '#FFFF00' });
    expect(s.cell('B4002')!.format).toEqual({ 'font.bold': true });
    expect(s.cells.size).toBe(2);
  });

  it('cells written before the range was formatted take its format too (their own records)', async () => {
    const s = await formatted((ws) => {
      ws.getRange('B6:B7').values = [['x'], ['y']];
      ws.getRange('B6:B5005').format.font.italic = true;
    });
    expect(s.cell('B6')).toMatchObject({ value: 'x', format: { 'font.italic': true } });
    expect(s.cell('B3000')!.format).toEqual({ 'font.italic': true });
  });

  it('a large range cutting across an area: every cell has both formats where they overlap, one where not', async () => {
    const s = await formatted((ws) => {
      ws.getRange('B6:B5005').format.font.bold = true;
      ws.getRange('A4000:C4999').format.font.italic = true;
    });
    expect(s.cell('B100')!.format).toEqual({ 'font.bold': true });
    expect(s.cell('B4500')!.format).toEqual({ 'font.bold': true, 'font.italic': true });
    expect(s.cell('A4500')!.format).toEqual({ 'font.italic': true });
    expect(s.cell('B5005')!.format).toEqual({ 'font.bold': true });
    expect(s.cell('A100')).toBeUndefined();
  });

  it('Range.clear() inside an area clears those cells only; clearing the whole area removes it', async () => {
    const s = await formatted((ws) => {
      ws.getRange('B6:B5005').format.font.bold = true;
      ws.getRange('B10:B11').clear();
    });
    expect(s.cell('B10')).toBeUndefined();
    expect(s.cell('B12')!.format).toEqual({ 'font.bold': true });
    const t = await formatted((ws) => {
      ws.getRange('B6:B5005').format.font.bold = true;
      ws.getRange('A1:C6000').clear();
    });
    expect(t.areas).toEqual([]);
    expect(t.cells.size).toBe(0);
  });

  it('protection: an unlocked area takes typing on a protected sheet, a locked one refuses it', async () => {
    const wb = new FakeWorkbook(['S']);
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('B6:B5005').format.protection.locked = false;
      ws.protection.protect({ allowFormatRows: true });
      ws.getRange('B4000').values = [['ok']];
      await ctx.sync();
    });
    expect(wb.sheet('S')!.cell('B4000')!.value).toBe('ok');
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('C4000').values = [['no']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});
