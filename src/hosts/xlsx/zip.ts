/**
 * The zip container of an .xlsx, read from its central directory before any library
 * inflates it: the parts, their declared sizes, and one part inflated with a bound — so
 * a damaged or hostile file is refused before it costs memory.
 */
import * as zlib from 'zlib';

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

/** The central directory's entries, or undefined if it is missing or damaged (a truncated file). */
export function zipEntries(buf: Buffer): ZipEntry[] | undefined {
  const min = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    const count = buf.readUInt16LE(i + 10);
    let p = buf.readUInt32LE(i + 16);
    const out: ZipEntry[] = [];
    for (let k = 0; k < count; k++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return undefined;
      const n = buf.readUInt16LE(p + 28);
      const extra = buf.readUInt16LE(p + 30);
      const comment = buf.readUInt16LE(p + 32);
      if (p + 46 + n > buf.length) return undefined;
      out.push({
        name: buf.toString('utf8', p + 46, p + 46 + n),
        flags: buf.readUInt16LE(p + 8),
        method: buf.readUInt16LE(p + 10),
        compressedSize: buf.readUInt32LE(p + 20),
        uncompressedSize: buf.readUInt32LE(p + 24),
        localHeaderOffset: buf.readUInt32LE(p + 42),
      });
      p += 46 + n + extra + comment;
    }
    return out;
  }
  return undefined;
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

/** One part's bytes, inflated with at most `limit` bytes of output. */
export function readZipEntry(buf: Buffer, e: ZipEntry, limit: number): Buffer {
  const p = e.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw new ZipPartError('damaged', e.name);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipPartError('damaged', e.name);
  const data = buf.subarray(start, end);
  if (e.method === 0) {
    if (data.length > limit) throw new ZipPartError('too-large', e.name);
    return data;
  }
  if (e.method !== 8) throw new ZipPartError('damaged', `${e.name}: method ${e.method}`);
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (
      code === 'ERR_BUFFER_TOO_LARGE' ||
      (err instanceof RangeError && /maxOutputLength|too large/i.test(String(err)))
    ) {
      throw new ZipPartError('too-large', e.name);
    }
    throw new ZipPartError('damaged', `${e.name}: ${(err as Error).message}`);
  }
  if (out.length !== e.uncompressedSize)
    throw new ZipPartError('damaged', `${e.name}: size ${out.length} ≠ ${e.uncompressedSize}`);
  return out;
}
