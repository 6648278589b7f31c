/**
 * The generated report opens in a real word processor: LibreOffice (headless) converts
 * it to plain text and the expected sentences are there. Skipped only outside CI when
 * LibreOffice is missing (CI installs libreoffice-writer from .ci/apt-packages).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CATALOGUE } from '../../src/core';
import { buildReport } from '../../src/core/report';
import { renderReportDocx } from '../../src/hosts/docx/render';
import { bacSonInputs } from './helpers';

function findSoffice(): string | undefined {
  for (const bin of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [bin], { stdio: 'pipe' });
      return bin;
    } catch {
      /* try the next name */
    }
  }
  return undefined;
}

const soffice = findSoffice();
const run = soffice || process.env.CI ? it : it.skip;

describe('LibreOffice reads the report', () => {
  run(
    'converts the Bắc Sơn .docx to text with the drafted numbers in it',
    async () => {
      expect(soffice).toBeDefined();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-lo-'));
      try {
        const file = path.join(dir, 'bao-cao.docx');
        fs.writeFileSync(file, await renderReportDocx(buildReport(DEFAULT_CATALOGUE, bacSonInputs()).document));
        execFileSync(
          soffice!,
          [
            `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
            '--headless',
            '--convert-to',
            'txt:Text (encoded):UTF8',
            '--outdir',
            dir,
            file,
          ],
          { stdio: 'pipe', timeout: 90_000 },
        );
        const text = fs.readFileSync(path.join(dir, 'bao-cao.txt'), 'utf8').normalize('NFC');
        expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(text).toContain('tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn cho 03 tập thể và 12 cá nhân');
        expect(text).toContain('đạt 11,76%');
        expect(text).toContain('TỔNG CỘNG (I + II + III + IV)');
        expect(text).toContain('Nguyễn Hữu Đạt');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
