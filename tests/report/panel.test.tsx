/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import '../ui/jsdomShims';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildWorkbookPlan, DEFAULT_CATALOGUE as cat, inputsFromJson } from '../../src/core';
import { planToGrids } from '../../src/core/planToGrids';
import { REPORT_TEXT } from '../../src/core/text/report';
import type { WordReportHost } from '../../src/ports';
import { OFFICE_ERRORS, UI_TEXT, WORD_REPORT_TEXT as W } from '../../src/core/text/ui';
import { NARRATIVE_SHEET_NAME, narrativeLayout } from '../../src/core/layout/narrative';
import { createExcelHost } from '../../src/hosts/excel';
import { memorySettings } from '../../src/ports';
import { App } from '../../src/ui/App';
import { createExcelReportHost } from '../../src/hosts/excel/reportHost';
import { ReportPanel, type ReportPanelEnv } from '../../src/ui/report';
import { fakeFromGrids } from '../fakes/excel';
import { bacSonJson } from './helpers';

const T = REPORT_TEXT.ui;

function fakeWorkbook(patch: (j: ReturnType<typeof bacSonJson>) => object = (j) => j) {
  return fakeFromGrids(planToGrids(buildWorkbookPlan(cat, inputsFromJson(cat, patch(bacSonJson())))));
}

function env(): ReportPanelEnv & { calls: Record<string, unknown[][]> } {
  const calls: Record<string, unknown[][]> = { download: [], copyHtml: [], renderDocx: [] };
  return {
    calls,
    download: (...a) => void calls.download!.push(a),
    copyHtml: async (...a) => void calls.copyHtml!.push(a),
    renderDocx: async (...a) => {
      calls.renderDocx!.push(a);
      return new Uint8Array([0x50, 0x4b, 3, 4]);
    },
  };
}

