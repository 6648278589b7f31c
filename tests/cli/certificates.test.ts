/**
 * issue 21.4–21.5: `tdkt certificates` (in process, runCli): a decision's Giấy khen written
 * (one page per awardee, the proposed Số vào sổ listed with their cells), a number no line
 * carries (exit 2, no file), lines that cannot make a certificate or a bad layout (exit 1, each
 * finding named, no file), a province's layout file (--layout) with its bad entries named, and
 * the calibration page (--calibration) without a number.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { tdkt } from '../helpers/cli';
import { editFile, tempDir } from '../xlsx/files';

const ROOT = path.resolve(__dirname, '..', '..');
const dir = tempDir('tdkt-certificates-cli-');
const at = (name: string) => path.join(dir, name);
let workbook = '';

/** The page size and the frames' positions of the .docx written. */
async function frames(file: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return {
    sections: (xml.match(/<w:sectPr/g) ?? []).length,
    frames: [...xml.matchAll(/<w:framePr [^>]*w:x="(\d+)" w:y="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]),
    text: xml,
  };
}

let unnumbered = '';

beforeAll(async () => {
  workbook = at('dong-tam.xlsx');
  expect((await tdkt('create', workbook, '--data', path.join(ROOT, 'examples/dong-tam-2025/data.json'))).code).toBe(0);
  // The example types every Số vào sổ of 417/QĐ-UBND; a copy without them shows the proposals.
  const json = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/dong-tam-2025/data.json'), 'utf8')) as {
    register: Record<string, unknown>[];
  };
  for (const l of json.register) if (l.decision === '417/QĐ-UBND') delete l.bookNumber;
  fs.writeFileSync(at('unnumbered.json'), JSON.stringify(json));
  unnumbered = at('dong-tam-unnumbered.xlsx');
  expect((await tdkt('create', unnumbered, '--data', at('unnumbered.json'))).code).toBe(0);
}, 120_000);

describe('issue 21.5: tdkt certificates', () => {
  it('writes one page per awardee and lists the Số vào sổ it proposed, with their cells', async () => {
    const out = at('gk.docx');
    const r = await tdkt('certificates', unnumbered, '--number', '417/QĐ-UBND', '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Đã ghi 11 giấy khen vào/);
    expect(r.out).toMatch(/Số vào sổ đề xuất cho 11 dòng chưa có số/);
    // 416/QĐ-UBND keeps its typed 01/2025–09/2025: the next free number is 10/2025.
    expect(r.out).toMatch(/Q\d+ {2}Thôn Đông: 10\/2025\n/);
    const d = await frames(out);
    expect(d.sections).toBe(11);
    expect(d.text).toContain('w:hAnchor="page" w:vAnchor="page"');
  });

  it('a number no line carries: exit 2 and no file', async () => {
    const out = at('none.docx');
    const r = await tdkt('certificates', workbook, '--number', '999/QĐ-UBND', '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không có dòng nào ghi số quyết định “999\/QĐ-UBND”/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a decision of another level’s lines: exit 1, each line named by its cell, no file', async () => {
    const out = at('ttg.docx');
    const r = await tdkt('certificates', workbook, '--number', '1875/QĐ-TTg', '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Chưa in được giấy khen/);
    expect(r.err).toMatch(/Ô E\d+ trang “Danh sách khen thưởng”/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a bad number in the sheet "Mẫu in giấy khen": exit 1 naming the cell, no file', async () => {
    const bad = at('bad-layout.xlsx');
    fs.copyFileSync(workbook, bad);
    await editFile(bad, { 'Mẫu in giấy khen': { B6: 'ba mm' } });
    const out = at('bad.docx');
    const r = await tdkt('certificates', bad, '--number', '417/QĐ-UBND', '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Ô B6 trang “Mẫu in giấy khen” \(Độ lệch máy in: ngang x/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('--layout: a province file moves the print; a bad entry of it is named (exit 1)', async () => {
    const layout = at('tinh.json');
    fs.writeFileSync(layout, JSON.stringify({ offset: { x: 10, y: 0 } }));
    const out = at('moved.docx');
    const r = await tdkt('certificates', workbook, '--number', '417/QĐ-UBND', '-o', out, '--layout', layout);
    expect(r.code).toBe(0);
    const base = await frames(at('gk.docx'));
    const moved = await frames(out);
    // 10 mm = 567 twips to the right, every frame.
    expect(moved.frames.map(([x, y]) => [x! - 567, y])).toEqual(
      base.frames.map(([x, y]) => [expect.closeTo(x!, -0.5), y]),
    );
    fs.writeFileSync(layout, JSON.stringify({ fields: { name: { size: 'to' } } }));
    const r2 = await tdkt('certificates', workbook, '--number', '417/QĐ-UBND', '-o', at('x.docx'), '--layout', layout);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/Tệp mẫu in “tinh\.json”, trường “name” .*size: “to” không phải số/);
    expect(fs.existsSync(at('x.docx'))).toBe(false);
  });

  it('--calibration: the calibration page alone, no number needed; no number and no --calibration is a usage error', async () => {
    const out = at('can-chinh.docx');
    const r = await tdkt('certificates', workbook, '--calibration', '-o', out);
    expect(r.code).toBe(0);
    const d = await frames(out);
    expect(d.sections).toBe(1);
    expect(d.text).toContain('<pic:pic');
    const u = await tdkt('certificates', workbook);
    expect(u.code).toBe(2);
    expect(u.err).toMatch(/Thiếu số: tdkt certificates/);
  });
});
