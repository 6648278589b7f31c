/**
 * Every Office failure → a HostError with a clear, actionable Vietnamese message.
 * Office.js rejects with OfficeExtension.Error ({ name: "RichApi.Error", code, message,
 * debugInfo }); anything else (a bug of ours, a lost connection) gets the generic text.
 */
import { OFFICE_ERRORS } from '../../core/text/ui';
import { HostError } from '../../ui/host';

export interface ErrorContext {
  /** Our sheets that were protected before the operation (a password may be the cause). */
  readonly protectedSheets?: readonly string[];
}

function codeOf(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { code?: unknown; debugInfo?: { code?: unknown } };
    if (typeof o.code === 'string' && o.code) return o.code;
    if (typeof o.debugInfo?.code === 'string') return o.debugInfo.code;
  }
  return 'Unknown';
}

export function toHostError(e: unknown, ctx: ErrorContext = {}): HostError {
  if (e instanceof HostError) return e;
  const code = codeOf(e);
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new HostError(OFFICE_ERRORS.cellEditMode, code);
    case 'AccessDenied':
    case 'InvalidPassword':
    case 'WorksheetProtected':
      return new HostError(OFFICE_ERRORS.protectedSheet(ctx.protectedSheets ?? []), code);
    case 'InvalidArgument':
      // Unprotecting a sheet locked with a password is refused this way too.
      if (ctx.protectedSheets?.length) return new HostError(OFFICE_ERRORS.protectedSheet(ctx.protectedSheets), code);
      return new HostError(OFFICE_ERRORS.invalidArgument, code);
    case 'ItemNotFound':
      return new HostError(OFFICE_ERRORS.notFound, code);
    case 'ApiNotFound':
    case 'ApiNotAvailable':
    case 'NotImplemented':
      return new HostError(OFFICE_ERRORS.tooOld('ExcelApi', '1.8'), code);
    case 'ActivityLimitReached':
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return new HostError(OFFICE_ERRORS.tooLarge, code);
    case 'Conflict':
    case 'EditConflict':
      return new HostError(OFFICE_ERRORS.sharedConflict, code);
    case 'GeneralException':
    case 'ServiceNotAvailable':
    case 'ServerBusy':
      return new HostError(OFFICE_ERRORS.busy, code);
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
