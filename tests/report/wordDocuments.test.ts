/**
 * issue 21.5, 21.6: in Word, the registry's documents (quyết định, tờ trình) drafted from a
 * picked workbook and put into the document as the report is (hosts/word/report.ts), against
 * the Word fake (tests/fakes/word/fakeWord.ts: properties need load + sync, calls are queued and
 * run at sync, a method of a set this Word lacks fails at sync — as Office.js does).
 */
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { runCli } from '../../src/cli/main';
import type { WorkbookInputsJson } from '../../src/core';
import { DOCUMENTS, documentFromWorkbook } from '../../src/core/documents';
import { documentTexts, type ReportDocument } from '../../src/core/report';
import { WORD_DOCUMENT_TEXT as WD, WORD_REPORT_TEXT as W } from '../../src/core/text/ui';
import { createWordReportHost, gridsFromXlsxBytes } from '../../src/hosts/word/report';
import type { PickedFile } from '../../src/ports';
import { FakeWord } from '../fakes/word/fakeWord';
import { tempDir } from '../xlsx/files';
import { ROOT } from './helpers';

const DONG_TAM = path.join(ROOT, 'examples/dong-tam-2025/dong-tam-nam-2025.xlsx');
const dir = tempDir('tdkt-word-docs-');

/** A picked file that counts its reads. */
function picked(name: string, bytes: Uint8Array): PickedFile & { reads: number } {
  const f = {
    name,
    reads: 0,
    arrayBuffer: async () => {
      f.reads++;
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
  };
  return f;
}
const dongTam = () => picked('dong-tam.xlsx', new Uint8Array(fs.readFileSync(DONG_TAM)));

/** Every paragraph of the inserted .docx (runs joined; a line break reads as a space) and its style. */
async function docxParagraphs(base64: string): Promise<{ text: string; style?: string }[]> {
  const xml = await (await JSZip.loadAsync(Buffer.from(base64, 'base64'))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    text: [...m[0].matchAll(/(<w:br\/>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => (t[1] ? ' ' : '') + t[2])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1],
  }));
}

/** The model's paragraphs with an outline level (what the .docx styles as headings). */
function modelHeadings(doc: ReportDocument): string[] {
  const out: string[] = [];
  for (const s of doc.sections)
    for (const b of s.blocks) if (b.kind === 'paragraph' && b.outline) out.push(b.runs.map((r) => r.text).join(''));
  return out;
}

/** A Đồng Tâm workbook whose register holds `n` named lines of decision 500/QĐ-UBND (one commune award). */
async function decisionOf(n: number): Promise<PickedFile> {
  const json = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'examples/dong-tam-2025/data.json'), 'utf8'),
  ) as WorkbookInputsJson & { register: Record<string, unknown>[] };
  const register = Array.from({ length: n }, (_, i) => ({
    number: i + 1,
    decision: '500/QĐ-UBND',
    date: '2025-12-08',
    authority: 'UBND xã Đồng Tâm',
    award: 'Chiến sĩ thi đua cơ sở (cấp xã)',
    subject: 'Cá nhân',
    name: `Nguyễn Văn ${i + 1}`,
    position: `Thôn ${(i % 12) + 1}`,
    achievement: 'đã có thành tích tiêu biểu, xuất sắc trong phong trào thi đua năm 2025',
  }));
  const data = path.join(dir, `lines-${n}.json`);
  fs.writeFileSync(data, JSON.stringify({ ...json, register }));
  const file = path.join(dir, `lines-${n}.xlsx`);
  const quiet = { out: () => undefined, err: () => undefined };
  expect(await runCli(['create', file, '--data', data, '--force'], quiet)).toBe(0);
  return picked(`lines-${n}.xlsx`, new Uint8Array(fs.readFileSync(file)));
}

