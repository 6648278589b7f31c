/** @jest-environment jsdom */
/**
 * One state of the workbook for the whole pane (issue 14, items 8–9): the report panel
 * waits for the form, its findings are the same cell-selecting buttons, it drops what it
 * said when the workbook is changed or checked, the tally's errors have one list, and the
 * result of a check is said in the live region.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildWorkbookPlan, DEFAULT_CATALOGUE as cat, inputsFromJson, TALLY_SHEET_NAME } from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { REPORT_TEXT } from '../../src/core/text/report';
import { UI_TEXT } from '../../src/core/text/ui';
import { createExcelHost } from '../../src/hosts/excel';
import { App } from '../../src/ui/App';
import { createExcelReportHost } from '../../src/hosts/excel/reportHost';
import { ReportPanel, type ReportPanelEnv } from '../../src/ui/report';
import { fakeFromGrids, FakeWorkbook } from '../fakes/excel';
import { bacSonJson } from '../report/helpers';

// A create over the fake is checked at once (the pane lists what is left to fill): slow on a busy machine.
jest.setTimeout(120_000);

const T = REPORT_TEXT.ui;

const env: ReportPanelEnv = {
  download: () => undefined,
  copyHtml: async () => undefined,
  renderDocx: async () => new Uint8Array([0x50, 0x4b, 3, 4]),
};

function pane(wb: FakeWorkbook) {
  const host = { ...createExcelHost(wb.run), report: createExcelReportHost(wb.run, { platform: 'PC' }) };
  return render(<App host={host} reportPanel={(p) => <ReportPanel {...p} env={env} />} />);
}

/** The clerk picks a view's tab. */
async function show(view: string) {
  await userEvent.click(await screen.findByRole('tab', { name: view }));
}

function filled(patch: (j: ReturnType<typeof bacSonJson>) => object = (j) => j) {
  return fakeFromGrids(planToGrids(buildWorkbookPlan(cat, inputsFromJson(cat, patch(bacSonJson())))));
}

describe('the pane shows one state of the workbook', () => {
  it('regression: "Soạn báo cáo" was enabled before the form existed; now disabled, saying why', async () => {
    pane(new FakeWorkbook(['Sheet1']));
    await screen.findByRole('button', { name: UI_TEXT.create });
    await show(UI_TEXT.views.documents);
    const build = await screen.findByRole('button', { name: T.build });
    await waitFor(() => expect(build).toBeDisabled());
    expect(build).toHaveAccessibleDescription(T.needsForm);
    await show(UI_TEXT.views.check);
    await userEvent.click(screen.getByRole('button', { name: UI_TEXT.create }));
    await screen.findByRole('button', { name: UI_TEXT.repair });
    await show(UI_TEXT.views.documents);
    await waitFor(() => expect(screen.getByRole('button', { name: T.build })).toBeEnabled());
    expect(screen.queryByText(T.needsForm)).not.toBeInTheDocument();
  });

  it('regression: the report listed the tally errors as text and kept them after repair; now one list, cleared on change', async () => {
    const wb = filled();
    pane(wb);
    await screen.findByText(UI_TEXT.clean);
    // The clerk types words into a count after the pane's check.
    const c = wb.sheet(TALLY_SHEET_NAME)!.ensure('D41');
    c.value = c.formula = '18 người';
    await show(UI_TEXT.views.documents);
    await userEvent.click(await screen.findByRole('button', { name: T.build }));
    const blocked = await screen.findByText(/chưa soạn báo cáo để tránh đưa số liệu sai/);
    // The tally's error is not repeated as text in the report panel: it is in the findings list,
    // one click away under "Kiểm tra".
    const report = screen.getByRole('region', { name: T.heading });
    expect(within(report).queryByText(/18 người/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: UI_TEXT.showFindingsForReport }));
    expect(await screen.findByTitle(UI_TEXT.goToCell(TALLY_SHEET_NAME, 'D41'))).toBeVisible();
    expect(blocked).toBeInTheDocument();
    // A new check (the workbook may have changed) clears what the report panel said.
    await userEvent.click(screen.getByRole('button', { name: UI_TEXT.validate }));
    await waitFor(() => expect(screen.queryByText(/chưa soạn báo cáo để tránh/)).not.toBeInTheDocument());
  });

  it('report findings with a cell are the same buttons as the check’s: they select the cell', async () => {
    const wb = filled((j) => ({ ...j, info: { ...j.info, unitName: '' } }));
    pane(wb);
    await show(UI_TEXT.views.documents);
    await userEvent.click(await screen.findByRole('button', { name: T.build }));
    const report = screen.getByRole('region', { name: T.heading });
    const cell = await within(report).findByRole('button', { name: /B6/ });
    expect(cell).toHaveAttribute('title', UI_TEXT.goToCell('Thông tin chung', 'B6'));
    await userEvent.click(cell);
    await waitFor(() => expect(wb.selection).toEqual({ sheet: 'Thông tin chung', address: 'B6' }));
  });

  it('regression: "N lỗi, M cảnh báo" was outside the live region; a screen reader hears it now', async () => {
    const wb = filled();
    const c = wb.sheet(TALLY_SHEET_NAME)!.ensure('D41');
    c.value = c.formula = '05';
    pane(wb);
    const live = (await screen.findAllByRole('status'))[0]!;
    await waitFor(() => expect(live).toHaveTextContent(UI_TEXT.summary(1, 0)));
  });

  it('regression: the report heading was larger than the form heading; both h2 share one style', async () => {
    pane(filled());
    await show(UI_TEXT.views.documents);
    await screen.findByRole('heading', { name: T.heading });
    const [form, ...rest] = screen.getAllByRole('heading', { level: 2, hidden: true });
    for (const h of rest) expect(h.className).toBe(form!.className);
  });
});
