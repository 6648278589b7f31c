/**
 * File names for what the pane downloads, named for the unit and the period
 * ("bao-cao-thi-dua-khen-thuong-xa-hoa-binh-6-thang-2026.docx"), so a clerk's downloads of
 * several periods, or an office's of several units, never overwrite or confuse each other.
 * Plain ASCII (no diacritics, no spaces): every mail system and file share keeps it as is.
 */
import type { CellValue } from '../layout/types';
import { parsePeriod, parseYear } from '../layout/info';

/** "Xã Hòa Bình" → "xa-hoa-binh": diacritics dropped (đ → d), anything else a single dash. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The report's file name from the header's unit, period and year; what is missing is left out. */
export function reportFileName(info: {
  readonly unitName?: CellValue;
  readonly period?: CellValue;
  readonly year?: CellValue;
}): string {
  const period = parsePeriod(info.period);
  const parts = [
    'bao-cao-thi-dua-khen-thuong',
    typeof info.unitName === 'string' ? fileSlug(info.unitName) : '',
    period === 'halfYear' ? '6-thang' : period === 'year' ? 'nam' : '',
    String(parseYear(info.year) ?? ''),
  ].filter(Boolean);
  return `${parts.join('-')}.docx`;
}

/**
 * A document's file name from the registry's stem, the unit and the number
 * ("quyet-dinh-thi-tran-bac-son-417-qd-ubnd.docx"): two decisions never share a name.
 */
export function documentFileName(stem: string, number: string, unitName?: CellValue): string {
  const parts = [stem, typeof unitName === 'string' ? fileSlug(unitName) : '', fileSlug(number)].filter(Boolean);
  return `${parts.join('-')}.docx`;
}
