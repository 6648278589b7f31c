/** @jest-environment jsdom */
/**
 * issue 21.5: "Văn bản" in Excel, "Lấy số từ dòng đang chọn": the clerk selects lines in
 * "Danh sách khen thưởng" and each document of the registry gets the number those lines hold
 * (several numbers or none: one message); drafting then passes those lines' sheet rows (`only`)
 * through the port. And the open part's re-read after the pane's actions, debounced.
 *
 * The fake's selection: `workbook.getSelectedRange()` refuses several areas ("If there are
 * multiple ranges selected, this method will throw an error", @types/office-js,
 * Workbook.getSelectedRange, ExcelApi 1.1 — code InvalidSelection, OfficeDev/office-js-docs-pr#2477;
 * learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)).
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import * as fs from 'fs';
import * as path from 'path';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildWorkbookPlan, inputsFromJson, REGISTER_SHEET_NAME, type WorkbookInputsJson } from '../../src/core';
import { findCatalogue } from '../../src/core/catalogue';
import { documentSource, sheetRowOf } from '../../src/core/documents';
import { planToGrids } from '../../src/core/planToGrids';
import { DOCUMENT_PANE_TEXT as D } from '../../src/core/text/ui';
import { createExcelReportHost } from '../../src/hosts/excel/reportHost';
import type { ExcelReportHost } from '../../src/ports';
import { ReportPanel, type ReportPanelEnv } from '../../src/ui/report';
import { REREAD_DELAY_MS } from '../../src/ui/report/useDocuments';
import { fakeFromGrids } from '../fakes/excel';

const cat = findCatalogue('tong-hop-khen-thuong/2025')!;
const grids = () => {
  const json = JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../examples/dong-tam-2025/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
  return planToGrids(buildWorkbookPlan(cat, inputsFromJson(cat, json)));
};

/** The sheet rows of the lines carrying `decision` (as the sheet shows them). */
function rowsOf(decision: string): number[] {
  const s = documentSource(grids());
  if ('notOurs' in s) throw new Error('not ours');
  return s.register.filter((l) => l.decision === decision).map((l) => sheetRowOf(l, s.layout)!);
}

const env = (): ReportPanelEnv & { downloads: string[] } => {
  const downloads: string[] = [];
  return { downloads, download: (_b, name) => void downloads.push(name), copyHtml: async () => undefined };
};

/** The Excel report host over the fake, recording what draftDocument was given. */
function setup() {
  const wb = fakeFromGrids(grids());
  const real = createExcelReportHost(wb.run, { platform: 'PC' });
  const drafts: { id: string; number: string; only?: number[] }[] = [];
  const host: ExcelReportHost = {
    ...real,
    draftDocument: async (id, number, only) => {
      drafts.push({ id, number, only: only && [...only].sort((a, b) => a - b) });
      return real.draftDocument!(id, number, only);
    },
  };
  return { wb, host, drafts };
}

const picker = (label: string) =>
  screen.getByRole('combobox', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) });

