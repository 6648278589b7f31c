/**
 * The selective reader over a file's bytes, for both hosts: `tdkt` (files.ts, the parts
 * inflated with Node's zlib, zip.ts) and the pane's "Tổng hợp" (pickedUnit.ts, with fflate,
 * zipFflate.ts). The checks on the zip before anything is parsed, the parser (selective.ts),
 * the refusals: one piece of code. No exceljs and no Node imports here: where the selective
 * reader cannot read a file, the caller reads it with exceljs.
 */
import { FILE_DETAILS, type UnitRead, summariseUnit } from '../../core';
import { REGISTER_CAPACITY } from '../../core/layout/register';
import { readWithForm, requireTally, shortReason, sniffXlsx, XlsxFileError, type ReadWorkbook } from './bytes';
import { PART_LIMIT, readGridsSelective, SelectiveReadError, sheetXmlComplete, type PartSource } from './selective';
import { inflatePrefixFflate, readZipEntryFflate } from './zipFflate';
import {
  declaresTooLarge,
  TOTAL_LIMIT,
  usesSharedStrings,
  utf8,
  worksheetEntries,
  zipEntries,
  ZipPartError,
  type ZipEntry,
} from './zipParts';

/** How a host inflates a part (bounded; ZipPartError when damaged or beyond the bound). */
export interface ZipInflater {
  /** A part whole, with at most `limit` bytes of output. */
  whole(buf: Uint8Array, e: ZipEntry, limit: number): Uint8Array;
  /** At most about `limit` bytes of a part's start (the rest never inflated). */
  prefix(buf: Uint8Array, e: ZipEntry, limit: number): Uint8Array;
}

/** fflate: the pane's (any browser, no worker, no platform stream). */
export const FFLATE: ZipInflater = { whole: readZipEntryFflate, prefix: inflatePrefixFflate };

/** The selective reader could not parse the file (damaged, not too large): exceljs says what is wrong. */
export class NeedsExceljs extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'NeedsExceljs';
  }
}

/**
 * Without xl/sharedStrings.xml, a cell of type "s" has no text: exceljs would show its index
 * ("12") as the unit's name. Such a file is damaged.
 */
function sheetsUseSharedStrings(buf: Uint8Array, entries: readonly ZipEntry[], zip: ZipInflater): boolean {
  for (const e of worksheetEntries(entries)) {
    try {
      if (usesSharedStrings(utf8(zip.whole(buf, e, PART_LIMIT)))) return true;
    } catch {
      return true; // damaged or oversized: not a file to trust either
    }
  }
  return false;
}

/**
 * Every part inflated once with its declared size as the bound, before a path that inflates
 * the whole file (exceljs): a part that lies about its size is refused, not inflated.
 */
function checkEveryPart(buf: Uint8Array, entries: readonly ZipEntry[], file: string, zip: ZipInflater): void {
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > TOTAL_LIMIT) throw new XlsxFileError('too-large', file);
  for (const e of entries) {
    try {
      zip.whole(buf, e, e.uncompressedSize);
    } catch (err) {
      throw new XlsxFileError(
        err instanceof ZipPartError && err.reason === 'too-large' ? 'too-large' : 'corrupt',
        file,
        shortReason(err),
      );
    }
  }
}

/**
 * The zip's entries, refused (as XlsxFileError) when the file cannot be used — before any
 * library inflates it: not an .xlsx, a part declaring more than PART_HARD_LIMIT, sheets that
 * need shared strings the file lacks; with `everyPart` (a path that inflates the whole file),
 * every part checked against its declared size too.
 */
export function checkedZipEntries(
  buf: Uint8Array,
  file: string,
  zip: ZipInflater,
  opts: { everyPart?: boolean } = {},
): ZipEntry[] {
  const problem = sniffXlsx(buf);
  if (problem) throw new XlsxFileError(problem, file);
  const entries = zipEntries(buf)!;
  if (declaresTooLarge(entries)) throw new XlsxFileError('too-large', file);
  if (opts.everyPart) checkEveryPart(buf, entries, file, zip);
  if (!entries.some((e) => e.name === 'xl/sharedStrings.xml') && sheetsUseSharedStrings(buf, entries, zip)) {
    throw new XlsxFileError('corrupt', file);
  }
  return entries;
}

/**
 * Read a tally workbook's bytes: refused as XlsxFileError for what cannot be used (not an
 * .xlsx, a part too large, a damaged file, no tally sheet unless `requireTally` is false);
 * NeedsExceljs where the selective reader cannot parse the file (every part checked first:
 * exceljs may then inflate it whole).
 */
export function readWorkbookBytesSelective(
  buf: Uint8Array,
  file: string,
  opts: { requireTally?: boolean; zip?: ZipInflater } = {},
): ReadWorkbook {
  const zip = opts.zip ?? FFLATE;
  const entries = checkedZipEntries(buf, file, zip);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const parts: PartSource = {
    whole: (name, limit) => {
      const e = byName.get(name);
      return e && utf8(zip.whole(buf, e, limit));
    },
    prefix: (name, limit) => {
      const bytes = zip.prefix(buf, byName.get(name)!, limit);
      const xml = utf8(bytes);
      // Whole (not cut at the bound) yet not closed: the part was cut short.
      if (bytes.length < limit && !sheetXmlComplete(xml)) throw new SelectiveReadError('damaged', `${name}: cut short`);
      return xml;
    },
  };
  let read: ReadWorkbook;
  try {
    read = readWithForm((plan) => readGridsSelective(parts, new Set(byName.keys()), plan));
  } catch (e) {
    if (e instanceof SelectiveReadError && e.sheet !== undefined) {
      throw new XlsxFileError('sheet-too-large', file, FILE_DETAILS.sheetTooLong(e.sheet, REGISTER_CAPACITY));
    }
    if ((e instanceof SelectiveReadError || e instanceof ZipPartError) && e.reason === 'too-large') {
      throw new XlsxFileError('too-large', file, e.message);
    }
    checkEveryPart(buf, entries, file, zip);
    throw new NeedsExceljs(e);
  }
  if (opts.requireTally ?? true) requireTally(read, file);
  return read;
}

/** One unit read and validated, as `tdkt aggregate` reads it (see units.ts). */
export function readUnitBytesSelective(
  bytes: Uint8Array,
  file: string,
  opts: { fileName?: string; zip?: ZipInflater } = {},
): UnitRead {
  return summariseUnit(file, readWorkbookBytesSelective(bytes, file, { zip: opts.zip }), opts.fileName ?? file);
}
