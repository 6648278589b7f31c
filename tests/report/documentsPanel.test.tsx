/** @jest-environment jsdom */
/**
 * issue 21.5, 21.6: "Văn bản" in Excel drafts the registry's documents (quyết định, tờ trình)
 * from the numbers in the open workbook's register, through the report port: the .docx is
 * packed by the report host's renderer and offered as the report's is; lines that cannot make
 * the document are findings, each a button selecting its register cell.
 */
import '@testing-library/jest-dom';
import '../ui/jsdomShims';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { a1 } from '../../src/core/a1';
import { REGISTER_COLUMNS } from '../../src/core/layout/register';
import { buildWorkbookPlan, inputsFromJson, REGISTER_SHEET_NAME, type WorkbookInputsJson } from '../../src/core';
import { findCatalogue } from '../../src/core/catalogue';
import { DOCUMENTS } from '../../src/core/documents';
import { planToGrids } from '../../src/core/planToGrids';
import { REPORT_TEXT } from '../../src/core/text/report';
import { DOCUMENT_PANE_TEXT as D, UI_TEXT } from '../../src/core/text/ui';
import { createExcelHost } from '../../src/hosts/excel';
import { createExcelReportHost } from '../../src/hosts/excel/reportHost';
import { memorySettings } from '../../src/ports';
import { App } from '../../src/ui/App';
import type { CellTarget } from '../../src/ports';
import { ReportPanel, type ReportPanelEnv } from '../../src/ui/report';
import { fakeFromGrids } from '../fakes/excel';

const cat = findCatalogue('tong-hop-khen-thuong/2025')!;
/** The Đồng Tâm example in the Excel fake; `unnumbered`: a decision whose Số vào sổ are not typed yet. */
const dongTam = (unnumbered?: string) => {
  const json = JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../examples/dong-tam-2025/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
  for (const l of json.register as Record<string, unknown>[]) if (l.decision === unnumbered) delete l.bookNumber;
  return fakeFromGrids(planToGrids(buildWorkbookPlan(cat, inputsFromJson(cat, json))));
};

/** Downloads and copies recorded; the .docx packed by the host's own renderer (no renderDocx here). */
function env(): ReportPanelEnv & { downloads: [Uint8Array, string][]; copies: [string, string][] } {
  const downloads: [Uint8Array, string][] = [];
  const copies: [string, string][] = [];
  return {
    downloads,
    copies,
    download: (bytes, name) => void downloads.push([bytes, name]),
    copyHtml: async (html, text) => void copies.push([html, text]),
  };
}

/** The text of every paragraph of the .docx, runs joined (a line break reads as a space, as in docx.test.ts). */
async function docxTexts(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/(<w:br\/>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => (t[1] ? ' ' : '') + t[2]).join(''),
  );
}

const picker = (id: 'decision' | 'proposal' | 'certificates') =>
  screen.getByRole('combobox', { name: new RegExp(`^${D.numberLabel[id].replace(/[()]/g, '\\$&')}`) });

