/**
 * The zip container of an .xlsx in the browser: the parts inflated with fflate (pure
 * JavaScript, synchronous), within the same bounds as Node's zlib in zip.ts (zipParts.ts holds
 * both hosts' checks). Output is counted as it comes: a part that would inflate beyond its
 * bound is refused (or, for a prefix, cut) without inflating the rest.
 *
 * Why not the platform's DecompressionStream('deflate-raw'): chromium keeps each stream's
 * output buffer and zlib state outside the JavaScript heap until a full garbage collection
 * finds the stream, and nothing it allocates hastens one; 200 picked units left much memory
 * waiting, and a worker ended every few hundred parts to give it back still peaked higher
 * than this (the 200-file bench's figures: docs/MEASUREMENTS.md). fflate's buffers are ordinary ArrayBuffers the collector counts, it runs
 * on every browser (Safari before 16.4 has no 'deflate-raw'), and it is already in the
 * dependency tree (docx uses it).
 */
import { Inflate } from 'fflate';
import { checkInflatedSize, entryData, entryPrefixData, ZipPartError, type ZipEntry } from './zipParts';

/**
 * Compressed bytes fed at a time. Deflate expands at most ≈ 1032:1, so a bomb costs at most
 * ≈ 16 MB before the bound is checked; a tally's parts are a few KB compressed, one step each.
 */
const STEP = 16 * 1024;

function join(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === length) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Raw deflate data inflated with at most `limit` bytes of output (synchronously: fflate). */
export function inflateRawBounded(
  data: Uint8Array,
  limit: number,
  keepPartial: boolean,
): { bytes: Uint8Array; over: boolean } {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over || chunk.length === 0) return;
    if (length + chunk.length > limit) {
      chunks.push(chunk.subarray(0, limit - length));
      length = limit;
      over = true;
      return;
    }
    chunks.push(chunk);
    length += chunk.length;
  });
  try {
    let at = 0;
    do {
      const end = Math.min(data.length, at + STEP);
      // A prefix (keepPartial) is never pushed as final: fflate then gives what the bytes hold
      // so far instead of throwing "unexpected EOF" and dropping it (zip.ts's Z_SYNC_FLUSH).
      inflater.push(data.subarray(at, end), !keepPartial && end >= data.length);
      at = end;
    } while (at < data.length && !over);
  } catch (err) {
    if (keepPartial) return { bytes: join(chunks, length), over: false };
    throw err;
  }
  return { bytes: join(chunks, length), over };
}

/** One part's bytes, inflated with at most `limit` bytes of output (as zip.ts readZipEntry). */
export function readZipEntryFflate(buf: Uint8Array, e: ZipEntry, limit: number): Uint8Array {
  const data = entryData(buf, e, limit);
  if (e.method === 0) return data;
  let out: { bytes: Uint8Array; over: boolean };
  try {
    out = inflateRawBounded(data, Math.max(1, limit), false);
  } catch (err) {
    throw new ZipPartError('damaged', `${e.name}: ${(err as Error).message}`);
  }
  if (out.over) throw new ZipPartError('too-large', e.name);
  checkInflatedSize(e, out.bytes.length);
  return out.bytes;
}

/**
 * The prefix of a part's inflated bytes, at most `limit` (as zip.ts inflatePrefix; the rest is
 * never inflated). A part no longer than the bound is read whole, with its checks; of a longer
 * one, what inflates before the bound or a damaged spot.
 */
export function inflatePrefixFflate(buf: Uint8Array, e: ZipEntry, limit: number): Uint8Array {
  if (e.uncompressedSize <= limit) return readZipEntryFflate(buf, e, limit);
  const data = entryPrefixData(buf, e);
  if (e.method === 0) return data.subarray(0, limit);
  return inflateRawBounded(data, limit, true).bytes;
}
