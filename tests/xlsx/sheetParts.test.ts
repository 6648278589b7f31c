/**
 * Sheets stored under another part name (issue 24). Excel and LibreOffice store worksheets as
 * xl/worksheets/sheetN.xml, but the part's name is free: the workbook finds it through
 * xl/_rels/workbook.xml.rels (ECMA-376 Part 2, Open Packaging Conventions §9.3: a part is
 * found by its relationship's target, not its name). exceljs 4.4 reads only parts named
 * xl/worksheets/sheetN.xml (lib/xlsx/xlsx.js, `_processWorksheetEntry` on that regex) and
 * drops any other sheet silently — which repair, writing exceljs's workbook back, would
 * turn into a lost sheet. The files are built here with fflate.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { TALLY_SHEET_NAME } from '../../src/core';
import { createWorkbookFile, readWorkbookFile, repairWorkbookFile } from '../../src/hosts/xlsx';
import { readWorkbookBytesSelective } from '../../src/hosts/xlsx/selectiveBytes';
import { paperFormInputs } from '../helpers/paperForm';
import { openXlsx, tempDir } from './files';

const dir = tempDir('tdkt-sheet-parts-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const FOREIGN = 'Ghi chép riêng';
const WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

type Parts = Record<string, Uint8Array>;

function edit(parts: Parts, name: string, f: (s: string) => string): void {
  parts[name] = strToU8(f(strFromU8(parts[name]!)));
}

/** The relationship target of a sheet, by its name. */
function targetOf(parts: Parts, sheet: string): { rid: string; target: string } {
  const wb = strFromU8(parts['xl/workbook.xml']!);
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']!);
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)![1]!;
  const tag = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*>`).exec(rels)![0];
  return { rid, target: /Target="([^"]+)"/.exec(tag)![1]! };
}

/** Store a listed sheet's part under `part` (and its relationship's target as `target`). */
function movePart(parts: Parts, sheet: string, part: string, target: string): void {
  const { rid, target: old } = targetOf(parts, sheet);
  const from = `xl/${old.replace(/^\/?xl\//, '')}`;
  parts[part] = parts[from]!;
  delete parts[from];
  const rels = `${from.replace(/[^/]+$/, '')}_rels/${from.split('/').pop()}.rels`;
  if (parts[rels]) {
    parts[`${part.replace(/[^/]+$/, '')}_rels/${part.split('/').pop()}.rels`] = parts[rels]!;
    delete parts[rels];
  }
  edit(parts, 'xl/_rels/workbook.xml.rels', (s) =>
    s.replace(new RegExp(`(<Relationship [^>]*Id="${rid}"[^>]*Target=")[^"]+"`), `$1${target}"`),
  );
  edit(parts, '[Content_Types].xml', (s) => s.replace(`PartName="/${from}"`, `PartName="/${part}"`));
}

/** The paper form with a foreign sheet of typed values stored as `part` (target `target`). */
async function build(name: string, change: (parts: Parts) => void): Promise<string> {
  const base = path.join(dir, `${name}-base.xlsx`);
  await createWorkbookFile(base, paperFormInputs());
  const parts = unzipSync(fs.readFileSync(base));
  change(parts);
  const out: Zippable = {};
  for (const [n, d] of Object.entries(parts)) out[n] = d;
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, zipSync(out));
  return file;
}

