/** Word: "Chèn báo cáo từ sổ tính…" against a small Word fake (which method, which requirement set, what the clerk was told). */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { runCli } from '../../src/cli/main';
import { toBase64 } from '../../src/hosts/word/base64';
import { WORD_REPORT_TEXT as W } from '../../src/core/text/ui';
import { REPORT_INSERT_OPTIONS, createWordReportHost } from '../../src/hosts/word/report';
import type { PickedFile, ReplaceAnswer } from '../../src/ports';
import { FakeWord } from '../fakes/word/fakeWord';
import { tempDir } from '../xlsx/files';
import { bacSonJson, ROOT } from './helpers';

const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

const EXAMPLE = path.join(ROOT, 'examples/bac-son-2024/bac-son-6-thang-2024.xlsx');
const dir = tempDir('tdkt-word-');

async function documentText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
}

describe('Word: insert the report from a workbook', () => {
  const bacSon = () => picked('bac-son.xlsx', fs.readFileSync(EXAMPLE));

  // Word.Document.insertFileFromBase64 (WordApi 1.5): "Headers, footers, watermarks, and other
  // section properties are copied by default" (@types/office-js); the Range/Body version
  // (WordApi 1.1) says only "Document settings aren't preserved" and keeps no header or section.
  it('Word with WordApi 1.5, empty document: replaces it through Document.insertFileFromBase64, asking nothing', async () => {
    const word = new FakeWord(1.5);
    const asked: unknown[] = [];
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    const r = await host.insertFromFile(bacSon(), { confirmReplace: async (o) => (asked.push(o), 'cancel') });
    expect(r).toMatchObject({ kind: 'inserted', path: 'document', message: W.replaced('bac-son.xlsx') });
    expect(asked).toEqual([]);
    expect(word.insertions.map((i) => [i.method, i.requirementSet, i.location])).toEqual([
      ['Document.insertFileFromBase64', 'WordApi 1.5', 'Replace'],
    ]);
    expect(word.syncs).toBe(3); // is the document empty? the insert with its sections; their headers
    const text = await documentText(word.insertions[0]!.base64);
    expect(text).toContain(
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 03 tập thể và 12 cá nhân.',
    );
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // What this path keeps: the page-number header (from page 2) and the landscape section.
    const zip = await JSZip.loadAsync(Buffer.from(word.insertions[0]!.base64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(xml).toMatch(/<w:titlePg/);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(headers.some((h) => /PAGE/.test(h))).toBe(true);
  });

  it.each([
    ['replace', 'document', 'Document.insertFileFromBase64', W.replaced('bac-son.xlsx')],
    ['new-document', 'new-document', 'Application.createDocument(base64).open', W.opened('bac-son.xlsx')],
  ] as const)(
    'WordApi 1.5, a document with text: asks first; answer "%s" → %s',
    async (answer, path, method, message) => {
      const word = new FakeWord(1.5);
      word.body = { text: 'Công văn số 12', tables: 0, pictures: 0 };
      const asked: unknown[] = [];
      const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
      const r = await host.insertFromFile(bacSon(), {
        confirmReplace: async (o) => (asked.push(o), answer as ReplaceAnswer),
      });
      expect(asked).toEqual([{ newDocument: true, download: false }]);
      expect(r).toMatchObject({ kind: 'inserted', path, message });
      expect(word.insertions.map((i) => i.method)).toEqual([method]);
    },
  );

  it('WordApi 1.5, a document holding only a table: still asks; "Huỷ" leaves it untouched', async () => {
    const word = new FakeWord(1.5);
    word.body = { text: ' \n', tables: 1, pictures: 0 };
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    const r = await host.insertFromFile(bacSon(), { confirmReplace: async () => 'cancel' });
    expect(r).toMatchObject({ kind: 'cancelled', message: W.cancelled });
    expect(word.insertions).toEqual([]);
    expect(word.body).toEqual({ text: ' \n', tables: 1, pictures: 0 });
  });

  it('WordApi 1.5 and nobody to ask: never replaces a document with content, opens a new one', async () => {
    const word = new FakeWord(1.5);
    word.body = { text: '', tables: 0, pictures: 1 };
    const r = await createWordReportHost(word.run, { isSetSupported: word.isSetSupported }).insertFromFile(bacSon());
    expect(r).toMatchObject({ kind: 'inserted', path: 'new-document' });
    expect(word.insertions.map((i) => i.requirementSet)).toEqual(['WordApi 1.3']);
  });

  it('Word 2019 / 2016 (WordApi 1.3): opens the report as a new document, asks nothing, reads nothing', async () => {
    const word = new FakeWord(1.3);
    word.body = { text: 'Công văn số 12', tables: 0, pictures: 0 };
    const r = await createWordReportHost(word.run, { isSetSupported: word.isSetSupported }).insertFromFile(bacSon(), {
      confirmReplace: async () => {
        throw new Error('must not ask');
      },
    });
    expect(r).toMatchObject({ kind: 'inserted', path: 'new-document', message: W.opened('bac-son.xlsx') });
    expect(word.insertions.map((i) => [i.method, i.requirementSet])).toEqual([
      ['Application.createDocument(base64).open', 'WordApi 1.3'],
    ]);
    expect(word.syncs).toBe(1);
    expect(word.body.text).toBe('Công văn số 12');
    expect(word.asked).toContain('WordApi 1.5');
  });

  it('WordApi 1.1 only: inserts at the cursor and says plainly that page numbers and the landscape page are lost', async () => {
    const word = new FakeWord(1.1);
    const r = await createWordReportHost(word.run, { isSetSupported: word.isSetSupported }).insertFromFile(bacSon());
    expect(r).toMatchObject({ kind: 'inserted', path: 'selection', message: W.insertedAtCursor('bac-son.xlsx') });
    expect(r.message).toMatch(/số trang/);
    expect(r.message).toMatch(/nằm ngang/);
    expect(word.insertions.map((i) => [i.method, i.requirementSet, i.location])).toEqual([
      ['Range.insertFileFromBase64', 'WordApi 1.1', 'Replace'],
    ]);
  });

  it('the fake refuses a method of a set this Word lacks (ApiNotFound), as Office does', async () => {
    const word = new FakeWord(1.1);
    const r = await createWordReportHost(word.run, { isSetSupported: () => true }).insertFromFile(bacSon());
    expect(r.kind === 'refused' && r.message).toContain('ApiNotFound');
    expect(word.insertions).toEqual([]);
  });

  it.each([
    [
      'a file that is not a zip',
      'so-lieu.xlsx',
      new TextEncoder().encode('không phải sổ tính'),
      /Không đọc được tệp “so-lieu.xlsx”/,
    ],
    ['a truncated workbook', 'cut.xlsx', new Uint8Array(fs.readFileSync(EXAMPLE).subarray(0, 4000)), /Không đọc được/],
    ['a file that is not .xlsx by name', 'bieu.xls', new Uint8Array([1, 2, 3]), /không phải sổ tính .xlsx/],
  ])('refuses %s and inserts nothing', async (_what, name, bytes, message) => {
    const word = new FakeWord();
    const r = await createWordReportHost(word.run).insertFromFile(picked(name, bytes));
    expect(r.kind).toBe('refused');
    expect(r.kind === 'refused' && r.message).toMatch(message);
    expect(word.syncs).toBe(0);
    expect(word.insertions).toEqual([]);
  });

  it('refuses a workbook whose tally has errors, naming them, and inserts nothing', async () => {
    const json = bacSonJson();
    const data = path.join(dir, 'errors.json');
    fs.writeFileSync(data, JSON.stringify({ ...json, tally: { 'IV.2': { individual: 2, directIndividual: 5 } } }));
    const file = path.join(dir, 'errors.xlsx');
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await runCli(['create', file, '--data', data], quiet)).toBe(0);
    const word = new FakeWord();
    const r = await createWordReportHost(word.run).insertFromFile(picked('errors.xlsx', fs.readFileSync(file)));
    expect(r.kind).toBe('refused');
    expect(r.findings.some((f) => f.code === 'tally-error' && f.message.startsWith('Biểu tổng hợp!'))).toBe(true);
    expect(word.syncs).toBe(0);
  });

  it("compares with last period's workbook picked beside it; an unreadable one is a warning, the report still goes in", async () => {
    const previous = picked(
      'bac-son-nam-2023.xlsx',
      fs.readFileSync(path.join(ROOT, 'examples/bac-son-2023/bac-son-nam-2023.xlsx')),
    );
    const word = new FakeWord(1.5);
    const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
    const r = await host.insertFromFile(bacSon(), { previous });
    expect(r.kind).toBe('inserted');
    // The annual 2023 file is read, but a year is not compared with six months: said plainly.
    expect(r.findings.map((f) => f.code)).toEqual(['previous-unusable']);
    expect(r.findings[0]!.message).toContain('là biểu năm 2023, khác kỳ báo cáo (6 tháng đầu năm 2024)');
    const text = await documentText(word.insertions[0]!.base64);
    expect(text).not.toContain('So với');
    if (r.kind === 'inserted') expect(r.missing?.map((m) => m.number)).toContain('II.4.2.');

    const bad = await host.insertFromFile(bacSon(), { previous: picked('ky-truoc.xlsx', new Uint8Array([1, 2, 3])) });
    expect(bad.kind).toBe('inserted');
    expect(bad.findings.map((f) => f.code)).toEqual(['previous-unusable']);
    expect(bad.findings[0]!.message).toContain('“ky-truoc.xlsx”');
  });

  it('says so when Word refuses the insertion', async () => {
    const word = new FakeWord();
    word.fail = Object.assign(new Error('denied'), { code: 'AccessDenied' });
    const r = await createWordReportHost(word.run, { isSetSupported: word.isSetSupported }).insertFromFile(bacSon());
    expect(r.kind === 'refused' && r.message).toContain('AccessDenied');
    expect(word.insertions).toEqual([]);
  });

  describe('known Word bugs, met honestly', () => {
    // Word.InsertFileOptions, all WordApi 1.5 (@types/office-js): without them Word has kept the
    // open document's styles and paragraph spacing (office-js#5810, #3433, #3222, #3357).
    it('office-js#5810/#3433: the whole-document insert asks Word to import the report’s theme, styles, paragraph spacing and page colour', async () => {
      const word = new FakeWord(1.5);
      const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
      await host.insertFromFile(bacSon());
      expect(word.insertions[0]!.options).toEqual({
        importTheme: true,
        importStyles: true,
        importParagraphSpacing: true,
        importPageColor: true,
      });
      expect(word.insertions[0]!.options).toEqual(REPORT_INSERT_OPTIONS);
    });

    it('office-js#3222/#3357: a Word that drops the landscape section and the page numbers on insert: the clerk is told what was lost and how to set it', async () => {
      const word = new FakeWord(1.5);
      word.inserted = { sections: 1, primaryHeaders: [''] };
      const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
      const r = await host.insertFromFile(bacSon());
      expect(r).toMatchObject({
        kind: 'inserted',
        path: 'document',
        message: `${W.replaced('bac-son.xlsx')} ${W.lostOnInsert([W.lostSections, W.lostPageNumbers])}`,
      });
    });

    it('a Word that keeps everything says nothing was lost', async () => {
      const word = new FakeWord(1.5);
      const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported });
      const r = await host.insertFromFile(bacSon());
      expect(r).toMatchObject({ message: W.replaced('bac-son.xlsx') });
    });

    it('office-js#5507/#1745: on Word on the web a new document is never offered (it opens nothing); the .docx is offered for download instead', async () => {
      const word = new FakeWord(1.5);
      word.platform = 'OfficeOnline';
      word.body = { text: 'Công văn số 12', tables: 0, pictures: 0 };
      const asked: unknown[] = [];
      const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported, platform: word.platform });
      const r = await host.insertFromFile(bacSon(), {
        confirmReplace: async (o) => (asked.push(o), 'download'),
      });
      expect(asked).toEqual([{ newDocument: false, download: true }]);
      expect(r).toMatchObject({
        kind: 'download',
        fileName: 'bac-son.docx',
        message: W.downloadOffered('bac-son.docx'),
      });
      expect(word.insertions).toEqual([]);
      expect(word.body.text).toBe('Công văn số 12');
      const bytes = (r as { bytes: Uint8Array }).bytes;
      expect(Buffer.from(bytes.slice(0, 2)).toString()).toBe('PK'); // a .docx (zip)
    });

    it('office-js#5507: the fake plays it: createDocument(…).open() on the web opens nothing', async () => {
      const word = new FakeWord(1.5);
      word.platform = 'OfficeOnline';
      await word.run(async (ctx) => {
        ctx.application.createDocument('UEs=').open();
        await ctx.sync();
      });
      expect(word.opened).toEqual([]);
    });

    it('Word on the web without WordApi 1.5: the body at the cursor, never a new document', async () => {
      const word = new FakeWord(1.3);
      const host = createWordReportHost(word.run, { isSetSupported: word.isSetSupported, platform: 'OfficeOnline' });
      const r = await host.insertFromFile(bacSon());
      expect(r).toMatchObject({ kind: 'inserted', path: 'selection' });
    });
  });
});

describe('toBase64', () => {
  it.each([0, 1, 2, 3, 4, 5, 1000, 20000])('matches Node for %i bytes', (n) => {
    const bytes = new Uint8Array(n).map((_, i) => (i * 7919 + 13) & 255);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
