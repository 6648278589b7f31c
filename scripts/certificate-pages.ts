/**
 * Refreshes docs/certificate-page.png and docs/certificate-calibration.png: the Đồng Tâm
 * example's Giấy khen of Quyết định 416/QĐ-UBND (its first page, as printed onto the blank —
 * only the fields, the blank's own design is the province's) and the calibration page of the
 * shipped layout, each → .docx → LibreOffice → PDF → pdftoppm (as scripts/decision-pages.ts).
 *   npx ts-node --transpile-only scripts/certificate-pages.ts
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCalibration, DEFAULT_CERTIFICATE_LAYOUT } from '../src/core/certificates';
import { documentFromWorkbook } from '../src/core/documents';
import { renderCertificatesDocx } from '../src/hosts/docx/certificates';
import { readWorkbookFile } from '../src/hosts/xlsx';
import { EXAMPLES } from './make-example';

const NUMBER = '416/QĐ-UBND';

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-certificate-pages-'));
  const { grids } = await readWorkbookFile(EXAMPLES[1]!.xlsx);
  const built = documentFromWorkbook(grids, 'certificates', NUMBER);
  if (built.status !== 'ok') throw new Error(built.findings.map((f) => f.message).join('\n'));
  const out = path.join(__dirname, '..', 'docs');
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  const png = async (name: string, bytes: Uint8Array, dpi: number) => {
    const docx = path.join(dir, `${name}.docx`);
    fs.writeFileSync(docx, bytes);
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe' });
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-png',
      '-singlefile',
      '-f',
      '1',
      '-l',
      '1',
      path.join(dir, `${name}.pdf`),
      path.join(out, name),
    ]);
  };
  await png('certificate-page', await renderCertificatesDocx(built.document), 60);
  await png('certificate-calibration', await renderCertificatesDocx(buildCalibration(DEFAULT_CERTIFICATE_LAYOUT)), 90);
  console.log(
    `${built.document.pages.length} certificates; wrote docs/certificate-page.png, docs/certificate-calibration.png`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
