/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './jsdomShims';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  describeLevel,
  formatCount,
  grandTotal,
  INFO_SHEET_NAME,
  TALLY_SHEET_NAME,
  validateWorkbook,
  type ValidationResult,
} from '../../src/core';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { OFFICE_ERRORS, UI_TEXT } from '../../src/core/text/ui';
import { createExcelHost } from '../../src/hosts/excel';
import { App, OutsideOffice } from '../../src/ui/App';
import { HostError, type WorkbookHost } from '../../src/ports';
import { fakeFromGrids, FakeWorkbook } from '../fakes/excel';
import { paperFormInputs } from '../helpers/paperForm';

// A create over the fake is checked at once (the pane lists what is left to fill): slow on a busy machine.
jest.setTimeout(120_000);

function filledGrids() {
  return planToGrids(buildWorkbookPlan(cat, paperFormInputs()));
}

function resultWithFindings(): ValidationResult {
  const g = filledGrids();
  const t = g.sheets[TALLY_SHEET_NAME]!;
  setGridCell(t, 'D9', '05'); // level I: count typed as text
  setGridCell(t, 'C41', -1); // level III: negative
  return validateWorkbook(cat, g);
}

function mockHost(over: Partial<WorkbookHost> = {}): WorkbookHost {
  return {
    inspect: jest.fn(async () => ({ ours: true, sheets: [TALLY_SHEET_NAME], missing: [] })),
    create: jest.fn(async () => ({ kind: 'created' as const, sheets: ['a', 'b', 'c'] })),
    repair: jest.fn(async () => ({ kind: 'repaired' as const, backups: [], displaced: 0 })),
    validate: jest.fn(async () => validateWorkbook(cat, filledGrids())),
    select: jest.fn(async () => undefined),
    ...over,
  };
}