describe('issue 21.5: the registry’s documents in Word', () => {
  it('issue 21.5: lists each document of the registry with the numbers of the picked workbook’s register', async () => {
    const word = new FakeWord(1.5);
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    const r = await host.documentsFromFile!(dongTam());
    if (r.kind !== 'read') throw new Error(r.message);
    expect(r.documents.map((d) => d.id)).toEqual(DOCUMENTS.map((d) => d.id));
    expect(r.documents.find((d) => d.id === 'decision')!.numbers).toEqual(
      expect.arrayContaining(['415/QĐ-UBND', '416/QĐ-UBND', '417/QĐ-UBND']),
    );
    expect(r.documents.find((d) => d.id === 'proposal')!.numbers).toEqual(['25/TTr-UBND']);
    expect(word.syncs).toBe(0); // reading the workbook asks nothing of Word
  });

  it('issue 21.5: inserts decision 416/QĐ-UBND into an empty document: its paragraphs and headings are the model’s, by Document.insertFileFromBase64 in 3 round trips', async () => {
    const word = new FakeWord(1.5);
    const file = dongTam();
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    const r = await host.insertDocument!(file, 'decision', '416/QĐ-UBND', {
      confirmReplace: async () => {
        throw new Error('an empty document is not asked about');
      },
    });
    expect(r).toMatchObject({
      kind: 'inserted',
      path: 'document',
      message: WD.replaced('Quyết định khen thưởng', '416/QĐ-UBND'),
    });
    // Word.Document.insertFileFromBase64 (WordApi 1.5): "Headers, footers, watermarks, and other
    // section properties are copied by default" (@types/office-js) — the danh sách's own section
    // and its page numbers go in with the letter.
    expect(word.insertions.map((i) => [i.method, i.location])).toEqual([['Document.insertFileFromBase64', 'Replace']]);
    expect(word.syncs).toBe(3); // is the document empty? the insert with its sections; their headers

    const model = documentFromWorkbook(
      await gridsFromXlsxBytes(new Uint8Array(fs.readFileSync(DONG_TAM))),
      'decision',
      '416/QĐ-UBND',
    );
    if (model.status !== 'ok') throw new Error('not drafted');
    const paragraphs = await docxParagraphs(word.insertions[0]!.base64);
    expect(paragraphs.map((p) => p.text).filter((t) => t.trim())).toEqual(
      documentTexts(model.document).filter((t) => t.trim()),
    );
    expect(paragraphs.filter((p) => /^Heading/.test(p.style ?? '')).map((p) => p.text)).toEqual(
      modelHeadings(model.document),
    );
    // The workbook was read once for all of it.
    expect(file.reads).toBe(1);
  });

  it('issue 21.5: the same round trips for a decision of 5 lines and of 500 (it goes in as one file)', async () => {
    const syncs: number[] = [];
    const lengths: number[] = [];
    for (const n of [5, 500]) {
      const word = new FakeWord(1.5);
      word.body = { text: 'Công văn số 12', tables: 0, pictures: 0 };
      const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
      const r = await host.insertDocument!(await decisionOf(n), 'decision', '500/QĐ-UBND', {
        confirmReplace: async () => 'replace',
      });
      expect(r.kind).toBe('inserted');
      const texts = (await docxParagraphs(word.insertions[0]!.base64)).map((p) => p.text);
      expect(texts).toContain(`Nguyễn Văn ${n}`);
      syncs.push(word.syncs);
      lengths.push(texts.length);
    }
    expect(syncs).toEqual([3, 3]);
    expect(lengths[1]!).toBeGreaterThan(lengths[0]! + 495 * 2);
  }, 60000);

  it('issue 21.2: lines that cannot make the decision come back as findings naming sheet and cell; nothing goes into Word', async () => {
    const word = new FakeWord(1.5);
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    const r = await host.insertDocument!(dongTam(), 'decision', '415/QĐ-UBND');
    expect(r.kind).toBe('refused');
    expect(r.message).toBe(WD.blocked('Quyết định khen thưởng', 'dong-tam.xlsx'));
    expect(r.findings).toHaveLength(4);
    expect(r.findings[0]!.message).toMatch(/^Ô I20 trang “Danh sách khen thưởng” \(cột .*\): dòng chưa ghi tên/);
    expect(word.syncs).toBe(0);
    expect(word.insertions).toEqual([]);
  });

  it('issue 21.5: a document with content: asks first (the document’s own question), "Huỷ" leaves it untouched', async () => {
    const word = new FakeWord(1.5);
    word.body = { text: 'Công văn số 12', tables: 0, pictures: 0 };
    const asked: unknown[] = [];
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    const r = await host.insertDocument!(dongTam(), 'proposal', '25/TTr-UBND', {
      confirmReplace: async (o) => (asked.push(o), 'cancel'),
    });
    expect(asked).toEqual([{ newDocument: true, download: false }]);
    expect(r).toMatchObject({ kind: 'cancelled', message: WD.cancelled('Tờ trình đề nghị khen thưởng') });
    expect(word.insertions).toEqual([]);
    expect(word.body.text).toBe('Công văn số 12');
  });

  it('Word 2016/2019 (WordApi 1.3): opens the Tờ trình as a new document; WordApi 1.1: at the cursor, saying what is lost', async () => {
    const w13 = new FakeWord(1.3);
    const r13 = await createWordReportHost(w13.run, { isSetSupported: w13.isSetSupported }).insertDocument!(
      dongTam(),
      'proposal',
      '25/TTr-UBND',
    );
    expect(r13).toMatchObject({ kind: 'inserted', path: 'new-document' });
    expect(w13.opened).toHaveLength(1);
    const w11 = new FakeWord(1.1);
    const r11 = await createWordReportHost(w11.run, { isSetSupported: w11.isSetSupported }).insertDocument!(
      dongTam(),
      'proposal',
      '25/TTr-UBND',
    );
    expect(r11).toMatchObject({
      kind: 'inserted',
      path: 'selection',
      message: WD.insertedAtCursor('Tờ trình đề nghị khen thưởng', '25/TTr-UBND'),
    });
  });

  it('office-js#5507/#1745: on Word on the web the decision is offered for download instead of a new document', async () => {
    const word = new FakeWord(1.5);
    word.platform = 'OfficeOnline';
    word.body = { text: 'Công văn số 12', tables: 0, pictures: 0 };
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported, platform: word.platform });
    const r = await host.insertDocument!(dongTam(), 'decision', '417/QĐ-UBND', {
      confirmReplace: async () => 'download',
    });
    const fileName = 'quyet-dinh-xa-dong-tam-417-qd-ubnd.docx';
    expect(r).toMatchObject({
      kind: 'download',
      fileName,
      message: WD.downloadOffered('Quyết định khen thưởng', fileName),
    });
    expect(word.insertions).toEqual([]);
  });

  it('office-js#3222/#3357: a Word that drops the danh sách’s section on insert: the clerk is told, in the document’s words', async () => {
    const word = new FakeWord(1.5);
    word.inserted = { sections: 1, primaryHeaders: ['1'] };
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    const r = await host.insertDocument!(dongTam(), 'decision', '416/QĐ-UBND');
    expect(r.message).toBe(
      `${WD.replaced('Quyết định khen thưởng', '416/QĐ-UBND')} ${W.lostOnInsert([WD.lostSections])}`,
    );
  });

  it('issue 21.5: a document that is not a letter (the Giấy khen, fixed-position pages) is offered as a .docx to download, never inserted', async () => {
    const word = new FakeWord(1.5);
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    const r = await host.insertDocument!(dongTam(), 'certificates', '416/QĐ-UBND', {
      confirmReplace: async () => {
        throw new Error('nothing to ask: nothing is inserted');
      },
    });
    const fileName = 'giay-khen-xa-dong-tam-416-qd-ubnd.docx';
    expect(r).toMatchObject({
      kind: 'download',
      fileName,
      message: WD.downloadOnly('Giấy khen', fileName),
    });
    const bytes = (r as { bytes: Uint8Array }).bytes;
    expect(Buffer.from(bytes.slice(0, 2)).toString()).toBe('PK');
    // The certificates' packer made it: fields in frames anchored to the page, not the letter's flow.
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toMatch(/<w:framePr[^>]*w:hAnchor="page"/);
    expect(word.syncs).toBe(0);
    expect(word.insertions).toEqual([]);
  });

  it.each([
    ['a file that is not .xlsx by name', 'bieu.xls', new Uint8Array([1, 2, 3]), /không phải sổ tính .xlsx/],
    ['a file that is not a zip', 'so-lieu.xlsx', new TextEncoder().encode('không phải sổ tính'), /Không đọc được/],
  ])('refuses %s, lists nothing and inserts nothing', async (_what, name, bytes, message) => {
    const word = new FakeWord();
    const host = createWordReportHost(word.run);
    const listed = await host.documentsFromFile!(picked(name, bytes));
    expect(listed.kind === 'refused' && listed.message).toMatch(message);
    const r = await host.insertDocument!(picked(name, bytes), 'decision', '416/QĐ-UBND');
    expect(r.kind === 'refused' && r.message).toMatch(message);
    expect(word.syncs).toBe(0);
  });
});
