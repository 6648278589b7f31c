/**
 * The generated report opens in a real word processor: LibreOffice (headless) converts
 * it to plain text and the expected sentences are there. Skipped only outside CI when
 * LibreOffice is missing (CI installs libreoffice-writer from .ci/apt-packages).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CATALOGUE, inputsFromJson } from '../../src/core';
import { buildReport } from '../../src/core/report';
import { renderReportDocx } from '../../src/hosts/docx/render';
import { describeWithSoffice } from '../helpers/libreoffice';
import { bacSonInputs, bacSonJson } from './helpers';

const { soffice, maybeIt: run } = describeWithSoffice();

describe('LibreOffice reads the report', () => {
  run(
    'converts the Bắc Sơn .docx to text with the drafted numbers in it',
    async () => {
      expect(soffice).toBeDefined();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-lo-'));
      try {
        const file = path.join(dir, 'bao-cao.docx');
        // Compared with the bac-son-2023 example's tally, taken as the same six months a year before.
        const annual = JSON.parse(
          fs.readFileSync(path.join(__dirname, '../../examples/bac-son-2023/data.json'), 'utf8'),
        ) as ReturnType<typeof bacSonJson>;
        const previous = { ...annual, info: { ...annual.info, period: '6 tháng đầu năm' } };
        const report = buildReport(DEFAULT_CATALOGUE, bacSonInputs(), {
          previous: { catalogue: DEFAULT_CATALOGUE, inputs: inputsFromJson(DEFAULT_CATALOGUE, previous), name: 'x' },
        });
        fs.writeFileSync(file, await renderReportDocx(report.document));
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
        expect(text).toContain(
          'tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 03 tập thể và 12 cá nhân',
        );
        expect(text).toContain('đạt 11,76%');
        expect(text).toContain('TỔNG CỘNG (I + II + III + IV)');
        expect(text).toContain('Nguyễn Hữu Đạt');
        // "Kèm theo" in sentence case for the issuing body, the header's number form.
        expect(text).toContain(
          '(Kèm theo Báo cáo số      /BC-HĐTĐKT ngày 18 tháng 6 năm 2024 của Hội đồng Thi đua – Khen thưởng thị trấn Bắc Sơn)',
        );
        expect(text).not.toContain('của HỘI ĐỒNG THI ĐUA');
        // No "[…]" under 4.3: everything there is drafted from the tally.
        const from43 = text.indexOf('4.3. Các tập thể, cá nhân');
        const to5 = text.indexOf('5. Một số công tác khác');
        expect(from43).toBeGreaterThan(0);
        expect(text.slice(from43, to5)).not.toContain('[…]');
        expect(text.slice(from43, to5)).toContain('Công nhận danh hiệu “Lao động tiên tiến” cho 18 cá nhân.');
        // The comparison line (zero written "0").
        expect(text).toContain(
          'So với cùng kỳ năm 2023, tổng số được khen thưởng: tập thể tăng 03 (từ 02 lên 05); cá nhân tăng 14 (từ 20 lên 34); hộ gia đình giảm 115 (từ 115 xuống 0).',
        );
        // The issuer's name is broken between phrases, never inside "THỊ TRẤN".
        expect(text).toMatch(/THỊ TRẤN BẮC SƠN/);
        expect(text).not.toMatch(/THỊ\s*\n\s*TRẤN/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
