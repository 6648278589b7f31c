import {
  detectCatalogue,
  REGISTER_LAST_ROW,
  REGISTER_SHEET_NAME,
  buildWorkbookPlan,
  grandTotal,
  type WorkbookGrids,
  DEFAULT_CATALOGUE as cat,
  INFO_SHEET_NAME,
  planRepair,
  TALLY_SHEET_NAME,
  validateWorkbook,
} from '../../src/core';
import { computeTally } from '../../src/core/tally';
import { tallyRowOf } from '../../src/core/layout/tally';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { OFFICE_ERRORS } from '../../src/core/text/ui';
import { reportFromWorkbook } from '../../src/core/report';
import { createExcelWorkbookHost, REQUIRED_EXCEL_API } from '../../src/hosts/excel';
import { createExcelReportHost } from '../../src/hosts/excel/reportHost';
import { HostError } from '../../src/ports';
import { fakeFromGrids, FakeWorkbook } from '../fakes/excel';
import { paperFormInputs } from '../helpers/paperForm';
import { fakeGrids, inBothNullChainingModes, recalcTally } from './helpers';

const plan = buildWorkbookPlan(cat);
const extents = Object.fromEntries(plan.sheets.map((s) => [s.name, s.readExtent]));
const filled = () => planToGrids(buildWorkbookPlan(cat, paperFormInputs()));

