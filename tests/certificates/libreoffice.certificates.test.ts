/**
 * issue 21.4: the Giấy khen print where the layout says. The certificates of a decision of the
 * Đồng Tâm example are packed to .docx, converted by LibreOffice to PDF, and every word's box
 * (pdftotext -bbox, poppler) must lie within 1 mm of its field's box (the layout's box plus the
 * printer's offset) — for the shipped layout and for a layout moved by an offset. One page per
 * awardee, at the blank's size. The calibration page converts too, with every field's label.
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { buildWorkbookPlan, inputsFromJson, type WorkbookInputsJson } from '../../src/core';
import { findCatalogue } from '../../src/core/catalogue';
import {
  buildCalibration,
  DEFAULT_CERTIFICATE_LAYOUT,
  parseLayoutFile,
  type CertificateDocument,
  type CertificateLayout,
} from '../../src/core/certificates';
import { documentFromWorkbook } from '../../src/core/documents';
import { planToGrids } from '../../src/core/planToGrids';
import { renderCertificatesDocx } from '../../src/hosts/docx/certificates';
import { describeWithSoffice } from '../helpers/libreoffice';
import { convert, pdftotext } from '../xlsx/libreoffice';
import { tempDir } from '../xlsx/files';

const { maybe } = describeWithSoffice(__filename, [
  { what: 'pdftotext', present: !!pdftotext, install: 'apt-get install poppler-utils' },
]);

const cat = findCatalogue('tong-hop-khen-thuong/2025')!;
const json = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../examples/dong-tam-2025/data.json'), 'utf8'),
) as WorkbookInputsJson;
const grids = planToGrids(buildWorkbookPlan(cat, inputsFromJson(cat, json)));
const dir = tempDir('tdkt-certificates-');
const MM_PER_PT = 25.4 / 72;

interface Word {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The words of each page, in mm, as poppler reads them. */
function pdfWords(pdf: string): { width: number; height: number; words: Word[] }[] {
  const html = spawnSync(pdftotext!, ['-bbox', pdf, '-'], { encoding: 'utf8' }).stdout;
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]) * MM_PER_PT,
    height: Number(p[2]) * MM_PER_PT,
    words: [
      ...p[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((w) => ({
      x0: Number(w[1]) * MM_PER_PT,
      y0: Number(w[2]) * MM_PER_PT,
      x1: Number(w[3]) * MM_PER_PT,
      y1: Number(w[4]) * MM_PER_PT,
      text: w[5]!
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .normalize('NFC'),
    })),
  }));
}

async function printed(doc: CertificateDocument, name: string) {
  const docx = path.join(dir, `${name}.docx`);
  fs.writeFileSync(docx, await renderCertificatesDocx(doc));
  // runLibreOffice names the output from an .xlsx only: the PDF's name is the .docx's.
  convert(docx, 'pdf', dir);
  return pdfWords(path.join(dir, `${name}.pdf`));
}

/**
 * Each field's words found on its page (the longest texts first, each word used once) and
 * how far each lies outside the field's box, in mm (0 inside).
 */
function misplaced(doc: CertificateDocument, pages: ReturnType<typeof pdfWords>) {
  const out: string[] = [];
  let checked = 0;
  doc.pages.forEach((page, i) => {
    const words = pages[i]!.words;
    const used = new Set<number>();
    const fields = [...page.placed].sort((a, b) => b.lines.join(' ').length - a.lines.join(' ').length);
    for (const f of fields) {
      const want = f.lines.join(' ').split(/\s+/).filter(Boolean);
      let at = -1;
      for (let s = 0; s + want.length <= words.length && at < 0; s++)
        if (want.every((w, k) => !used.has(s + k) && words[s + k]!.text === w)) at = s;
      if (at < 0) {
        out.push(`page ${i + 1}: ${f.field} “${want.join(' ')}” not found`);
        continue;
      }
      for (let k = 0; k < want.length; k++) {
        used.add(at + k);
        const w = words[at + k]!;
        const b = f.box;
        const off = Math.max(b.x - w.x0, w.x1 - (b.x + b.width), b.y - w.y0, w.y1 - (b.y + b.height), 0);
        checked++;
        if (off > 1) out.push(`page ${i + 1}: ${f.field} “${w.text}” ${off.toFixed(2)} mm outside its box`);
      }
    }
  });
  return { out, checked };
}

function certificates(layout: CertificateLayout): CertificateDocument {
  const r = documentFromWorkbook(grids, 'certificates', '417/QĐ-UBND', {
    certificateLayout: { layout, problems: [] },
  });
  if (r.status !== 'ok') throw new Error(r.findings.map((f) => f.message).join('\n'));
  return r.document;
}

maybe('issue 21.4: Giấy khen through LibreOffice, every field within 1 mm of its box', () => {
  it('the shipped layout (A4 landscape): one page per awardee, each word inside its box', async () => {
    const doc = certificates(DEFAULT_CERTIFICATE_LAYOUT);
    expect(doc.pages.length).toBeGreaterThan(5);
    const pages = await printed(doc, 'default');
    expect(pages).toHaveLength(doc.pages.length);
    for (const p of pages) {
      expect(p.width).toBeCloseTo(297, 0);
      expect(p.height).toBeCloseTo(210, 0);
    }
    const { out, checked } = misplaced(doc, pages);
    expect(out).toEqual([]);
    expect(checked).toBeGreaterThan(doc.pages.length * 20);
  }, 120_000);

  it('a layout moved by the printer offset (x +3,5 mm, y −2 mm) and a field moved: printed there', async () => {
    const moved = parseLayoutFile(
      JSON.stringify({ offset: { x: 3.5, y: -2 }, fields: { name: { x: 20, y: 90, width: 200, align: 'left' } } }),
      'moved.json',
    );
    expect(moved.problems).toEqual([]);
    const doc = certificates(moved.layout);
    const name = doc.pages[0]!.placed.find((p) => p.field === 'name')!;
    expect(name.box).toEqual({ x: 23.5, y: 88, width: 200, height: DEFAULT_CERTIFICATE_LAYOUT.fields.name.height });
    const pages = await printed(doc, 'moved');
    const { out, checked } = misplaced(doc, pages);
    expect(out).toEqual([]);
    expect(checked).toBeGreaterThan(doc.pages.length * 20);
    // Left-aligned: the name starts at its box's left edge (not merely inside the box).
    const first = pages[0]!.words.find((w) => w.text === name.lines[0]!.split(' ')[0]);
    expect(Math.abs(first!.x0 - 23.5)).toBeLessThan(1);
  }, 120_000);

  it('the calibration page: one page of the blank’s size naming every field at its box', async () => {
    const doc = buildCalibration(DEFAULT_CERTIFICATE_LAYOUT);
    const pages = await printed(doc, 'calibration');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo(297, 0);
    const text = pages[0]!.words.map((w) => w.text).join(' ');
    for (const b of doc.calibration!.boxes) {
      expect(text).toContain(b.label.split(' ')[0]);
      // The label sits inside its box's top left corner.
      const x = `(x ${String(b.box.x).replace('.', ',')},`;
      expect(text).toContain(x);
    }
  }, 120_000);
});
