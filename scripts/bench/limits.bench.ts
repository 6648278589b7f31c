/**
 * Bounded resources (issue 15 item 13): big or hostile files, each run measured in its own
 * process (time of the command, peak RSS of the process). The files are generated here,
 * never kept in git. Goals: a hostile 1 MB file refused in < 2 s and < 300 MB; a
 * legitimate 52 MB workbook validated in < 5 s and < 600 MB.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { randomBytes } from 'crypto';
import { readZipEntry, zipEntries } from '../../src/hosts/xlsx/zip';

const EXAMPLE = path.join(__dirname, '../../examples/bac-son-2024/bac-son-6-thang-2024.xlsx');

export interface Part {
  readonly name: string;
  readonly data: Buffer; // deflated
  readonly size: number; // declared uncompressed size
  readonly crc: number;
}

const crc32 = (b: Buffer, prev = 0): number => (typeof zlib.crc32 === 'function' ? zlib.crc32(b, prev) : 0);

export function deflated(name: string, body: Buffer): Part {
  return { name, data: zlib.deflateRawSync(body, { level: 1 }), size: body.length, crc: crc32(body) };
}

/**
 * `n` bytes of zeros, deflated without ever holding them: the classic bomb. Raw deflate is a
 * sequence of blocks, so one fully-flushed 1 MB block repeated, then a final empty block, is one
 * valid stream.
 */
function zeros(name: string, n: number): Part {
  const chunk = Buffer.alloc(1 << 20);
  const block = zlib.deflateRawSync(chunk, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const count = Math.floor(n / chunk.length);
  let crc = 0;
  for (let i = 0; i < count; i++) crc = crc32(chunk, crc);
  const data = Buffer.concat([...Array.from({ length: count }, () => block), zlib.deflateRawSync(Buffer.alloc(0))]);
  return { name, data, size: count * chunk.length, crc };
}

export function zip(parts: readonly Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const n = Buffer.from(p.name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(p.crc >>> 0, 14);
    h.writeUInt32LE(p.data.length, 18);
    h.writeUInt32LE(p.size >>> 0, 22);
    h.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(p.crc >>> 0, 16);
    c.writeUInt32LE(p.data.length, 20);
    c.writeUInt32LE(p.size >>> 0, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    locals.push(h, n, p.data);
    centrals.push(c, n);
    offset += 30 + n.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The example's parts, inflated, by name. */
export function exampleParts(file = EXAMPLE): Map<string, Buffer> {
  const buf = fs.readFileSync(file);
  return new Map(zipEntries(buf)!.map((e) => [e.name, readZipEntry(buf, e, 1 << 28)]));
}

/** The example plus a sheet (and optional media), registered in the workbook. */
export function withExtraSheet(sheetXml: Buffer, extra: Part[] = [], parts = exampleParts()): Part[] {
  const wb = parts.get('xl/workbook.xml')!.toString('utf8');
  parts.set(
    'xl/workbook.xml',
    Buffer.from(wb.replace('</sheets>', '<sheet name="Dữ liệu gốc" sheetId="99" r:id="rIdBench"/></sheets>')),
  );
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  parts.set(
    'xl/_rels/workbook.xml.rels',
    Buffer.from(
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdBench" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
      ),
    ),
  );
  const ct = parts.get('[Content_Types].xml')!.toString('utf8');
  parts.set(
    '[Content_Types].xml',
    Buffer.from(
      ct.replace(
        '</Types>',
        '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Default Extension="bin" ContentType="application/octet-stream"/></Types>',
      ),
    ),
  );
  return [...[...parts].map(([n, b]) => deflated(n, b)), deflated('xl/worksheets/sheet99.xml', sheetXml), ...extra];
}

export const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';

/** A foreign data sheet of `rows` × 8 random numbers (what a 52 MB workbook holds). */
function dataSheet(rows: number): Buffer {
  const chunks: string[] = [SHEET_HEAD];
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
  for (let r = 1; r <= rows; r++) {
    let line = `<row r="${r}">`;
    for (let c = 0; c < 8; c++) line += `<c r="${'ABCDEFGH'[c]}${r}"><v>${(rand() * 1e6).toFixed(3)}</v></c>`;
    chunks.push(`${line}</row>`);
  }
  chunks.push(SHEET_TAIL);
  return Buffer.from(chunks.join(''));
}

/** The tally sheet of the example with rows down to 1,048,576. */
export function millionRows(): Part[] {
  const parts = exampleParts();
  const wb = parts.get('xl/workbook.xml')!.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  const rid = /<sheet [^>]*name="Biểu tổng hợp"[^>]*r:id="([^"]+)"/.exec(wb)![1]!;
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  const name = `xl/${(target[1] ?? target[2])!}`;
  const xml = parts.get(name)!.toString('utf8');
  const rows: string[] = [];
  for (let r = 200; r <= 1048576; r++) rows.push(`<row r="${r}"><c r="K${r}"><v>1</v></c></row>`);
  parts.set(name, Buffer.from(xml.replace('</sheetData>', `${rows.join('')}</sheetData>`)));
  return [...parts].map(([n, b]) => deflated(n, b));
}

export function measureRun(args: string[]): {
  ms: number;
  cpuMs?: number;
  code: number;
  maxRssMB: number;
  message: string;
} {
  const child = path.join(__dirname, 'limits-child.ts');
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', child, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: 600000,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as { ms: number; cpuMs?: number; code: number; maxRssMB: number; message: string };
  } catch {
    return { ms: NaN, code: r.status ?? -1, maxRssMB: NaN, message: (r.stderr || r.stdout).slice(0, 200) };
  }
}

