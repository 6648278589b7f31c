/**
 * The zip container of an .xlsx, read from its central directory before any library
 * inflates it: the parts, their declared sizes, where each part's compressed bytes are, and
 * the checks on what inflating gave. No Node imports (the pane reads unit files with it too):
 * inflating is the host's — Node's zlib in zip.ts, fflate in the pane (zipFflate.ts) — over
 * the same bounds.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** As declared in the central directory (a hostile file may lie: inflation is bounded too). */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** General-purpose flags; bit 0 = encrypted entry. */
  readonly flags: number;
}

/** Thrown when a part is damaged or would inflate beyond the bound. */
export class ZipPartError extends Error {
  constructor(
    readonly reason: 'damaged' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'ZipPartError';
  }
}

function view(buf: Uint8Array): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** A part's bytes as text (invalid sequences as U+FFFD, a byte-order mark kept, as Buffer#toString does). */
export function utf8(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

/** The central directory's entries, or undefined if it is missing or damaged (a truncated file). */
export function zipEntries(buf: Uint8Array): ZipEntry[] | undefined {
  const v = view(buf);
  const u32 = (i: number) => v.getUint32(i, true);
  const u16 = (i: number) => v.getUint16(i, true);
  const min = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= min; i--) {
    if (u32(i) !== 0x06054b50) continue;
    const count = u16(i + 10);
    let p = u32(i + 16);
    const out: ZipEntry[] = [];
    for (let k = 0; k < count; k++) {
      if (p + 46 > buf.length || u32(p) !== 0x02014b50) return undefined;
      const n = u16(p + 28);
      const extra = u16(p + 30);
      const comment = u16(p + 32);
      if (p + 46 + n > buf.length) return undefined;
      out.push({
        name: utf8(buf.subarray(p + 46, p + 46 + n)),
        flags: u16(p + 8),
        method: u16(p + 10),
        compressedSize: u32(p + 20),
        uncompressedSize: u32(p + 24),
        localHeaderOffset: u32(p + 42),
      });
      p += 46 + n + extra + comment;
    }
    return out;
  }
  return undefined;
}

/** Where the part's data starts (after its local header), or undefined if the header is not there. */
function dataStart(buf: Uint8Array, e: ZipEntry): number | undefined {
  const p = e.localHeaderOffset;
  if (p + 30 > buf.length) return undefined;
  const v = view(buf);
  if (v.getUint32(p, true) !== 0x04034b50) return undefined;
  return p + 30 + v.getUint16(p + 26, true) + v.getUint16(p + 28, true);
}

/**
 * A part's stored bytes, for inflating it whole: refused as damaged when its header or data
 * is not where the directory says, or its method is neither stored nor deflated; a part that
 * declares more than `limit`, or is stored with more, is too large (a deflated part that lies
 * about its size is cut by the inflater's bound).
 */
export function entryData(buf: Uint8Array, e: ZipEntry, limit: number): Uint8Array {
  if (e.uncompressedSize > limit) throw new ZipPartError('too-large', e.name);
  const start = dataStart(buf, e);
  if (start === undefined) throw new ZipPartError('damaged', e.name);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipPartError('damaged', e.name);
  const data = buf.subarray(start, end);
  if (e.method === 0 && data.length > limit) throw new ZipPartError('too-large', e.name);
  if (e.method !== 0 && e.method !== 8) throw new ZipPartError('damaged', `${e.name}: method ${e.method}`);
  return data;
}

/** A part's stored bytes for reading a prefix of it (no checks: a damaged tail is not read). */
export function entryPrefixData(buf: Uint8Array, e: ZipEntry): Uint8Array {
  const start = dataStart(buf, e) ?? buf.length;
  return buf.subarray(start, Math.min(buf.length, start + e.compressedSize));
}

/** Inflating gave another size than the directory declares: the part is damaged. */
export function checkInflatedSize(e: ZipEntry, length: number): void {
  if (length !== e.uncompressedSize)
    throw new ZipPartError('damaged', `${e.name}: size ${length} ≠ ${e.uncompressedSize}`);
}

/** No part of a workbook we read declares more than this once inflated (a picture, a sheet). */
export const PART_HARD_LIMIT = 512 * 1024 * 1024;

/** All parts together, for the paths that inflate every part (exceljs). */
export const TOTAL_LIMIT = 1024 * 1024 * 1024;

/** A part declaring more than PART_HARD_LIMIT (or a zip64 size): the file is too large to read. */
export function declaresTooLarge(entries: readonly ZipEntry[]): boolean {
  return entries.some((e) => e.uncompressedSize > PART_HARD_LIMIT || e.uncompressedSize === 0xffffffff);
}

/** The worksheet parts (their XML), which `usesSharedStrings` looks into. */
export function worksheetEntries(entries: readonly ZipEntry[]): ZipEntry[] {
  return entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
}

/** Does a worksheet's XML have a cell of type "s" (a shared string)? */
export function usesSharedStrings(sheetXml: string): boolean {
  return /<(?:\w+:)?c\b[^>]*\bt="s"/.test(sheetXml);
}
