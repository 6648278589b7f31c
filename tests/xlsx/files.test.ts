/** Reading real files: what the clerk types, what goes wrong, and files that cannot be used. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import {
  DEFAULT_CATALOGUE as cat,
  INFO_SHEET_NAME,
  REGISTER_SHEET_NAME,
  TALLY_SHEET_NAME,
  validateWorkbook,
  grandTotal,
} from '../../src/core';
import { infoAddress } from '../../src/core/layout/info';
import { toExcelSerial } from '../../src/core/format/vietnamese';
import { tallyRowOf } from '../../src/core/layout/tally';
import { computeTally } from '../../src/core/tally';
import { createWorkbookFile, readWorkbookFile, XlsxFileError } from '../../src/hosts/xlsx';
import { paperFormInputs } from '../helpers/paperForm';
import { editFile, tempDir } from './files';

const dir = tempDir();
let n = 0;
async function blank(): Promise<string> {
  const file = path.join(dir, `w${++n}.xlsx`);
  await createWorkbookFile(file);
  return file;
}
async function filled(): Promise<string> {
  const file = path.join(dir, `f${++n}.xlsx`);
  await createWorkbookFile(file, paperFormInputs());
  return file;
}
const row = (id: string) => tallyRowOf(cat, id);

describe('create → fill → validate', () => {
  it('lines entered in a blank workbook’s register validate clean and the tally adds them up', async () => {
    const file = await blank();
    const info = paperFormInputs().info;
    await editFile(file, {
      [INFO_SHEET_NAME]: {
        [infoAddress('issuingBody')]: info.issuingBody!,
        [infoAddress('unitName')]: info.unitName!,
        [infoAddress('place')]: info.place!,
        [infoAddress('period')]: '6 tháng đầu năm',
        [infoAddress('year')]: 2024,
        [infoAddress('documentCode')]: 'BC-UBND',
        [infoAddress('signerTitle')]: 'CHỦ TỊCH',
        [infoAddress('signerName')]: 'Nguyễn Văn A',
      },
      // A new workbook's tally follows the register: the clerk enters decision lines.
      [REGISTER_SHEET_NAME]: {
        B6: '215/QĐ-UBND',
        C6: toExcelSerial({ year: 2024, month: 1, day: 15 }),
        E6: 'Lao động tiên tiến (cấp huyện)',
        G6: 'Cá nhân',
        H6: 18,
        B7: '45/QĐ-UBND',
        C7: toExcelSerial({ year: 2024, month: 2, day: 1 }),
        E7: 'Giấy khen (cấp cơ sở)',
        G7: 'Tập thể',
        H7: 3,
        B8: '45/QĐ-UBND',
        C8: toExcelSerial({ year: 2024, month: 2, day: 1 }),
        E8: 'Giấy khen (cấp cơ sở)',
        G8: 'Cá nhân',
        H8: 6,
        K8: 'x',
        B9: '45/QĐ-UBND',
        C9: toExcelSerial({ year: 2024, month: 2, day: 1 }),
        E9: 'Giấy khen (cấp cơ sở)',
        G9: 'Cá nhân',
        H9: 6,
      },
    });
    const read = await readWorkbookFile(file);
    expect(read.grids.sheets[TALLY_SHEET_NAME]!.values[row('IV.2') - 1]![3]).toBe(12);
    const result = validateWorkbook(read.catalogue, read.grids);
    expect(result.info.year).toBe(2024);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const total = grandTotal(cat, result.computed!);
    expect(total).toMatchObject({ collective: 3, individual: 30, directIndividual: 6, directIndividualRate: 20 });
  });

  it('a count typed as text ("05") is found at its cell', async () => {
    const file = await filled();
    const addr = `D${row('III.1')}`;
    await editFile(file, { [TALLY_SHEET_NAME]: { [addr]: '05' } });
    const read = await readWorkbookFile(file);
    const f = validateWorkbook(cat, read.grids).findings.find((x) => x.rule === 'count-text-number');
    expect(f).toMatchObject({ sheet: TALLY_SHEET_NAME, address: addr, severity: 'error' });
  });

  it('a total formula replaced by a number is found', async () => {
    const file = await filled();
    const total = row(cat.rows.find((r) => r.kind === 'total')!.id);
    await editFile(file, { [TALLY_SHEET_NAME]: { [`D${total}`]: 34 } });
    const read = await readWorkbookFile(file);
    const f = validateWorkbook(cat, read.grids).findings.filter((x) => x.rule === 'formula-changed');
    expect(f.map((x) => x.address)).toEqual([`D${total}`]);
  });

  it('a deleted row stops at one structure-changed finding', async () => {
    const file = await filled();
    await editFile(
      file,
      {},
      { recalc: false, mutate: (wb) => wb.getWorksheet(TALLY_SHEET_NAME)!.spliceRows(row('II.2'), 1) },
    );
    const read = await readWorkbookFile(file);
    const result = validateWorkbook(cat, read.grids);
    expect(result.findings.map((x) => x.rule)).toContain('structure-changed');
    expect(result.findings.find((x) => x.rule === 'structure-changed')!.address).toBe(`B${row('II.2')}`);
  });

  it('cached totals left stale (no recalculation) are reported, not trusted', async () => {
    const file = await filled();
    await editFile(file, { [TALLY_SHEET_NAME]: { [`D${row('III.1')}`]: 20 } }, { recalc: false });
    const read = await readWorkbookFile(file);
    const result = validateWorkbook(cat, read.grids);
    expect(result.findings.some((x) => x.rule === 'computed-value-stale')).toBe(true);
    // the core's own totals come from the counts, not from the stale cache
    expect(grandTotal(cat, result.computed!).individual).toBe(36);
  });

  it('reads shared formulas as each cell’s own formula text', async () => {
    const file = path.join(dir, 'shared.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(TALLY_SHEET_NAME);
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.getCell('B1').value = { formula: 'A1*2', result: 2 };
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 4 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('C1').value = { richText: [{ text: 'Khen ' }, { text: 'thưởng', font: { bold: true } }] };
    ws.getCell('C2').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    ws.getCell('D1').value = new Date(Date.UTC(2024, 5, 18));
    ws.getCell('D2').value = true;
    await wb.xlsx.writeFile(file);
    const g = (await readWorkbookFile(file)).grids.sheets[TALLY_SHEET_NAME]!;
    expect(g.formulas![1]![1]).toBe('=A2*2');
    expect(g.values[1]![1]).toBe(4);
    expect(g.values[0]![2]).toBe('Khen thưởng');
    expect(g.values[1]![2]).toBe('#REF!');
    expect(g.values[0]![3]).toBe(45461); // 18/06/2024
    expect(g.values[1]![3]).toBe(true);
  });

  it('computes what the file shows from the counts alone (sanity: computeTally of the inputs)', async () => {
    const file = await filled();
    const read = await readWorkbookFile(file);
    const result = validateWorkbook(cat, read.grids);
    expect(grandTotal(cat, result.computed!)).toEqual(grandTotal(cat, computeTally(cat, paperFormInputs().tally)));
  });
});

describe('files that cannot be used', () => {
  const write = (name: string, content: Buffer | string) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, content);
    return f;
  };
  const problemOf = async (file: string) => {
    try {
      await readWorkbookFile(file);
    } catch (e) {
      expect(e).toBeInstanceOf(XlsxFileError);
      return { problem: (e as XlsxFileError).problem, message: (e as XlsxFileError).message };
    }
    throw new Error('read succeeded');
  };

  it.each([
    ['missing', () => path.join(dir, 'nope.xlsx'), 'missing', 'Không tìm thấy'],
    ['a directory', () => dir, 'not-a-file', 'thư mục'],
    ['empty', () => write('empty.xlsx', ''), 'empty', 'rỗng'],
    ['plain text', () => write('text.xlsx', 'TT;Danh hiệu;Tập thể\n1;Giấy khen;3\n'), 'not-zip', 'không phải'],
    [
      'an old .xls',
      () => write('old.xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)])),
      'old-xls',
      '.xls',
    ],
  ])('%s → %s', async (_n, make, problem, words) => {
    const file = make();
    const r = await problemOf(file);
    expect(r.problem).toBe(problem);
    expect(r.message).toContain(words);
    expect(r.message).toContain(file);
  });

  it('truncated (download cut short) → corrupt', async () => {
    const whole = fs.readFileSync(await filled());
    const r = await problemOf(write('cut.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6))));
    expect(r.problem).toBe('corrupt');
    expect(r.message).toContain('hỏng');
  });

  it('a Word document renamed .xlsx → not-xlsx', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo')] }] }));
    const r = await problemOf(write('report.xlsx', docx));
    expect(r.problem).toBe('not-xlsx');
  });

  it('a workbook without the tally sheet → no-tally', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Danh sách';
    const file = path.join(dir, 'other.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await problemOf(file);
    expect(r.problem).toBe('no-tally');
    expect(r.message).toContain('Biểu tổng hợp');
  });
});
