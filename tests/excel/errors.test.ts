import { OFFICE_ERRORS } from '../../src/core/text/ui';
import { toHostError } from '../../src/hosts/excel';
import { HostError } from '../../src/ui/host';
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
];

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
