/**
 * @jest-environment jsdom
 */
/**
 * issue 21.1 / 21.4: after "In giấy khen" printed Số vào sổ for lines without one, the Excel pane
 * offers "Ghi các số này vào cột “Số vào sổ”", which writes exactly those numbers into the
 * register (over the Excel fake); a second print then proposes none.
 */
import '@testing-library/jest-dom';
import '../ui/jsdomShims';
import * as fs from 'fs';
import * as path from 'path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildWorkbookPlan, inputsFromJson, REGISTER_SHEET_NAME, type WorkbookInputsJson } from '../../src/core';
import { findCatalogue } from '../../src/core/catalogue';
import { planToGrids } from '../../src/core/planToGrids';
import { DOCUMENT_PANE_TEXT as D } from '../../src/core/text/ui';
import { createExcelReportHost } from '../../src/hosts/excel/reportHost';
import { ReportPanel, type ReportPanelEnv } from '../../src/ui/report';
import { fakeFromGrids } from '../fakes/excel';

const cat = findCatalogue('tong-hop-khen-thuong/2025')!;
/** The Đồng Tâm example in the Excel fake, 416/QĐ-UBND's Số vào sổ not typed yet (417's are: 10–20/2025). */
function dongTam() {
  const json = JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../examples/dong-tam-2025/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
  for (const l of json.register as Record<string, unknown>[]) if (l.decision === '416/QĐ-UBND') delete l.bookNumber;
  return fakeFromGrids(planToGrids(buildWorkbookPlan(cat, inputsFromJson(cat, json))));
}

function env(): ReportPanelEnv {
  return { download: () => undefined, copyHtml: async () => undefined };
}

const picker = () =>
  screen.getByRole('combobox', { name: new RegExp(`^${D.numberLabel.certificates.replace(/[()]/g, '\\$&')}`) });
const print = async (number: string) => {
  await userEvent.selectOptions(picker(), number);
  await userEvent.click(screen.getByRole('button', { name: D.build.certificates }));
  return screen.findByText(/^Đã soạn giấy khen và tải xuống tệp/, {}, { timeout: 20000 });
};

describe('issue 21.1: the printed Số vào sổ written into the register from the pane', () => {
  it('issue 21.1: the button appears only when numbers were proposed; it writes them, and a second "In giấy khen" proposes none', async () => {
    const wb = dongTam();
    render(<ReportPanel report={createExcelReportHost(wb.run, { platform: 'PC' })} env={env()} />);
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    await screen.findByRole('button', { name: D.build.certificates });
    expect(screen.queryByRole('button', { name: D.writeNumbers })).toBeNull();

    // 417/QĐ-UBND: every line has its number: nothing proposed, nothing to write.
    const typed = await print('417/QĐ-UBND');
    expect(typed.textContent).not.toMatch(/Số vào sổ đề xuất/);
    expect(screen.queryByRole('button', { name: D.writeNumbers })).toBeNull();

    // 416/QĐ-UBND: nine proposed, 21/2025 onwards, each with its cell.
    const first = await print('416/QĐ-UBND');
    const listed = [...first.textContent!.matchAll(/(Q\d+) (\d+\/2025)/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(listed.map(([, n]) => n)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29].map((n) => `${n}/2025`));
    const runs = wb.runCount;
    await userEvent.click(screen.getByRole('button', { name: D.writeNumbers }));
    const done = await screen.findByText(/^Đã ghi 9 số vào sổ vào cột “Số vào sổ”/, {}, { timeout: 20000 });
    // The write (one run), then the part's numbers read again (another), as after the pane's other actions.
    await waitFor(() => expect(wb.runCount).toBe(runs + 2));
    expect(done.textContent).toContain(listed.map(([a, n]) => `${a} ${n}`).join(', '));
    const sheet = wb.sheet(REGISTER_SHEET_NAME)!;
    for (const [address, number] of listed) expect(sheet.cell(address)!.value).toBe(number);
    await waitFor(() => expect(screen.queryByRole('button', { name: D.writeNumbers })).toBeNull());

    // Printed again: the numbers are the register's now, none proposed, no button.
    await waitFor(() => expect(screen.getByRole('button', { name: D.build.certificates })).toBeEnabled());
    const second = await print('416/QĐ-UBND');
    expect(second.textContent).not.toMatch(/Số vào sổ đề xuất/);
    expect(screen.queryByRole('button', { name: D.writeNumbers })).toBeNull();
  }, 60000);

  it('issue 21.1: a cell typed in since printing is kept, and the pane names it', async () => {
    const wb = dongTam();
    render(<ReportPanel report={createExcelReportHost(wb.run, { platform: 'PC' })} env={env()} />);
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    await screen.findByRole('button', { name: D.build.certificates });
    const first = await print('416/QĐ-UBND');
    const listed = [...first.textContent!.matchAll(/(Q\d+) (\d+\/2025)/g)].map((m) => [m[1]!, m[2]!] as const);
    // The clerk types a number of their own into the second cell meanwhile.
    const typed = wb.sheet(REGISTER_SHEET_NAME)!.ensure(listed[1]![0]);
    typed.value = '99/2025';
    typed.formula = '99/2025';
    await userEvent.click(screen.getByRole('button', { name: D.writeNumbers }));
    const done = await screen.findByText(/^Đã ghi 8 số vào sổ/, {}, { timeout: 20000 });
    expect(done.textContent).toContain(D.numbersKept(D.keptCell(listed[1]![0], '99/2025')));
    expect(wb.sheet(REGISTER_SHEET_NAME)!.cell(listed[1]![0])!.value).toBe('99/2025');
    expect(wb.sheet(REGISTER_SHEET_NAME)!.cell(listed[2]![0])!.value).toBe(listed[2]![1]);
  }, 60000);
});