function report(label: string, file: string, args: string[], goal?: { ms: number; mb: number }): void {
  const size = fs.statSync(file).size / 1e6;
  const m = measureRun(args);
  const ok = goal ? (m.ms < goal.ms && m.maxRssMB < goal.mb ? ' ✓ goal' : ' ✗ GOAL MISSED') : '';
  const goalText = goal ? ` (goal < ${goal.ms / 1000} s, < ${goal.mb} MB)` : '';
  console.log(
    `${label} [${size.toFixed(1)} MB file]: exit ${m.code}, ${(m.ms / 1000).toFixed(2)} s (CPU ${((m.cpuMs ?? NaN) / 1000).toFixed(2)} s), peak ${m.maxRssMB.toFixed(0)} MB${goalText}${ok}` +
      (m.code === 2 ? `\n    “${m.message.slice(0, 110)}…”` : ''),
  );
}

export function run(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-limits-'));
  try {
    const baseline = path.join(dir, 'example.xlsx');
    fs.copyFileSync(EXAMPLE, baseline);
    report('baseline: validate the example', baseline, ['validate', baseline]);

    const bomb = zeros('xl/media/image1.bin', 1100 * 1024 * 1024);
    const honest = path.join(dir, 'bomb-declared.xlsx');
    fs.writeFileSync(honest, zip(withExtraSheet(Buffer.from(SHEET_HEAD + SHEET_TAIL), [bomb])));
    report('hostile: picture inflating to 1.1 GB (declared), validate', honest, ['validate', honest], {
      ms: 2000,
      mb: 300,
    });
    report(
      'hostile: picture inflating to 1.1 GB (declared), repair',
      honest,
      ['repair', honest, '-o', path.join(dir, 'o1.xlsx')],
      { ms: 2000, mb: 300 },
    );
    const lying = path.join(dir, 'bomb-lying.xlsx');
    fs.writeFileSync(lying, zip(withExtraSheet(Buffer.from(SHEET_HEAD + SHEET_TAIL), [{ ...bomb, size: 1 << 20 }])));
    report('hostile: same picture declaring 1 MB, validate (never inflated)', lying, ['validate', lying], {
      ms: 2000,
      mb: 300,
    });
    report('hostile: same picture declaring 1 MB, repair', lying, ['repair', lying, '-o', path.join(dir, 'o2.xlsx')], {
      ms: 2000,
      mb: 300,
    });

    const million = path.join(dir, 'million-rows.xlsx');
    fs.writeFileSync(million, zip(millionRows()));
    report('tally with rows down to 1,048,576, validate', million, ['validate', million], { ms: 2000, mb: 300 });
    report(
      'tally with rows down to 1,048,576, repair (refused by name)',
      million,
      ['repair', million, '-o', path.join(dir, 'o4.xlsx')],
      {
        ms: 60000,
        mb: 1536,
      },
    );
    // Files just inside repair's budget: limits-repair.bench.ts.

    const big = path.join(dir, 'legit-52mb.xlsx');
    const noise = randomBytes(12 * 1024 * 1024); // a photo: incompressible
    fs.writeFileSync(big, zip(withExtraSheet(dataSheet(800000), [deflated('xl/media/photo.bin', noise)])));
    report('legitimate workbook (our sheets + a large data sheet + a picture), validate', big, ['validate', big], {
      ms: 5000,
      mb: 600,
    });
    report('legitimate workbook, report', big, ['report', big, '-o', path.join(dir, 'r.docx')]);
    report(
      'legitimate workbook, repair (refused by name: beyond the budget)',
      big,
      ['repair', big, '-o', path.join(dir, 'o3.xlsx')],
      {
        ms: 60000,
        mb: 1536,
      },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
