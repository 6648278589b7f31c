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
