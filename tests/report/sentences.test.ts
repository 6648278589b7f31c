/**
 * Sentences of the drafted report that stated things that are not so: each pinned by the
 * wrong sentence it used to write (the Bắc Sơn example, the Đồng Tâm register, small
 * variations of both).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  DEFAULT_CATALOGUE as cat,
  findCatalogue,
  inputsFromJson,
  type Catalogue,
  type WorkbookInputs,
  type WorkbookInputsJson,
} from '../../src/core';
import { tallyFromRegister, type RegisterLine } from '../../src/core/register';
import { buildReport, type Paragraph, type ReportDocument } from '../../src/core/report';
import { bacSonRegisterInputs } from '../helpers/register';
import { bacSonJson, ROOT } from './helpers';

const text = (p: Paragraph) => p.runs.map((r) => r.text).join('');

function paragraphs(doc: ReportDocument): Paragraph[] {
  return doc.sections[0]!.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
}

function drafted(doc: ReportDocument): string[] {
  return paragraphs(doc)
    .filter((p) => p.role === 'drafted')
    .map(text);
}

function under(doc: ReportDocument, number: string): string[] {
  const ps = paragraphs(doc);
  const i = ps.findIndex((p) => p.role.startsWith('heading') && text(p).startsWith(number));
  const out: string[] = [];
  for (const p of ps.slice(i + 1)) {
    if (p.role.startsWith('heading')) break;
    if (p.role === 'drafted') out.push(text(p));
  }
  return out;
}

const emptyNarrative = (json: WorkbookInputsJson): WorkbookInputsJson => ({ ...json, narrative: undefined });

function bacSon(patch: Partial<WorkbookInputsJson> = {}): WorkbookInputs {
  return inputsFromJson(cat, emptyNarrative({ ...bacSonJson(), ...patch }));
}

function dongTamJson(): WorkbookInputsJson {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/dong-tam-2025/data.json'), 'utf8')) as WorkbookInputsJson;
}
const cat2025: Catalogue = findCatalogue('tong-hop-khen-thuong/2025')!;

function dongTam(edit?: (json: WorkbookInputsJson) => WorkbookInputsJson): ReportDocument {
  const json = emptyNarrative(dongTamJson());
  return buildReport(cat2025, inputsFromJson(cat2025, edit ? edit(json) : json)).document;
}

type Line = NonNullable<WorkbookInputsJson['register']>[number];

/** Brackets of ours nested in or stacked after another: "(A (b))", "(a) (b)". */
function bracketFaults(t: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const ch of t) {
    if (ch === '(') {
      depth++;
      if (depth > 1) out.push(`nested in “${t}”`);
    } else if (ch === ')') depth = Math.max(0, depth - 1);
  }
  if (/\)\s*\(/u.test(t)) out.push(`stacked in “${t}”`);
  return out;
}

