import * as fs from 'fs';
import { OFFICE_ERRORS } from '../../src/core/text/ui';
import { toHostError } from '../../src/hosts/excel';
import { HostError } from '../../src/ports';
import { FakeOfficeError } from '../fakes/excel';

const cases: [code: string, context: { protectedSheets?: string[] }, expected: string][] = [
  ['InvalidOperationInCellEditMode', {}, OFFICE_ERRORS.cellEditMode],
  ['AccessDenied', { protectedSheets: ['Biểu tổng hợp'] }, OFFICE_ERRORS.protectedSheet(['Biểu tổng hợp'])],
  ['InvalidArgument', { protectedSheets: ['Phụ lục I'] }, OFFICE_ERRORS.protectedSheet(['Phụ lục I'])],
  ['InvalidArgument', {}, OFFICE_ERRORS.invalidArgument],
  ['ItemNotFound', {}, OFFICE_ERRORS.notFound],
  ['ApiNotFound', {}, OFFICE_ERRORS.tooOld('ExcelApi', '1.8')],
  ['RequestPayloadSizeLimitExceeded', {}, OFFICE_ERRORS.tooLarge],
  ['GeneralException', {}, OFFICE_ERRORS.busy],
  ['EditConflict', {}, OFFICE_ERRORS.sharedConflict],
  ['SomethingNew', {}, OFFICE_ERRORS.unknown('SomethingNew')],
  ['AccessDenied', {}, OFFICE_ERRORS.accessDenied],
  ['InvalidOperation', {}, OFFICE_ERRORS.invalidOperation],
  ['InvalidOperation', { protectedSheets: ['Biểu tổng hợp'] }, OFFICE_ERRORS.protectedSheet(['Biểu tổng hợp'])],
  ['ItemAlreadyExists', {}, OFFICE_ERRORS.alreadyExists],
  ['MergedRangeConflict', {}, OFFICE_ERRORS.mergedConflict],
  ['UnsupportedOperation', {}, OFFICE_ERRORS.unsupported],
  ['FilteredRangeConflict', {}, OFFICE_ERRORS.sheetConflict],
  ['InvalidReference', {}, OFFICE_ERRORS.notFound],
  ['ResponsePayloadSizeLimitExceeded', {}, OFFICE_ERRORS.tooLarge],
  ['Conflict', {}, OFFICE_ERRORS.sharedConflict],
  ['InactiveWorkbook', {}, OFFICE_ERRORS.inactiveWorkbook],
  ['ConnectionFailure', {}, OFFICE_ERRORS.connection],
];

/** The codes the runtime really sends: Excel.ErrorCodes and OfficeExtension.ErrorCodes in @types/office-js. */
function typedCodes(): string[] {
  const d = fs.readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
  const excel = d.slice(d.indexOf('declare namespace Excel {'));
  const en = excel.slice(excel.indexOf('enum ErrorCodes {'));
  const body = en.slice(0, en.indexOf('}'));
  const codes = [...body.matchAll(/= "(\w+)"/g)].map((m) => m[1]!);
  const oe = d.slice(d.indexOf('class ErrorCodes {'));
  const ext = [...oe.slice(0, oe.indexOf('}')).matchAll(/static (\w+): string/g)].map(
    (m) => m[1]![0]!.toUpperCase() + m[1]!.slice(1),
  );
  return [...codes, ...ext];
}

/** Codes of features the add-in never uses (charts, Power Query, links, bindings, images). */
const NOT_OURS = new Set([
  'EmptyChartSeries',
  'InvalidBinding',
  'OpenWorkbookLinksBlocked',
  'RefreshWorkbookLinksBlocked',
  'PowerQueryRefreshResourceChallenge',
  'RangeImageExceedsLimit',
  'UnsupportedFillType',
  'DirtySupportingFormula',
  'InvalidObjectPath',
  'PropertyNotLoaded',
  'ValueNotLoaded',
  'InvalidRequestContext',
  'RunMustReturnPromise',
  'CannotRegisterEvent',
]);

describe('every real error code has an instruction', () => {
  const codes = typedCodes();
  it('reads the codes from @types/office-js', () => {
    expect(codes).toEqual(expect.arrayContaining(['InvalidOperation', 'ItemAlreadyExists', 'MergedRangeConflict']));
    expect(codes.length).toBeGreaterThan(30);
  });

  it.each(codes.filter((c) => !NOT_OURS.has(c)))('%s gets a specific Vietnamese instruction', (code) => {
    expect(toHostError(new FakeOfficeError(code, 'x')).message).not.toBe(OFFICE_ERRORS.unknown(code));
  });

  it('no message is reachable only through a code missing from @types/office-js', () => {
    const reachable = new Set(
      codes.flatMap((c) => [
        toHostError(new FakeOfficeError(c, 'x')).message,
        toHostError(new FakeOfficeError(c, 'x'), { protectedSheets: ['S'] }).message,
      ]),
    );
    for (const extra of [
      'InvalidPassword',
      'WorksheetProtected',
      'ApiNotAvailable',
      'RequestPayloadSizeLimitExceeded',
      'EditConflict',
      'ServiceNotAvailable',
      'ServerBusy',
    ]) {
      expect(codes).not.toContain(extra);
      expect([
        extra,
        reachable.has(toHostError(new FakeOfficeError(extra, 'x'), { protectedSheets: ['S'] }).message),
      ]).toEqual([extra, true]);
    }
  });
});

describe('Office failures become Vietnamese instructions', () => {
  it.each(cases)('%s %j', (code, context, expected) => {
    const e = toHostError(new FakeOfficeError(code, 'raw English message'), context);
    expect(e).toBeInstanceOf(HostError);
    expect(e.message).toBe(expected);
    expect(e.message).not.toContain('raw English message');
    expect(e.code).toBe(code);
  });

  it('a non-Office exception gets the generic message, never its raw text', () => {
    const e = toHostError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(e.message).toBe(OFFICE_ERRORS.unknown('Unknown'));
  });

  it('a HostError passes through unchanged', () => {
    const original = new HostError('đã rõ ràng', 'X');
    expect(toHostError(original)).toBe(original);
  });
});