describe('App', () => {
  it('offers "Tạo biểu mẫu" on a workbook without the form', async () => {
    const workbook = mockHost({ inspect: jest.fn(async () => ({ ours: false, sheets: [], missing: ['x'] })) });
    render(<App host={{ workbook }} />);
    expect(await screen.findByText(UI_TEXT.notOursHint)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: UI_TEXT.create })).toBeEnabled();
    expect(screen.queryByRole('button', { name: UI_TEXT.repair })).toBeNull();
    expect(workbook.validate).not.toHaveBeenCalled();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(UI_TEXT.appTitle);
  });

  it('create → success message in the live region', async () => {
    let ours = false;
    const workbook = mockHost({
      inspect: jest.fn(async () => ({ ours, sheets: [], missing: [] })),
      create: jest.fn(async () => {
        ours = true;
        return { kind: 'created' as const, sheets: ['a', 'b', 'c'] };
      }),
    });
    render(<App host={{ workbook }} />);
    await userEvent.click(await screen.findByRole('button', { name: UI_TEXT.create }));
    expect(await within(screen.getByRole('status')).findByText(UI_TEXT.created(3))).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: UI_TEXT.repair })).toBeInTheDocument();
  });

  it('tells the clerk to set up printing by hand when Excel could not (ExcelApi 1.8)', async () => {
    const workbook = mockHost({
      inspect: jest.fn(async () => ({ ours: false, sheets: [], missing: [] })),
      create: jest.fn(async () => ({ kind: 'created' as const, sheets: ['a', 'b', 'c'], printSetup: false })),
    });
    render(<App host={{ workbook }} />);
    await userEvent.click(await screen.findByRole('button', { name: UI_TEXT.create }));
    expect(await screen.findByText(new RegExp(UI_TEXT.printSetupSkipped.slice(0, 40)))).toBeInTheDocument();
  });

  it('create over an existing form offers "Sửa biểu mẫu"', async () => {
    let calls = 0;
    const workbook = mockHost({
      inspect: jest.fn(async () => ({ ours: calls++ > 0, sheets: [], missing: [] })),
      create: jest.fn(async () => ({ kind: 'exists' as const, sheets: [TALLY_SHEET_NAME] })),
    });
    render(<App host={{ workbook }} />);
    await userEvent.click(await screen.findByRole('button', { name: UI_TEXT.create }));
    expect(await screen.findByText(UI_TEXT.existsOfferRepair)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: UI_TEXT.repair })).toBeInTheDocument();
  });

  it('validates on load and groups findings by level with counts, errors first', async () => {
    const result = resultWithFindings();
    const workbook = mockHost({ validate: jest.fn(async () => result) });
    render(<App host={{ workbook }} />);
    for (const level of result.byLevel.filter((l) => l.errors + l.warnings > 0)) {
      expect(await screen.findByRole('heading', { name: describeLevel(level) })).toBeInTheDocument();
    }
    // Inside each group the findings come errors first, in the order the core sorts them.
    for (const level of result.byLevel.filter((l) => l.errors + l.warnings > 0)) {
      const heading = screen.getByRole('heading', { name: describeLevel(level) });
      const items = within(heading.closest('section')!).getAllByRole('listitem');
      const mine = result.findings.filter((f) => f.level === level.level);
      expect(items.map((li) => li.textContent)).toEqual(mine.map((f) => `${f.address}${f.message}`));
      const severities = mine.map((f) => f.severity);
      expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)));
    }
  });

  it('clicking a finding (or pressing Enter on it) selects its cell', async () => {
    const result = resultWithFindings();
    const workbook = mockHost({ validate: jest.fn(async () => result) });
    render(<App host={{ workbook }} />);
    const target = result.findings.find((f) => f.address === 'D9')!;
    const button = (await screen.findAllByTitle(UI_TEXT.goToCell(target.sheet, target.address)))[0]!;
    await userEvent.click(button);
    expect(workbook.select).toHaveBeenCalledWith({ sheet: target.sheet, address: 'D9' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(workbook.select).toHaveBeenCalledTimes(2);
  });

  it('a clean result says so and shows TỔNG CỘNG', async () => {
    const result = validateWorkbook(cat, filledGrids());
    expect(result.errors + result.warnings).toBe(0);
    render(<App host={{ workbook: mockHost({ validate: jest.fn(async () => result) }) }} />);
    expect(await screen.findByText(UI_TEXT.clean)).toBeInTheDocument();
    const total = grandTotal(cat, result.computed!);
    const totals = screen.getByRole('region', { name: UI_TEXT.totalsHeading });
    expect(within(totals).getByText(formatCount(total.individual))).toBeInTheDocument();
  });

  it('shows a host error message, never a raw exception', async () => {
    const workbook = mockHost({
      repair: jest.fn(async () => {
        throw new HostError(OFFICE_ERRORS.cellEditMode);
      }),
    });
    render(<App host={{ workbook }} />);
    await userEvent.click(await screen.findByRole('button', { name: UI_TEXT.repair }));
    expect(await screen.findByText(OFFICE_ERRORS.cellEditMode)).toBeInTheDocument();
  });

  it('renders the report panel only when the host has a report part', async () => {
    const Panel = () => <section aria-label="Báo cáo">báo cáo</section>;
    const { unmount } = render(<App host={{}} reportPanel={Panel} />);
    expect(screen.queryByText('báo cáo')).toBeNull();
    expect(screen.getByText(UI_TEXT.nothingHere)).toBeInTheDocument();
    unmount();
    const report = { kind: 'word' as const, insertFromFile: jest.fn() };
    render(<App host={{ report }} reportPanel={Panel} />);
    expect(screen.getByText('báo cáo')).toBeInTheDocument();
  });

  it('outside Office: a helpful message instead of a blank page', () => {
    render(<OutsideOffice />);
    expect(screen.getByText(UI_TEXT.outsideOffice)).toBeInTheDocument();
  });
});

