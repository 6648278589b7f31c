/**
 * The selective reader over a file's bytes in the browser (the pane's "Tổng hợp"): the same
 * checks and the same parser as `tdkt aggregate` reading a file (files.ts readChecked +
 * readSelective), the parts inflated with DecompressionStream before parsing. No exceljs
 * here: where the selective reader cannot read a file, the caller reads it with exceljs.
 */
import { type UnitRead, summariseUnit } from '../../core';
import { readWithForm, requireTally, shortReason, sniffXlsx, XlsxFileError, type ReadWorkbook } from './bytes';
import { HEADER_PARTS, PART_LIMIT, readGridsSelective, SelectiveReadError, wantedSheetParts } from './selective';
import type { PartSource, WantedPart } from './selective';
import {
  declaresTooLarge,
  TOTAL_LIMIT,
  usesSharedStrings,
  utf8,
  worksheetEntries,
  zipEntries,
  ZipPartError,
} from './zipParts';
import type { ZipEntry } from './zipParts';
import { inflateHere, inflatePrefixAsync, readZipEntryAsync, type RawInflater } from './zipStream';

/** The selective reader could not parse the file (damaged, not too large): exceljs says what is wrong. */
export class NeedsExceljs extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'NeedsExceljs';
  }
}

/** Parts the read asked for that are not inflated yet. */
class MissingParts extends Error {
  constructor(readonly parts: readonly WantedPart[]) {
    super('parts not inflated yet');
  }
}

const key = (p: WantedPart) => `${p.whole ? 'whole' : 'prefix'}:${p.limit}:${p.name}`;

async function sheetsUseSharedStrings(
  buf: Uint8Array,
  entries: readonly ZipEntry[],
  inflate: RawInflater,
): Promise<boolean> {
  for (const e of worksheetEntries(entries)) {
    try {
      if (usesSharedStrings(utf8(await readZipEntryAsync(buf, e, PART_LIMIT, inflate)))) return true;
    } catch {
      return true; // damaged or oversized: not a file to trust either
    }
  }
  return false;
}

/**
 * Before exceljs inflates every part (files.ts readChecked with `everyPart`): each part inflated
 * once with its declared size as the bound, so a part that lies about its size is refused.
 */
async function checkEveryPart(
  buf: Uint8Array,
  entries: readonly ZipEntry[],
  file: string,
  inflate: RawInflater,
): Promise<void> {
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > TOTAL_LIMIT) throw new XlsxFileError('too-large', file);
  for (const e of entries) {
    try {
      await readZipEntryAsync(buf, e, e.uncompressedSize, inflate);
    } catch (err) {
      throw new XlsxFileError(
        err instanceof ZipPartError && err.reason === 'too-large' ? 'too-large' : 'corrupt',
        file,
        shortReason(err),
      );
    }
  }
}

/**
 * Read a tally workbook's bytes as files.ts reads a file: refused as XlsxFileError for what the
 * CLI refuses (not an .xlsx, a part too large, a damaged file, no tally sheet); NeedsExceljs
 * where the CLI would read the file with exceljs (every part checked first, as the CLI does).
 */
export async function readWorkbookBytesSelective(
  buf: Uint8Array,
  file: string,
  opts: { requireTally?: boolean; inflate?: RawInflater } = {},
): Promise<ReadWorkbook> {
  const inflate = opts.inflate ?? inflateHere;
  const problem = sniffXlsx(buf);
  if (problem) throw new XlsxFileError(problem, file);
  const entries = zipEntries(buf)!;
  if (declaresTooLarge(entries)) throw new XlsxFileError('too-large', file);
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has('xl/sharedStrings.xml') && (await sheetsUseSharedStrings(buf, entries, inflate))) {
    throw new XlsxFileError('corrupt', file);
  }

  const texts = new Map<string, string>();
  const load = async (wanted: readonly WantedPart[]) => {
    for (const p of wanted) {
      const e = byName.get(p.name);
      if (!e || texts.has(key(p))) continue;
      const bytes = p.whole
        ? await readZipEntryAsync(buf, e, p.limit, inflate)
        : await inflatePrefixAsync(buf, e, p.limit, inflate);
      texts.set(key(p), utf8(bytes));
    }
  };
  const text = (p: WantedPart) => {
    if (!byName.has(p.name)) return undefined;
    const t = texts.get(key(p));
    if (t === undefined) throw new MissingParts([p]);
    return t;
  };
  const parts: PartSource = {
    whole: (name, limit) => text({ name, limit, whole: true }),
    prefix: (name, limit) => text({ name, limit, whole: false }) ?? '',
  };
  const partNames = new Set(byName.keys());

  let read: ReadWorkbook | undefined;
  try {
    await load(HEADER_PARTS);
    const header = (name: string) => texts.get(key({ name, limit: PART_LIMIT, whole: true }));
    // Each plan's sheets inflated before it parses (the form's own plan, if not the default, asks again).
    for (let attempt = 0; attempt < 4 && !read; attempt++) {
      try {
        read = readWithForm((plan) => {
          const wanted = wantedSheetParts(
            header('xl/workbook.xml') ?? '',
            header('xl/_rels/workbook.xml.rels') ?? '',
            partNames,
            plan,
          );
          const missing = wanted.filter((p) => !texts.has(key(p)));
          if (missing.length) throw new MissingParts(missing);
          return readGridsSelective(parts, partNames, plan);
        });
      } catch (e) {
        if (!(e instanceof MissingParts)) throw e;
        await load(e.parts);
      }
    }
  } catch (e) {
    if ((e instanceof SelectiveReadError || e instanceof ZipPartError) && e.reason === 'too-large') {
      throw new XlsxFileError('too-large', file, e.message);
    }
    await checkEveryPart(buf, entries, file, inflate);
    throw new NeedsExceljs(e);
  }
  if (!read) {
    await checkEveryPart(buf, entries, file, inflate);
    throw new NeedsExceljs(new Error('parts kept missing'));
  }
  if (opts.requireTally ?? true) requireTally(read, file);
  return read;
}

/** One unit read and validated in the pane, as `tdkt aggregate` reads it (see units.ts). */
export async function readUnitBytesSelective(
  bytes: Uint8Array,
  file: string,
  opts: { fileName?: string; inflate?: RawInflater } = {},
): Promise<UnitRead> {
  return summariseUnit(
    file,
    await readWorkbookBytesSelective(bytes, file, { inflate: opts.inflate }),
    opts.fileName ?? file,
  );
}