inBothNullChainingModes(() => {
  describe('create', () => {
    it('writes the plan cell for cell, in 2 syncs', async () => {
      const wb = new FakeWorkbook(['Sheet1']);
      const host = createExcelWorkbookHost(wb.run);
      const result = await host.create();
      expect(result).toEqual({ kind: 'created', sheets: plan.sheets.map((s) => s.name), printSetup: true });
      expect(wb.syncCount).toBe(2);
      const expected = planToGrids(plan);
      for (const s of plan.sheets) {
        const got = wb.sheet(s.name)!.read(s.readExtent);
        expect(got.formulas).toEqual(expected.sheets[s.name]!.formulas);
        // Constants show as written (formula cells show what the fake's calculation gives).
        for (const c of s.cells.filter((x) => x.formula === undefined)) {
          expect([c.address, got.values[c.row - 1]![c.col - 1]]).toEqual([c.address, c.value ?? '']);
        }
      }
      expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', ...plan.sheets.map((s) => s.name)]);
      expect(wb.activeSheet).toBe(TALLY_SHEET_NAME);
    });

    it('renders merges, formats, locking, validation, conditional formats, print setup and names', async () => {
      const wb = new FakeWorkbook();
      await createExcelWorkbookHost(wb.run).create();
      for (const s of plan.sheets) {
        const f = wb.sheet(s.name)!;
        expect(f.merges).toEqual([...s.merges]);
        expect(f.protection.protected).toBe(s.protect);
        expect(f.protection.password).toBeUndefined();
        for (const c of s.cells) {
          const style = plan.styles[c.style]!;
          const cell = f.cell(c.address)!;
          expect([c.address, cell.locked]).toEqual([c.address, style.locked]);
          expect(cell.numberFormat).toBe(style.numberFormat ?? 'General');
          expect(cell.format['font.name']).toBe(style.font.name);
          expect(cell.format['font.bold']).toBe(!!style.font.bold);
          if (style.fill) expect(cell.format['fill.color']).toBe(style.fill);
        }
        const ranges = s.validations.flatMap((v) => v.ranges);
        expect(f.validations.map((v) => v.range).sort()).toEqual([...ranges].sort());
        // Cleared first, then the rule, then what qualifies it (Microsoft's samples' order).
        for (const v of f.validations) {
          expect([v.range, f.validationClears.includes(v.range), v.order?.slice(0, 2)]).toEqual([
            v.range,
            true,
            ['rule', 'ignoreBlanks'],
          ]);
        }
        expect(f.conditionalFormats.map((c) => [c.range, c.type, c.formula, c.fill])).toEqual(
          s.conditionalFormats.map((c) => [c.range, 'Custom', c.formula, c.fill]),
        );
        expect(f.pageLayout.orientation).toBe(s.print.orientation === 'landscape' ? 'Landscape' : 'Portrait');
        expect(f.pageLayout.paperSize).toBe('A4');
        expect(f.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 }); // only documented values (office-js#1860)
        expect(f.pageLayout.leftMargin).toBeCloseTo(s.print.margins.left * 72);
        if (s.print.titleRows) expect(f.pageLayout.printTitleRows).toBe(`$${s.print.titleRows.replace(':', ':$')}`);
        expect(f.columnWidths.size).toBe(s.columnWidths.length);
        if (s.freeze) expect(f.freeze).toBeDefined();
      }
      expect([...wb.names.keys()].sort()).toEqual(plan.names.map((n) => n.name).sort());
      expect(wb.names.get('TDKT_Year')).toBe(`='${INFO_SHEET_NAME}'!$B$9`);
    });

    it('leaves input cells typeable and everything else locked (protected, no password)', async () => {
      const wb = new FakeWorkbook();
      await createExcelWorkbookHost(wb.run).create();
      // A new workbook's tally follows the register: its count cells are formulas, locked;
      // the clerk types into the register's lines (an unlocked area, not planned cell by cell).
      const tally = plan.sheets.find((s) => s.name === TALLY_SHEET_NAME)!;
      const computed = tally.cells.find((c) => c.role === 'computed' && c.key?.endsWith(':individual'))!;
      const line = `H${REGISTER_LAST_ROW}`;
      await wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(REGISTER_SHEET_NAME).getRange(line).values = [[3]];
        await ctx.sync();
      });
      expect(wb.sheet(REGISTER_SHEET_NAME)!.cell(line)!.value).toBe(3);
      // issue 21.1: the documents' columns (Thành tích, Tờ trình, Ngày tờ trình, Số vào sổ, Tiền thưởng) are typeable too.
      await wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(REGISTER_SHEET_NAME).getRange('N6:R6').values = [
          ['đã có thành tích', '07/TTr-UBND', 45444, 'GK-01', 270000],
        ];
        await ctx.sync();
      });
      expect(wb.sheet(REGISTER_SHEET_NAME)!.cell('Q6')!.value).toBe('GK-01');
      expect(wb.sheet(REGISTER_SHEET_NAME)!.cell('R6')!.value).toBe(270000);
      for (const [sheet, address] of [
        [TALLY_SHEET_NAME, computed.address],
        // The award list (T since the documents' columns N:R stand before it, R the money).
        [REGISTER_SHEET_NAME, 'T6'],
        [REGISTER_SHEET_NAME, 'A5'],
      ] as const) {
        await expect(
          wb.run(async (ctx) => {
            ctx.workbook.worksheets.getItem(sheet).getRange(address).values = [[3]];
            await ctx.sync();
          }),
        ).rejects.toMatchObject({ code: 'AccessDenied' });
      }
    });

    it('writes nothing when a sheet of ours is already there (offers repair)', async () => {
      const wb = fakeFromGrids(filled(), ['Sheet1']);
      const before = JSON.stringify(wb.sheets.map((s) => [s.name, [...s.cells]]));
      const result = await createExcelWorkbookHost(wb.run).create();
      expect(result.kind).toBe('exists');
      expect(wb.syncCount).toBe(1);
      expect(wb.syncLog).toEqual([2]); // the two loads, no write
      expect(JSON.stringify(wb.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);
    });

    it('replaces dangling TDKT_ names left by deleted sheets', async () => {
      const wb = new FakeWorkbook();
      wb.names.set('TDKT_Year', '=#REF!');
      await createExcelWorkbookHost(wb.run).create();
      expect(wb.names.get('TDKT_Year')).toBe(`='${INFO_SHEET_NAME}'!$B$9`);
    });

    it('a fresh form validates clean once Excel has calculated', async () => {
      const wb = new FakeWorkbook();
      wb.calculate = recalcTally;
      const host = createExcelWorkbookHost(wb.run);
      await host.create();
      const result = await host.validate();
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  });

  describe('validate', () => {
    /** The core's result, plus the form marker the host reports (ValidationResult.form, for the pane's footer). */
    const expectedValidation = (grids: WorkbookGrids) => {
      const key = detectCatalogue(grids).key;
      return { ...validateWorkbook(cat, grids), ...(key ? { form: key } : {}) };
    };

    it('lists the sheets, then reads every sheet present (3 syncs: list, used ranges, read), and reports the core findings', async () => {
      const grids = filled();
      setGridCell(grids.sheets[TALLY_SHEET_NAME]!, 'D9', '05'); // a count typed as text
      const wb = fakeFromGrids(grids);
      const before = JSON.stringify([...wb.sheet(TALLY_SHEET_NAME)!.cells]);
      const result = await createExcelWorkbookHost(wb.run).validate();
      expect(wb.syncCount).toBe(3);
      expect(result).toEqual(expectedValidation(fakeGrids(wb, extents)));
      expect(result.findings.some((f) => f.sheet === TALLY_SHEET_NAME && f.address === 'D9')).toBe(true);
      expect(JSON.stringify([...wb.sheet(TALLY_SHEET_NAME)!.cells])).toBe(before); // never writes
    });

    it.each(plan.sheets.map((p) => p.name))(
      'reports the missing sheet "%s" without calling on a null object',
      async (name) => {
        const grids = filled();
        delete (grids.sheets as Record<string, unknown>)[name];
        const wb = fakeFromGrids(grids);
        const result = await createExcelWorkbookHost(wb.run).validate();
        expect(wb.syncCount).toBe(3);
        expect(result).toEqual(expectedValidation(fakeGrids(wb, extents)));
      },
    );

    it('regression: a renamed tally was reported missing by the add-in (the CLI said renamed); now renamed, still 3 syncs', async () => {
      const grids = filled();
      const sheets = grids.sheets as Record<string, unknown>;
      sheets['Biểu TH 2024'] = sheets[TALLY_SHEET_NAME];
      delete sheets[TALLY_SHEET_NAME];
      const wb = fakeFromGrids(grids);
      const result = await createExcelWorkbookHost(wb.run).validate();
      expect(wb.syncCount).toBe(3);
      const rules = result.findings.filter((f) => f.sheet === TALLY_SHEET_NAME).map((f) => f.rule);
      expect(rules).toEqual(['sheet-renamed']);
      expect(result.findings.find((f) => f.rule === 'sheet-renamed')!.message).toContain('Biểu TH 2024');
      // The same as the core says of the whole workbook (what the CLI reads from the .xlsx).
      expect(result.findings.map((f) => f.rule)).toEqual(validateWorkbook(cat, grids).findings.map((f) => f.rule));
    });
  });

  describe('repair', () => {
    it('keeps every input and restores formulas, in 4 syncs (list, used ranges, read, write)', async () => {
      const grids = filled();
      setGridCell(grids.sheets[TALLY_SHEET_NAME]!, 'D54', 34); // a total typed over its formula
      const wb = fakeFromGrids(grids, ['Sheet1']);
      const result = await createExcelWorkbookHost(wb.run).repair();
      expect(wb.syncCount).toBe(4);
      expect(result).toEqual({
        kind: 'repaired',
        backups: [{ from: TALLY_SHEET_NAME, to: `${TALLY_SHEET_NAME} (bản cũ)` }],
        displaced: 1,
        printSetup: true,
      });
      expect(wb.sheet(`${TALLY_SHEET_NAME} (bản cũ)`)!.cell('D54')!.value).toBe(34);
      const after = fakeGrids(wb, extents);
      const { inputs } = readWorkbookInputs(cat, after);
      expect(inputs.tally).toEqual(paperFormInputs().tally);
      expect(inputs.info).toEqual(paperFormInputs().info);
      expect(inputs.documents).toEqual(paperFormInputs().documents);
      expect(after.sheets[TALLY_SHEET_NAME]!.formulas).toEqual(filled().sheets[TALLY_SHEET_NAME]!.formulas);
      expect(wb.sheet(TALLY_SHEET_NAME)!.protection.protected).toBe(true);
    });

    it('regression (issue 15 item 1): adopts a renamed tally (its name restored, its counts kept), same 4 syncs', async () => {
      const grids = filled();
      const sheets = grids.sheets as Record<string, (typeof grids.sheets)[string]>;
      sheets['Sheet3'] = sheets[TALLY_SHEET_NAME]!;
      delete sheets[TALLY_SHEET_NAME];
      const wb = fakeFromGrids(grids, ['Sheet1']);
      await createExcelWorkbookHost(wb.run).repair();
      expect(wb.syncCount).toBe(4);
      expect(wb.sheet('Sheet3')).toBeUndefined();
      const { inputs } = readWorkbookInputs(cat, fakeGrids(wb, extents));
      expect(inputs.tally).toEqual(paperFormInputs().tally);
    });

    it('regression (issue 15 item 3): a date typed in Phụ lục I keeps its number format', async () => {
      const grids = filled();
      setGridCell(grids.sheets['Phụ lục I']!, 'B20', 45301); // 10/01/2024, as Range.values gives a date
      const wb = fakeFromGrids(grids);
      wb.sheet('Phụ lục I')!.ensure('B20').numberFormat = 'dd/mm/yyyy';
      await createExcelWorkbookHost(wb.run).repair();
      expect(wb.sheet('Phụ lục I')!.cell('B20')).toMatchObject({ value: 45301, numberFormat: 'dd/mm/yyyy' });
    });

    it('refuses to guess between two look-alikes of a missing tally, naming both', async () => {
      const grids = filled();
      const sheets = grids.sheets as Record<string, (typeof grids.sheets)[string]>;
      sheets['Sheet3'] = sheets[TALLY_SHEET_NAME]!;
      sheets['Bieu tong hop'] = structuredClone(sheets[TALLY_SHEET_NAME]!);
      delete sheets[TALLY_SHEET_NAME];
      const wb = fakeFromGrids(grids);
      await expect(createExcelWorkbookHost(wb.run).repair()).rejects.toThrow(
        /“Sheet3”.*“Bieu tong hop”|“Bieu tong hop”.*“Sheet3”/,
      );
      expect(wb.sheet(TALLY_SHEET_NAME)).toBeUndefined();
    });

    it('copies every displaced cell to "… (bản cũ)" before rewriting', async () => {
      const grids = filled();
      const t = grids.sheets[TALLY_SHEET_NAME]!;
      setGridCell(t, 'D54', 34);
      setGridCell(t, 'B41', 'Lao động xuất sắc'); // relabelled: the label is restored, the old one kept
      setGridCell(t, 'E53', 'hai'); // a count typed as a word: an input, it stays in its cell
      const expected = planRepair(cat, grids).displaced;
      expect(expected.map((d) => d.address).sort()).toEqual(['B41', 'D54']);
      const wb = fakeFromGrids(grids, ['Sheet1']);
      const result = await createExcelWorkbookHost(wb.run).repair();
      expect(result).toMatchObject({ kind: 'repaired', displaced: expected.length });
      const backup = wb.sheet(`${TALLY_SHEET_NAME} (bản cũ)`)!;
      for (const d of expected) expect([d.address, backup.cell(d.address)?.value]).toEqual([d.address, d.content]);
      expect(wb.sheet(TALLY_SHEET_NAME)!.cell('E53')?.value).toBe('hai');
      // Hidden (Worksheet.visibility, ExcelApi 1.1:
      // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member),
      // so the backup and the repair log do not print with the workbook, yet Unhide shows them.
      expect(backup.visibility).toBe('Hidden');
      expect(wb.sheet('Nội dung đã chuyển')!.visibility).toBe('Hidden');
      // A second repair moves nothing and adds no backup.
      await createExcelWorkbookHost(wb.run).repair();
      expect(wb.sheets.filter((x) => x.name.includes('bản cũ'))).toHaveLength(1);
    });

    it('repairs a protected form made by create (unprotects, rewrites, protects)', async () => {
      const wb = new FakeWorkbook();
      const host = createExcelWorkbookHost(wb.run);
      await host.create();
      wb.syncCount = 0;
      const result = await host.repair();
      expect(result).toEqual({ kind: 'repaired', backups: [], displaced: 0, printSetup: true });
      expect(wb.syncCount).toBe(5); // list, used ranges, read, unprotect (its own sync), write
      expect(wb.sheet(TALLY_SHEET_NAME)!.protection.protected).toBe(true);
    });

    it.each(plan.sheets.map((p) => p.name))(
      'repairs a workbook missing "%s": re-adds it, keeps the other sheets\' inputs, 4 syncs',
      async (name) => {
        const grids = filled();
        delete (grids.sheets as Record<string, unknown>)[name];
        const wb = fakeFromGrids(grids);
        expect(await createExcelWorkbookHost(wb.run).repair()).toMatchObject({ kind: 'repaired' });
        expect(wb.syncCount).toBe(4);
        expect(wb.sheets.map((s) => s.name).sort()).toEqual(plan.sheets.map((s) => s.name).sort());
        const after = fakeGrids(wb, extents);
        // The re-added sheet is blank, in the workbook's mode (this one's tally is typed by hand).
        const rebuilt = planToGrids(buildWorkbookPlan(cat, readWorkbookInputs(cat, grids).inputs));
        expect(after.sheets[name]!.formulas).toEqual(rebuilt.sheets[name]!.formulas);
        const { inputs } = readWorkbookInputs(cat, after);
        const expected = readWorkbookInputs(cat, grids).inputs;
        expect(inputs).toEqual(expected);
      },
    );

    it('switches a hand-typed workbook to the register like a repair; every count kept (Bắc Sơn: 05 / 34, 11,76 %)', async () => {
      const wb = fakeFromGrids(filled(), ['Sheet1']); // the paper form, typed by hand
      const host = createExcelWorkbookHost(wb.run);
      const result = await host.switchToRegister!();
      expect(result).toMatchObject({ kind: 'switched', existing: 0, backups: [] });
      expect(wb.syncCount).toBeLessThanOrEqual(5); // as repair, whatever the number of lines
      const grids = fakeGrids(
        wb,
        Object.fromEntries(plan.sheets.map((s) => [s.name, s.readExtent])),
      ) as unknown as WorkbookGrids;
      const inputs = readWorkbookInputs(cat, grids).inputs;
      expect(inputs.tallySource).toBe('register');
      expect(inputs.register).toHaveLength((result as { added: number }).added);
      const total = grandTotal(cat, computeTally(cat, inputs.tally));
      expect([total.collective, total.individual, total.directIndividualRate]).toEqual([5, 34, 11.76]);
      // The count cells now hold the register formulas; the names point at the register's columns.
      const d = wb.sheet(TALLY_SHEET_NAME)!.cell(`D${tallyRowOf(cat, 'IV.2')}`)!;
      expect(d.formula).toContain('SUMIFS(TDKT_DS_SoLuong');
      expect(wb.names.get('TDKT_DS_SoLuong')).toBe(`='${REGISTER_SHEET_NAME}'!$H$6:$H$30005`);
      // Again: already on the register, nothing converted.
      expect(await host.switchToRegister!()).toEqual({ kind: 'already' });
    });

    it('says "not ours" and writes nothing on a foreign workbook', async () => {
      const wb = new FakeWorkbook(['Sheet1']);
      expect(await createExcelWorkbookHost(wb.run).repair()).toEqual({ kind: 'not-ours' });
      expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    });

    // A batch is not a transaction: ops queued before a refused one stay applied (Office's
    // "context.sync" runs the queue in order and stops at the failure), so unprotecting in the
    // same batch as the copy left a "… (bản cũ)" per try. Excel refuses to unprotect a sheet
    // whose password is not given (WorksheetProtection.unprotect(password?): "[Api set:
    // ExcelApi 1.7 for password]"; pauseProtection documents InvalidArgument for a wrong one).
    it('a tally sheet with a password: names it, copies and writes nothing, however often it is tried', async () => {
      const grids = filled();
      setGridCell(grids.sheets[TALLY_SHEET_NAME]!, 'D54', 34); // something that would be backed up
      const wb = fakeFromGrids(grids);
      wb.sheet(INFO_SHEET_NAME)!.protection = { protected: true }; // ours, no password
      wb.sheet(TALLY_SHEET_NAME)!.protection = { protected: true, password: 'secret' };
      const before = JSON.stringify(wb.sheets.map((s) => [s.name, [...s.cells], s.merges, s.validations]));
      const host = createExcelWorkbookHost(wb.run);
      for (let attempt = 0; attempt < 3; attempt++) {
        const err = await host.repair().catch((e: unknown) => e);
        expect(err).toBeInstanceOf(HostError);
        expect((err as HostError).message).toBe(OFFICE_ERRORS.protectedSheet([TALLY_SHEET_NAME]));
      }
      expect(wb.sheets.map((s) => s.name)).toEqual(Object.keys(grids.sheets)); // no stray copy
      expect(JSON.stringify(wb.sheets.map((s) => [s.name, [...s.cells], s.merges, s.validations]))).toBe(before);
      expect(wb.sheet(INFO_SHEET_NAME)!.protection.protected).toBe(true); // put back as it was
      expect(wb.sheet(TALLY_SHEET_NAME)!.protection).toEqual({ protected: true, password: 'secret' });
    });

    it('once the clerk removes the password, the same workbook repairs', async () => {
      const wb = fakeFromGrids(filled());
      wb.sheet(TALLY_SHEET_NAME)!.protection = { protected: true, password: 'secret' };
      const host = createExcelWorkbookHost(wb.run);
      await expect(host.repair()).rejects.toBeInstanceOf(HostError);
      wb.sheet(TALLY_SHEET_NAME)!.protection = { protected: false };
      expect(await host.repair()).toMatchObject({ kind: 'repaired', backups: [] });
      expect(wb.sheets.filter((s) => s.name.includes('bản cũ'))).toEqual([]);
    });
  });

  describe('the Excel report reads through the same path', () => {
    it.each(plan.sheets.map((p) => p.name))(
      'builds (or says why not) on a workbook missing "%s", in 3 syncs',
      async (name) => {
        const grids = filled();
        delete (grids.sheets as Record<string, unknown>)[name];
        const wb = fakeFromGrids(grids);
        const r = await createExcelReportHost(wb.run).build();
        expect(wb.syncCount).toBe(3);
        expect(r).toEqual(reportFromWorkbook(fakeGrids(wb, extents)));
      },
    );
  });

  describe('select and errors', () => {
    it("a finding's cell is selected on its sheet", async () => {
      const wb = fakeFromGrids(filled(), ['Sheet1']);
      await createExcelWorkbookHost(wb.run).select({ sheet: TALLY_SHEET_NAME, address: 'D9' });
      expect(wb.activeSheet).toBe(TALLY_SHEET_NAME);
      expect(wb.selection).toEqual({ sheet: TALLY_SHEET_NAME, address: 'D9' });
    });

    it('cell edit mode becomes the Enter/Esc instruction', async () => {
      const wb = new FakeWorkbook();
      wb.editMode = true;
      await expect(createExcelWorkbookHost(wb.run).create()).rejects.toThrow(OFFICE_ERRORS.cellEditMode);
    });

    it('a missing sheet on select becomes a clear message, not a raw exception', async () => {
      const wb = new FakeWorkbook();
      const err = await createExcelWorkbookHost(wb.run)
        .select({ sheet: 'Không có', address: 'A1' })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HostError);
      expect((err as Error).message).toBe(OFFICE_ERRORS.notFound);
    });

    it('an Excel without the requirement set is told so before anything runs', async () => {
      const wb = new FakeWorkbook();
      const host = createExcelWorkbookHost(wb.run, { isSetSupported: (_n, v) => Number(v) < 1.8 });
      await expect(host.create()).rejects.toThrow(OFFICE_ERRORS.tooOld('ExcelApi', REQUIRED_EXCEL_API));
      expect(wb.runCount).toBe(0);
      await expect(host.validate()).resolves.toBeDefined(); // reading needs 1.4 only
    });

    it('Excel 2019 (ExcelApi 1.8): creates the form without the print setup and says so', async () => {
      const wb = new FakeWorkbook();
      const host = createExcelWorkbookHost(wb.run, { isSetSupported: (_n, v) => Number(v) <= 1.8 });
      expect(await host.create()).toMatchObject({ kind: 'created', printSetup: false });
      for (const s of plan.sheets) expect(wb.sheet(s.name)!.pageLayout).toEqual({});
      expect(wb.sheet(TALLY_SHEET_NAME)!.protection.protected).toBe(true);
    });
  });
});

