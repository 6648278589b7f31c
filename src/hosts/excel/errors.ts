/**
 * Every Office failure → a HostError with a clear, actionable Vietnamese message.
 * Office.js rejects with OfficeExtension.Error ({ name: "RichApi.Error", code, message,
 * debugInfo }); anything else (a bug of ours, a lost connection) gets the generic text.
 */
import { OFFICE_ERRORS } from '../../core/text/ui';
import { HostError } from '../../ports';

export interface ErrorContext {
  /** Our sheets that were protected before the operation (a password may be the cause). */
  readonly protectedSheets?: readonly string[];
}

export function codeOf(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { code?: unknown; debugInfo?: { code?: unknown } };
    if (typeof o.code === 'string' && o.code) return o.code;
    if (typeof o.debugInfo?.code === 'string') return o.debugInfo.code;
  }
  return 'Unknown';
}

/**
 * Excel.ErrorCodes (@types/office-js) and OfficeExtension.ErrorCodes → what the clerk should
 * do. Every message is reachable from a code the runtime really sends; codes that are not in
 * @types/office-js (seen in the field or in older hosts) are extra spellings, never the only
 * way to a message (tests/excel/errors.test.ts reads the enum to keep it so).
 */
export function toHostError(e: unknown, ctx: ErrorContext = {}): HostError {
  if (e instanceof HostError) return e;
  const code = codeOf(e);
  const locked = ctx.protectedSheets ?? [];
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new HostError(OFFICE_ERRORS.cellEditMode, code);
    case 'AccessDenied':
    case 'InvalidPassword': // not in @types: an older spelling
    case 'WorksheetProtected': // not in @types
      return new HostError(locked.length ? OFFICE_ERRORS.protectedSheet(locked) : OFFICE_ERRORS.accessDenied, code);
    case 'InvalidArgument':
      // Unprotecting a sheet locked with a password is refused this way too.
      if (locked.length) return new HostError(OFFICE_ERRORS.protectedSheet(locked), code);
      return new HostError(OFFICE_ERRORS.invalidArgument, code);
    case 'InvalidOperation':
      if (locked.length) return new HostError(OFFICE_ERRORS.protectedSheet(locked), code);
      return new HostError(OFFICE_ERRORS.invalidOperation, code);
    case 'ItemAlreadyExists':
      return new HostError(OFFICE_ERRORS.alreadyExists, code);
    case 'MergedRangeConflict':
      return new HostError(OFFICE_ERRORS.mergedConflict, code);
    case 'FilteredRangeConflict':
    case 'InsertDeleteConflict':
    case 'PivotTableRangeConflict':
    case 'NonBlankCellOffSheet':
      return new HostError(OFFICE_ERRORS.sheetConflict, code);
    case 'ItemNotFound':
    case 'InvalidReference':
    case 'InvalidSelection':
      return new HostError(OFFICE_ERRORS.notFound, code);
    case 'ApiNotFound':
    case 'ApiNotAvailable': // not in @types
      return new HostError(OFFICE_ERRORS.tooOld('ExcelApi', '1.8'), code);
    case 'NotImplemented':
    case 'UnsupportedOperation':
    case 'UnsupportedFeature':
    case 'UnsupportedSheet':
      return new HostError(OFFICE_ERRORS.unsupported, code);
    case 'ActivityLimitReached':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'OperationCellsExceedLimit':
    case 'RangeExceedsLimit':
    case 'FormulaLengthExceedsLimit':
    case 'RequestPayloadSizeLimitExceeded': // not in @types: Excel on the web's 5 MB request limit
      return new HostError(OFFICE_ERRORS.tooLarge, code);
    case 'Conflict':
    case 'EditConflict': // not in @types
      return new HostError(OFFICE_ERRORS.sharedConflict, code);
    case 'GeneralException':
    case 'RequestAborted':
    case 'ServiceNotAvailable': // not in @types
    case 'ServerBusy': // not in @types
      return new HostError(OFFICE_ERRORS.busy, code);
    case 'InactiveWorkbook':
      return new HostError(OFFICE_ERRORS.inactiveWorkbook, code);
    case 'ConnectionFailure':
      return new HostError(OFFICE_ERRORS.connection, code);
    default:
      return new HostError(OFFICE_ERRORS.unknown(code), code);
  }
}

/** Run `f`, turning any failure into a HostError. */
export async function guarded<T>(f: () => Promise<T>, ctx: () => ErrorContext = () => ({})): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw toHostError(e, ctx());
  }
}
