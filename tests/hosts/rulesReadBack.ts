/**
 * Data-validation rules and conditional formats read back from a host, in one shape, so a
 * test can compare an .xlsx (exceljs) and the Excel fake with the plan they came from.
 */
import type ExcelJS from 'exceljs';
import { a1, parseRange, type ConditionalFormatPlan, type SheetPlan, type ValidationPlan } from '../../src/core';
import type { FakeSheet } from '../fakes/excel';

/** One rule on one cell: what Excel would enforce and say. */
export interface CellRule {
  readonly address: string;
  readonly type: string;
  readonly operator: string;
  readonly bounds: readonly (string | number)[];
  readonly allowBlank: boolean;
  readonly errorTitle: string;
  readonly error: string;
  readonly promptTitle: string;
  readonly prompt: string;
}

/** One conditional format: range, formula (no "="), fill and font colour (#RRGGBB). */
export interface FormatRule {
  readonly range: string;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
  readonly numberFormat: string;
}

const byAddress = (a: { address: string }, b: { address: string }) => a.address.localeCompare(b.address);
const byRange = (a: FormatRule, b: FormatRule) => a.range.localeCompare(b.range) || a.formula.localeCompare(b.formula);

/** Every cell of an A1 area. */
export function cellsOf(area: string): string[] {
  const { r1, c1, r2, c2 } = parseRange(area);
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(a1(r, c));
  return out;
}

/** A date bound as an ISO day when it is exactly a day (midnight UTC), else as it is. */
function dateBound(v: unknown): string {
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(v);
}

/** What the plan asks for, per cell. */
export function planRules(sheet: SheetPlan): CellRule[] {
  const out: CellRule[] = [];
  const shape = (v: ValidationPlan): Pick<CellRule, 'type' | 'operator' | 'bounds'> => {
    const r = v.rule;
    switch (r.type) {
      case 'wholeNumber':
        return r.max === undefined
          ? { type: 'whole', operator: 'greaterThanOrEqual', bounds: [r.min] }
          : { type: 'whole', operator: 'between', bounds: [r.min, r.max] };
      case 'list':
        return { type: 'list', operator: '', bounds: [r.items.join(',')] };
      case 'listRange':
        return { type: 'list', operator: '', bounds: [r.source.replace(/^=/, '')] };
      case 'date':
        return { type: 'date', operator: 'between', bounds: [r.min, r.max] };
      case 'textLength':
        return { type: 'textLength', operator: 'lessThanOrEqual', bounds: [r.max] };
    }
  };
  for (const v of sheet.validations) {
    for (const range of v.ranges) {
      for (const address of cellsOf(range)) {
        out.push({
          address,
          ...shape(v),
          allowBlank: v.allowBlank,
          errorTitle: v.errorTitle,
          error: v.errorMessage,
          promptTitle: v.prompt ? (v.promptTitle ?? '') : '',
          prompt: v.prompt ?? '',
        });
      }
    }
  }
  return out.sort(byAddress);
}

/** The rules exceljs reads back from a saved .xlsx (it keeps one model per cell). */
export function xlsxRules(ws: ExcelJS.Worksheet): CellRule[] {
  type Model = Record<
    string,
    {
      type: string;
      operator?: string;
      formulae?: unknown[];
      allowBlank?: boolean;
      errorTitle?: string;
      error?: string;
      promptTitle?: string;
      prompt?: string;
    }
  >;
  const model = (ws as unknown as { dataValidations: { model: Model } }).dataValidations.model;
  const out: CellRule[] = [];
  for (const [key, dv] of Object.entries(model)) {
    const addresses = key.startsWith('range:') ? cellsOf(key.slice('range:'.length)) : [key];
    const bounds = (dv.formulae ?? []).map((f) =>
      dv.type === 'date' ? dateBound(f) : dv.type === 'list' ? String(f).replace(/^"|"$/g, '') : (f as number),
    );
    for (const address of addresses) {
      out.push({
        address,
        type: dv.type,
        operator: dv.type === 'list' ? '' : (dv.operator ?? 'between'),
        bounds,
        allowBlank: !!dv.allowBlank,
        errorTitle: dv.errorTitle ?? '',
        error: dv.error ?? '',
        promptTitle: dv.promptTitle ?? '',
        prompt: dv.prompt ?? '',
      });
    }
  }
  return out.sort(byAddress);
}

const OPERATORS: Record<string, string> = {
  Between: 'between',
  NotBetween: 'notBetween',
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  LessThan: 'lessThan',
  GreaterThanOrEqualTo: 'greaterThanOrEqual',
  LessThanOrEqualTo: 'lessThanOrEqual',
};
const TYPES: Record<string, string> = {
  wholeNumber: 'whole',
  decimal: 'decimal',
  date: 'date',
  textLength: 'textLength',
};

