/** Issue 15 items 5 and 10: damaged and password-protected files are refused with our own message. */
import * as fs from 'fs';
import * as path from 'path';
import { createWorkbookFile, readWorkbookFile, sniffXlsx } from '../../src/hosts/xlsx';
import { paperFormInputs } from '../helpers/paperForm';
import { unzip, zip } from '../helpers/zip';
import { tempDir } from './files';

const dir = tempDir();

describe('regression (issue 15 item 5): an .xlsx without sharedStrings.xml', () => {
  it('is refused as damaged instead of reading the string indexes as the unit’s name', async () => {
    const file = path.join(dir, 'ok.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    const parts = unzip(fs.readFileSync(file));
    expect(parts.has('xl/sharedStrings.xml')).toBe(true);
    parts.delete('xl/sharedStrings.xml');
    const broken = path.join(dir, 'no-shared-strings.xlsx');
    fs.writeFileSync(broken, zip(parts));
    await expect(readWorkbookFile(broken)).rejects.toMatchObject({ problem: 'corrupt' });
  });

  it('a file whose sheets use inline strings only (no shared strings) is still read', async () => {
    const file = path.join(dir, 'ok2.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    const parts = unzip(fs.readFileSync(file));
    parts.delete('xl/sharedStrings.xml');
    for (const [name, body] of parts) {
      // Drop every shared-string cell: what remains holds no reference to the missing part.
      if (name.startsWith('xl/worksheets/sheet'))
        parts.set(name, Buffer.from(body.toString('utf8').replace(/<c [^>]*t="s"[^>]*>.*?<\/c>/g, '')));
    }
    const inline = path.join(dir, 'inline-only.xlsx');
    fs.writeFileSync(inline, zip(parts));
    await expect(readWorkbookFile(inline, { requireTally: false })).resolves.toBeDefined();
  });
});

describe('regression (issue 15 item 10): a password-protected .xlsx is described as an old .xls', () => {
  it('an OLE compound file holding an EncryptedPackage stream is said to be password-protected', () => {
    // The compound file's directory (MS-CFB 2.6) names streams in UTF-16LE; an encrypted OOXML
    // package has "EncryptionInfo" and "EncryptedPackage" (MS-OFFCRYPTO 2.3.4.4).
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const ole = Buffer.concat([
      header,
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(100),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(400),
    ]);
    expect(sniffXlsx(ole)).toBe('encrypted');
    const xls = Buffer.concat([header, Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(400)]);
    expect(sniffXlsx(xls)).toBe('old-xls');
  });
});

describe('regression (issue 15 item 11): library text leaks into messages', () => {
  it('a part whose declared size lies gives our Vietnamese message; the library’s words only with --debug', async () => {
    const { runCli } = await import('../../src/cli/main');
    const zlib = await import('zlib');
    const file = path.join(dir, 'ok3.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    const parts = unzip(fs.readFileSync(file));
    const sheet = [...parts.keys()].find((n) => n.startsWith('xl/worksheets/sheet'))!;
    const body = parts.get(sheet)!;
    parts.delete(sheet);
    const bad = path.join(dir, 'lech-kich-thuoc.xlsx');
    const raw = new Map([[sheet, { data: zlib.deflateRawSync(body), size: body.length + 7, crc: 0 }]]);
    fs.writeFileSync(bad, zip(parts, { raw }));
    const run = async (...argv: string[]) => {
      const err: string[] = [];
      const code = await runCli(argv, { out: () => undefined, err: (t) => err.push(t) });
      return { code, err: err.join('\n') };
    };
    const plain = await run('validate', bad);
    expect(plain.code).toBe(2);
    expect(plain.err).toContain('bị hỏng');
    expect(plain.err.split('\n')).toHaveLength(1);
    expect(plain.err).not.toMatch(/[Bb]ug|size|mismatch|undefined|Cannot|Error/);
    const debug = await run('validate', bad, '--debug');
    expect(debug.code).toBe(2);
    expect(debug.err.split('\n').length).toBeGreaterThan(1);
  });
});

describe('regression (issue 15 item 13): every part inflated whole, hostile files accepted', () => {
  /** `mb` MiB of zeros as one raw deflate stream, never held inflated (blocks of 1 MiB, fully flushed). */
  async function bomb(mb: number) {
    const zlib = await import('zlib');
    const block = zlib.deflateRawSync(Buffer.alloc(1 << 20), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
    const data = Buffer.concat([...Array.from({ length: mb }, () => block), zlib.deflateRawSync(Buffer.alloc(0))]);
    return { data, size: mb << 20, crc: 0 };
  }

  it('a picture declaring 600 MB is refused before anything inflates it', async () => {
    const file = path.join(dir, 'ok-bomb.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    const parts = unzip(fs.readFileSync(file));
    const hostile = path.join(dir, 'bomb.xlsx');
    fs.writeFileSync(hostile, zip(parts, { raw: new Map([['xl/media/image1.png', await bomb(600)]]) }));
    const before = process.memoryUsage().rss;
    await expect(readWorkbookFile(hostile)).rejects.toMatchObject({ problem: 'too-large' });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('a picture lying about its size (declares 1 MB, inflates to 64 MB) is refused by repair', async () => {
    const { repairWorkbookFile } = await import('../../src/hosts/xlsx');
    const file = path.join(dir, 'ok-lie.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    const parts = unzip(fs.readFileSync(file));
    const lying = path.join(dir, 'lying.xlsx');
    fs.writeFileSync(
      lying,
      zip(parts, { raw: new Map([['xl/media/image1.png', { ...(await bomb(64)), size: 1 << 20 }]]) }),
    );
    await expect(repairWorkbookFile(lying, { output: path.join(dir, 'lying-out.xlsx') })).rejects.toMatchObject({
      problem: 'too-large',
    });
  });

  it('validate reads a sheet of ours only down to the rows the form can hold', async () => {
    const { OUR_SHEET_ROW_CAP } = await import('../../src/hosts/xlsx/selective');
    const file = path.join(dir, 'long.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    const parts = unzip(fs.readFileSync(file));
    const sheet = [...parts.keys()].find(
      (n) => n.startsWith('xl/worksheets/') && parts.get(n)!.toString('utf8').includes('<c r="I54"'),
    )!;
    const rows: string[] = [];
    for (let r = 100; r <= 300000; r++) rows.push(`<row r="${r}"><c r="K${r}"><v>1</v></c></row>`);
    parts.set(
      sheet,
      Buffer.from(
        parts
          .get(sheet)!
          .toString('utf8')
          .replace('</sheetData>', `${rows.join('')}</sheetData>`),
      ),
    );
    const long = path.join(dir, 'long-rows.xlsx');
    fs.writeFileSync(long, zip(parts));
    const read = await readWorkbookFile(long);
    expect(read.grids.sheets['Biểu tổng hợp']!.values.length).toBeLessThanOrEqual(OUR_SHEET_ROW_CAP);
  });
});
