/** `tdkt report` through real files: what it writes, what it prints, its exit codes. */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { tdkt } from '../helpers/cli';
import { tempDir } from '../xlsx/files';
import { bacSonJson } from './helpers';

const dir = tempDir('tdkt-report-');
const at = (name: string) => path.join(dir, name);

async function workbook(name: string, patch: (j: ReturnType<typeof bacSonJson>) => object): Promise<string> {
  const data = at(`${name}.json`);
  fs.writeFileSync(data, JSON.stringify(patch(bacSonJson())));
  const file = at(`${name}.xlsx`);
  expect((await tdkt('create', file, '--data', data)).code).toBe(0);
  return file;
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
}

describe('tdkt report', () => {
  it('writes the Bắc Sơn report from its workbook (exit 0, no warnings)', async () => {
    const file = await workbook('bac-son', (j) => j);
    const r = await tdkt('report', file, '-o', at('bac-son.docx'));
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('bac-son.docx');
    const text = await docxText(at('bac-son.docx'));
    expect(text).toContain(
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 03 tập thể và 12 cá nhân.',
    );
    expect(text).toContain('1.628 hộ dân'); // the narrative sheet made it through the file
  });

  it('missing header data: warnings naming the cell, the report still written (exit 0)', async () => {
    const file = await workbook('no-unit', (j) => ({ ...j, info: { ...j.info, unitName: null, year: null } }));
    const r = await tdkt('report', file, '-o', at('no-unit.docx'));
    expect(r.code).toBe(0);
    expect(r.err).toContain('CẢNH BÁO');
    expect(r.err).toContain('Thông tin chung”, ô B6');
    expect(r.err).toContain('Thông tin chung”, ô B9');
    expect(fs.existsSync(at('no-unit.docx'))).toBe(true);
  });

  it('a tally with errors gives no report (exit 2) unless --allow-errors', async () => {
    const file = await workbook('errors', (j) => ({
      ...j,
      tally: { ...j.tally, 'IV.2': { collective: 3, individual: 2, directIndividual: 5 } },
    }));
    const r = await tdkt('report', file, '-o', at('errors.docx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Biểu tổng hợp!');
    expect(r.err).toContain('chưa soạn báo cáo');
    expect(fs.existsSync(at('errors.docx'))).toBe(false);
    const allowed = await tdkt('report', file, '-o', at('errors.docx'), '--allow-errors');
    expect(allowed.code).toBe(0);
    expect(fs.existsSync(at('errors.docx'))).toBe(true);
  });

  it('never overwrites a file without --force, and wants a .docx name (exit 2)', async () => {
    const file = await workbook('force', (j) => j);
    fs.writeFileSync(at('mine.docx'), 'the clerk’s own report');
    const r = await tdkt('report', file, '-o', at('mine.docx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--force');
    expect(fs.readFileSync(at('mine.docx'), 'utf8')).toBe('the clerk’s own report');
    expect((await tdkt('report', file, '-o', at('mine.docx'), '--force')).code).toBe(0);
    expect((await tdkt('report', file, '-o', at('report.pdf'))).code).toBe(2);
  });

  it('regression: without -o it refused; now it writes beside the workbook under a free name, never overwriting', async () => {
    const file = await workbook('beside', (j) => j);
    fs.writeFileSync(at('beside-bao-cao.docx'), 'the clerk’s own report');
    const r = await tdkt('report', file);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(at('beside-bao-cao.docx'), 'utf8')).toBe('the clerk’s own report');
    expect(fs.existsSync(at('beside-bao-cao-2.docx'))).toBe(true);
    expect(r.out).toContain('beside-bao-cao-2.docx');
    expect((await tdkt('report', file)).code).toBe(0);
    expect(fs.existsSync(at('beside-bao-cao-3.docx'))).toBe(true);
  });
});
