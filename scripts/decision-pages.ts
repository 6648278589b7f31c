/**
 * Refreshes docs/decision-page1.png and docs/decision-danh-sach.png: the Đồng Tâm example's
 * Quyết định 416/QĐ-UBND (drafted from its register lines) → .docx → LibreOffice → PDF →
 * pdftoppm, as scripts/report-pages.ts does for the report (soffice, pdftoppm and, for Word's
 * line breaks, Liberation Serif).
 *   npx ts-node --transpile-only scripts/decision-pages.ts
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../src/hosts/xlsx';
import { documentFromWorkbook } from '../src/core/documents';
import { renderReportDocx } from '../src/hosts/docx/render';
import { EXAMPLES } from './make-example';

const NUMBER = '416/QĐ-UBND';

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-decision-pages-'));
  const { grids } = await readWorkbookFile(EXAMPLES[1]!.xlsx);
  const built = documentFromWorkbook(grids, 'decision', NUMBER);
  if (built.status !== 'ok') throw new Error(built.findings.map((f) => f.message).join('\n'));
  const docx = path.join(dir, 'quyet-dinh.docx');
  fs.writeFileSync(docx, await renderReportDocx(built.document));
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe' });
  const pdf = path.join(dir, 'quyet-dinh.pdf');
  const out = path.join(__dirname, '..', 'docs');
  const page = (n: number, name: string) =>
    execFileSync('pdftoppm', [
      '-r',
      '90',
      '-png',
      '-singlefile',
      '-f',
      String(n),
      '-l',
      String(n),
      pdf,
      path.join(out, name),
    ]);
  page(1, 'decision-page1');
  // The danh sách starts the second section: the first page holding its heading.
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f');
  const list = text.findIndex((t) => /^\s*DANH SÁCH\s*$/m.test(t)) + 1;
  page(list, 'decision-danh-sach');
  console.log(
    `${text.length - 1} pages; danh sách on page ${list}; wrote docs/decision-page1.png, docs/decision-danh-sach.png`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
