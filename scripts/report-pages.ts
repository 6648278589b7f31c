/**
 * Refreshes docs/report-page1.png and docs/report-phu-luc-ii.png: the Bắc Sơn report (compared
 * with the bac-son-2023 example) → .docx → LibreOffice → PDF → pdftoppm. Needs soffice and
 * pdftoppm; for Word's line breaks LibreOffice needs a font with Times New Roman's metrics
 * (Liberation Serif: Debian fonts-liberation2), else it substitutes a wider serif.
 *   npx ts-node --transpile-only scripts/report-pages.ts
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../src/hosts/xlsx';
import { reportFromWorkbook } from '../src/core/report';
import { renderReportDocx } from '../src/hosts/docx/render';
import { EXAMPLE_XLSX, PREVIOUS_XLSX } from './make-example';

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-pages-'));
  const [now, before] = await Promise.all([readWorkbookFile(EXAMPLE_XLSX), readWorkbookFile(PREVIOUS_XLSX)]);
  const { document } = reportFromWorkbook(now.grids, {
    previous: { grids: before.grids, name: 'bac-son-nam-2023.xlsx' },
  });
  const docx = path.join(dir, 'bao-cao.docx');
  fs.writeFileSync(docx, await renderReportDocx(document!));
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe' });
  const pdf = path.join(dir, 'bao-cao.pdf');
  const info = execFileSync('pdfinfo', [pdf]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const out = path.join(__dirname, '..', 'docs');
  execFileSync('pdftoppm', [
    '-r',
    '90',
    '-png',
    '-singlefile',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    path.join(out, 'report-page1'),
  ]);
  // Phụ lục II is the last section: its first page.
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f');
  const p2 = text.findIndex((t) => /^\s*Phụ lục II\s*$/m.test(t)) + 1;
  execFileSync('pdftoppm', [
    '-r',
    '90',
    '-png',
    '-singlefile',
    '-f',
    String(p2),
    '-l',
    String(p2),
    pdf,
    path.join(out, 'report-phu-luc-ii'),
  ]);
  console.log(`${pages} pages; Phụ lục II on page ${p2}; wrote docs/report-page1.png, docs/report-phu-luc-ii.png`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
