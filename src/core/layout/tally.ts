/**
 * The tally sheet, laid out like the paper form: three title lines, the merged
 * two-level header, one row per catalogue row, the notes under the table.
 */
import { a1, rangeA1 } from '../a1';
import { a4Print, pageBreaksBefore, printableHeight, printScale } from './print';
import type { Catalogue, CatalogueRow } from '../catalogue';
import { breakdownsOf, childrenOfGroup, levelRows, membersOfLevel } from '../catalogue';
import type { ComputedTally, CountColumn, RateColumn, Tally } from '../tally';
import { COUNT_COLUMNS, columnAllowed, computeTally, isInputRow, RATE_OF, rateAllowed, sumParts } from '../tally';
import { TEXT } from '../text/vi';
import { COLORS } from './styles';
import { attachmentLine, attachmentLineFormula, periodTitle, periodTitleFormula, type InfoValues } from './info';
import type { CellPlan, CellValue, ConditionalFormatPlan, SheetPlan, ValidationPlan } from './types';
import { awardKey, criterionLiteral, DIRECT_MARK, kindLabel, subjectLabel, type TallySource } from '../register';
import { REGISTER_NAMES } from './register';
import type { Subject } from '../catalogue';

export const TALLY_SHEET_NAME = 'Biểu tổng hợp';
export const TALLY_HEADER_ROWS = { first: 5, last: 7 } as const;
export const TALLY_FIRST_ROW = 8;

export type TallyColumn = 'number' | 'label' | CountColumn | RateColumn;

/** Sheet column (1-based) of each tally column, in the form's order. */
export const TALLY_COLUMNS: Readonly<Record<TallyColumn, number>> = {
  number: 1,
  label: 2,
  collective: 3,
  individual: 4,
  household: 5,
  directCollective: 6,
  directCollectiveRate: 7,
  directIndividual: 8,
  directIndividualRate: 9,
};
export const TALLY_LAST_COL = 9;

/** Characters of a row label (Times New Roman 12) on one line of column B, and of a note across A:I. */
const LABEL_CHARS_PER_LINE = 44;
const TALLY_COLUMN_WIDTHS = [6, 46, 10, 10, 10, 9, 10, 9, 10];
const NOTE_CHARS_PER_LINE = 150;

export const RATE_COLUMNS: readonly RateColumn[] = ['directCollectiveRate', 'directIndividualRate'];

export function letterOf(col: TallyColumn): string {
  return String.fromCharCode(64 + TALLY_COLUMNS[col]);
}

/** Sheet row of each catalogue row. */
export function tallyRowOf(catalogue: Catalogue, rowId: string): number {
  const i = catalogue.rows.findIndex((r) => r.id === rowId);
  if (i < 0) throw new Error(`No row ${rowId} in ${catalogue.formId}/${catalogue.version}`);
  return TALLY_FIRST_ROW + i;
}

export function tallyLastRow(catalogue: Catalogue): number {
  return TALLY_FIRST_ROW + catalogue.rows.length - 1;
}

/**
 * The formula a computed count cell holds, or undefined for an input cell: the SUM of
 * the core's `sumParts` — the same cells the checker counts, never a grey one.
 */
export function countFormula(catalogue: Catalogue, row: CatalogueRow, col: CountColumn): string | undefined {
  if (isInputRow(row)) return undefined;
  const L = letterOf(col);
  const parts = sumParts(catalogue, row, col);
  return parts.length ? `=SUM(${parts.map((p) => `${L}${tallyRowOf(catalogue, p.id)}`).join(',')})` : '=0';
}

/**
 * The count formula of workbooks made before sums skipped grey cells (every member);
 * still accepted by the checker so older files are not flagged, and rewritten by repair.
 */
export function legacyCountFormula(catalogue: Catalogue, row: CatalogueRow, col: CountColumn): string | undefined {
  const L = letterOf(col);
  let parts: CatalogueRow[];
  if (row.kind === 'group') parts = childrenOfGroup(catalogue, row.id);
  else if (row.kind === 'level') parts = membersOfLevel(catalogue, row.level!);
  else if (row.kind === 'total') parts = levelRows(catalogue);
  else return undefined;
  return `=SUM(${parts.map((p) => `${L}${tallyRowOf(catalogue, p.id)}`).join(',')})`;
}

