/**
 * The Giấy khen bench's measured process: a workbook whose register holds `n` lines of one
 * decision (commune Giấy khen, tập thể / cá nhân / hộ gia đình in turn), its certificates drafted
 * and packed to one .docx; prints one JSON line (times, pages, bytes, peak RSS of this process).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { DEFAULT_CATALOGUE as cat } from '../../src/core';
import { DEFAULT_CERTIFICATE_LAYOUT, isCertificateDocument } from '../../src/core/certificates';
import { parseUnitInfo } from '../../src/core/layout/info';
import { locateRegisterLayout } from '../../src/core/layout/registerHeaders';
import { columnAllowed } from '../../src/core/tally';
import { SUBJECTS } from '../../src/core/catalogue';
import { LEGAL_BASES, documentKind, type DocumentSource } from '../../src/core/documents';
import { awardKey, registerAwards, subjectLabel, type RegisterLine } from '../../src/core/register';
import { ownLevelId } from '../../src/core/report/drafts';
import { renderCertificatesDocx } from '../../src/hosts/docx/certificates';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 500);
  const own = ownLevelId(cat);
  const award = registerAwards(cat).find((a) => a.level === own && (a.conferral ?? 'reward') === 'reward')!;
  const subjects = SUBJECTS.filter((s) => columnAllowed(award, s));
  const register: RegisterLine[] = Array.from({ length: n }, (_, i) => ({
    row: 6 + i,
    number: i + 1,
    decision: '500/QĐ-UBND',
    date: 46000,
    award: awardKey(cat, award),
    subject: subjectLabel(subjects[i % subjects.length]!),
    name: `Nguyễn Văn Thành Công ${i + 1}`,
    position: 'Trưởng thôn Đông, xã Đồng Tâm',
    achievement: 'đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025',
    ...(i % 3 === 0 ? { bookNumber: `${i + 1}/GK` } : {}),
  }));
  // The register as the documents read it (what documentSource gives from a workbook): the
  // workbook's own plan is not part of what is measured.
  const source: DocumentSource = {
    catalogue: cat,
    info: parseUnitInfo({
      unitName: 'xã Đồng Tâm',
      place: 'Đồng Tâm',
      signerTitle: 'Chủ tịch',
      signerName: 'Nguyễn Văn An',
    }),
    register,
    layout: locateRegisterLayout(undefined),
    bases: LEGAL_BASES,
    certificateLayout: { layout: DEFAULT_CERTIFICATE_LAYOUT, problems: [] },
  };
  const rssBefore = process.memoryUsage().rss / 2 ** 20;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const built = documentKind('certificates').build(source, '500/QĐ-UBND');
  const t1 = performance.now();
  if (built.status !== 'ok' || !isCertificateDocument(built.document))
    throw new Error(built.findings.map((f) => f.message).join('\n'));
  const doc = built.document;
  const bytes = await renderCertificatesDocx(doc);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-gk-')), 'giay-khen.docx');
  fs.writeFileSync(out, bytes);
  console.log(
    JSON.stringify({
      lines: n,
      pages: doc.pages.length,
      proposals: doc.proposals.length,
      rssBeforeMB: rssBefore,
      cpuMs: (cpu.user + cpu.system) / 1000,
      draftMs: t1 - t0,
      packMs: t2 - t1,
      bytes: bytes.length,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      file: out,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
