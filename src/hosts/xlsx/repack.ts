/**
 * An .xlsx packed again with one sheet's XML rewritten and every other part's content as it
 * was: the step shared by the writers that touch one sheet only (registerXml.ts adds a large
 * register's lines, textCells.ts writes the Số vào sổ into empty cells). The new part is pushed
 * in pieces as it is made, and the old one let go first, so a large sheet is never held twice
 * as text.
 */
import { strFromU8, strToU8, Zip, ZipDeflate, ZipPassThrough, type Unzipped } from 'fflate';
import { sheetsOfWorkbook } from './selective';

/** The zip path of sheet `name`'s part (found through the workbook's relationships), if any. */
export function sheetPartPath(parts: Unzipped, name: string): string | undefined {
  const wb = parts['xl/workbook.xml'];
  const rels = parts['xl/_rels/workbook.xml.rels'];
  if (!wb || !rels) return undefined;
  const path = sheetsOfWorkbook(strFromU8(wb), strFromU8(rels)).find((s) => s.name === name)?.path;
  return path && parts[path] ? path : undefined;
}

/**
 * `parts` zipped again, the part at `path` replaced by what `write` emits from its old XML
 * (`parts` loses that entry). Directory entries are stored as they were; every other part is
 * deflated with its content unchanged.
 */
export function repackWithPart(
  parts: Unzipped,
  path: string,
  write: (xml: string, emit: (piece: string) => void) => void,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failed = err;
    else chunks.push(data);
  });
  for (const [name, data] of Object.entries(parts)) {
    const file = name.endsWith('/') ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(file);
    if (name !== path) {
      file.push(data, true);
      continue;
    }
    const xml = strFromU8(data);
    delete parts[name];
    // Each piece is pushed when the next arrives, so the last can be pushed as the final one.
    let last: string | undefined;
    write(xml, (piece) => {
      if (last !== undefined) file.push(strToU8(last));
      last = piece;
    });
    file.push(strToU8(last ?? ''), true);
  }
  zip.end();
  if (failed) throw failed;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
