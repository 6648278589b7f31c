/**
 * The zip container of an .xlsx in Node: the parts inflated with zlib, synchronously, within
 * the bounds zipParts.ts sets (shared with the pane, which inflates with fflate: zipFflate.ts).
 */
import * as zlib from 'zlib';
import { inflateRawBounded } from './zipFflate';
import { checkInflatedSize, entryData, entryPrefixData, ZipPartError, type ZipEntry } from './zipParts';

export { zipEntries, ZipPartError, type ZipEntry } from './zipParts';

/** One part's bytes, inflated with at most `limit` bytes of output. */
export function readZipEntry(buf: Uint8Array, e: ZipEntry, limit: number): Buffer {
  const data = entryData(buf, e, limit);
  if (e.method === 0) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
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
  checkInflatedSize(e, out.length);
  return out;
}

/**
 * The prefix of a part's inflated bytes: exactly `limit` bytes when the part is longer (the
 * rest is never inflated), so a reader can tell a part cut at the bound from one cut short.
 * Inflated by fflate's streaming inflater, bounded (zipFflate.ts): zlib's `maxOutputLength`
 * throws instead of stopping, and a smaller compressed prefix gave fewer bytes than the bound
 * for a part that compresses well (a tally with rows to 1,048,576 compresses 300-fold) — read
 * as a damaged part, which sent validate to exceljs (35 s, 2.4 GB instead of 1 s).
 */
export function inflatePrefix(buf: Uint8Array, e: ZipEntry, limit: number): Buffer {
  if (e.uncompressedSize <= limit) return readZipEntry(buf, e, limit);
  const data = entryPrefixData(buf, e);
  if (e.method === 0) return Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, limit));
  const { bytes } = inflateRawBounded(data, limit, true);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
