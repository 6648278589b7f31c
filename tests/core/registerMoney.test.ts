/**
 * issue 21 (items 1, 2 remainders): the award money — "Tiền thưởng (đồng)" in the register
 * after the documents' columns, written Vietnamese style (1.500.000 đồng, and in words for the
 * decision's total), checked one finding per cell, carried into Điều 1 and the danh sách only
 * where the clerk gives it — and the decision numbers offered being the commune's own.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE,
  inputsFromJson,
  planRepair,
  REGISTER_SHEET_NAME,
  validateWorkbook,
  type WorkbookGrids,
  type WorkbookInputsJson,
} from '../../src/core';
import { findCatalogue } from '../../src/core/catalogue';
import { DOCUMENTS, documentFromWorkbook, documentSource } from '../../src/core/documents';
import { numbersIn } from '../../src/core/documents/lines';
import { formatMoney, moneyInWords, numberInWords } from '../../src/core/format/money';
import { REGISTER_COLUMNS, REGISTER_LIST_COLS } from '../../src/core/layout/register';
import { planToGrids, setGridCell, type MutableGrid } from '../../src/core/planToGrids';
import type { RegisterLine } from '../../src/core/register';
import { documentTexts } from '../../src/core/report';
import { TEXT } from '../../src/core/text/vi';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { bacSonRegisterInputs } from '../helpers/register';
import { recalculateRegister } from '../helpers/recalc';

const cat2025 = findCatalogue('tong-hop-khen-thuong/2025')!;
const example = (): WorkbookInputsJson =>
  JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../examples/dong-tam-2025/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
/** The example without its award money: each test gives the amounts it checks. */
const dongTam = (): WorkbookInputsJson => {
  const j = example();
  return { ...j, register: j.register!.map(({ money: _money, ...l }) => l) };
};
const grids = (j: WorkbookInputsJson) =>
  planToGrids(buildWorkbookPlan(cat2025, inputsFromJson(cat2025, j))) as { sheets: Record<string, MutableGrid> };

describe('issue 21.1: money written Vietnamese style', () => {
  it('issue 21.1: figures with "." thousands and "đồng"', () => {
    expect(formatMoney(1500000)).toBe('1.500.000 đồng');
    expect(formatMoney(270000)).toBe('270.000 đồng');
    expect(formatMoney(0)).toBe('0 đồng');
  });

  it('issue 21.1: in words, with linh, mốt, lăm, mười and the inner "không trăm"', () => {
    expect(moneyInWords(1500000)).toBe('Một triệu năm trăm nghìn đồng');
    expect(numberInWords(105)).toBe('một trăm linh năm');
    expect(numberInWords(15)).toBe('mười lăm');
    expect(numberInWords(21)).toBe('hai mươi mốt');
    expect(numberInWords(11)).toBe('mười một');
    expect(numberInWords(1005000)).toBe('một triệu không trăm linh năm nghìn');
    expect(numberInWords(2340000)).toBe('hai triệu ba trăm bốn mươi nghìn');
    expect(numberInWords(1000000005)).toBe('một tỷ không trăm linh năm');
    expect(numberInWords(0)).toBe('không');
  });
});