describe('App over the Excel fake', () => {
  it('create from the pane writes the form into the workbook and then offers repair', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    render(<App host={createExcelHost(wb.run)} />);
    await userEvent.click(await screen.findByRole('button', { name: UI_TEXT.create }));
    await screen.findByRole('button', { name: UI_TEXT.repair });
    expect(wb.sheet(TALLY_SHEET_NAME)).toBeDefined();
  });

  it('offers the switch to the register on a hand-typed workbook, switches, and stops offering it', async () => {
    const wb = fakeFromGrids(filledGrids());
    render(<App host={createExcelHost(wb.run)} />);
    expect(await screen.findByText(UI_TEXT.switchHint)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: UI_TEXT.switchToRegister }));
    // What the notice says of TỔNG CỘNG is computed, not assumed (issue 24.6).
    expect(
      await screen.findByText(/^Đã chuyển: \d+ dòng ghi “nhập tay”.*TỔNG CỘNG trước và sau khi chuyển như nhau/),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: UI_TEXT.switchToRegister })).toBeNull());
    expect(wb.sheet(TALLY_SHEET_NAME)!.cell('D41')!.formula).toContain('SUMIFS');
  });

  it('a new workbook follows the register: no switch offered', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    render(<App host={createExcelHost(wb.run)} />);
    await userEvent.click(await screen.findByRole('button', { name: UI_TEXT.create }));
    await userEvent.click(await screen.findByRole('button', { name: UI_TEXT.validate }));
    await screen.findByRole('heading', { name: UI_TEXT.resultsHeading });
    expect(screen.queryByRole('button', { name: UI_TEXT.switchToRegister })).toBeNull();
  });

  it('names the sheets of ours that are missing and offers repair', async () => {
    const g = filledGrids();
    delete (g.sheets as Record<string, unknown>)[INFO_SHEET_NAME];
    render(<App host={createExcelHost(fakeFromGrids(g).run)} />);
    expect(await screen.findByText(UI_TEXT.missingSheets([INFO_SHEET_NAME]))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: UI_TEXT.repair })).toBeInTheDocument();
  });

  it('regression (issue 14 item 2): after “Sửa biểu mẫu” the pane keeps “18 người” in its cell and names the moved total', async () => {
    const g = filledGrids();
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'D45', '18 người');
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'D54', 34);
    const wb = fakeFromGrids(g);
    render(<App host={createExcelHost(wb.run)} />);
    await userEvent.click(await screen.findByRole('button', { name: UI_TEXT.repair }));
    expect(
      await screen.findByText(/Đã chuyển “34” từ Biểu tổng hợp!D54 sang Biểu tổng hợp \(bản cũ\)!D54/),
    ).toBeInTheDocument();
    expect(wb.sheet(TALLY_SHEET_NAME)!.cell('D45')!.value).toBe('18 người');
    // issue 23.3: the finding selects the cell the value was in (a sheet the clerk sees, where it
    // would be typed again), never a cell of the hidden backup; the backup stays hidden.
    const go = (await screen.findAllByTitle(UI_TEXT.goToCell(TALLY_SHEET_NAME, 'D54')))[0]!;
    await userEvent.click(go);
    await waitFor(() => expect(wb.selection).toEqual({ sheet: TALLY_SHEET_NAME, address: 'D54' }));
    expect(wb.sheet(`${TALLY_SHEET_NAME} (bản cũ)`)!.visibility).toBe('Hidden');
  });

  it('issue 23.3: “Đã xem” on a repair’s moved value clears its log line, keeps the backup, and the finding is gone', async () => {
    const g = filledGrids();
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'D54', 34);
    const wb = fakeFromGrids(g);
    render(<App host={createExcelHost(wb.run)} />);
    await userEvent.click(await screen.findByRole('button', { name: UI_TEXT.repair }));
    const moved = /Đã chuyển “34” từ Biểu tổng hợp!D54/;
    expect(await screen.findByText(moved)).toBeInTheDocument();
    const log = () => wb.sheet('Nội dung đã chuyển')!;
    expect(log().cell('D4')?.value).toBe(`${TALLY_SHEET_NAME} (bản cũ)!D54`);
    await userEvent.click(screen.getByRole('button', { name: UI_TEXT.dismissMovedTitle(TALLY_SHEET_NAME, 'D54') }));
    await waitFor(() => expect(screen.queryByText(moved)).toBeNull());
    for (const c of ['A4', 'B4', 'C4', 'D4', 'E4', 'F4']) expect(log().cell(c)?.value ?? '').toBe('');
    // The backup holding the 34 is kept (hidden), and the log sheet itself stays.
    expect(wb.sheet(`${TALLY_SHEET_NAME} (bản cũ)`)!.cell('D54')!.value).toBe(34);
    expect(wb.sheet(`${TALLY_SHEET_NAME} (bản cũ)`)!.visibility).toBe('Hidden');
  });

  it('issue 23.3: a cell on a hidden sheet is never selected: the pane says where it is', async () => {
    const wb = fakeFromGrids(filledGrids());
    const host = createExcelHost(wb.run);
    render(<App host={host} />);
    await screen.findByRole('button', { name: UI_TEXT.validate });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(INFO_SHEET_NAME).visibility = 'Hidden';
      await ctx.sync();
    });
    const before = wb.selection;
    await expect(host.workbook!.select({ sheet: INFO_SHEET_NAME, address: 'B6' })).rejects.toThrow(
      OFFICE_ERRORS.hiddenSheet(INFO_SHEET_NAME, 'B6'),
    );
    expect(wb.selection).toEqual(before);
    expect(wb.sheet(INFO_SHEET_NAME)!.visibility).toBe('Hidden');
  });

  it('loads state from the workbook (survives a reload) and selects a finding', async () => {
    const g = filledGrids();
    setGridCell(g.sheets[TALLY_SHEET_NAME]!, 'D9', '05');
    const wb = fakeFromGrids(g);
    render(<App host={createExcelHost(wb.run)} />);
    const button = (await screen.findAllByTitle(UI_TEXT.goToCell(TALLY_SHEET_NAME, 'D9')))[0]!;
    await userEvent.click(button);
    await waitFor(() => expect(wb.selection).toEqual({ sheet: TALLY_SHEET_NAME, address: 'D9' }));
  });
});
