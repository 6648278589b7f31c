/**
 * issue 21.2–21.5: `tdkt decision` and `tdkt proposal` through the compiled CLI (bin/tdkt.js
 * → build/cli, compiled by `npx tsc -p tsconfig.cli.json`), on a real .xlsx made from the Đồng
 * Tâm example with thành tích and Tờ trình on some lines; the .docx written is read back and
 * its text checked. A number no line carries: exit 2 and no file; lines that cannot make the
 * document: exit 1, each named by its cell, no file. The workbook is made from the example's data.json.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { tdkt } from '../helpers/cli';
import { tempDir } from '../xlsx/files';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'tdkt.js');
const dir = tempDir('tdkt-documents-');
const at = (name: string) => path.join(dir, name);

/** The compiled CLI, as a clerk runs it (never the sources). */
function compiled(...argv: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    encoding: 'utf8',
    env: { ...process.env, TDKT_FROM_SOURCE: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The text of every paragraph of the .docx, runs joined. */
async function docxTexts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/(<w:br\/>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => (t[1] ? ' ' : '') + t[2])
      .join('')
      .replace(/&amp;/g, '&'),
  );
}

const ACHIEVEMENT = 'đã có thành tích xuất sắc trong phong trào thi đua năm 2025';

let workbook = '';
beforeAll(async () => {
  // The compiled CLI must be of these sources (bin/tdkt.js would otherwise fall back to ts-node).
  const tsc = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.cli.json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(tsc.status).toBe(0);
  // The example as it ships: 416–418/QĐ-UBND with their thành tích and Tờ trình, two proposals to the province.
  workbook = at('dong-tam.xlsx');
  expect((await tdkt('create', workbook, '--data', path.join(ROOT, 'examples/dong-tam-2025/data.json'))).code).toBe(0);
}, 300_000);

