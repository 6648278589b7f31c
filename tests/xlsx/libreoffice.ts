/**
 * LibreOffice (headless) as a second spreadsheet engine for tests: convert a workbook
 * after a forced recalculation, to .xlsx, HTML (cell values, fills and font colours as
 * LibreOffice shows them, conditional formats applied) or PDF (the printed pages).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { findSoffice, runLibreOffice, which } from '../helpers/libreoffice';

export const soffice = findSoffice();
/** poppler-utils: PDF → text / PNG. */
export const pdftotext = which('pdftotext');
export const pdftoppm = which('pdftoppm');

/** Convert `file` with LibreOffice (every formula recalculated on load); returns the new file. */
export function convert(file: string, format: 'xlsx' | 'html' | 'pdf', outDir: string): string {
  const p = runLibreOffice(soffice!, file, format, outDir, { timeout: 90000 });
  if (p.status !== 0 || !fs.existsSync(p.converted)) throw new Error(`soffice failed: ${p.stderr}`);
  return p.converted;
}

/** A cell as LibreOffice's HTML export shows it. */
export interface ShownCell {
  /** The background colour, "#RRGGBB" upper case, conditional formats applied. */
  readonly bg?: string;
  /** The font colour, conditional formats applied. */
  readonly color?: string;
  /** The text shown (number formats applied). */
  readonly text: string;
  /** The number behind it, when there is one. */
  readonly value?: number;
}

const decode = (s: string) =>
  s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

/** One sheet of LibreOffice's HTML export as rows × columns (1-based, merged cells repeated). */
export function htmlSheet(html: string, sheetName: string): ShownCell[][] {
  const at = html.indexOf(`<em>${sheetName}</em>`);
  if (at < 0) throw new Error(`No sheet ${sheetName} in the HTML`);
  const start = html.indexOf('<table', at);
  const table = html.slice(start, html.indexOf('</table>', start));
  const grid: ShownCell[][] = [];
  const taken: boolean[][] = [];
  const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)];
  rows.forEach((tr, i) => {
    const r = i + 1;
    let c = 1;
    for (const td of tr[1]!.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)) {
      while (taken[r]?.[c]) c++;
      const attrs = td[1]!;
      const colspan = Number(/colspan=(\d+)/.exec(attrs)?.[1] ?? 1);
      const rowspan = Number(/rowspan=(\d+)/.exec(attrs)?.[1] ?? 1);
      const bg = /bgcolor="(#[0-9A-Fa-f]{6})"/.exec(attrs)?.[1]?.toUpperCase();
      const color = /<font[^>]*color="(#[0-9A-Fa-f]{6})"/.exec(td[2]!)?.[1]?.toUpperCase();
      const sdval = /sdval="([^"]*)"/.exec(attrs)?.[1];
      const cell: ShownCell = {
        ...(bg ? { bg } : {}),
        ...(color ? { color } : {}),
        text: decode(td[2]!),
        ...(sdval !== undefined && sdval !== '' && !Number.isNaN(Number(sdval)) ? { value: Number(sdval) } : {}),
      };
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          (grid[r + dr] ??= [])[c + dc] = cell;
          (taken[r + dr] ??= [])[c + dc] = true;
        }
      }
      c += colspan;
    }
  });
  return grid;
}

/** The text of a PDF, laid out (pdftotext -layout). */
export function pdfText(pdf: string): string {
  const p = spawnSync(pdftotext!, ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`pdftotext failed: ${p.stderr}`);
  return p.stdout;
}