describe('report panel in Excel', () => {
  it('builds from the open workbook in three syncs (list the sheets, their used ranges, read them) and downloads the .docx', async () => {
    const wb = fakeWorkbook();
    const e = env();
    render(<ReportPanel report={createExcelReportHost(wb.run, { platform: 'PC' })} env={e} />);
    await userEvent.click(screen.getByRole('button', { name: T.build }));
    await screen.findByText(T.downloaded('bao-cao-thi-dua-khen-thuong-2024.docx'));
    expect(wb.syncCount).toBe(3);
    expect(e.calls.download).toHaveLength(1);
    expect(e.calls.download![0]![1]).toBe('bao-cao-thi-dua-khen-thuong-2024.docx');
    expect(screen.queryByRole('button', { name: T.copy })).not.toBeInTheDocument();
  });

  it("compares with last period's workbook picked in the pane, and lists the sections still to write", async () => {
    const fs = await import('fs');
    const { PREVIOUS_XLSX } = await import('../../scripts/make-example');
    const wb = fakeWorkbook();
    const e = env();
    render(<ReportPanel report={createExcelReportHost(wb.run, { platform: 'PC' })} env={e} />);
    const bytes = fs.readFileSync(PREVIOUS_XLSX);
    const file = new File([bytes], 'bac-son-nam-2023.xlsx');
    // jsdom's File has no arrayBuffer() (browsers do: File API, Blob.arrayBuffer).
    Object.defineProperty(file, 'arrayBuffer', {
      value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    });
    await userEvent.upload(screen.getByTestId('report-previous-file'), file);
    await screen.findByText(T.previousChosen('bac-son-nam-2023.xlsx'));
    await userEvent.click(screen.getByRole('button', { name: T.build }));
    await screen.findByText(T.downloaded('bao-cao-thi-dua-khen-thuong-2024.docx'), {}, { timeout: 15000 });
    const doc = e.calls.renderDocx![0]![0] as import('../../src/core/report').ReportDocument;
    const { documentTexts } = await import('../../src/core/report');
    // A year is not compared with six months: the pane says so, and the report has no comparison.
    expect(documentTexts(doc).some((t) => t.startsWith('So với'))).toBe(false);
    expect(screen.getByText(/“bac-son-nam-2023\.xlsx” là biểu năm 2023, khác kỳ báo cáo/)).toBeInTheDocument();
    expect(screen.getByText(/Còn \d+ mục để trống/)).toBeInTheDocument();
    expect(screen.getByText(/^II\.4\.2\. Biện pháp/)).toBeInTheDocument();
  }, 20000);

  it('on Excel for Mac offers "Sao chép" with the report as escaped HTML instead of a download', async () => {
    const wb = fakeWorkbook((j) => ({
      ...j,
      narrative: { sections: { proposals: '<script>alert("x")</script>' } },
    }));
    const e = env();
    render(<ReportPanel report={createExcelReportHost(wb.run, { platform: 'Mac' })} env={e} />);
    await userEvent.click(screen.getByRole('button', { name: T.build }));
    await screen.findByText(T.noDownload);
    expect(e.calls.download).toHaveLength(0);
    expect(e.calls.renderDocx).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: T.copy }));
    await screen.findByText(T.copied);
    const [html, text] = e.calls.copyHtml![0] as [string, string];
    expect(html).toContain(
      'tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 03 tập thể và 12 cá nhân',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(text).toContain('<script>alert("x")</script>'); // plain text stays as typed
  });

  it('lists header gaps as warnings and still downloads', async () => {
    const wb = fakeWorkbook((j) => ({ ...j, info: { ...j.info, unitName: null } }));
    const e = env();
    render(<ReportPanel report={createExcelReportHost(wb.run)} env={e} />);
    await userEvent.click(screen.getByRole('button', { name: T.build }));
    await screen.findByText(T.warningsHeading);
    expect(screen.getByText(/Thông tin chung”, ô B6/)).toBeInTheDocument();
    expect(e.calls.download).toHaveLength(1);
  });

  it('a tally with errors: lists them, nothing downloaded', async () => {
    const wb = fakeWorkbook((j) => ({ ...j, tally: { 'IV.2': { individual: 2, directIndividual: 5 } } }));
    const e = env();
    render(<ReportPanel report={createExcelReportHost(wb.run)} env={e} />);
    await userEvent.click(screen.getByRole('button', { name: T.build }));
    await screen.findByText(T.errorsHeading);
    expect(screen.getByText(/chưa soạn báo cáo/)).toBeInTheDocument();
    expect(e.calls.download).toHaveLength(0);
  });

  it('issue 23.3: in the pane, a section still to write ("[…]") is a button selecting its cell in “Nội dung báo cáo”', async () => {
    const wb = fakeWorkbook((j) => ({ ...j, narrative: { sections: {} } }));
    const host = createExcelHost(wb.run);
    render(
      <App
        host={{
          ...host,
          report: createExcelReportHost(wb.run, { platform: 'PC' }),
          settings: memorySettings({ view: 'documents' }),
        }}
        reportPanel={(p) => <ReportPanel {...p} env={env()} />}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: T.build }));
    await screen.findByText(/Còn \d+ mục để trống/, {}, { timeout: 15000 });
    // Twenty-odd sections: listed when asked.
    expect(screen.queryByRole('button', { name: /NHỮNG NHIỆM VỤ TRỌNG TÂM/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: T.showMissing }));
    const row = narrativeLayout().sectionRows.get('tasks')!;
    const button = screen.getByRole('button', { name: /NHỮNG NHIỆM VỤ TRỌNG TÂM/ });
    expect(button).toHaveAttribute('title', UI_TEXT.goToCell(NARRATIVE_SHEET_NAME, `C${row}`));
    await userEvent.click(button);
    await waitFor(() => expect(wb.selection).toEqual({ sheet: NARRATIVE_SHEET_NAME, address: `C${row}` }));
    // The sheet hidden since: nothing selected there, and this panel says where the cell is.
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(NARRATIVE_SHEET_NAME).visibility = 'Hidden';
      await ctx.sync();
    });
    // Another section still to write (which ones depends on the data "Số liệu báo cáo" gives).
    const another = screen
      .getAllByRole('button', { name: /^C\d+ / })
      .find((b) => !b.getAttribute('aria-label')?.startsWith(`C${row} `) && !b.textContent?.startsWith(`C${row}`))!;
    const cell = /^C\d+/.exec(another.getAttribute('aria-label') ?? another.textContent ?? '')![0];
    expect(cell).not.toBe(`C${row}`);
    await userEvent.click(another);
    expect(await screen.findByText(OFFICE_ERRORS.hiddenSheet(NARRATIVE_SHEET_NAME, cell))).toBeInTheDocument();
    expect(wb.selection).toEqual({ sheet: NARRATIVE_SHEET_NAME, address: `C${row}` });
    expect(screen.getByRole('button', { name: /NHỮNG NHIỆM VỤ TRỌNG TÂM/ })).toBeInTheDocument();
  }, 30000);

  it('is rendered by the App when the host has a report part', () => {
    const wb = fakeWorkbook();
    render(<App host={{ report: createExcelReportHost(wb.run) }} reportPanel={ReportPanel} />);
    expect(screen.getByRole('heading', { name: T.heading })).toBeInTheDocument();
  });
});