/** =IF(C9=0,"",ROUND(F9/C9*100,2)): blank when the count is 0. */
export function rateFormula(catalogue: Catalogue, row: CatalogueRow, rate: RateColumn): string {
  const r = tallyRowOf(catalogue, row.id);
  const sl = `${letterOf(RATE_OF[rate].sl)}${r}`;
  const count = `${letterOf(RATE_OF[rate].count)}${r}`;
  return `=IF(${count}=0,"",ROUND(${sl}/${count}*100,2))`;
}

const SUBJECT_OF: Readonly<Record<CountColumn, Subject>> = {
  collective: 'collective',
  individual: 'individual',
  household: 'household',
  directCollective: 'collective',
  directIndividual: 'individual',
};

/**
 * In register mode, an input cell's formula: the register's quantities of this award
 * (and Loại, for a "Trong đó" row), subject and direct-labour mark, an empty quantity
 * counting as 1:
 * =SUMIFS(TDKT_DS_SoLuong,TDKT_DS_DanhHieu,"Giấy khen (cấp cơ sở)",TDKT_DS_DoiTuong,"Cá nhân")
 *  +COUNTIFS(TDKT_DS_DanhHieu,"Giấy khen (cấp cơ sở)",TDKT_DS_DoiTuong,"Cá nhân",TDKT_DS_SoLuong,"")
 */
export function registerCountFormula(catalogue: Catalogue, row: CatalogueRow, col: CountColumn): string {
  const N = REGISTER_NAMES;
  const award = row.kind === 'breakdown' ? catalogue.rows.find((r) => r.id === row.parent) : row;
  if (!award) throw new Error(`Breakdown ${row.id} has no award`);
  const criteria = [`${N.award},${criterionLiteral(awardKey(catalogue, award))}`];
  if (row.kind === 'breakdown') criteria.push(`${N.kind},${criterionLiteral(kindLabel(row))}`);
  criteria.push(`${N.subject},${criterionLiteral(subjectLabel(SUBJECT_OF[col]))}`);
  if (col === 'directCollective' || col === 'directIndividual') criteria.push(`${N.direct},"${DIRECT_MARK}"`);
  const c = criteria.join(',');
  // Less the proposals (a Tờ trình and no Số QĐ yet: nothing conferred), as `tallyFromRegister` does.
  const p = `${c},${N.proposal},"<>",${N.decision},""`;
  return `=SUMIFS(${N.quantity},${c})+COUNTIFS(${c},${N.quantity},"")-SUMIFS(${N.quantity},${p})-COUNTIFS(${p},${N.quantity},"")`;
}

/**
 * A register count formula as made before the documents' columns (no proposals to leave
 * out: its "-SUMIFS(…)-COUNTIFS(…)" terms dropped). Any other formula is returned as is.
 */
export function withoutProposalTerms(formula: string): string {
  return formula.includes(`,${REGISTER_NAMES.proposal},`) ? formula.replace(/-SUMIFS\(.*$/u, '') : formula;
}

/** The count formula of registers made before the documents' columns: still ours (validate accepts it, repair rewrites it). */
export function legacyRegisterCountFormula(catalogue: Catalogue, row: CatalogueRow, col: CountColumn): string {
  return withoutProposalTerms(registerCountFormula(catalogue, row, col));
}

function labelStyle(row: CatalogueRow): string {
  switch (row.kind) {
    case 'level':
    case 'group':
      return 'labelLevel';
    case 'breakdown':
      return 'labelBreakdown';
    case 'total':
      return 'labelTotal';
    default:
      return 'label';
  }
}

/** Vertical runs of the same column → A1 rectangles (fewer areas for validation and formats). */
function runs(cells: readonly { row: number; col: number }[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c.row]);
  const out: string[] = [];
  for (const [col, rows] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0]!;
    let prev = start;
    for (const r of [...rows.slice(1), Infinity]) {
      if (r !== prev + 1) {
        out.push(rangeA1(start, col, prev, col));
        start = r;
      }
      prev = r;
    }
  }
  return out;
}

