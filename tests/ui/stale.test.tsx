/**
 * @jest-environment jsdom
 *
 * Regression: the task pane went stale when a ribbon command created or changed the form
 * while the pane was open (commands run in their own runtime; no shared runtime). The pane
 * now listens to Excel's worksheet events (worksheets.onAdded 1.7, onChanged 1.9, fired for
 * every change whatever its source) and refreshes when it gets the focus back.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { act, render, screen } from '@testing-library/react';
import { buildWorkbookPlan, DEFAULT_CATALOGUE as cat, TALLY_SHEET_NAME } from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { UI_TEXT } from '../../src/core/text/ui';
import { createExcelHost, createExcelWorkbookHost } from '../../src/hosts/excel';
import { App } from '../../src/ui/App';
import type { WorkbookHost } from '../../src/ports';
import { fakeFromGrids, FakeWorkbook } from '../fakes/excel';
import { paperFormInputs } from '../helpers/paperForm';

// A create over the fake is checked at once (the pane lists what is left to fill): slow on a busy machine.
jest.setTimeout(120_000);

describe('the pane follows changes made behind it', () => {
  it('a ribbon "Tạo biểu mẫu" while the pane is open: the pane offers "Sửa biểu mẫu" without a click', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    render(<App host={createExcelHost(wb.run)} />);
    expect(await screen.findByText(UI_TEXT.notOursHint)).toBeInTheDocument();
    expect(wb.handlers.added).toHaveLength(1);
    // The ribbon command: another runtime, another host over the same workbook.
    await act(async () => {
      await createExcelWorkbookHost(wb.run).create();
    });
    expect(await screen.findByRole('button', { name: UI_TEXT.repair }, { timeout: 3000 })).toBeInTheDocument();
  });

  it('a value changed behind the pane: the pane re-checks and shows the new finding', async () => {
    const wb = fakeFromGrids(planToGrids(buildWorkbookPlan(cat, paperFormInputs())));
    render(<App host={createExcelHost(wb.run)} />);
    expect(await screen.findByText(UI_TEXT.clean, {}, { timeout: 3000 })).toBeInTheDocument();
    await act(async () => {
      await wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(TALLY_SHEET_NAME).getRange('D9').values = [[-1]];
        await ctx.sync();
      });
    });
    expect(await screen.findByText(UI_TEXT.summary(1, 0), {}, { timeout: 3000 })).toBeInTheDocument();
  });

  it('without events (no watch), the pane refreshes when it gets the focus back', async () => {
    let ours = false;
    const workbook: WorkbookHost = {
      inspect: jest.fn(async () => ({ ours, sheets: ours ? [TALLY_SHEET_NAME] : [], missing: [] })),
      create: jest.fn(),
      repair: jest.fn(),
      validate: jest.fn(async () => ({ findings: [], errors: 0, warnings: 0, byLevel: [] }) as never),
      select: jest.fn(),
    };
    render(<App host={{ workbook }} />);
    expect(await screen.findByText(UI_TEXT.notOursHint)).toBeInTheDocument();
    ours = true;
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(await screen.findByRole('button', { name: UI_TEXT.repair }, { timeout: 3000 })).toBeInTheDocument();
    expect(workbook.inspect).toHaveBeenCalledTimes(2);
  });
});