describe('issue 21.1: the register’s “Tiền thưởng (đồng)” column', () => {
  const inputs = bacSonRegisterInputs();

  it('issue 21.1: stands after Số vào sổ (R), its dropdown lists moved to T:U, typed as whole đồng ≥ 0', () => {
    expect(REGISTER_COLUMNS.money).toBe(18);
    expect(REGISTER_LIST_COLS).toEqual({ award: 20, kind: 21 });
    const reg = buildWorkbookPlan(DEFAULT_CATALOGUE).sheets.find((s) => s.key === 'register')!;
    expect(reg.cells.find((c) => c.row === 5 && c.col === 18)?.value).toBe('Tiền thưởng (đồng)');
    expect(reg.validations.find((v) => v.ranges[0]!.startsWith('R6:'))?.rule).toEqual({ type: 'wholeNumber', min: 0 });
    // Not printed: the list prints A:L (M with units), the documents' columns stay off paper.
    expect(reg.print.printArea).toMatch(/^A1:L\d+$/u);
  });

  it('issue 21.1: a text or a negative amount is one finding naming its cell; a number, blank or 0 none', () => {
    const g = planToGrids(buildWorkbookPlan(DEFAULT_CATALOGUE, inputs)) as { sheets: Record<string, MutableGrid> };
    const reg = g.sheets[REGISTER_SHEET_NAME]!;
    setGridCell(reg, 'R6', '1.500.000 đ');
    setGridCell(reg, 'R7', -270000);
    setGridCell(reg, 'R8', 270000);
    setGridCell(reg, 'R9', 0);
    recalculateRegister(DEFAULT_CATALOGUE, g);
    const money = validateWorkbook(DEFAULT_CATALOGUE, g).findings.filter((f) => f.rule === 'register-money-invalid');
    expect(money.map((f) => f.address)).toEqual(['R6', 'R7']);
    expect(money[0]!.message).toContain('Ô R6 trang “Danh sách khen thưởng” (cột Tiền thưởng (đồng))');
    expect(money[0]!.message).toContain('“1.500.000 đ” không phải số tiền');
  });

  /** A workbook made with the documents' columns N:Q but before the money: lists at S:T. */
  function madeBeforeMoney(lines: readonly RegisterLine[]): WorkbookGrids {
    const g = planToGrids(buildWorkbookPlan(DEFAULT_CATALOGUE, { ...inputs, register: lines })) as {
      sheets: Record<string, MutableGrid>;
    };
    const reg = g.sheets[REGISTER_SHEET_NAME]!;
    const cut = (rows: unknown[][]) => rows.forEach((r) => r.splice(REGISTER_COLUMNS.money - 1, 1));
    cut(reg.values);
    cut(reg.formulas);
    return g;
  }

  it('issue 21.1: a workbook made before the column says so once, and repair adds it with every line and typed cell kept', () => {
    const lines: RegisterLine[] = [
      ...inputs.register!,
      {
        decision: '9/QĐ-UBND',
        date: '12/6/2024',
        award: 'Giấy khen (cấp cơ sở)',
        subject: 'Cá nhân',
        quantity: 'hai',
        note: 7,
        bookNumber: 'GK-01',
        proposal: '3/TTr-HĐTĐKT',
        proposalDate: 45450,
      },
    ];
    const old = madeBeforeMoney(lines);
    // The lists stood at S:T.
    expect(old.sheets[REGISTER_SHEET_NAME]!.values[4]![18]).toBe(TEXT.register.listAwards);
    const layoutFindings = validateWorkbook(DEFAULT_CATALOGUE, old).findings.filter((f) =>
      f.rule.startsWith('register-columns'),
    );
    expect(layoutFindings.map((f) => `${f.rule} ${f.address}`)).toEqual(['register-columns-new R5']);
    expect(layoutFindings[0]!.message).toContain('“Tiền thưởng (đồng)”');
    const repair = planRepair(DEFAULT_CATALOGUE, old);
    expect(repair.displaced).toEqual([]);
    const fixed = planToGrids(repair.plan);
    const reg = fixed.sheets[REGISTER_SHEET_NAME]!;
    expect(reg.values[4]![REGISTER_COLUMNS.money - 1]).toBe('Tiền thưởng (đồng)');
    expect(reg.values[4]![REGISTER_LIST_COLS.award - 1]).toBe(TEXT.register.listAwards);
    const before = readWorkbookInputs(DEFAULT_CATALOGUE, old).inputs.register!;
    const back = readWorkbookInputs(DEFAULT_CATALOGUE, fixed).inputs.register!;
    expect(back).toEqual(before);
    expect(back).toHaveLength(lines.length);
    expect(
      validateWorkbook(DEFAULT_CATALOGUE, fixed).findings.filter(
        (f) => f.rule.startsWith('register-columns') || f.rule === 'register-layout-moved',
      ),
    ).toEqual([]);
  });
});

describe('issue 21.2: the decision says the award money only where the register gives it', () => {
  it('issue 21.2: one amount per subject: “mỗi tập thể …”, the total in figures and words, and a “Số tiền” column with its total', () => {
    const j = dongTam();
    const register = j.register!.map((l) =>
      l.decision === '417/QĐ-UBND' ? { ...l, money: 540000 } : l,
    ) as WorkbookInputsJson['register'];
    const r = documentFromWorkbook(grids({ ...j, register }), 'decision', '417/QĐ-UBND');
    if (r.status !== 'ok') throw new Error(r.findings.map((f) => f.message).join('\n'));
    const texts = documentTexts(r.document);
    const article1 = texts.find((t) => t.startsWith('Điều 1.'))!;
    expect(article1).toContain('(có danh sách kèm theo). Kèm theo tiền thưởng: mỗi tập thể 540.000 đồng;');
    // 11 collectives × 540.000.
    expect(article1).toContain(
      'tổng số tiền thưởng là 5.940.000 đồng (Bằng chữ: Năm triệu chín trăm bốn mươi nghìn đồng).',
    );
    const list = documentTexts({ ...r.document, sections: [r.document.sections[1]!] });
    expect(list).toEqual(expect.arrayContaining(['Số tiền (đồng)', '540.000', 'Tổng cộng', '5.940.000']));
  });

  it('issue 21.2: amounts that differ: Điều 1 points to the danh sách, lines without money stay blank there', () => {
    const j = dongTam();
    let n = 0;
    const register = j.register!.map((l) =>
      l.decision === '416/QĐ-UBND' ? { ...l, ...(n++ < 2 ? { money: n === 1 ? 500000 : 300000 } : {}) } : l,
    ) as WorkbookInputsJson['register'];
    const r = documentFromWorkbook(grids({ ...j, register }), 'decision', '416/QĐ-UBND');
    if (r.status !== 'ok') throw new Error(r.findings.map((f) => f.message).join('\n'));
    const article1 = documentTexts(r.document).find((t) => t.startsWith('Điều 1.'))!;
    expect(article1).toContain(
      'Kèm theo tiền thưởng (mức của từng tập thể, cá nhân, hộ gia đình ghi tại danh sách kèm theo), tổng số tiền thưởng là 800.000 đồng (Bằng chữ: Tám trăm nghìn đồng).',
    );
  });

  it('issue 21.2: no money given: Điều 1 and the danh sách say none', () => {
    const r = documentFromWorkbook(grids(dongTam()), 'decision', '417/QĐ-UBND');
    if (r.status !== 'ok') throw new Error('not drafted');
    const texts = documentTexts(r.document);
    expect(texts.join('\n')).not.toContain('tiền thưởng');
    expect(texts).not.toContain('Số tiền (đồng)');
  });

  it('issue 21.7: the Đồng Tâm example gives 417/QĐ-UBND its money: 11 tập thể × 1.880.000 đồng', () => {
    const r = documentFromWorkbook(grids(example()), 'decision', '417/QĐ-UBND');
    if (r.status !== 'ok') throw new Error(r.findings.map((f) => f.message).join('\n'));
    expect(documentTexts(r.document).find((t) => t.startsWith('Điều 1.'))).toContain(
      'Kèm theo tiền thưởng: mỗi tập thể 1.880.000 đồng; tổng số tiền thưởng là 20.680.000 đồng (Bằng chữ: Hai mươi triệu sáu trăm tám mươi nghìn đồng).',
    );
  });

  it('issue 21.2: an amount that is no number stops the decision with a finding naming its cell', () => {
    const g = grids(dongTam());
    // Row 33 is line 28 (Thôn Đông, 417/QĐ-UBND).
    setGridCell(g.sheets[REGISTER_SHEET_NAME]!, 'R33', 'năm trăm nghìn');
    const r = documentFromWorkbook(g, 'decision', '417/QĐ-UBND');
    expect(r.status).toBe('unusable-lines');
    expect(r.findings.map((f) => f.address)).toEqual(['R33']);
    expect(r.findings[0]!.message).toContain('“năm trăm nghìn” không phải số tiền');
  });
});

