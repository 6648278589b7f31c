/**
 * Repair reads what it can hold: a workbook beyond repair's budget is refused in seconds,
 * naming the sheet and what to do, and left as it was; one within it repairs with every typed
 * value kept. The big files are made here, never kept in git.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CATALOGUE, TALLY_SHEET_NAME, validateWorkbook } from '../../src/core';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { REGISTER_XML_MIN_CELLS } from '../../src/hosts/xlsx/registerXml';
import { unitLines } from '../../scripts/bench/aggregateCli.bench';
import { REGISTER_CAPACITY, REGISTER_FIRST_ROW, REGISTER_SHEET_NAME } from '../../src/core/layout/register';
import { createWorkbookFile, readWorkbookFile, repairWorkbookFile } from '../../src/hosts/xlsx';
import { checkRepairBudget, REPAIR_BUDGET, repairCost } from '../../src/hosts/xlsx/repairBudget';
import { readWorkbookBytesSelective } from '../../src/hosts/xlsx/selectiveBytes';
import { inflatePrefix, readZipEntry } from '../../src/hosts/xlsx/zip';
import { paperFormInputs } from '../helpers/paperForm';
import { unzip, zip } from '../helpers/zip';
import { openXlsx, tempDir } from './files';

const dir = tempDir('tdkt-repair-budget-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const FOREIGN = 'Dữ liệu gốc';

/** The part of a sheet, by its name. */
function partOf(parts: Map<string, Buffer>, sheet: string): string {
  const wb = parts.get('xl/workbook.xml')!.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)![1]!;
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  return `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`;
}

/** `rows` rows of `cols` numbers, as a sheet's rows. */
function dataRows(from: number, to: number, cols: number): string {
  const out: string[] = [];
  for (let r = from; r <= to; r++) {
    let line = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) line += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r * 10 + c}</v></c>`;
    out.push(`${line}</row>`);
  }
  return out.join('');
}

/** The paper form plus a foreign sheet of `rows` × 8 numbers. */
async function withForeignSheet(name: string, rows: number): Promise<string> {
  const base = path.join(dir, `${name}-base.xlsx`);
  await createWorkbookFile(base, paperFormInputs());
  const parts = unzip(fs.readFileSync(base));
  const edit = (part: string, f: (s: string) => string) =>
    parts.set(part, Buffer.from(f(parts.get(part)!.toString('utf8'))));
  edit('xl/workbook.xml', (s) =>
    s.replace('</sheets>', `<sheet name="${FOREIGN}" sheetId="99" r:id="rIdData"/></sheets>`),
  );
  edit('xl/_rels/workbook.xml.rels', (s) =>
    s.replace(
      '</Relationships>',
      '<Relationship Id="rIdData" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
    ),
  );
  edit('[Content_Types].xml', (s) =>
    s.replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  parts.set(
    'xl/worksheets/sheet99.xml',
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${dataRows(1, rows, 8)}</sheetData></worksheet>`,
    ),
  );
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, zip(parts));
  return file;
}

