/** Issue 15 item 3: every cell type typed in an input cell round-trips through repair. */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { TALLY_SHEET_NAME, DEFAULT_CATALOGUE as cat } from '../../src/core';
import { DOCUMENTS_SHEET_NAME } from '../../src/core/layout/documents';
import { tallyRowOf } from '../../src/core/layout/tally';
import { NARRATIVE_SHEET_NAME, narrativeLayout } from '../../src/core/layout/narrative';
import { createWorkbookFile, repairWorkbookFile } from '../../src/hosts/xlsx';
import { paperFormInputs } from '../helpers/paperForm';
import { editFile, openXlsx, tempDir } from './files';

describe('regression (issue 15 item 3): dates come back as text serials, booleans are dropped', () => {
  it('dates (with their format), booleans, rich text, hyperlinks, error values and formulas survive repair', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'types.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    const narrativeRow = narrativeLayout().sectionRows.get('situation.overview')!;
    const iii1 = tallyRowOf(cat, 'III.1');
    const date = new Date(Date.UTC(2024, 0, 10));
    const rich = { richText: [{ text: 'Kế hoạch ' }, { text: 'số 01', font: { bold: true } }] };
    const link = { text: 'Văn bản gốc', hyperlink: 'https://example.org/vb01' };
    await editFile(
      file,
      {},
      {
        mutate: (wb) => {
          const docs = wb.getWorksheet(DOCUMENTS_SHEET_NAME)!;
          docs.getCell('B20').value = date;
          docs.getCell('B20').numFmt = 'dd/mm/yyyy';
          docs.getCell('C20').value = rich as ExcelJS.CellRichTextValue;
          docs.getCell('D20').value = link as ExcelJS.CellHyperlinkValue;
          wb.getWorksheet(NARRATIVE_SHEET_NAME)!.getCell(`C${narrativeRow}`).value = true;
          const t = wb.getWorksheet(TALLY_SHEET_NAME)!;
          t.getCell(`C${iii1}`).value = { error: '#N/A' } as ExcelJS.CellErrorValue;
          t.getCell(`D${iii1}`).value = { formula: '2+3', result: 5 } as ExcelJS.CellFormulaValue;
        },
      },
    );
    const outcome = await repairWorkbookFile(file);
    expect(outcome.repair.displaced).toEqual([]);
    const wb = await openXlsx(file);
    const docs = wb.getWorksheet(DOCUMENTS_SHEET_NAME)!;
    expect(docs.getCell('B20').value).toEqual(date);
    expect(docs.getCell('B20').numFmt).toBe('dd/mm/yyyy');
    expect(docs.getCell('C20').value).toEqual(rich);
    expect(docs.getCell('D20').value).toEqual(link);
    expect(wb.getWorksheet(NARRATIVE_SHEET_NAME)!.getCell(`C${narrativeRow}`).value).toBe(true);
    const t = wb.getWorksheet(TALLY_SHEET_NAME)!;
    expect(t.getCell(`C${iii1}`).value).toEqual({ error: '#N/A' });
    expect(t.getCell(`D${iii1}`).formula).toBe('2+3');
  });
});