/**
 * The rules the add-in queued on the fake, as Excel would hold them. A date bound is a
 * `Date` or an ISO 8601 string: both are what Excel.DateTimeDataValidation takes
 * ("it can be passed in as a Date, a Range object, or a string formula (where the string
 * is either a stringified date/time in ISO8601 format …)",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.datetimedatavalidation).
 */
export function fakeRules(sheet: FakeSheet): CellRule[] {
  const out: CellRule[] = [];
  for (const v of sheet.validations) {
    const rule = (v.rule ?? {}) as Record<string, Record<string, unknown>>;
    const [kind, body] = Object.entries(rule)[0] ?? ['', {}];
    const alert = (v.errorAlert ?? {}) as { title?: string; message?: string };
    const prompt = (v.prompt ?? {}) as { title?: string; message?: string; showPrompt?: boolean };
    let shape: Pick<CellRule, 'type' | 'operator' | 'bounds'>;
    if (kind === 'list') {
      // A range source ("=$N$6:$N$30") is a formula; a literal list never starts with "=".
      shape = { type: 'list', operator: '', bounds: [String(body.source).replace(/^=/, '')] };
    } else {
      const bound = (f: unknown) => (kind === 'date' ? dateBound(f) : (f as number));
      const operator = OPERATORS[String(body.operator)] ?? String(body.operator);
      const two = operator === 'between' || operator === 'notBetween';
      shape = {
        type: TYPES[kind] ?? kind,
        operator,
        bounds: two ? [bound(body.formula1), bound(body.formula2)] : [bound(body.formula1)],
      };
    }
    for (const address of cellsOf(v.range)) {
      out.push({
        address,
        ...shape,
        allowBlank: !!v.ignoreBlanks,
        errorTitle: alert.title ?? '',
        error: alert.message ?? '',
        promptTitle: prompt.showPrompt ? (prompt.title ?? '') : '',
        prompt: prompt.showPrompt ? (prompt.message ?? '') : '',
      });
    }
  }
  return out.sort(byAddress);
}

const hex = (argb: string | undefined): string => (argb ? `#${argb.slice(-6).toUpperCase()}` : '');

export function planFormats(sheet: SheetPlan): FormatRule[] {
  return sheet.conditionalFormats
    .map((cf: ConditionalFormatPlan) => ({
      range: cf.range,
      formula: cf.formula.replace(/^=/, ''),
      fill: cf.fill.toUpperCase(),
      fontColor: (cf.fontColor ?? '').toUpperCase(),
      numberFormat: cf.numberFormat ?? '',
    }))
    .sort(byRange);
}

/** exceljs reads a dxf number format back as { id, formatCode }, or null when there is none. */
function numFmtOf(f: string | { formatCode?: string } | null | undefined): string {
  if (!f) return '';
  return typeof f === 'string' ? f : (f.formatCode ?? '');
}

export function xlsxFormats(ws: ExcelJS.Worksheet): FormatRule[] {
  const out: FormatRule[] = [];
  const all = (ws as unknown as { conditionalFormattings?: { ref: string; rules: unknown[] }[] })
    .conditionalFormattings;
  for (const cf of all ?? []) {
    for (const rule of cf.rules) {
      const r = rule as {
        type: string;
        formulae?: string[];
        style?: {
          fill?: { bgColor?: { argb?: string } };
          font?: { color?: { argb?: string } };
          numFmt?: string | { formatCode?: string };
        };
      };
      out.push({
        range: cf.ref,
        // "_xlfn." is how OOXML stores functions newer than Excel 2007; the formula is the same.
        formula: r.type === 'expression' ? (r.formulae?.[0] ?? '').replace(/_xlfn\./g, '') : `(${r.type})`,
        fill: hex(r.style?.fill?.bgColor?.argb),
        fontColor: hex(r.style?.font?.color?.argb),
        numberFormat: numFmtOf(r.style?.numFmt),
      });
    }
  }
  return out.sort(byRange);
}

export function fakeFormats(sheet: FakeSheet): FormatRule[] {
  return sheet.conditionalFormats
    .map((cf) => ({
      range: cf.range,
      formula: cf.type === 'Custom' ? (cf.formula ?? '').replace(/^=/, '') : `(${cf.type})`,
      fill: (cf.fill ?? '').toUpperCase(),
      fontColor: (cf.fontColor ?? '').toUpperCase(),
      numberFormat: cf.numberFormat ?? '',
    }))
    .sort(byRange);
}
