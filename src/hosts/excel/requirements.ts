/**
 * What this Excel supports (the ExcelApi requirement sets), asked by every Excel host
 * before it queues anything.
 */
import type { Catalogue } from '../../core';
import { HostError } from '../../ports';
import { OFFICE_ERRORS } from '../../core/text/ui';

/**
 * Create and repair need ExcelApi 1.8 (data validation; 1.7 freeze panes and copy, 1.6
 * conditional formats, 1.4 null objects and names) — Excel 2019 has it. The print setup
 * (worksheet.pageLayout) needs 1.9 and is skipped, with a note to the clerk, without it.
 */
export const REQUIRED_EXCEL_API = '1.8';
export const PAGE_LAYOUT_EXCEL_API = '1.9';
/** Reading and selecting only need getItemOrNullObject. */
export const READ_EXCEL_API = '1.4';

export interface ExcelHostOptions {
  /** `Office.context.requirements.isSetSupported`; omitted = assume supported (tests). */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  readonly catalogue?: Catalogue;
}

export function supports(opts: ExcelHostOptions, version: string): boolean {
  return !opts.isSetSupported || opts.isSetSupported('ExcelApi', version);
}

/** Refuse, with the clerk's message, when this Excel lacks ExcelApi `version`. */
export function ensureExcelApi(opts: ExcelHostOptions, version: string): void {
  if (opts.isSetSupported && !opts.isSetSupported('ExcelApi', version)) {
    throw new HostError(OFFICE_ERRORS.tooOld('ExcelApi', version), 'RequirementSetUnsupported');
  }
}
