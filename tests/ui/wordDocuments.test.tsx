/** @jest-environment jsdom */
/**
 * issue 21.5: "Văn bản" in Word: the registry's documents of a picked workbook (the one picked
 * for the report, or one picked in the part), each put into the document as the report is —
 * through the Word host over the Word fake (tests/fakes/word/fakeWord.ts), the same question
 * before a document with content is replaced, the lines to fix as text naming sheet and cell.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import * as fs from 'fs';
import * as path from 'path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DOCUMENTS } from '../../src/core/documents';
import { DOCUMENT_PANE_TEXT as D, WORD_DOCUMENT_TEXT as WD, WORD_REPORT_TEXT as W } from '../../src/core/text/ui';
import { createWordReportHost } from '../../src/hosts/word/report';
import { ReportPanel, type ReportPanelEnv } from '../../src/ui/report';
import { FakeWord } from '../fakes/word/fakeWord';

/**
 * jsdom's File has no arrayBuffer(); every browser and Office webview has Blob.arrayBuffer()
 * (File API, https://w3c.github.io/FileAPI/#dom-blob-arraybuffer): read it through FileReader here.
 */
const blob = Blob.prototype as unknown as { arrayBuffer?: () => Promise<ArrayBuffer> };
if (!blob.arrayBuffer)
  blob.arrayBuffer = function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result as ArrayBuffer);
      r.onerror = () => reject(r.error);
      r.readAsArrayBuffer(this);
    });
  };

const DONG_TAM = path.join(__dirname, '../../examples/dong-tam-2025/dong-tam-nam-2025.xlsx');
const dongTam = () => new File([new Uint8Array(fs.readFileSync(DONG_TAM))], 'dong-tam.xlsx');

const env = (): ReportPanelEnv & { downloads: string[] } => {
  const downloads: string[] = [];
  return { downloads, download: (_b, name) => void downloads.push(name), copyHtml: async () => undefined };
};

const part = () => within(screen.getByRole('region', { name: D.heading }));

describe('issue 21.5: documents in the Word pane', () => {
  it('issue 21.5: a workbook picked in the part lists the registry’s documents with its numbers; "Soạn quyết định" replaces the empty document', async () => {
    const word = new FakeWord(1.5);
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    render(<ReportPanel report={host} env={env()} />);
    await userEvent.upload(screen.getByTestId('documents-file'), dongTam());
    for (const d of DOCUMENTS) expect(await part().findByRole('button', { name: D.build[d.id] })).toBeInTheDocument();
    expect(part().getByText(WD.workbook('dong-tam.xlsx'))).toBeInTheDocument();
    const decision = part().getByRole('combobox', { name: /^Số quyết định/ });
    expect(
      within(decision)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(expect.arrayContaining(['415/QĐ-UBND', '416/QĐ-UBND', '417/QĐ-UBND']));
    await userEvent.selectOptions(decision, '416/QĐ-UBND');
    await userEvent.click(part().getByRole('button', { name: D.build.decision }));
    await part().findByText(WD.replaced('Quyết định khen thưởng', '416/QĐ-UBND'), {}, { timeout: 20000 });
    expect(word.insertions.map((i) => i.method)).toEqual(['Document.insertFileFromBase64']);
  }, 40000);

  it('issue 21.5: the workbook picked for the report is the part’s too; a document with content is asked about in the document’s words', async () => {
    const word = new FakeWord(1.5);
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    render(<ReportPanel report={host} env={env()} />);
    await userEvent.upload(screen.getByTestId('report-file'), dongTam());
    // The report goes in (empty document), and the part lists the same workbook's numbers.
    await screen.findByText(W.replaced('dong-tam.xlsx'), {}, { timeout: 20000 });
    await part().findByRole('combobox', { name: /^Số tờ trình/ });
    expect(part().getByText(WD.workbook('dong-tam.xlsx'))).toBeInTheDocument();
    // Now the document holds the report: the Tờ trình asks first.
    await userEvent.click(part().getByRole('button', { name: D.build.proposal }));
    const ask = await screen.findByRole('alertdialog', { name: WD.askReplace('Tờ trình đề nghị khen thưởng') });
    await userEvent.click(within(ask).getByRole('button', { name: W.cancel }));
    await part().findByText(WD.cancelled('Tờ trình đề nghị khen thưởng'));
    expect(word.insertions).toHaveLength(1); // the report only
  }, 40000);

  it('issue 21.2: lines that cannot make the decision are listed as text naming sheet and cell (the workbook is not open in Word)', async () => {
    const word = new FakeWord(1.5);
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    render(<ReportPanel report={host} env={env()} />);
    await userEvent.upload(screen.getByTestId('documents-file'), dongTam());
    await userEvent.selectOptions(await part().findByRole('combobox', { name: /^Số quyết định/ }), '415/QĐ-UBND');
    await userEvent.click(part().getByRole('button', { name: D.build.decision }));
    await part().findByText(WD.blocked('Quyết định khen thưởng', 'dong-tam.xlsx'), {}, { timeout: 20000 });
    const lines = part().getAllByText(/^Ô I\d+ trang “Danh sách khen thưởng”.*dòng chưa ghi tên/);
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.closest('button') === null)).toBe(true);
    expect(word.insertions).toEqual([]);
  }, 40000);

  it('issue 21.5: a file that is not a workbook: said, nothing listed', async () => {
    const word = new FakeWord(1.5);
    render(<ReportPanel report={createWordReportHost(word.run)} env={env()} />);
    await userEvent.upload(
      screen.getByTestId('documents-file'),
      new File([new TextEncoder().encode('không phải sổ tính')], 'so-lieu.xlsx'),
    );
    await part().findByText(/Không đọc được tệp “so-lieu.xlsx”/);
    expect(part().queryByRole('button', { name: D.build.decision })).toBeNull();
  }, 20000);
});