describe('issue 22: sentences that were wrong', () => {
  it('issue 22.1: awards received from higher levels are not called proposals ("đề nghị cấp trên khen thưởng 02 tập thể và 22 cá nhân")', () => {
    const all = drafted(buildReport(cat, bacSon()).document).join('\n');
    expect(all).not.toContain('đề nghị');
    // What stays true: what each level awarded, the unit's own level included.
    expect(under(buildReport(cat, bacSon()).document, '4.3.')).toContain(
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 03 tập thể và 12 cá nhân.',
    );
  });

  it('issue 22.2: a row joining two titles names only the one that applies, and titles are "công nhận danh hiệu"', () => {
    const doc = dongTam();
    const s = under(doc, '4.3.');
    expect(s).toContainEqual(
      expect.stringMatching(/^\+ Công nhận danh hiệu “Tập thể lao động xuất sắc” cho 02 tập thể theo Quyết định/u),
    );
    expect(s.join('\n')).not.toContain('Đơn vị quyết thắng');
    expect(s.join('\n')).not.toContain('Tặng danh hiệu');
    expect(s).toContainEqual(expect.stringMatching(/^\+ Công nhận danh hiệu “Lao động tiên tiến” cho 64 cá nhân/u));

    // An armed-forces collective (Công an, Quân sự) gets "Đơn vị quyết thắng", named apart.
    const withPolice = dongTam((json) => ({
      ...json,
      register: [
        ...(json.register ?? []),
        {
          decision: '2210/QĐ-UBND',
          date: '2025-12-05',
          authority: 'UBND tỉnh',
          award: 'Danh hiệu Tập thể lao động xuất sắc, Đơn vị quyết thắng (cấp bộ, ngành, tỉnh)',
          subject: 'Tập thể',
          name: 'Công an xã Đồng Tâm',
        } as Line,
      ],
    }));
    const t = under(withPolice, '4.3.').join('\n');
    expect(t).toContain(
      'Công nhận danh hiệu “Tập thể lao động xuất sắc” cho 02 tập thể và danh hiệu “Đơn vị quyết thắng” cho 01 tập thể',
    );

    // Typed counts (no names): the general title, never the two joined.
    const typed = buildReport(cat, bacSon({ tally: { 'II.2': { collective: 2 } } })).document;
    expect(under(typed, '4.3.')).toContain(
      '- Khen thưởng cấp tỉnh: công nhận danh hiệu “Tập thể lao động xuất sắc” cho 02 tập thể.',
    );
  });

  it('issue 22.3: zero is "0" and said one way ("đã ban hành 00 văn bản" in III.1 while 1.2 said "chưa ban hành")', () => {
    const doc = buildReport(cat, bacSon({ documents: [] })).document;
    expect(under(doc, '1.2.')).toEqual([
      'Trong 6 tháng đầu năm 2024, chưa ban hành văn bản chỉ đạo, triển khai công tác thi đua, khen thưởng (Phụ lục I).',
    ]);
    const all = drafted(doc).join('\n');
    expect(all).not.toMatch(/\b00\b/u);
    expect(all).not.toContain('đã ban hành 0');
  });

  it('issue 22.4: a register line with a count and a description is written as that description, once', () => {
    const base = bacSonRegisterInputs();
    const lines = (base.register ?? []).filter((l) => !/Giấy khen \(cấp cơ sở\)/u.test(String(l.award)));
    const register: RegisterLine[] = [
      ...lines,
      {
        decision: '45/QĐ-UBND',
        date: '2024-02-01',
        award: 'Giấy khen (cấp cơ sở)',
        kind: 'Khen thường xuyên',
        subject: 'Tập thể',
        quantity: 6,
        name: '6 thôn',
      },
      {
        decision: '45/QĐ-UBND',
        date: '2024-02-01',
        award: 'Giấy khen (cấp cơ sở)',
        kind: 'Khen thường xuyên',
        subject: 'Gia đình',
        quantity: 120,
        name: '120 hộ gia đình (danh sách kèm)',
      },
    ];
    const inputs: WorkbookInputs = { ...base, narrative: undefined, register, tally: tallyFromRegister(cat, register) };
    const s = under(buildReport(cat, inputs).document, '4.3.').find((t) => t.startsWith('- Khen thưởng cấp cơ sở'));
    expect(s).toBe(
      '- Khen thưởng cấp cơ sở: tặng Giấy khen của Chủ tịch UBND thị trấn Bắc Sơn (khen thường xuyên) cho 6 thôn và 120 hộ gia đình (danh sách kèm) theo Quyết định số 45/QĐ-UBND ngày 01/02/2024.',
    );
  });

  it('issue 22.6: each fact once — "chưa có tập thể nào …" and the total are written once in Phần thứ nhất', () => {
    const all = drafted(buildReport(cat, bacSon()).document).join('\n');
    expect(all.split('chưa có tập thể nào').length - 1).toBeLessThanOrEqual(1);
    expect(all.split('05 tập thể và 34 cá nhân').length - 1).toBe(1);
  });

  it('issue 22.6: no nested or stacked brackets (“(Hộ ông Vũ Văn Sơn (thôn Tây))”, “(names) (khen …)”)', () => {
    const faults = [
      ...drafted(dongTam()),
      ...drafted(buildReport(cat, { ...bacSonRegisterInputs(), narrative: undefined }).document),
    ].flatMap(bracketFaults);
    expect(faults).toEqual([]);
  });

  it('issue 22.6: one date style, dd/mm/yyyy, for Phụ lục I documents and decisions alike', () => {
    const s = under(buildReport(cat, bacSon()).document, '1.2.');
    expect(s).toContainEqual(expect.stringContaining('Kế hoạch số 69/KH-UBND ngày 24/03/2024'));
    expect(s).toContainEqual(expect.stringContaining('Kế hoạch số 74/KH-UBND ngày 08/05/2024'));
    const dates = drafted(dongTam())
      .map((t) => t.replace(/“[^”]*”/gu, '')) // the clerk's own trích yếu, as typed
      .flatMap((t) => [...t.matchAll(/ngày (\d{1,2}\/\d{1,2}\/\d{4})/gu)].map((m) => m[1]!));
    expect(dates.length).toBeGreaterThan(5);
    expect(dates.filter((d) => !/^\d{2}\/\d{2}\/\d{4}$/u.test(d))).toEqual([]);
  });

  it('issue 22.6: decisions are listed in date order', () => {
    const s = under(dongTam(), '4.3.').join('\n');
    const giayKhen = s.split('\n').find((t) => t.includes('Giấy khen của Chủ tịch UBND xã'))!;
    const order = [...giayKhen.matchAll(/Quyết định số (\d+)\/QĐ-UBND/gu)].map((m) => m[1]);
    expect(order).toEqual(['302', '355', '418']);
  });

  it('issue 22.6: the closing names the Hội đồng that signs, not the town', () => {
    const ps = paragraphs(buildReport(cat, bacSon()).document).map(text);
    expect(ps).toContain(
      'Trên đây là báo cáo sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm 2024 và phương hướng nhiệm vụ 6 tháng cuối năm 2024 của Hội đồng Thi đua – Khen thưởng thị trấn Bắc Sơn./.',
    );
  });

  describe('issue 22.5: --previous compares like periods only, and a blank direct-labour column is not 0 %', () => {
    const previousOf = (patch: Partial<WorkbookInputsJson>) => {
      const json = bacSonJson();
      return {
        catalogue: cat,
        inputs: inputsFromJson(cat, { ...json, narrative: undefined, ...patch, info: { ...json.info, ...patch.info } }),
        name: 'truoc.xlsx',
      };
    };

    it('a year compared with six months ("cá nhân tăng 14 (từ 20 lên 34)") → nothing compared, a finding says why', () => {
      const previous = previousOf({ info: { period: 'Năm', year: 2023 }, tally: { 'III.1': { individual: 20 } } });
      const r = buildReport(cat, bacSon(), { previous });
      expect(drafted(r.document).filter((t) => t.startsWith('So với'))).toEqual([]);
      expect(r.findings.map((f) => [f.code, f.message])).toEqual([
        [
          'previous-unusable',
          'Tệp kỳ trước “truoc.xlsx” là biểu năm 2023, khác kỳ báo cáo (6 tháng đầu năm 2024): chỉ so sánh với cùng kỳ năm trước (6 tháng với 6 tháng, năm với năm), nên báo cáo không có phần so sánh. Hãy chọn biểu cùng kỳ năm trước.',
        ],
      ]);
    });

    it('six months with the same six months a year before: compared, zero written "0"; blank direct cells → no rate compared', () => {
      const previous = previousOf({ info: { year: 2023 }, tally: { 'III.1': { individual: 20 } } });
      const r = buildReport(cat, bacSon(), { previous });
      expect(r.findings).toEqual([]);
      expect(under(r.document, '4.3.')).toContain(
        'So với cùng kỳ năm 2023, tổng số được khen thưởng: tập thể tăng 05 (từ 0 lên 05); cá nhân tăng 14 (từ 20 lên 34).',
      );
      expect(under(r.document, '4.2.').filter((t) => t.startsWith('So với'))).toEqual([]);
    });

    it('a direct-labour count typed as 0 is recorded: the rate is compared', () => {
      const previous = previousOf({
        info: { year: 2023 },
        tally: { 'III.1': { individual: 20, directIndividual: 0 } },
      });
      expect(under(buildReport(cat, bacSon(), { previous }).document, '4.2.')).toContain(
        'So với cùng kỳ năm 2023, tỷ lệ người lao động trực tiếp được khen thưởng tăng 11,76 điểm phần trăm (từ 0,00% lên 11,76%).',
      );
    });
  });
});