function directFormula(sl: string, count: string): string {
  return (
    `=IF(ISNUMBER(${count}),AND(${count}>=0,${count}=INT(${count}),N(${sl})>${count}),` +
    `IF(ISERROR(${count}),FALSE,AND(LEN(TRIM(${count}))=0,N(${sl})>0)))`
  );
}

export function buildTallySheet(
  catalogue: Catalogue,
  tally: Tally,
  info: InfoValues,
  source: TallySource = 'typed',
  /** Register mode: count cells ("rowId:column") that stay typed (the switch could not turn them into lines). */
  typedCounts: ReadonlySet<string> = new Set(),
): SheetPlan {
  const computed: ComputedTally = computeTally(catalogue, tally);
  const cells: CellPlan[] = [];
  const put = (c: Omit<CellPlan, 'address'>) => cells.push({ ...c, address: a1(c.row, c.col) });
  const headers = TEXT.tally.headers;
  const C = TALLY_COLUMNS;

  put({ row: 1, col: 1, role: 'title', value: catalogue.title, style: 'title' });
  put({ row: 2, col: 1, role: 'title', formula: periodTitleFormula(), cached: periodTitle(info), style: 'subtitle' });
  put({
    row: 3,
    col: 1,
    role: 'title',
    formula: attachmentLineFormula(),
    cached: attachmentLine(info),
    style: 'attachment',
  });

  const h1 = TALLY_HEADER_ROWS.first;
  const header = (row: number, col: number, value: string) => put({ row, col, role: 'header', value, style: 'header' });
  header(h1, C.number, headers.number);
  header(h1, C.label, headers.label);
  header(h1, C.collective, headers.counts);
  header(h1, C.directCollective, headers.direct);
  header(h1 + 1, C.collective, headers.collective);
  header(h1 + 1, C.individual, headers.individual);
  header(h1 + 1, C.household, headers.household);
  header(h1 + 1, C.directCollective, headers.collective);
  header(h1 + 1, C.directIndividual, headers.individual);
  header(h1 + 2, C.directCollective, headers.sl);
  header(h1 + 2, C.directCollectiveRate, headers.rate);
  header(h1 + 2, C.directIndividual, headers.sl);
  header(h1 + 2, C.directIndividualRate, headers.rate);
  // Merged header cells still need their borders on every covered cell.
  for (let r = h1; r <= h1 + 2; r++) {
    for (let c = 1; c <= TALLY_LAST_COL; c++) {
      if (!cells.some((x) => x.row === r && x.col === c))
        put({ row: r, col: c, role: 'header', value: null, style: 'header' });
    }
  }

  const inputCells: { row: number; col: number }[] = [];
  const computedCells: { row: number; col: number }[] = [];
  const unavailableCells: { row: number; col: number }[] = [];
  for (const row of catalogue.rows) {
    const r = tallyRowOf(catalogue, row.id);
    const values = computed.get(row.id)!;
    const bold = !isInputRow(row);
    put({
      row: r,
      col: C.number,
      role: 'label',
      value: row.number || null,
      style: bold ? 'numberBold' : 'number',
      key: `tally:${row.id}:number`,
    });
    put({
      row: r,
      col: C.label,
      role: 'label',
      value: row.label,
      style: labelStyle(row),
      key: `tally:${row.id}:label`,
    });
    for (const col of COUNT_COLUMNS) {
      const key = `tally:${row.id}:${col}`;
      if (!isInputRow(row)) {
        put({
          row: r,
          col: C[col],
          role: 'computed',
          formula: countFormula(catalogue, row, col),
          cached: values[col],
          style: 'countComputed',
          key,
        });
        computedCells.push({ row: r, col: C[col] });
      } else if (columnAllowed(row, col) && source === 'register' && !typedCounts.has(`${row.id}:${col}`)) {
        put({
          row: r,
          col: C[col],
          role: 'computed',
          formula: registerCountFormula(catalogue, row, col),
          cached: values[col],
          style: 'countRegister',
          key,
        });
        computedCells.push({ row: r, col: C[col] });
      } else if (columnAllowed(row, col)) {
        const given = tally[row.id]?.[col];
        put({ row: r, col: C[col], role: 'input', value: given ?? null, style: 'countInput', key });
        inputCells.push({ row: r, col: C[col] });
      } else {
        put({ row: r, col: C[col], role: 'unavailable', value: null, style: 'unavailable', key });
        unavailableCells.push({ row: r, col: C[col] });
      }
    }
    for (const rate of RATE_COLUMNS) {
      const key = `tally:${row.id}:${rate}`;
      if (rateAllowed(row, rate)) {
        const v = values[rate];
        put({
          row: r,
          col: C[rate],
          role: 'computed',
          formula: rateFormula(catalogue, row, rate),
          cached: v === undefined ? '' : v,
          style: bold ? 'rateComputedBold' : 'rateComputed',
          key,
        });
        computedCells.push({ row: r, col: C[rate] });
      } else {
        put({ row: r, col: C[rate], role: 'unavailable', value: null, style: 'unavailable', key });
        unavailableCells.push({ row: r, col: C[rate] });
      }
    }
  }

  const last = tallyLastRow(catalogue);
  const merges = [
    'A1:I1',
    'A2:I2',
    'A3:I3',
    `A${h1}:A${h1 + 2}`,
    `B${h1}:B${h1 + 2}`,
    `C${h1}:E${h1}`,
    `F${h1}:I${h1}`,
    `C${h1 + 1}:C${h1 + 2}`,
    `D${h1 + 1}:D${h1 + 2}`,
    `E${h1 + 1}:E${h1 + 2}`,
    `F${h1 + 1}:G${h1 + 1}`,
    `H${h1 + 1}:I${h1 + 1}`,
  ];
  // Every printed row has its height, so the page breaks below are computed, not guessed:
  // a label longer than its column wraps to two lines; a note takes the lines its text needs
  // (a one-line note given two lines left an empty band before the last note).
  const rowHeights: Record<number, number> = { 1: 24, 2: 20, 3: 32, 4: 12, [h1]: 36, [h1 + 1]: 20, [h1 + 2]: 20 };
  for (const row of catalogue.rows) {
    rowHeights[tallyRowOf(catalogue, row.id)] = row.label.length > LABEL_CHARS_PER_LINE ? 32 : 17;
  }
  rowHeights[last + 1] = 10;
  catalogue.notes.forEach((note, i) => {
    const r = last + 2 + i;
    put({ row: r, col: 1, role: 'label', value: note, style: 'note' });
    merges.push(`A${r}:I${r}`);
    rowHeights[r] = 15 * Math.max(1, Math.ceil(note.length / NOTE_CHARS_PER_LINE)) + 2;
  });
  const print = a4Print('landscape', {
    titleRows: `${TALLY_HEADER_ROWS.first}:${TALLY_HEADER_ROWS.last}`,
    centerHorizontally: true,
  });
  const allRows = Array.from({ length: last + 1 + catalogue.notes.length }, (_, i) => rowHeights[i + 1] ?? 15);
  // A level heading never alone at the foot of a page; the table's last two rows, "Ghi chú:"
  // and the notes stay together, so no last page holds only the repeated header and the notes.
  const keepWithNext = new Set(levelRows(catalogue).map((l) => tallyRowOf(catalogue, l.id)));
  for (let r = last - 1; r < last + 1 + catalogue.notes.length; r++) keepWithNext.add(r);
  const pageHeight = printableHeight(print) / printScale(print, TALLY_COLUMN_WIDTHS);
  const repeatHeight = rowHeights[h1]! + rowHeights[h1 + 1]! + rowHeights[h1 + 2]!;
  const rowBreaks = pageBreaksBefore(allRows, 1, pageHeight, repeatHeight, keepWithNext);

  const validations: ValidationPlan[] = [];
  if (inputCells.length) {
    validations.push({
      ranges: runs(inputCells),
      rule: { type: 'wholeNumber', min: 0 },
      allowBlank: true,
      errorTitle: TEXT.validation.countTitle,
      errorMessage: TEXT.validation.countMessage,
      promptTitle: TEXT.validation.countPromptTitle,
      prompt: TEXT.validation.countPrompt,
    });
  }

  const cfs: ConditionalFormatPlan[] = [];
  for (const area of runs(unavailableCells)) {
    const topLeft = area.split(':')[0]!;
    cfs.push({
      range: area,
      formula: `=LEN(${topLeft})>0`,
      fill: COLORS.alert,
      fontColor: COLORS.alertText,
      reason: 'unavailable-filled',
    });
  }
  // What the checker calls a bad count lights up on the sheet too: text ("05", "18 người"),
  // TRUE/FALSE, an error value, a negative or a fraction — shown as typed ("General"), not
  // through "00", which would show 2.5 as "03". Blank or spaces only: empty, as the checker.
  for (const area of runs(inputCells)) {
    const c = area.split(':')[0]!;
    cfs.push({
      range: area,
      formula: `=IF(ISNUMBER(${c}),OR(${c}<0,${c}<>INT(${c})),IF(ISERROR(${c}),TRUE,LEN(TRIM(${c}))>0))`,
      fill: COLORS.alert,
      fontColor: COLORS.alertText,
      // Not the bare "General": that is format id 0, which exceljs leaves out of the file.
      numberFormat: 'General;-General',
      reason: 'input-not-count',
    });
  }
  // A computed cell whose formula was typed over (ISFORMULA: Excel 2013+, LibreOffice).
  for (const area of runs(computedCells)) {
    cfs.push({
      range: area,
      formula: `=NOT(ISFORMULA(${area.split(':')[0]!}))`,
      fill: COLORS.alert,
      fontColor: COLORS.alertText,
      reason: 'formula-lost',
    });
  }
  for (const rate of RATE_COLUMNS) {
    const sl = letterOf(RATE_OF[rate].sl);
    const count = letterOf(RATE_OF[rate].count);
    cfs.push({
      range: `${sl}${TALLY_FIRST_ROW}:${sl}${last}`,
      // As the checker: SL above a usable count, or SL with the count empty; an unusable
      // count (text, negative, fraction, error) lights up itself and the SL waits on it.
      formula: directFormula(`${sl}${TALLY_FIRST_ROW}`, `${count}${TALLY_FIRST_ROW}`),
      fill: COLORS.alert,
      fontColor: COLORS.alertText,
      reason: 'direct-exceeds-count',
    });
  }
  for (const award of catalogue.rows.filter((r) => r.kind === 'award')) {
    const parts = breakdownsOf(catalogue, award.id);
    if (parts.length === 0) continue;
    const a = tallyRowOf(catalogue, award.id);
    const b1 = tallyRowOf(catalogue, parts[0]!.id);
    const bk = tallyRowOf(catalogue, parts[parts.length - 1]!.id);
    for (const [from, to] of [
      ['C', 'F'],
      ['H', 'H'],
    ] as const) {
      cfs.push({
        range: `${from}${a}:${to}${bk}`,
        formula: `=SUM(${from}$${b1}:${from}$${bk})>${from}$${a}`,
        fill: COLORS.alert,
        fontColor: COLORS.alertText,
        reason: 'breakdown-exceeds',
      });
    }
  }

  return {
    key: 'tally',
    name: TALLY_SHEET_NAME,
    columnWidths: TALLY_COLUMN_WIDTHS,
    rowHeights,
    cells,
    merges,
    freeze: { rows: TALLY_HEADER_ROWS.last, columns: 2 },
    print: rowBreaks.length ? { ...print, rowBreaks } : print,
    protect: true,
    validations,
    conditionalFormats: cfs,
    readExtent: `A1:I${last + catalogue.notes.length + 40}`,
  };
}

export type { CellValue };
