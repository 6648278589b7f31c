/**
 * Text written into empty cells of an existing .xlsx, in the sheet's XML itself: no workbook is
 * materialised and nothing else is rewritten. Every other part of the package (styles, shared
 * strings, the other sheets, pictures, the clerk's own parts) is carried over with its content
 * byte for byte, and so is the sheet's XML outside the cells written; only the zip container is
 * made anew (parts compressed again, in their order). Used by `tdkt certificates --write-numbers`.
 *
 * A cell is written only when it holds nothing (no value, no formula, no inline text): one that
 * holds anything is kept and said. The text goes in as an inline string (`t="inlineStr"`), which
 * a spreadsheet reads as text, never as a date or a number ("01/2025" stays "01/2025"); the cell
 * keeps its style (its number format included).
 */
import { strFromU8, unzipSync } from 'fflate';
import { columnNumber, parseRange } from '../../core';
import { escapeXml } from './registerXml';
import { repackWithPart, sheetPartPath } from './repack';

export interface TextCell {
  /** "Q24" */
  readonly address: string;
  readonly text: string;
}

export interface TextCellsWritten {
  readonly written: readonly string[];
  /** Cells that held something: kept, with what they show. */
  readonly kept: readonly { readonly address: string; readonly value: string }[];
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()] ?? m;
  });
}

/** The shared strings' texts, in order (a kept cell's value is shown as the clerk sees it). */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decodeXml([...m[1]!.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => t[1]).join('')),
  );
}

/** What a cell element holds, as shown ('' for an empty cell). */
function cellContent(cell: string, strings: readonly string[]): string {
  if (/\/>$/.test(cell) && !/<\/c>$/.test(cell)) return '';
  const f = /<f(?:\s[^>]*)?>([^<]*)<\/f>|<f\s[^>]*\/>/.exec(cell);
  const v = /<v>([^<]*)<\/v>/.exec(cell);
  const inline = [...cell.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => t[1]).join('');
  if (/\bt="s"/.test(cell.slice(0, cell.indexOf('>'))) && v) return strings[Number(v[1])] ?? v[1]!;
  if (v) return decodeXml(v[1]!);
  if (inline || /<is>/.test(cell)) return decodeXml(inline);
  if (f) return `=${decodeXml(f[1] ?? '')}`;
  return '';
}

const rowOf = (address: string) => parseRange(address).r1;
const colOf = (address: string) => columnNumber(/^[A-Z]+/.exec(address)![0]);

/** The sheet's XML with `cells` written where they are empty (the rest of it as it was). */
export function writeTextCellsInSheetXml(
  xml: string,
  cells: readonly TextCell[],
  strings: readonly string[] = [],
): { xml: string } & TextCellsWritten {
  const written: string[] = [];
  const kept: { address: string; value: string }[] = [];
  const byRow = new Map<number, TextCell[]>();
  for (const c of cells) {
    const r = rowOf(c.address);
    byRow.set(r, [...(byRow.get(r) ?? []), c]);
  }
  const inline = (c: TextCell, style: string) =>
    `<c r="${c.address}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(c.text)}</t></is></c>`;
  const done = new Set<number>();
  const rowXml = (r: number, open: string, inner: string): string => {
    done.add(r);
    let out = inner;
    let widened = false;
    for (const c of byRow.get(r)!) {
      const at = new RegExp(`<c r="${c.address}"(\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`).exec(out);
      if (at) {
        const value = cellContent(at[0], strings);
        if (value !== '') {
          kept.push({ address: c.address, value });
          continue;
        }
        // The empty cell keeps its style; any type it claimed goes (the cell is text now).
        const style = (at[1] ?? '').replace(/\s+t="[^"]*"/, '');
        out = out.slice(0, at.index) + inline(c, style) + out.slice(at.index + at[0].length);
      } else {
        // No cell there yet: one is added in column order (its row's cells are ordered by column).
        const col = colOf(c.address);
        let pos = out.length;
        for (const m of out.matchAll(/<c r="([A-Z]+)\d+"/g))
          if (columnNumber(m[1]!) > col) {
            pos = m.index!;
            break;
          }
        out = out.slice(0, pos) + inline(c, '') + out.slice(pos);
        widened = true;
      }
      written.push(c.address);
    }
    // `spans` is an optional hint of the row's columns: dropped where a cell was added outside it.
    const head = widened ? open.replace(/\s+spans="[^"]*"/, '') : open;
    return `${head}${out}</row>`;
  };
  const data = /<sheetData\s*\/>|<sheetData(?:\s[^>]*)?>([\s\S]*?)<\/sheetData>/.exec(xml);
  if (!data) throw new Error('The sheet has no <sheetData>');
  let body = (data[1] ?? '').replace(
    /(<row\b[^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g,
    (whole, open: string, inner: string | undefined) => {
      const r = Number(/\br="(\d+)"/.exec(open)?.[1]);
      return byRow.has(r) ? rowXml(r, `${open}>`, inner ?? '') : whole;
    },
  );
  // Rows not in the XML at all: added in row order.
  for (const r of [...byRow.keys()].filter((r) => !done.has(r)).sort((a, b) => a - b)) {
    const row = rowXml(r, `<row r="${r}">`, '');
    let pos = body.length;
    for (const m of body.matchAll(/<row\b[^>]*?\br="(\d+)"/g))
      if (Number(m[1]) > r) {
        pos = m.index!;
        break;
      }
    body = body.slice(0, pos) + row + body.slice(pos);
  }
  // The sheetData's own tag kept (a self-closed one opened).
  const open = data[1] === undefined ? '<sheetData>' : /^<sheetData(?:\s[^>]*)?>/.exec(data[0])![0];
  const opened = `${open}${body}</sheetData>`;
  return { xml: xml.slice(0, data.index) + opened + xml.slice(data.index + data[0].length), written, kept };
}

/** The .xlsx's bytes with `cells` written into sheet `sheet` where they are empty. */
export function writeTextCellsToXlsx(
  bytes: Uint8Array,
  sheet: string,
  cells: readonly TextCell[],
): { bytes: Uint8Array } & TextCellsWritten {
  const parts = unzipSync(bytes);
  const path = sheetPartPath(parts, sheet);
  if (!path) throw new Error(`The workbook has no part for "${sheet}"`);
  const strings = sharedStrings(parts['xl/sharedStrings.xml'] && strFromU8(parts['xl/sharedStrings.xml']));
  const r = writeTextCellsInSheetXml(strFromU8(parts[path]!), cells, strings);
  if (!r.written.length) return { bytes, written: r.written, kept: r.kept };
  return { bytes: repackWithPart(parts, path, (_, emit) => emit(r.xml)), written: r.written, kept: r.kept };
}