describe('issue 21.5: the documents from the selected lines (Excel)', () => {
  it('issue 21.5: lines of 417/QĐ-UBND selected: the decision picker gets 417, in the read’s own round trips; drafting passes those rows', async () => {
    const { wb, host, drafts } = setup();
    const e = env();
    render(<ReportPanel report={host} env={e} />);
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    await screen.findByRole('button', { name: D.build.decision });
    const readSyncs = wb.syncCount;
    expect(picker(D.numberLabel.decision)).not.toHaveValue('417/QĐ-UBND');

    const rows = rowsOf('417/QĐ-UBND');
    wb.selection = { sheet: REGISTER_SHEET_NAME, address: `B${rows[0]}:F${rows[rows.length - 1]}` };
    await userEvent.click(screen.getByRole('button', { name: D.fromSelection }));
    await screen.findByText(D.selectionPicked(D.rowsLabel(rows), [`${D.numberWord.decision} 417/QĐ-UBND`]));
    expect(picker(D.numberLabel.decision)).toHaveValue('417/QĐ-UBND');
    // The selection went in the workbook read's first round trip: no more syncs than opening the part.
    expect(wb.syncCount - readSyncs).toBe(readSyncs);

    await userEvent.click(screen.getByRole('button', { name: D.build.decision }));
    await waitFor(() => expect(e.downloads).toEqual(['quyet-dinh-xa-dong-tam-417-qd-ubnd.docx']), { timeout: 20000 });
    expect(drafts).toEqual([{ id: 'decision', number: '417/QĐ-UBND', only: rows }]);

    // Another number picked by hand: the selected rows no longer go along.
    await userEvent.selectOptions(picker(D.numberLabel.decision), '416/QĐ-UBND');
    await userEvent.click(screen.getByRole('button', { name: D.build.decision }));
    await waitFor(() => expect(drafts).toHaveLength(2), { timeout: 20000 });
    expect(drafts[1]).toEqual({ id: 'decision', number: '416/QĐ-UBND', only: undefined });
  }, 60000);

  it('issue 21.5: lines of two decisions selected: one message naming both, the picker left as it was', async () => {
    const { wb, host } = setup();
    render(<ReportPanel report={host} env={env()} />);
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    await screen.findByRole('button', { name: D.build.decision });
    const before = (picker(D.numberLabel.decision) as HTMLSelectElement).value;
    const a = rowsOf('416/QĐ-UBND');
    const b = rowsOf('417/QĐ-UBND');
    wb.selection = { sheet: REGISTER_SHEET_NAME, address: `A${a[a.length - 1]}:A${b[0]}` };
    await userEvent.click(screen.getByRole('button', { name: D.fromSelection }));
    await screen.findByText(
      D.selectionMixed(D.rowsLabel([a[a.length - 1]!, b[0]!]), [
        D.selectionSeveral(D.numberWord.decision, ['416/QĐ-UBND', '417/QĐ-UBND']),
      ]),
    );
    expect(picker(D.numberLabel.decision)).toHaveValue(before);
  }, 30000);

  it.each([
    ['on another sheet', { sheet: 'Biểu tổng hợp', address: 'C10:D12' }, D.notRegister],
    [
      'several areas (Ctrl+click)',
      { sheet: REGISTER_SHEET_NAME, address: 'A8:A9', areas: ['A8:A9', 'A20:A21'] },
      D.notOneRange,
    ],
    ['above the lines (the header)', { sheet: REGISTER_SHEET_NAME, address: 'A1:P3' }, D.notLines],
  ])(
    'issue 21.5: a selection %s: one clear message, nothing picked',
    async (_what, selection, message) => {
      const { wb, host } = setup();
      render(<ReportPanel report={host} env={env()} />);
      await userEvent.click(screen.getByRole('button', { name: D.open }));
      await screen.findByRole('button', { name: D.build.decision });
      wb.selection = selection;
      await userEvent.click(screen.getByRole('button', { name: D.fromSelection }));
      await screen.findByText(message);
    },
    30000,
  );

  it('issue 21.5: the pane’s actions in a burst while the part is open: one read of the numbers, after they settle', async () => {
    const { wb, host } = setup();
    const { rerender } = render(<ReportPanel report={host} env={env()} generation={0} />);
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    await screen.findByRole('button', { name: D.build.decision });
    const runs = wb.runCount;
    jest.useFakeTimers();
    try {
      for (let g = 1; g <= 5; g++) rerender(<ReportPanel report={host} env={env()} generation={g} />);
      expect(wb.runCount).toBe(runs); // nothing read yet
      await act(async () => {
        jest.advanceTimersByTime(REREAD_DELAY_MS);
      });
    } finally {
      jest.useRealTimers();
    }
    await waitFor(() => expect(wb.runCount).toBe(runs + 1));
    await within(picker(D.numberLabel.decision)).findByRole('option', { name: '417/QĐ-UBND' });
  }, 30000);
});