/** Add the foreign sheet at `part`, listed last, with values in A1, B2 and a text in C3. */
function addForeign(parts: Parts, part: string, target: string): void {
  edit(parts, 'xl/workbook.xml', (s) =>
    s.replace('</sheets>', `<sheet name="${FOREIGN}" sheetId="77" r:id="rIdOther"/></sheets>`),
  );
  edit(parts, 'xl/_rels/workbook.xml.rels', (s) =>
    s.replace(
      '</Relationships>',
      `<Relationship Id="rIdOther" Type="${WORKSHEET}" Target="${target}"/></Relationships>`,
    ),
  );
  edit(parts, '[Content_Types].xml', (s) =>
    s.replace(
      '</Types>',
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  parts[part] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1"><v>41</v></c></row><row r="2"><c r="B2"><v>2.5</v></c></row>' +
      '<row r="3"><c r="C3" t="inlineStr"><is><t>Sổ theo dõi của chị Hằng</t></is></c></row></sheetData></worksheet>',
  );
}

async function exceljsSheets(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb.worksheets.map((w) => w.name);
}

describe('issue 24: a sheet stored under another part name is never dropped', () => {
  it.each([
    ['xl/worksheets/data.xml', 'worksheets/data.xml'],
    ['xl/worksheets/Sheet1.xml', 'worksheets/Sheet1.xml'],
    ['xl/sheets/other.xml', '/xl/sheets/other.xml'],
  ])(
    'a foreign sheet stored as %s (target %s) is kept by repair with its values',
    async (part, target) => {
      const file = await build(`foreign-${part.replace(/\W/g, '-')}`, (p) => addForeign(p, part, target));
      // The premise: exceljs alone loses it.
      expect(await exceljsSheets(file)).not.toContain(FOREIGN);
      const out = path.join(dir, `out-${path.basename(file)}`);
      await repairWorkbookFile(file, { output: out });
      const wb = await openXlsx(out);
      const ws = wb.getWorksheet(FOREIGN)!;
      expect(ws).toBeDefined();
      expect(ws.getCell('A1').value).toBe(41);
      expect(ws.getCell('B2').value).toBe(2.5);
      expect(ws.getCell('C3').value).toBe('Sổ theo dõi của chị Hằng');
    },
    60000,
  );

  it('the tally stored as xl/worksheets/Sheet1.xml: validate reads it as written; repair keeps every value', async () => {
    const plain = path.join(dir, 'tally-plain.xlsx');
    await createWorkbookFile(plain, paperFormInputs());
    const file = await build('tally-moved', (p) =>
      movePart(p, TALLY_SHEET_NAME, 'xl/worksheets/Sheet1.xml', 'worksheets/Sheet1.xml'),
    );
    expect(await exceljsSheets(file)).not.toContain(TALLY_SHEET_NAME);
    const before = (await readWorkbookFile(plain)).grids.sheets[TALLY_SHEET_NAME]!.values;
    // validate and aggregate (CLI: readWorkbookFile; pane: the same selective reader over fflate).
    expect((await readWorkbookFile(file)).grids.sheets[TALLY_SHEET_NAME]!.values).toEqual(before);
    expect(readWorkbookBytesSelective(fs.readFileSync(file), 'x.xlsx').grids.sheets[TALLY_SHEET_NAME]!.values).toEqual(
      before,
    );
    const out = path.join(dir, 'tally-moved-out.xlsx');
    await repairWorkbookFile(file, { output: out });
    expect((await readWorkbookFile(out)).grids.sheets[TALLY_SHEET_NAME]!.values).toEqual(before);
  }, 60000);

  it('a chart sheet (never kept by exceljs) makes repair refuse, naming it; the file is left as it was', async () => {
    const file = await build('chart', (p) => {
      edit(p, 'xl/workbook.xml', (s) =>
        s.replace('</sheets>', '<sheet name="Biểu đồ khen thưởng" sheetId="78" r:id="rIdChart"/></sheets>'),
      );
      edit(p, 'xl/_rels/workbook.xml.rels', (s) =>
        s.replace(
          '</Relationships>',
          '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
        ),
      );
      p['xl/chartsheets/sheet1.xml'] = strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
      );
    });
    const before = fs.readFileSync(file);
    const out = path.join(dir, 'chart-out.xlsx');
    const err = await repairWorkbookFile(file, { output: out }).catch((e: unknown) => e);
    expect(err).toMatchObject({ problem: 'sheet-not-kept' });
    expect((err as Error).message).toContain('“Biểu đồ khen thưởng”');
    expect((err as Error).message).toContain('sang một tệp khác');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  }, 60000);
});
