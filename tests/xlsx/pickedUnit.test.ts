/**
 * The pane reads a picked unit file as `tdkt aggregate` reads it (issue 13 item 4): the same
 * selective reader (selective.ts), its parts inflated with fflate in the browser (pure
 * JavaScript, so the browser path runs here unchanged) instead of Node's zlib — the same
 * UnitRead, the same refusals; exceljs only where the selective reader cannot read a file.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { CATALOGUES, parseCatalogue, summariseUnit, TALLY_SHEET_NAME, type UnitRead } from '../../src/core';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { readPickedUnit } from '../../src/hosts/xlsx/pickedUnit';
import * as selectiveBytes from '../../src/hosts/xlsx/selectiveBytes';
import { readWorkbookBytesSelective } from '../../src/hosts/xlsx/selectiveBytes';
import { readZipEntry, zipEntries } from '../../src/hosts/xlsx/zip';
import { Inflate } from 'fflate';
import { inflatePrefixFflate, inflateRawBounded, readZipEntryFflate } from '../../src/hosts/xlsx/zipFflate';
import { paperFormInputs } from '../helpers/paperForm';
import { unzip, zip } from '../helpers/zip';
import { editFile, tempDir } from './files';

const EXAMPLES = path.join(__dirname, '../../examples');
const UNITS = [
  'bac-son-2023/bac-son-nam-2023.xlsx',
  'bac-son-2024/bac-son-6-thang-2024.xlsx',
  'dong-tam-2025/dong-tam-nam-2025.xlsx',
].map((f) => path.join(EXAMPLES, f));
const dir = tempDir();

/** A file as the pane's <input type=file> hands it over. */
const picked = (file: string) => ({
  name: path.basename(file),
  arrayBuffer: async () => new Uint8Array(fs.readFileSync(file)).buffer,
});

/** What `tdkt aggregate` reads of a unit (src/cli/aggregate.ts), on the pane's surface. */
async function cliUnit(file: string): Promise<UnitRead> {
  return summariseUnit(path.basename(file), await readWorkbookFile(file), path.basename(file));
}

afterEach(() => jest.restoreAllMocks());

describe('a unit read in the pane ⇄ tdkt aggregate', () => {
  it.each(UNITS)('%s: the same UnitRead, read by the selective reader (not exceljs)', async (file) => {
    const selective = jest.spyOn(selectiveBytes, 'readUnitBytesSelective');
    const pane = await readPickedUnit(picked(file));
    expect(selective).toHaveBeenCalledTimes(1);
    expect(selective.mock.results[0]!.value).toBe(pane);
    expect(pane).toEqual(await cliUnit(file));
    expect(pane.unit.name).not.toBe('');
  });

  it.each(UNITS)('%s: the same grids, form and sheets as the CLI reads', async (file) => {
    const browser = readWorkbookBytesSelective(new Uint8Array(fs.readFileSync(file)), file);
    expect(browser).toEqual(await readWorkbookFile(file));
  });

  it("a province's form (read again with its own plan): the same grids and form", async () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'catalogues/lang-son-2025.json'), 'utf8');
    const custom = parseCatalogue(text, { builtInKeys: Object.keys(CATALOGUES) }).catalogue!;
    const file = path.join(dir, 'lang-son.xlsx');
    await createWorkbookFile(file, undefined, { catalogue: custom });
    const browser = readWorkbookBytesSelective(new Uint8Array(fs.readFileSync(file)), file);
    expect(browser.catalogue).toEqual(custom);
    expect(browser).toEqual(await readWorkbookFile(file));
  });

  it('a clerk’s file with text counts, formulas typed and a note: the same UnitRead', async () => {
    const file = path.join(dir, 'typed.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    await editFile(file, { [TALLY_SHEET_NAME]: { D20: '18 người', D23: '=2+3', K30: 'ghi chú & <xem>' } });
    const pane = await readPickedUnit(picked(file));
    expect(pane.errorFindings.length).toBeGreaterThan(0);
    expect(pane).toEqual(await cliUnit(file));
  });
});

