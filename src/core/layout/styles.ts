import type { CellStyle, StyleName } from './types';

/**
 * The workbook's cell styles. Times New Roman throughout, as the paper form.
 * Tints: input cells pale yellow (where to type), computed cells pale blue (formulas,
 * locked), unavailable cells grey (this row cannot have this column).
 */
export const FONT = 'Times New Roman';

export const COLORS = {
  input: '#FFF8DC',
  computed: '#E8F0FA',
  unavailable: '#D9D9D9',
  header: '#F2F2F2',
  alert: '#F4B6B6',
  alertText: '#9C0006',
  marker: '#808080',
} as const;

/**
 * Counts print as the paper form: two digits ("05"), a zero blank (typed 0 or a register count
 * of nothing: no "00" on every award nobody received).
 */
export const COUNT_FORMAT = '00;-00;;@';
/**
 * Sums and rates leave a zero blank (third section empty), as the paper form and our own
 * Phụ lục II do: no "00" on a level nobody was awarded at, no "0.00" % where SL is empty.
 */
export const SUM_FORMAT = '00;-00;;@';
export const RATE_FORMAT = '0.00;-0.00;;@';
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Whole đồng with the thousands grouped. */
export const MONEY_FORMAT = '#,##0';

const base = (size = 12): CellStyle['font'] => ({ name: FONT, size });

export const STYLES = {
  title: { font: { ...base(14), bold: true }, horizontal: 'center', vertical: 'middle', wrap: true, locked: true },
  subtitle: { font: { ...base(13), bold: true }, horizontal: 'center', vertical: 'middle', locked: true },
  attachment: {
    font: { ...base(12), italic: true },
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
    locked: true,
  },
  header: {
    font: { ...base(12), bold: true },
    fill: COLORS.header,
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
    border: true,
    locked: true,
  },
  number: { font: base(12), horizontal: 'center', vertical: 'middle', border: true, locked: true },
  numberBold: {
    font: { ...base(12), bold: true },
    horizontal: 'center',
    vertical: 'middle',
    border: true,
    locked: true,
  },
  label: { font: base(12), horizontal: 'left', vertical: 'middle', wrap: true, border: true, locked: true },
  labelLevel: {
    font: { ...base(12), bold: true },
    horizontal: 'left',
    vertical: 'middle',
    wrap: true,
    border: true,
    locked: true,
  },
  labelBreakdown: {
    font: { ...base(12), italic: true },
    horizontal: 'left',
    vertical: 'middle',
    wrap: true,
    border: true,
    locked: true,
  },
  labelTotal: {
    font: { ...base(12), bold: true },
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
    border: true,
    locked: true,
  },
  countInput: {
    font: base(12),
    fill: COLORS.input,
    horizontal: 'center',
    vertical: 'middle',
    border: true,
    numberFormat: COUNT_FORMAT,
    locked: false,
  },
  countComputed: {
    font: { ...base(12), bold: true },
    fill: COLORS.computed,
    horizontal: 'center',
    vertical: 'middle',
    border: true,
    numberFormat: SUM_FORMAT,
    locked: true,
  },
  /** A count that follows the award register (SUMIFS): computed, not bold. */
  countRegister: {
    font: base(12),
    fill: COLORS.computed,
    horizontal: 'center',
    vertical: 'middle',
    border: true,
    numberFormat: COUNT_FORMAT,
    locked: true,
  },
  rateComputed: {
    font: base(12),
    fill: COLORS.computed,
    horizontal: 'center',
    vertical: 'middle',
    border: true,
    numberFormat: RATE_FORMAT,
    locked: true,
  },
  rateComputedBold: {
    font: { ...base(12), bold: true },
    fill: COLORS.computed,
    horizontal: 'center',
    vertical: 'middle',
    border: true,
    numberFormat: RATE_FORMAT,
    locked: true,
  },
  unavailable: {
    font: base(12),
    fill: COLORS.unavailable,
    horizontal: 'center',
    vertical: 'middle',
    border: true,
    numberFormat: COUNT_FORMAT,
    locked: true,
  },
  note: { font: { ...base(11), italic: true }, horizontal: 'left', vertical: 'top', wrap: true, locked: true },
  formLabel: {
    font: { ...base(12), bold: true },
    horizontal: 'left',
    vertical: 'middle',
    wrap: true,
    border: true,
    locked: true,
  },
  textInput: {
    font: base(12),
    fill: COLORS.input,
    horizontal: 'left',
    vertical: 'middle',
    wrap: true,
    border: true,
    numberFormat: '@',
    locked: false,
  },
  longTextInput: {
    font: base(12),
    fill: COLORS.input,
    horizontal: 'left',
    vertical: 'top',
    wrap: true,
    border: true,
    numberFormat: '@',
    locked: false,
  },
  numberInput: {
    font: base(12),
    fill: COLORS.input,
    horizontal: 'left',
    vertical: 'middle',
    border: true,
    numberFormat: 'General',
    locked: false,
  },
  dateInput: {
    font: base(12),
    fill: COLORS.input,
    horizontal: 'left',
    vertical: 'middle',
    border: true,
    numberFormat: DATE_FORMAT,
    locked: false,
  },
  // The register's lines: no fill and no border (5,000 blank lines would print as empty
  // boxes), unlocked, so the clerk types anywhere in the table.
  registerText: { font: base(12), horizontal: 'left', vertical: 'middle', wrap: true, locked: false },
  registerNumber: { font: base(12), horizontal: 'center', vertical: 'middle', locked: false },
  registerDate: { font: base(12), horizontal: 'center', vertical: 'middle', numberFormat: DATE_FORMAT, locked: false },
  // A line with something typed on it: the same, with the borders of a printed list.
  registerTextLine: { font: base(12), horizontal: 'left', vertical: 'middle', wrap: true, border: true, locked: false },
  registerNumberLine: { font: base(12), horizontal: 'center', vertical: 'middle', border: true, locked: false },
  // Money in đồng, thousands grouped (Excel shows "." under a Vietnamese locale: 1.500.000).
  registerMoneyLine: {
    font: base(12),
    horizontal: 'right',
    vertical: 'middle',
    numberFormat: MONEY_FORMAT,
    border: true,
    locked: false,
  },
  registerDateLine: {
    font: base(12),
    horizontal: 'center',
    vertical: 'middle',
    numberFormat: DATE_FORMAT,
    border: true,
    locked: false,
  },
  hint: {
    font: { ...base(11), italic: true, color: '#595959' },
    horizontal: 'left',
    vertical: 'middle',
    wrap: true,
    locked: true,
  },
  marker: { font: { ...base(9), color: COLORS.marker }, horizontal: 'left', vertical: 'middle', locked: true },
} as const satisfies Record<StyleName, CellStyle>;

export type KnownStyle = keyof typeof STYLES;