describe('issue 23.3: a repair’s moved value dismissed', () => {
  it('clears only its line of the log (found by what it says), in two syncs; the backup is kept', async () => {
    const g = planToGrids(buildWorkbookPlan(cat, paperFormInputs()));
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'D54', 34);
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'B41', 'Lao động xuất sắc');
    const wb = fakeFromGrids(g);
    const host = createExcelWorkbookHost(wb.run);
    await host.repair();
    const findings = (await host.validate()).findings.filter((f) => f.rule === 'value-displaced');
    expect(findings.map((f) => [f.sheet, f.address])).toEqual([
      [TALLY_SHEET_NAME, 'B41'],
      [TALLY_SHEET_NAME, 'D54'],
    ]);
    const log = wb.sheet('Nội dung đã chuyển')!;
    const first = ['A4', 'B4', 'C4', 'D4', 'E4', 'F4'].map((a) => [a, log.cell(a)?.value]);
    const d54 = findings.find((f) => f.address === 'D54')!.logged!;
    const row = ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => log.cell(`${c}5`)?.value);
    expect(row.slice(0, 2)).toEqual([TALLY_SHEET_NAME, 'D54']);
    const syncs = wb.syncCount;
    await host.dismissMoved!(d54);
    expect(wb.syncCount - syncs).toBe(2);
    for (const c of ['A', 'B', 'C', 'D', 'E', 'F']) expect(log.cell(`${c}5`)?.value ?? '').toBe('');
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'F4'].map((a) => [a, log.cell(a)?.value])).toEqual(first);
    expect((await host.validate()).findings.filter((f) => f.rule === 'value-displaced').map((f) => f.address)).toEqual([
      'B41',
    ]);
    expect(wb.sheet(`${TALLY_SHEET_NAME} (bản cũ)`)!.cell('D54')!.value).toBe(34);
    // A line already gone, or no log at all, is not an error.
    await expect(host.dismissMoved!(d54)).resolves.toBeUndefined();
    const plain = createExcelWorkbookHost(fakeFromGrids(planToGrids(buildWorkbookPlan(cat, paperFormInputs()))).run);
    await expect(plain.dismissMoved!(d54)).resolves.toBeUndefined();
  });
});