describe('report panel in Word', () => {
  function wordHost(outcome: Awaited<ReturnType<WordReportHost['insertFromFile']>>) {
    const calls: string[] = [];
    const host: WordReportHost = {
      kind: 'word',
      insertFromFile: async (f) => {
        calls.push(f.name);
        return outcome;
      },
    };
    return { host, calls };
  }

  it('passes the picked workbook to the host and says where the report went', async () => {
    const { host, calls } = wordHost({
      kind: 'inserted',
      path: 'document',
      message: W.replaced('bac-son.xlsx'),
      findings: [],
    });
    render(<ReportPanel report={host} />);
    expect(screen.getByRole('button', { name: T.pickFile })).toBeInTheDocument();
    const file = new File([new Uint8Array([1])], 'bac-son.xlsx');
    await userEvent.upload(screen.getByTestId('report-file'), file);
    await screen.findByText(W.replaced('bac-son.xlsx'));
    expect(calls).toEqual(['bac-son.xlsx']);
  });

  it('offers only .xlsx workbooks: a .docx picked never reaches the host', async () => {
    const { host, calls } = wordHost({ kind: 'inserted', path: 'document', message: 'xong', findings: [] });
    render(<ReportPanel report={host} />);
    // user-event's upload drops files the input's `accept` refuses (its applyAccept option, on by default).
    await userEvent.upload(screen.getByTestId('report-file'), new File([new Uint8Array([1])], 'bao-cao.docx'));
    await userEvent.upload(screen.getByTestId('report-file'), new File([new Uint8Array([1])], 'bac-son.xlsx'));
    await screen.findByText('xong');
    expect(calls).toEqual(['bac-son.xlsx']);
  });

  it.each([
    [W.replace, 'replace'],
    [W.newDocument, 'new-document'],
    [W.cancel, 'cancel'],
  ] as const)('asks before replacing a document with content; "%s" answers %s', async (button, answer) => {
    const answers: string[] = [];
    const host: WordReportHost = {
      kind: 'word',
      insertFromFile: async (_f, o) => {
        const a = await o!.confirmReplace!({ newDocument: true });
        answers.push(a);
        return a === 'cancel'
          ? { kind: 'cancelled', message: W.cancelled, findings: [] }
          : { kind: 'inserted', path: a === 'replace' ? 'document' : 'new-document', message: 'xong', findings: [] };
      },
    };
    render(<ReportPanel report={host} />);
    await userEvent.upload(screen.getByTestId('report-file'), new File([new Uint8Array([1])], 'x.xlsx'));
    expect(await screen.findByText(W.askReplace)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: button }));
    await screen.findByText(answer === 'cancel' ? W.cancelled : 'xong');
    expect(answers).toEqual([answer]);
    expect(screen.queryByText(W.askReplace)).not.toBeInTheDocument();
  });

  it('shows the refusal and its findings', async () => {
    const { host } = wordHost({
      kind: 'refused',
      message: T.nothingInserted,
      findings: [{ code: 'tally-error', severity: 'error', sheet: 'Biểu tổng hợp', message: 'Biểu tổng hợp!H52: sai' }],
    });
    render(<ReportPanel report={host} />);
    await userEvent.upload(screen.getByTestId('report-file'), new File([new Uint8Array([1])], 'x.xlsx'));
    await screen.findByText(T.nothingInserted);
    await waitFor(() => expect(screen.getByText('Biểu tổng hợp!H52: sai')).toBeInTheDocument());
  });
});
