/**
 * The sheet shows what the checker sees (issue 14, item 4), in a real spreadsheet engine:
 * LibreOffice recalculates a created workbook a clerk has typed mistakes into, and its
 * HTML export (conditional formats applied) and PDF (number formats applied) are read.
 *
 * Regressions pinned: 2.5 shown as "03" by the "00" format; text "05", "18 người" and a
 * negative count not highlighted; an overwritten TỔNG CỘNG not highlighted; a count in a
 * grey (not applicable) cell added by the sheet's level total but not by the checker.
 */
import * as path from 'path';
import * as fs from 'fs';
import { buildWorkbookPlan, DEFAULT_CATALOGUE as cat, TALLY_SHEET_NAME, validateWorkbook } from '../../src/core';
import { attachmentLine } from '../../src/core/layout/info';
import { sheetPlan } from '../../src/core/workbook/plan';
import { tallyRowOf } from '../../src/core/layout/tally';
import { COLORS } from '../../src/core/layout/styles';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { paperFormInputs } from '../helpers/paperForm';
import { editFile, tempDir } from './files';
import { convert, htmlSheet, pdftotext, pdfText, type ShownCell } from './libreoffice';
import { describeWithSoffice } from '../helpers/libreoffice';
import { itIfInstalled } from '../helpers/prerequisites';

const { maybe } = describeWithSoffice();
// Used inside `maybe` blocks only: skipped with them where soffice is missing.
const maybePdf = itIfInstalled([{ what: 'pdftotext', present: !!pdftotext, install: 'apt-get install poppler-utils' }]);

const ALERT = COLORS.alert.toUpperCase();
const total = tallyRowOf(cat, cat.rows.find((r) => r.kind === 'total')!.id);
const levelIII = tallyRowOf(cat, 'III');
/** What the clerk typed: each a mistake the checker reports. */
const EDITS: Record<string, string | number> = {
  [`D${tallyRowOf(cat, 'III.4.chuyenDe')}`]: 2.5, // a fraction
  [`D${tallyRowOf(cat, 'III.4.thuongXuyen')}`]: '05', // a count typed as text
  [`D${tallyRowOf(cat, 'III.4')}`]: '18 người', // words
  [`D${tallyRowOf(cat, 'IV.1')}`]: -2, // negative
  [`C${tallyRowOf(cat, 'III.1')}`]: 2, // Lao động tiên tiến has no collectives: a grey cell
  [`D${total}`]: 7, // TỔNG CỘNG typed over its formula
};

maybe('LibreOffice shows the checker’s findings on the sheet', () => {
  let shown: ShownCell[][];
  let pdf: string;
  let checker: ReturnType<typeof validateWorkbook>;
  const at = (address: string): ShownCell => {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    return shown[Number(m[2])]![m[1]!.charCodeAt(0) - 64]!;
  };

  beforeAll(async () => {
    const dir = tempDir('tdkt-lo-cf-');
    const file = path.join(dir, 'mistakes.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    await editFile(file, { [TALLY_SHEET_NAME]: EDITS });
    checker = validateWorkbook(cat, (await readWorkbookFile(file)).grids);
    shown = htmlSheet(fs.readFileSync(convert(file, 'html', dir), 'utf8'), TALLY_SHEET_NAME);
    pdf = file;
    if (pdftotext) pdf = convert(file, 'pdf', dir);
  }, 120000);

  it('reads the sheet where the plan puts it', () => {
    expect(at(`B${tallyRowOf(cat, 'III.1')}`).text).toBe('Lao động tiên tiến');
  });

  it.each(Object.keys(EDITS))('%s: the checker reports it and the sheet lights it up', (address) => {
    expect(checker.findings.filter((f) => f.sheet === TALLY_SHEET_NAME && f.address === address)).toHaveLength(1);
    expect({ address, bg: at(address).bg }).toEqual({ address, bg: ALERT });
  });

  it('no other input or computed cell lights up (the sheet says no more than the checker)', () => {
    const plan = sheetPlan(buildWorkbookPlan(cat), 'tally');
    const flagged = new Set(checker.findings.map((f) => f.address));
    const lit = plan.cells
      .filter((c) => c.role === 'input' || c.role === 'computed' || c.role === 'unavailable')
      .filter((c) => at(c.address).bg === ALERT)
      .map((c) => c.address);
    expect(lit.filter((a) => !flagged.has(a))).toEqual([]);
  });

  it('the level total adds only applicable cells, as the checker: the grey cell’s 2 is not in it', () => {
    const level = checker.computed!.get('III')!;
    expect(at(`C${levelIII}`).value).toBe(level.collective);
    expect(level.collective).toBe(paperFormInputs().tally['III.4']?.collective ?? 0);
  });

  maybePdf('prints 2.5 as 2.5, not "03" (the "00" format of counts)', () => {
    const text = pdfText(pdf);
    const line = text.split('\n').find((l) => /\b2[.,]5\b/.test(l));
    expect(line).toMatch(/Khen chuyên đề\s+01\s+2[.,]5\b/);
    expect(text).not.toMatch(/Khen chuyên đề\s+01\s+03\b/);
  });
});

maybe('LibreOffice prints the tally as the paper form does (issue 14, item 6)', () => {
  let text = '';
  let recalculated: Awaited<ReturnType<typeof readWorkbookFile>>;
  const given = paperFormInputs();

  beforeAll(async () => {
    const dir = tempDir('tdkt-lo-print-');
    const file = path.join(dir, 'paper.xlsx');
    await createWorkbookFile(file, given);
    recalculated = await readWorkbookFile(convert(file, 'xlsx', path.join(dir, 'xlsx')));
    if (pdftotext) text = pdfText(convert(file, 'pdf', dir));
  }, 120000);

  it('"(Kèm theo …)" in sentence case, computed by the sheet’s formula as by the core', () => {
    const shown = recalculated.grids.sheets[TALLY_SHEET_NAME]!.values[2]![0];
    expect(shown).toBe(attachmentLine(given.info));
    expect(shown).toContain('của Hội đồng thi đua – khen thưởng thị trấn Bắc Sơn)');
  });

  maybePdf('regression: "00" and "0.00" printed on levels and totals with nothing awarded; now blank', () => {
    const line = (label: string) => text.split('\n').find((l) => l.includes(label)) ?? '';
    const state = line('Khen thưởng cấp Nhà nước');
    expect(state).not.toBe('');
    expect(state).not.toMatch(/\b00\b|0[.,]00/);
    // TỔNG CỘNG: 05 tập thể, 34 cá nhân, no household, no direct-labour collective → blanks.
    expect(line('TỔNG CỘNG')).toMatch(/TỔNG CỘNG \(I \+ II \+ III \+ IV\)\s+05\s+34\s+04\s+11[.,]76/);
  });
});