describe('issue 21.5: documents in the Excel pane', () => {
  it('issue 21.5: lists each document of the registry with the numbers of the register, and drafts the picked decision as a .docx named for the unit and the number', async () => {
    const wb = dongTam();
    const e = env();
    render(<ReportPanel report={createExcelReportHost(wb.run, { platform: 'PC' })} env={e} />);
    // Nothing is read until the clerk opens the part (the report's view costs no extra read).
    expect(wb.syncCount).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    // One button per document of the registry, in its order: the list is the registry's.
    for (const d of DOCUMENTS) expect(await screen.findByRole('button', { name: D.build[d.id] })).toBeInTheDocument();
    const decisions = within(picker('decision'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(decisions).toEqual(expect.arrayContaining(['415/QĐ-UBND', '416/QĐ-UBND', '417/QĐ-UBND']));
    // Proposals only: 10/TTr-HĐTĐKT is decided already.
    expect(
      within(picker('proposal'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['25/TTr-UBND']);

    await userEvent.selectOptions(picker('decision'), '417/QĐ-UBND');
    await userEvent.click(screen.getByRole('button', { name: D.build.decision }));
    const file = 'quyet-dinh-xa-dong-tam-417-qd-ubnd.docx';
    await screen.findByText(D.downloaded('Quyết định khen thưởng', file), {}, { timeout: 20000 });
    expect(e.downloads).toHaveLength(1);
    const [bytes, name] = e.downloads[0]!;
    expect(name).toBe(file);
    const texts = await docxTexts(bytes);
    expect(texts).toContain('Số: 417/QĐ-UBND');
    expect(texts).toContain(
      'Về việc công nhận danh hiệu “Tập thể lao động tiên tiến” cho 11 tập thể đã có thành tích xuất sắc trong phong trào thi đua năm 2025',
    );
  }, 30000);

  it('issue 21.4: "In giấy khen" downloads the picked decision\'s certificates, one framed page each, and says the Số vào sổ it proposed', async () => {
    const wb = dongTam('416/QĐ-UBND');
    const e = env();
    render(<ReportPanel report={createExcelReportHost(wb.run, { platform: 'PC' })} env={e} />);
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    await screen.findByRole('button', { name: D.build.certificates });
    await userEvent.selectOptions(picker('certificates'), '416/QĐ-UBND');
    await userEvent.click(screen.getByRole('button', { name: D.build.certificates }));
    const file = 'giay-khen-xa-dong-tam-416-qd-ubnd.docx';
    const notice = await screen.findByText(
      new RegExp(`^Đã soạn giấy khen và tải xuống tệp “${file}”`),
      {},
      { timeout: 20000 },
    );
    // 417/QĐ-UBND keeps its typed 10/2025–20/2025: the next free numbers follow, in their pattern.
    expect(notice.textContent).toMatch(/Số vào sổ đề xuất cho 9 dòng chưa có số .*: Q\d+ 21\/2025, Q\d+ 22\/2025,/);
    const [bytes, name] = e.downloads[0]!;
    expect(name).toBe(file);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect((xml.match(/<w:sectPr/g) ?? []).length).toBe(9);
    expect(xml).toContain('w:hAnchor="page"');
  }, 30000);

  it('issue 21.5: the Tờ trình of the picked number, downloaded as "to-trinh-…"', async () => {
    const wb = dongTam();
    const e = env();
    render(<ReportPanel report={createExcelReportHost(wb.run, { platform: 'PC' })} env={e} />);
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    await userEvent.click(await screen.findByRole('button', { name: D.build.proposal }));
    await screen.findByText(/^Đã soạn tờ trình đề nghị khen thưởng/, {}, { timeout: 20000 });
    const [bytes, name] = e.downloads[0]!;
    expect(name).toBe('to-trinh-xa-dong-tam-25-ttr-ubnd.docx');
    const texts = await docxTexts(bytes);
    expect(texts).toContain('Số: 25/TTr-UBND');
    expect(texts.some((t) => t.startsWith('V/v đề nghị '))).toBe(true);
  }, 30000);

  it('issue 21.2: a number whose lines cannot make a decision shows its findings, each a button selecting its register cell; nothing downloaded', async () => {
    const wb = dongTam();
    const e = env();
    const selected: CellTarget[] = [];
    render(
      <ReportPanel
        report={createExcelReportHost(wb.run, { platform: 'PC' })}
        env={e}
        onSelect={async (t) => void selected.push(t)}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    await screen.findByRole('button', { name: D.build.decision });
    // 415/QĐ-UBND: four grouped lines (12, 11, 25, 16 cá nhân) without names.
    await userEvent.selectOptions(picker('decision'), '415/QĐ-UBND');
    await userEvent.click(screen.getByRole('button', { name: D.build.decision }));
    await screen.findByText(D.blocked('Quyết định khen thưởng'));
    expect(e.downloads).toHaveLength(0);
    const cell = screen.getByRole('button', { name: /Ô I20 trang “Danh sách khen thưởng”.*dòng chưa ghi tên/ });
    expect(cell).toHaveAttribute('title', UI_TEXT.goToCell(REGISTER_SHEET_NAME, 'I20'));
    expect(screen.getAllByRole('button', { name: /dòng chưa ghi tên/ })).toHaveLength(4);
    await userEvent.click(cell);
    expect(selected.map((t) => [t.sheet, t.address])).toEqual([[REGISTER_SHEET_NAME, 'I20']]);
  }, 30000);

  it('issue 21.5: on Excel for Mac the decision is kept for "Sao chép" (no download)', async () => {
    const wb = dongTam();
    const e = env();
    render(<ReportPanel report={createExcelReportHost(wb.run, { platform: 'Mac' })} env={e} />);
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /^Số quyết định/ }), '416/QĐ-UBND');
    await userEvent.click(screen.getByRole('button', { name: D.build.decision }));
    await screen.findByText(D.noDownload('Quyết định khen thưởng'));
    expect(e.downloads).toHaveLength(0);
    // The report's "Sao chép" is not offered (no report was built); the document's is.
    const copies = screen.getAllByRole('button', { name: REPORT_TEXT.ui.copy });
    expect(copies).toHaveLength(1);
    await userEvent.click(copies[0]!);
    await screen.findByText(D.copied('Quyết định khen thưởng'));
    expect(e.copies[0]![1]).toContain('416/QĐ-UBND');
  }, 30000);

  it('issue 21.5: in the pane, a finding of the decision selects its register cell in Excel', async () => {
    const wb = dongTam();
    render(
      <App
        host={{
          ...createExcelHost(wb.run),
          report: createExcelReportHost(wb.run, { platform: 'PC' }),
          settings: memorySettings({ view: 'documents' }),
        }}
        reportPanel={(p) => <ReportPanel {...p} env={env()} />}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: D.open }, { timeout: 15000 }));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /^Số quyết định/ }), '415/QĐ-UBND');
    await userEvent.click(screen.getByRole('button', { name: D.build.decision }));
    const cell = await screen.findByRole('button', { name: /Ô I20 trang “Danh sách khen thưởng”/ }, { timeout: 15000 });
    await userEvent.click(cell);
    await waitFor(() => expect(wb.selection).toEqual({ sheet: REGISTER_SHEET_NAME, address: 'I20' }));
  }, 40000);

  it('issue 21.5: the workbook changed while the part is open: the numbers are read again', async () => {
    const wb = dongTam();
    const host = createExcelReportHost(wb.run, { platform: 'PC' });
    const { rerender } = render(<ReportPanel report={host} env={env()} generation={0} />);
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    await screen.findByRole('button', { name: D.build.decision });
    expect(within(picker('decision')).queryByRole('option', { name: '499/QĐ-UBND' })).toBeNull();
    // The clerk gives line 20 (one of 415/QĐ-UBND's) another decision number.
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(REGISTER_SHEET_NAME).getRange(a1(20, REGISTER_COLUMNS.decision)).values = [
        ['499/QĐ-UBND'],
      ];
      await ctx.sync();
    });
    rerender(<ReportPanel report={host} env={env()} generation={1} />);
    await within(picker('decision')).findByRole('option', { name: '499/QĐ-UBND' });
  }, 30000);

  it('issue 21.5: a number gone from the register since it was listed: said, and the numbers read again', async () => {
    const wb = dongTam();
    const e = env();
    render(<ReportPanel report={createExcelReportHost(wb.run, { platform: 'PC' })} env={e} />);
    await userEvent.click(screen.getByRole('button', { name: D.open }));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /^Số quyết định/ }), '419/QĐ-UBND');
    // The clerk changes the one line of 419/QĐ-UBND (a commune decision: only those are offered) to another number meanwhile (no event reaches the panel).
    const col = REGISTER_COLUMNS.decision;
    const at = await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem(REGISTER_SHEET_NAME).getRange(`${a1(1, col)}:${a1(300, col)}`);
      range.load('values');
      await ctx.sync();
      return (range.values as unknown[][]).flatMap((r, i) => (r[0] === '419/QĐ-UBND' ? [a1(i + 1, col)] : []));
    });
    expect(at).toHaveLength(1);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(REGISTER_SHEET_NAME).getRange(at[0]!).values = [['421/QĐ-UBND']];
      await ctx.sync();
    });
    await userEvent.click(screen.getByRole('button', { name: D.build.decision }));
    await screen.findByText(D.blocked('Quyết định khen thưởng'));
    expect(screen.getByText(/không có dòng nào ghi số quyết định “419\/QĐ-UBND”/)).toBeInTheDocument();
    await within(picker('decision')).findByRole('option', { name: '421/QĐ-UBND' });
    expect(within(picker('decision')).queryByRole('option', { name: '419/QĐ-UBND' })).toBeNull();
    expect(e.downloads).toHaveLength(0);
  }, 30000);
});