describe('issue 21.5: the decision numbers offered are the commune’s own', () => {
  it('issue 21.5: the province’s and the State’s decisions are not offered; a number mixing levels is (drafting names the other lines)', () => {
    const j = dongTam();
    const source = documentSource(grids(j));
    if ('notOurs' in source) throw new Error('not ours');
    const offered = DOCUMENTS[0]!.numbers(source);
    expect(offered).toEqual([
      '415/QĐ-UBND',
      '416/QĐ-UBND',
      '417/QĐ-UBND',
      '302/QĐ-UBND',
      '418/QĐ-UBND',
      '355/QĐ-UBND',
      '419/QĐ-UBND',
      '420/QĐ-UBND',
    ]);
    for (const n of ['1875/QĐ-TTg', '2210/QĐ-UBND', '1690/QĐ-UBND', '512/QĐ-BGDĐT']) expect(offered).not.toContain(n);
    // Without the catalogue, every number (as before).
    expect(numbersIn(source.register, 'decision')).toContain('2210/QĐ-UBND');
    // A provincial line typed under a commune decision's number: still offered, and drafting names that line.
    const register = [
      ...j.register!,
      {
        decision: '417/QĐ-UBND',
        date: '2025-12-08',
        award: 'Bằng khen của Chủ tịch UBND tỉnh (cấp bộ, ngành, tỉnh)',
        subject: 'Tập thể',
        name: 'Thôn Mới',
      },
    ] as WorkbookInputsJson['register'];
    const mixed = grids({ ...j, register });
    const s2 = documentSource(mixed);
    if ('notOurs' in s2) throw new Error('not ours');
    expect(DOCUMENTS[0]!.numbers(s2)).toContain('417/QĐ-UBND');
    const r = documentFromWorkbook(mixed, 'decision', '417/QĐ-UBND');
    expect(r.status).toBe('unusable-lines');
    expect(r.findings.map((f) => f.address)).toEqual([`E${5 + register!.length}`]);
  });

  it('issue 21.5: in the four-level form (2024) the commune’s level is cơ sở: Bắc Sơn offers 45/QĐ-UBND, not the tỉnh’s or huyện’s', () => {
    const j = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../../examples/bac-son-2024/data-danh-sach.json'), 'utf8'),
    ) as WorkbookInputsJson;
    const g = planToGrids(buildWorkbookPlan(DEFAULT_CATALOGUE, inputsFromJson(DEFAULT_CATALOGUE, j)));
    const source = documentSource(g);
    if ('notOurs' in source) throw new Error('not ours');
    expect(numbersIn(source.register, 'decision')).toEqual([
      '1234/QĐ-UBND',
      '215/QĐ-UBND',
      '560/QĐ-UBND',
      '601/QĐ-UBND',
      '45/QĐ-UBND',
    ]);
    expect(DOCUMENTS[0]!.numbers(source)).toEqual(['45/QĐ-UBND']);
    const wrong = documentFromWorkbook(g, 'decision', '46/QĐ-UBND');
    expect(wrong.findings[0]!.message).toContain('Các số quyết định khen thưởng cấp xã đang có: 45/QĐ-UBND.');
  });
});
