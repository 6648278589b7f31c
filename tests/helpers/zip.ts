/** A minimal zip reader/writer for tests that damage an .xlsx part by part. */
import * as zlib from 'zlib';
import { readZipEntry, zipEntries } from '../../src/hosts/xlsx/zip';

export function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of zipEntries(buf)!) out.set(e.name, readZipEntry(buf, e, 1 << 30));
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** Node's own (zlib.crc32, Node 20.15+) where there is one: the table walk took seconds over a large sheet. */
function crc32(b: Buffer): number {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(b);
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Zip the parts (deflated). `declare` overrides an entry's declared uncompressed size
 * (a hostile file's lie), `raw` gives already-deflated data with its true size.
 */
export function zip(
  parts: ReadonlyMap<string, Buffer>,
  opts: { raw?: ReadonlyMap<string, { data: Buffer; size: number; crc: number }> } = {},
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const add = (name: string, data: Buffer, size: number, crc: number) => {
    const n = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  };
  for (const [name, body] of parts) add(name, zlib.deflateRawSync(body), body.length, crc32(body));
  for (const [name, r] of opts.raw ?? []) add(name, r.data, r.size, r.crc);
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size + (opts.raw?.size ?? 0), 8);
  end.writeUInt16LE(parts.size + (opts.raw?.size ?? 0), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
