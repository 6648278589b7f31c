/**
 * The zip container of an .xlsx in Node: the parts inflated with zlib, synchronously, within
 * the bounds zipParts.ts sets (shared with the pane, which inflates with fflate: zipFflate.ts).
 */
import * as zlib from 'zlib';
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
 * The prefix of a part's inflated bytes, at most about `limit` (the rest is never inflated):
 * a compressed prefix inflated with a flush; if even that would exceed the bound (a bomb),
 * a smaller prefix.
 */
export function inflatePrefix(buf: Uint8Array, e: ZipEntry, limit: number): Buffer {
  if (e.uncompressedSize <= limit) return readZipEntry(buf, e, limit);
  const data = entryPrefixData(buf, e);
  if (e.method === 0) return Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, limit));
  for (let take = Math.min(data.length, Math.ceil(limit / 64)); take >= 1024; take = Math.floor(take / 4)) {
    try {
      return zlib.inflateRawSync(data.subarray(0, take), {
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
        maxOutputLength: limit,
      });
    } catch {
      /* too much output for this prefix: a smaller one */
    }
  }
  return Buffer.alloc(0);
}
