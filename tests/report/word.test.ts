/** Word: "Chèn báo cáo từ sổ tính…" against a small Word fake (syncs counted, base64 recorded). */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { runCli } from '../../src/cli/main';
import { toBase64 } from '../../src/hosts/word/base64';
import { createWordReportHost, type PickedFile, type WordContextLike, type WordRun } from '../../src/hosts/word/report';
import { tempDir } from '../xlsx/files';
import { bacSonJson, ROOT } from './helpers';

class FakeWord {
  syncs = 0;
  inserted: { base64: string; location: string }[] = [];
  private queued: { base64: string; location: string }[] = [];
  fail?: Error;
  readonly run: WordRun = async (batch) => {
    const ctx: WordContextLike = {
      document: {
        getSelection: () => ({
          insertFileFromBase64: (base64: string, location: 'Replace') => {
            this.queued.push({ base64, location });
          },
        }),
      },
      sync: async () => {
        this.syncs++;
        if (this.fail) throw this.fail;
        this.inserted.push(...this.queued);
        this.queued = [];
      },
    };
    return batch(ctx);
  };
}

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
  it('inserts the Bắc Sơn report at the cursor in one batch, one sync', async () => {
    const word = new FakeWord();
    const r = await createWordReportHost(word.run).insertFromFile(picked('bac-son.xlsx', fs.readFileSync(EXAMPLE)));
    expect(r.kind).toBe('inserted');
    expect(word.syncs).toBe(1);
    expect(word.inserted).toHaveLength(1);
    expect(word.inserted[0]!.location).toBe('Replace');
    const text = await documentText(word.inserted[0]!.base64);
    expect(text).toContain(
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn cho 03 tập thể và 12 cá nhân (khen thường xuyên: 03 tập thể, 12 cá nhân).',
    );
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
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
    expect(word.inserted).toEqual([]);
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

  it('says so when Word refuses the insertion', async () => {
    const word = new FakeWord();
    word.fail = Object.assign(new Error('denied'), { code: 'AccessDenied' });
    const r = await createWordReportHost(word.run).insertFromFile(picked('bac-son.xlsx', fs.readFileSync(EXAMPLE)));
    expect(r.kind === 'refused' && r.message).toContain('AccessDenied');
    expect(word.inserted).toEqual([]);
  });
});

describe('toBase64', () => {
  it.each([0, 1, 2, 3, 4, 5, 1000, 20000])('matches Node for %i bytes', (n) => {
    const bytes = new Uint8Array(n).map((_, i) => (i * 7919 + 13) & 255);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