describe('the same refusals as tdkt aggregate', () => {
  async function refusal(file: string) {
    const cli = await readWorkbookFile(file).then(
      () => 'read',
      (e: { problem?: string }) => e.problem,
    );
    const pane = await readPickedUnit(picked(file)).then(
      () => 'read',
      (e: { problem?: string }) => e.problem,
    );
    return { cli, pane };
  }

  it('without sharedStrings.xml: damaged, in both', async () => {
    const file = path.join(dir, 'ok.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    const parts = unzip(fs.readFileSync(file));
    parts.delete('xl/sharedStrings.xml');
    const broken = path.join(dir, 'no-shared-strings.xlsx');
    fs.writeFileSync(broken, zip(parts));
    expect(await refusal(broken)).toEqual({ cli: 'corrupt', pane: 'corrupt' });
  });

  it('a picture declaring 600 MB: too large, in both, before anything inflates it', async () => {
    const file = path.join(dir, 'ok-bomb.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    const parts = unzip(fs.readFileSync(file));
    const block = zlib.deflateRawSync(Buffer.alloc(1 << 20), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
    const data = Buffer.concat([...Array.from({ length: 8 }, () => block), zlib.deflateRawSync(Buffer.alloc(0))]);
    const hostile = path.join(dir, 'bomb.xlsx');
    fs.writeFileSync(
      hostile,
      zip(parts, { raw: new Map([['xl/media/image1.png', { data, size: 600 << 20, crc: 0 }]]) }),
    );
    expect(await refusal(hostile)).toEqual({ cli: 'too-large', pane: 'too-large' });
  });

  it('a sheet lying about its size: the selective reader refuses it, the check before exceljs says damaged', async () => {
    const file = path.join(dir, 'ok-lie.xlsx');
    await createWorkbookFile(file, paperFormInputs());
    const parts = unzip(fs.readFileSync(file));
    const sheet = [...parts.keys()].find((n) => n.startsWith('xl/worksheets/sheet'))!;
    const body = parts.get(sheet)!;
    parts.delete(sheet);
    const bad = path.join(dir, 'lech-kich-thuoc.xlsx');
    const raw = new Map([[sheet, { data: zlib.deflateRawSync(body), size: body.length + 7, crc: 0 }]]);
    fs.writeFileSync(bad, zip(parts, { raw }));
    expect(await refusal(bad)).toEqual({ cli: 'corrupt', pane: 'corrupt' });
  });

  it('a truncated file and a workbook without the tally: the same problem in both', async () => {
    const bytes = fs.readFileSync(UNITS[0]!);
    const truncated = path.join(dir, 'cut.xlsx');
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.length >> 1));
    expect(await refusal(truncated)).toEqual({ cli: 'corrupt', pane: 'corrupt' });
    const parts = unzip(bytes);
    const workbook = parts.get('xl/workbook.xml')!.toString('utf8');
    parts.set('xl/workbook.xml', Buffer.from(workbook.replace(`name="${TALLY_SHEET_NAME}"`, 'name="Trang tính 9"')));
    const noTally = path.join(dir, 'no-tally.xlsx');
    fs.writeFileSync(noTally, zip(parts));
    const both = await refusal(noTally);
    expect(both.pane).toBe(both.cli);
  });
});

describe('a browser without DecompressionStream (Safari before 16.4)', () => {
  it('still reads the unit with the selective reader (fflate needs nothing of the platform), not exceljs', async () => {
    const saved = globalThis.DecompressionStream;
    let pane: UnitRead | undefined;
    let selectiveCalls = 0;
    try {
      // @ts-expect-error -- an older browser has no DecompressionStream
      delete globalThis.DecompressionStream;
      await jest.isolateModulesAsync(async () => {
        const fresh = await import('../../src/hosts/xlsx/pickedUnit');
        const bytesModule = await import('../../src/hosts/xlsx/selectiveBytes');
        const spy = jest.spyOn(bytesModule, 'readUnitBytesSelective');
        pane = await fresh.readPickedUnit(picked(UNITS[1]!));
        selectiveCalls = spy.mock.calls.length;
        expect(spy.mock.results[0]!.value).toBe(pane);
      });
    } finally {
      globalThis.DecompressionStream = saved;
    }
    expect(selectiveCalls).toBe(1);
    expect(pane).toEqual(await cliUnit(UNITS[1]!));
  });
});

describe('inflating in the browser, within the bounds Node keeps', () => {
  const bytes = fs.readFileSync(UNITS[1]!);
  const entries = zipEntries(bytes)!;
  const sheet = entries
    .filter((e) => e.name.startsWith('xl/worksheets/'))
    .sort((a, b) => b.uncompressedSize - a.uncompressedSize)[0]!;

  it('a part whole: the bytes zlib gives; a lying size, a bomb: the refusal zlib gives', async () => {
    expect(Buffer.from(await readZipEntryFflate(bytes, sheet, 1 << 26))).toEqual(readZipEntry(bytes, sheet, 1 << 26));
    const outcome = async (read: () => unknown) => {
      try {
        await read();
        return 'read';
      } catch (e) {
        return (e as { reason?: string }).reason;
      }
    };
    const cases = [
      { e: { ...sheet, uncompressedSize: 100 }, limit: 1 << 26, expected: 'damaged' }, // declares less than it holds
      { e: { ...sheet, uncompressedSize: 100 }, limit: 1000, expected: 'too-large' }, // inflates past the bound
      { e: sheet, limit: 1000, expected: 'too-large' }, // declares more than the bound
      { e: { ...sheet, localHeaderOffset: 3 }, limit: 1 << 26, expected: 'damaged' },
    ];
    for (const { e, limit, expected } of cases) {
      expect(await outcome(() => readZipEntryFflate(bytes, e, limit))).toBe(expected);
      expect(await outcome(() => readZipEntry(bytes, e, limit))).toBe(expected);
    }
  });

  it('a prefix: the first bytes of the part, the rest never inflated', async () => {
    const whole = readZipEntry(bytes, sheet, 1 << 26);
    const limit = 5000;
    expect(Buffer.from(await inflatePrefixFflate(bytes, sheet, limit))).toEqual(whole.subarray(0, limit));
  });

  it('a bomb: stopped at the bound after one step of compressed input, the rest never fed', () => {
    // 64 MB of zeros: ≈ 64 KB compressed, four 16 KB steps; the bound is met in the first.
    const bomb = zlib.deflateRawSync(Buffer.alloc(64 << 20), { level: 9 });
    expect(bomb.length).toBeGreaterThan(3 * 16 * 1024);
    const push = jest.spyOn(Inflate.prototype, 'push');
    const out = inflateRawBounded(bomb, 1 << 20, false);
    expect(out).toEqual({ bytes: new Uint8Array(1 << 20), over: true });
    expect(push).toHaveBeenCalledTimes(1);
  });

  it('a damaged stream: an error, or with keepPartial what came out before the damage', () => {
    const text = Buffer.from('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(2000));
    const data = zlib.deflateRawSync(text);
    const cut = data.subarray(0, data.length >> 1);
    expect(() => inflateRawBounded(cut, 1 << 26, false)).toThrow();
    const partial = inflateRawBounded(cut, 1 << 26, true);
    expect(partial.over).toBe(false);
    expect(partial.bytes.length).toBeGreaterThan(0);
    expect(Buffer.from(partial.bytes)).toEqual(text.subarray(0, partial.bytes.length));
  });

  it('an empty part and a part exactly at the bound: read whole, not over', () => {
    expect(inflateRawBounded(zlib.deflateRawSync(Buffer.alloc(0)), 10, false)).toEqual({
      bytes: new Uint8Array(0),
      over: false,
    });
    const ten = Buffer.from('0123456789');
    const out = inflateRawBounded(zlib.deflateRawSync(ten), 10, false);
    expect(out.over).toBe(false);
    expect(Buffer.from(out.bytes)).toEqual(ten);
  });
});