describe('issue 21: tdkt decision', () => {
  it('issue 21.2: writes the decision of 417/QĐ-UBND with its danh sách on a new page (text read back from the .docx)', async () => {
    const out = at('qd-417.docx');
    const r = compiled('decision', workbook, '--number', '417/QĐ-UBND', '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(out);
    const texts = await docxTexts(out);
    const i = (s: string) => texts.indexOf(s);
    expect(texts).toContain('ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM');
    expect(texts).toContain('Số: 417/QĐ-UBND');
    expect(texts).toContain('Đồng Tâm, ngày 08 tháng 12 năm 2025');
    expect(texts).toContain(`Về việc công nhận danh hiệu “Tập thể lao động tiên tiến” cho 11 tập thể ${ACHIEVEMENT}`);
    expect(texts).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM');
    expect(texts).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(texts).toContain(
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;',
    );
    expect(texts).toContain(
      'Xét đề nghị của Chủ tịch Hội đồng Thi đua – Khen thưởng xã Đồng Tâm tại Tờ trình số 10/TTr-HĐTĐKT ngày 01/12/2025.',
    );
    expect(texts).toContain(
      `Điều 1. Công nhận danh hiệu “Tập thể lao động tiên tiến” cho 11 tập thể ${ACHIEVEMENT} (có danh sách kèm theo). Kèm theo tiền thưởng: mỗi tập thể 1.880.000 đồng; tổng số tiền thưởng là 20.680.000 đồng (Bằng chữ: Hai mươi triệu sáu trăm tám mươi nghìn đồng).`,
    );
    expect(texts).toContain('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.');
    expect(texts).toContain('- Như Điều 3;');
    expect(texts).toContain('Nguyễn Văn An');
    // The danh sách comes after a section break (a new page), grouped.
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml.indexOf('<w:sectPr>')).toBeGreaterThan(0);
    expect(xml.indexOf('<w:sectPr>')).toBeLessThan(xml.indexOf('DANH SÁCH'));
    expect(i('DANH SÁCH')).toBeGreaterThan(i('Nguyễn Văn An'));
    expect(texts).toContain(
      '(Kèm theo Quyết định số 417/QĐ-UBND ngày 08 tháng 12 năm 2025 của Chủ tịch UBND xã Đồng Tâm)',
    );
    expect(texts.slice(i('DANH SÁCH'))).toEqual(
      expect.arrayContaining(['I', 'Tập thể', '1', 'Thôn Đông', '11', 'Trạm Y tế xã']),
    );
    // One thành tích shared by every line is said in the trích yếu and Điều 1, not on each row.
    expect(texts.slice(i('DANH SÁCH')).join('\n')).not.toContain(ACHIEVEMENT);
  }, 120_000);

  it('issue 21.7: drafts from the bundled example as it ships (examples/dong-tam-2025/dong-tam-nam-2025.xlsx), its money in the danh sách', async () => {
    const out = at('qd-416-example.docx');
    const example = path.join(ROOT, 'examples/dong-tam-2025/dong-tam-nam-2025.xlsx');
    const r = compiled('decision', example, '--number', '416/QĐ-UBND', '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const texts = await docxTexts(out);
    expect(texts.join('\n')).toContain(
      'Kèm theo tiền thưởng: mỗi cá nhân 2.350.000 đồng; tổng số tiền thưởng là 21.150.000 đồng (Bằng chữ: Hai mươi mốt triệu một trăm năm mươi nghìn đồng).',
    );
    const list = texts.slice(texts.indexOf('DANH SÁCH'));
    expect(list).toEqual(expect.arrayContaining(['Số tiền (đồng)', '2.350.000', 'Tổng cộng', '21.150.000']));
    // Only the commune's own decisions are offered when the number is wrong.
    const wrong = compiled('decision', example, '--number', '9/QĐ-UBND', '-o', at('qd-9.docx'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('416/QĐ-UBND');
    expect(wrong.err).not.toContain('2210/QĐ-UBND');
  }, 120_000);

  it('issue 21.5: a number not in the register is exit 2, no file, and the numbers there are listed', () => {
    const out = at('qd-none.docx');
    const r = compiled('decision', workbook, '--number', '999/QĐ-UBND', '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không có dòng nào ghi số quyết định “999/QĐ-UBND”');
    expect(r.err).toContain('417/QĐ-UBND');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('issue 21.2: lines that cannot make the decision are findings naming their cells, exit 1, no file', () => {
    const out = at('qd-415.docx');
    // 415/QĐ-UBND: four grouped lines (12, 11, 25, 16 cá nhân) without names.
    const r = compiled('decision', workbook, '--number', '415/QĐ-UBND', '-o', out);
    expect(r.code).toBe(1);
    expect(r.err.match(/dòng chưa ghi tên/gu)).toHaveLength(4);
    expect(r.err).toContain('Ô I20 trang “Danh sách khen thưởng”');
    expect(fs.existsSync(out)).toBe(false);
    // A provincial decision is not the commune's to draft.
    const province = compiled('decision', workbook, '--number', '1690/QĐ-UBND', '-o', out);
    expect(province.code).toBe(1);
    expect(province.err).toContain('không thuộc thẩm quyền của Chủ tịch UBND cấp xã');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('issue 21.5: --number is required (exit 2)', async () => {
    const r = await tdkt('decision', workbook);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--number');
  });
});

describe('issue 21.7: the Bắc Sơn example kept with the register drafts its decision and Tờ trình', () => {
  const BAC_SON = path.join(ROOT, 'examples/bac-son-2024/bac-son-6-thang-2024-danh-sach.xlsx');

  it('issue 21.7: its tally is the paper’s (05 tập thể, 34 cá nhân, 11,76 %), no finding; 45/QĐ-UBND drafts with its 15 names and money', async () => {
    const v = compiled('validate', BAC_SON);
    expect(v.code).toBe(0);
    expect(v.out).toContain('Không có lỗi.');
    expect(v.out).toMatch(/Tập thể: 05\n[\s\S]*Cá nhân: 34\n[\s\S]*11,76 %/u);
    const out = at('bac-son-45.docx');
    const r = compiled('decision', BAC_SON, '--number', '45/QĐ-UBND', '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const texts = await docxTexts(out);
    expect(texts).toContain(
      'Điều 1. Tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn cho 03 tập thể và 12 cá nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2023 (có danh sách kèm theo). Kèm theo tiền thưởng: mỗi tập thể 540.000 đồng, mỗi cá nhân 270.000 đồng; tổng số tiền thưởng là 4.860.000 đồng (Bằng chữ: Bốn triệu tám trăm sáu mươi nghìn đồng).',
    );
    expect(texts).toContain(
      'Xét đề nghị của Chủ tịch Hội đồng Thi đua – Khen thưởng thị trấn Bắc Sơn tại Tờ trình số 03/TTr-HĐTĐKT ngày 25/01/2024.',
    );
    // Decided before 01/7/2025: NĐ 98/2023 is cited.
    expect(texts.join('\n')).toContain('Nghị định số 98/2023/NĐ-CP');
    const list = texts.slice(texts.indexOf('DANH SÁCH'));
    expect(list).toEqual(expect.arrayContaining(['Chi bộ khối phố 1', 'Dương Thị Quyên', '4.860.000']));
  }, 120_000);

  it('issue 21.7: the Tờ trình 12/TTr-UBND of the line proposed to the province', async () => {
    const out = at('bac-son-12.docx');
    const r = compiled('proposal', BAC_SON, '--number', '12/TTr-UBND', '-o', out);
    expect(r.code).toBe(0);
    const texts = await docxTexts(out);
    expect(texts).toContain('V/v đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể');
    expect(texts).toContain('Hội Nông dân thị trấn Bắc Sơn');
  }, 120_000);
});

describe('issue 21: tdkt proposal', () => {
  it('issue 21.3: writes the Tờ trình of the proposal lines of 25/TTr-UBND to the province, with its danh sách', async () => {
    const out = at('tt-25.docx');
    const r = compiled('proposal', workbook, '--number', '25/TTr-UBND', '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const texts = await docxTexts(out);
    expect(texts).toContain('TỜ TRÌNH');
    expect(texts).toContain('Số: 25/TTr-UBND');
    expect(texts).toContain('Đồng Tâm, ngày 15 tháng 12 năm 2025');
    expect(texts).toContain('V/v đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể và 01 cá nhân');
    expect(texts).toContain('Kính gửi: Chủ tịch UBND tỉnh.');
    expect(texts.join('\n')).toContain(
      'kính đề nghị Chủ tịch UBND tỉnh xem xét, quyết định tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể và 01 cá nhân, gồm: (có danh sách kèm theo).',
    );
    // The Hội đồng reviewed them; the UBND xã carries them up.
    expect(texts.join('\n')).toContain('đã được Hội đồng Thi đua – Khen thưởng xã Đồng Tâm xét duyệt');
    expect(texts).toContain('TM. ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM');
    expect(texts).toContain('TẬP THỂ, CÁ NHÂN ĐƯỢC ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Hội Cựu chiến binh xã Đồng Tâm',
        'Trịnh Văn Hải',
        'Trưởng thôn Bắc',
        'đã có thành tích xuất sắc trong xây dựng nông thôn mới năm 2025',
        'đã có thành tích xuất sắc trong công tác hội và phong trào thi đua năm 2025',
      ]),
    );
  }, 120_000);

  it('issue 21.5: a Tờ trình number with no proposal line is exit 2 and no file (10/TTr-HĐTĐKT is decided already)', () => {
    const out = at('tt-10.docx');
    const r = compiled('proposal', workbook, '--number', '10/TTr-HĐTĐKT', '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('25/TTr-UBND');
    expect(fs.existsSync(out)).toBe(false);
  });
});