describe('repair within its budget', () => {
  it('issue 24.10: repair of a tally that runs to row 1,048,576 is refused by name, the file left as it was', async () => {
    const base = path.join(dir, 'million-base.xlsx');
    await createWorkbookFile(base, paperFormInputs());
    const parts = unzip(fs.readFileSync(base));
    const tally = partOf(parts, TALLY_SHEET_NAME);
    const rows: string[] = [];
    for (let r = 200; r <= 1048576; r++) rows.push(`<row r="${r}"><c r="K${r}"><v>1</v></c></row>`);
    parts.set(
      tally,
      Buffer.from(
        parts
          .get(tally)!
          .toString('utf8')
          .replace('</sheetData>', `${rows.join('')}</sheetData>`),
      ),
    );
    const file = path.join(dir, 'million.xlsx');
    fs.writeFileSync(file, zip(parts));
    const before = fs.readFileSync(file);

    const rss = process.memoryUsage().rss;
    const out = path.join(dir, 'million-out.xlsx');
    const err = await repairWorkbookFile(file, { output: out }).catch((e: unknown) => e);
    expect(err).toMatchObject({ problem: 'too-large-to-repair' });
    const message = (err as Error).message;
    expect(message).toContain(`“${TALLY_SHEET_NAME}”`);
    // Counted only as far as the budget: "more than" so many rows.
    expect(message).toMatch(/có hơn [\d.]+ dòng/);
    expect(message).toContain('xóa các dòng thừa');
    expect(process.memoryUsage().rss - rss).toBeLessThan(400 * 1024 * 1024);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // Validate reads the same file selectively, as the CLI does (Node's inflater): the tally's XML
    // cut at the reader's bound, never taken for a damaged part (which sent it to exceljs: 35 s, 2.4 GB).
    const read = readWorkbookBytesSelective(before, file, {
      zip: { whole: readZipEntry, prefix: inflatePrefix },
      requireTally: false,
    });
    expect(read.grids.sheets[TALLY_SHEET_NAME]).toBeDefined();
  }, 120000);

  it('issue 24.10: a workbook whose foreign data sheet is beyond the budget is refused naming that sheet; validate still reads it', async () => {
    const rows = Math.ceil(REPAIR_BUDGET / 9) + 1000; // 8 cells and a row each
    const file = await withForeignSheet('big-data', rows);
    const err = await repairWorkbookFile(file, { output: path.join(dir, 'big-out.xlsx') }).catch((e: unknown) => e);
    expect(err).toMatchObject({ problem: 'too-large-to-repair' });
    expect((err as Error).message).toContain(`“${FOREIGN}”`);
    expect((err as Error).message).toContain('sang một tệp khác');
    // Validate reads only what it needs: the same file is read.
    await expect(readWorkbookFile(file)).resolves.toBeDefined();
  }, 120000);

  it('issue 24.10: a register at its capacity with every column filled is within the budget (a full register repairs)', async () => {
    const base = path.join(dir, 'register-base.xlsx');
    await createWorkbookFile(base, paperFormInputs());
    const parts = unzip(fs.readFileSync(base));
    const part = partOf(parts, REGISTER_SHEET_NAME);
    const rows: string[] = [];
    for (let r = REGISTER_FIRST_ROW; r < REGISTER_FIRST_ROW + REGISTER_CAPACITY; r++) {
      const text = (col: string, t: string) => `<c r="${col}${r}" t="inlineStr"><is><t>${t}</t></is></c>`;
      rows.push(
        `<row r="${r}"><c r="A${r}"><v>${r - 5}</v></c>${text('B', `${r % 300}/QĐ-UBND`)}<c r="C${r}"><v>45915</v></c>` +
          `${text('D', 'UBND huyện Bắc Sơn')}${text('E', 'Giấy khen của Chủ tịch UBND cấp xã (cấp cơ sở)')}` +
          `${text('F', 'Khen chuyên đề')}${text('G', 'Cá nhân')}<c r="H${r}"><v>1</v></c>${text('I', `Nguyễn Thị Hồng ${r}`)}` +
          `${text('J', 'Chi hội trưởng Hội Phụ nữ thôn Đồng Tâm')}${text('K', 'x')}${text('L', `ghi chú ${r}`)}` +
          `${text('M', `UBND xã Đồng Tâm ${r % 40}`)}</row>`,
      );
    }
    const xml = parts.get(part)!.toString('utf8');
    parts.set(
      part,
      Buffer.from(
        xml.replace(/<sheetData>[\s\S]*?<\/sheetData>|<sheetData\/>/, (m) =>
          m.endsWith('/>')
            ? `<sheetData>${rows.join('')}</sheetData>`
            : m.replace('</sheetData>', `${rows.join('')}</sheetData>`),
        ),
      ),
    );
    const buf = zip(parts);
    const { total } = repairCost(buf);
    expect(total).toBeLessThan(REPAIR_BUDGET);
    expect(() => checkRepairBudget(buf, 'full-register.xlsx')).not.toThrow();
    // Renamed (repair adopts it by its content, issue 24.3): still inside.
    const wb = parts.get('xl/workbook.xml')!.toString('utf8');
    parts.set(
      'xl/workbook.xml',
      Buffer.from(wb.replace(`name="${REGISTER_SHEET_NAME}"`, 'name="DS khen thưởng 2024"')),
    );
    expect(() => checkRepairBudget(zip(parts), 'renamed-register.xlsx')).not.toThrow();
  }, 120000);

  it('issue 24.10: a sheet of ours weighs more than a foreign one (repair copies what it cannot keep and lists each value): 100,000 rows of one number are refused in the tally, not in a foreign sheet', async () => {
    const rows: string[] = [];
    for (let r = 200; r < 100200; r++) rows.push(`<row r="${r}"><c r="K${r}"><v>1</v></c></row>`);
    const base = path.join(dir, 'weights-base.xlsx');
    await createWorkbookFile(base, paperFormInputs());
    // In the tally, under its table.
    const inTally = unzip(fs.readFileSync(base));
    const tally = partOf(inTally, TALLY_SHEET_NAME);
    inTally.set(
      tally,
      Buffer.from(
        inTally
          .get(tally)!
          .toString('utf8')
          .replace('</sheetData>', `${rows.join('')}</sheetData>`),
      ),
    );
    expect(() => checkRepairBudget(zip(inTally), 'tally.xlsx')).toThrow(`“${TALLY_SHEET_NAME}”`);
    // The same rows in a sheet of the clerk's own.
    const file = await withForeignSheet('weights-foreign', 0);
    const parts = unzip(fs.readFileSync(file));
    parts.set(
      'xl/worksheets/sheet99.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
      ),
    );
    expect(() => checkRepairBudget(zip(parts), 'foreign.xlsx')).not.toThrow();
  }, 120000);

  it('issue 24.10: a sheet stored outside xl/worksheets/ is counted too', async () => {
    const file = await withForeignSheet('elsewhere', Math.ceil(REPAIR_BUDGET / 9) + 1000);
    const parts = unzip(fs.readFileSync(file));
    parts.set('xl/data/big.xml', parts.get('xl/worksheets/sheet99.xml')!);
    parts.delete('xl/worksheets/sheet99.xml');
    const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
    parts.set(
      'xl/_rels/workbook.xml.rels',
      Buffer.from(rels.replace('Target="worksheets/sheet99.xml"', 'Target="data/big.xml"')),
    );
    expect(() => checkRepairBudget(zip(parts), 'elsewhere.xlsx')).toThrow(`“${FOREIGN}”`);
  }, 120000);

  it('issue 24.10: a workbook within the budget repairs, every value of its foreign sheet kept', async () => {
    const file = await withForeignSheet('small-data', 2000);
    const out = path.join(dir, 'small-out.xlsx');
    await repairWorkbookFile(file, { output: out });
    const wb = await openXlsx(out);
    const ws = wb.getWorksheet(FOREIGN)!;
    expect(ws.rowCount).toBe(2000);
    expect(ws.getCell('A1').value).toBe(10);
    expect(ws.getCell('H2000').value).toBe(20007);
  }, 120000);

  it('issue 24.10: repair writes a large register’s lines as XML rows (as create does): every line as typed, dates shown as dates, no error after', async () => {
    const lines = unitLines(Math.ceil(REGISTER_XML_MIN_CELLS / 8) + 100, 0);
    lines[0] = { ...lines[0]!, name: '=1+1' }; // text that looks like a formula stays text
    const file = path.join(dir, 'big-register.xlsx');
    await createWorkbookFile(file, {
      info: { unitName: 'Xã Đồng Tâm', period: '6 tháng đầu năm', year: 2024 },
      documents: [],
      tally: {},
      register: lines,
      tallySource: 'register',
    });
    const before = readWorkbookInputs(DEFAULT_CATALOGUE, (await readWorkbookFile(file)).grids).inputs.register;
    const out = path.join(dir, 'big-register-out.xlsx');
    await repairWorkbookFile(file, { output: out });
    const read = await readWorkbookFile(out);
    expect(readWorkbookInputs(DEFAULT_CATALOGUE, read.grids).inputs.register).toEqual(before);
    const result = validateWorkbook(DEFAULT_CATALOGUE, read.grids, { surface: 'cli' });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const ws = (await openXlsx(out)).getWorksheet(REGISTER_SHEET_NAME)!;
    expect(ws.getCell('I6').value).toBe('=1+1');
    expect(ws.getCell('C6').numFmt).toMatch(/d.*m.*y/i);
  }, 240000);

  it('a large register’s rich text and hyperlinks survive repair’s XML rows: each such cell kept as it was (runs, link), the other lines as typed', async () => {
    const lines = unitLines(Math.ceil(REGISTER_XML_MIN_CELLS / 8) + 100, 1);
    const file = path.join(dir, 'big-rich.xlsx');
    await createWorkbookFile(file, {
      info: { unitName: 'Xã Đồng Tâm', period: '6 tháng đầu năm', year: 2024 },
      documents: [],
      tally: {},
      register: lines,
      tallySource: 'register',
    });
    // The clerk's formatting: a name in two runs, a link to the decision, a link into the workbook.
    const rich = {
      richText: [
        { text: 'Nguyễn Văn ', font: { name: 'Times New Roman', size: 12 } },
        { text: 'An', font: { name: 'Times New Roman', size: 12, bold: true, color: { argb: 'FFC00000' } } },
      ],
    };
    const link = { text: '45/QĐ-UBND', hyperlink: 'https://dongtam.gov.vn/qd/45.pdf' };
    const inside = { text: 'xem biểu', hyperlink: "#'Biểu tổng hợp'!A1" };
    const wb = await openXlsx(file);
    const ws = wb.getWorksheet(REGISTER_SHEET_NAME)!;
    ws.getCell('I7').value = rich;
    ws.getCell('B8').value = link;
    ws.getCell('L2000').value = inside;
    await wb.xlsx.writeFile(file);
    const before = readWorkbookInputs(DEFAULT_CATALOGUE, (await readWorkbookFile(file)).grids).inputs.register;

    const out = path.join(dir, 'big-rich-out.xlsx');
    await repairWorkbookFile(file, { output: out });
    const again = (await openXlsx(out)).getWorksheet(REGISTER_SHEET_NAME)!;
    expect(again.getCell('I7').value).toEqual(rich);
    expect(again.getCell('B8').value).toEqual(link);
    expect(again.getCell('L2000').value).toMatchObject({ text: 'xem biểu' });
    expect(again.getCell('L2000').hyperlink).toBe(inside.hyperlink);
    // Their line formats (the cell's style) as the plan gives them, beside lines written as XML.
    expect(again.getCell('I7').border?.top?.style).toBe('thin');
    expect(again.getCell('B8').border?.top?.style).toBe('thin');
    expect(readWorkbookInputs(DEFAULT_CATALOGUE, (await readWorkbookFile(out)).grids).inputs.register).toEqual(before);
  }, 240000);
});
