/**
 * The zip container of an .xlsx in the browser: the parts inflated with the platform's
 * DecompressionStream('deflate-raw'), asynchronously, within the same bounds as Node's
 * zlib in zip.ts (zipParts.ts holds both hosts' checks). Output is counted as it comes: a
 * part that would inflate beyond its bound is refused (or, for a prefix, cut) without
 * inflating the rest.
 */
import { checkInflatedSize, entryData, entryPrefixData, ZipPartError, type ZipEntry } from './zipParts';

let available: boolean | undefined;
/** Can this browser inflate raw deflate data (Chrome 103+, Safari 16.4+, Firefox 113+)? */
export function deflateRawAvailable(): boolean {
  if (available === undefined) {
    try {
      // An older engine has no DecompressionStream, or throws a TypeError for the format.
      new DecompressionStream('deflate-raw');
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

/**
 * Raw deflate data inflated, stopped once `limit` bytes have come out (`over`: there was more).
 * A damaged stream throws, or with `keepPartial` gives what came out before the damage.
 */
export type RawInflater = (
  data: Uint8Array,
  limit: number,
  keepPartial: boolean,
) => Promise<{ bytes: Uint8Array; over: boolean }>;

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

/** Inflate on this thread (see inflateWorker.ts for why the pane inflates in a worker). */
export const inflateHere: RawInflater = async (data, limit, keepPartial) => {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  // Written without waiting: the reader below pulls; a failure surfaces on read.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes: join(chunks, length), over: false };
      if (length + value.length > limit) {
        chunks.push(value.subarray(0, limit - length));
        length = limit;
        await reader.cancel().catch(() => undefined);
        return { bytes: join(chunks, length), over: true };
      }
      chunks.push(value);
      length += value.length;
    }
  } catch (err) {
    if (keepPartial) return { bytes: join(chunks, length), over: false };
    throw err;
  }
};

/** One part's bytes, inflated with at most `limit` bytes of output (as zip.ts readZipEntry). */
export async function readZipEntryAsync(
  buf: Uint8Array,
  e: ZipEntry,
  limit: number,
  inflate: RawInflater = inflateHere,
): Promise<Uint8Array> {
  const data = entryData(buf, e, limit);
  if (e.method === 0) return data;
  let out: Awaited<ReturnType<RawInflater>>;
  try {
    out = await inflate(data, Math.max(1, limit), false);
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
export async function inflatePrefixAsync(
  buf: Uint8Array,
  e: ZipEntry,
  limit: number,
  inflate: RawInflater = inflateHere,
): Promise<Uint8Array> {
  if (e.uncompressedSize <= limit) return readZipEntryAsync(buf, e, limit, inflate);
  const data = entryPrefixData(buf, e);
  if (e.method === 0) return data.subarray(0, limit);
  return (await inflate(data, limit, true)).bytes;
}
