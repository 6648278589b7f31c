/**
 * Issue 22, "Draft more, honestly": the sheet "Số liệu báo cáo" (short fields, no prose) and
 * the sentences drafted from it — I.1, I.2, 5, III.2, III.3 — on the Bắc Sơn example with
 * "Nội dung báo cáo" empty. Every value comes from a cell; a blank cell leaves its words out;
 * the clerk's own text wins; unticked difficulties are never written.
 */
import {
  DEFAULT_CATALOGUE as cat,
  buildWorkbookPlan,
  inputsFromJson,
  planRepair,
  validateWorkbook,
} from '../../src/core';
import { planToGrids, setGridCell } from '../../src/core/planToGrids';
import { readWorkbookInputs } from '../../src/core/workbook/read';
import { buildReport, type Paragraph, type ReportDocument } from '../../src/core/report';
import {
  carriedCampaigns,
  carriedReportData,
  periodLastDay,
  REPORT_DATA_FIELDS,
  REPORT_DATA_SHEET_NAME,
  reportDataRows,
} from '../../src/core/layout/reportData';
import { emptyNarrative } from '../../src/core/layout/narrative';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { tempDir } from '../xlsx/files';
import { bacSonJson } from './helpers';

const text = (p: Paragraph) => p.runs.map((r) => r.text).join('');

function under(doc: ReportDocument, heading: string, role: Paragraph['role'] = 'drafted'): string[] {
  const ps = doc.sections[0]!.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
  const i = ps.findIndex((p) => p.role.startsWith('heading') && text(p).startsWith(heading));
  const out: string[] = [];
  for (const p of ps.slice(i + 1)) {
    if (p.role.startsWith('heading')) break;
    if (p.role === role) out.push(text(p));
  }
  return out;
}

const json = bacSonJson();
const inputs = inputsFromJson(cat, { ...json, narrative: undefined });
const doc = buildReport(cat, inputs).document;

describe('issue 22: sentences drafted from “Số liệu báo cáo”', () => {
  it('the example’s data file has no prose: no value over 200 characters', () => {
    for (const v of Object.values(json.reportData ?? {})) expect(String(v).length).toBeLessThanOrEqual(200);
  });

  it('I.1 and I.2 state the unit’s profile and organisation from its cells', () => {
    expect(under(doc, '1. Đặc điểm, tình hình')).toEqual([
      'Địa điểm trụ sở: khối phố Hữu Vĩnh, thị trấn Bắc Sơn, huyện Bắc Sơn, tỉnh Lạng Sơn.',
      'Điện thoại: 0253.837.329; thư điện tử: vanphongubndttbs@gmail.com.',
      'Thị trấn Bắc Sơn được thành lập từ ngày 01/01/2020 theo Nghị quyết số 818/NQ-UBTVQH14 ngày 21/11/2019 của Ủy ban Thường vụ Quốc hội.',
      'Thị trấn Bắc Sơn có diện tích tự nhiên 1.490,75 ha, 1.628 hộ, 7.084 nhân khẩu và 12 thôn, khối phố.',
      'Trên địa bàn có 04 dân tộc cùng đoàn kết chung sống: Tày, Nùng, Kinh và Dao.',
      'Số hộ nghèo, cận nghèo năm 2023: hộ nghèo 20 hộ (tỷ lệ 1,22%); hộ cận nghèo 12 hộ (tỷ lệ 0,73%).',
    ]);
    expect(under(doc, '2. Về cơ cấu tổ chức')).toEqual([
      'Đảng bộ thị trấn Bắc Sơn có 18 chi bộ trực thuộc (gồm 12 chi bộ khối phố, 03 chi bộ trường học, 01 chi bộ Trạm Y tế thị trấn, 01 chi bộ Công an và 01 chi bộ Quân sự), tổng số 751 đảng viên.',
      'Năm 2023, Đảng bộ được đánh giá, xếp loại hoàn thành tốt nhiệm vụ.',
      'Ủy ban nhân dân thị trấn Bắc Sơn có 19 cán bộ, công chức.',
      'Năm 2023, chính quyền được đánh giá, xếp loại hoàn thành tốt nhiệm vụ.',
      'Các đoàn thể được đánh giá, xếp loại hoàn thành tốt nhiệm vụ, xuất sắc.',
      'Năm 2023, cán bộ, công chức cơ quan đều được công nhận danh hiệu “Lao động tiên tiến”.',
    ]);
  });

  it('every text the clerk typed in the sheet is in the report, and the report changes with each cell', () => {
    const all = doc.sections[0]!.blocks.filter((b): b is Paragraph => b.kind === 'paragraph')
      .map(text)
      .join('\n');
    for (const f of REPORT_DATA_FIELDS) {
      const v = inputs.reportData?.[f.key];
      if (typeof v === 'string' && f.kind !== 'tick' && f.key !== 'ethnicGroups' && f.key !== 'officerMode')
        expect([f.key, all.includes(v)]).toEqual([f.key, true]);
    }
    // A number changed in its cell changes the sentence; a cell emptied takes its words out.
    const changed = buildReport(cat, {
      ...inputs,
      reportData: { ...inputs.reportData, households: 1700, population: null, phone: null },
    }).document;
    expect(under(changed, '1. Đặc điểm, tình hình')).toContain(
      'Thị trấn Bắc Sơn có diện tích tự nhiên 1.490,75 ha, 1.700 hộ và 12 thôn, khối phố.',
    );
    expect(under(changed, '1. Đặc điểm, tình hình')).toContain('Thư điện tử: vanphongubndttbs@gmail.com.');
  });

  it('5: the fund, training and the award officer; the fund’s amounts only when given', () => {
    expect(under(doc, '5. Một số công tác khác')).toEqual([
      'Quỹ thi đua, khen thưởng được quản lý, sử dụng đúng mục đích, đúng đối tượng.',
      'Tham gia đầy đủ các lớp tập huấn, bồi dưỡng nghiệp vụ thi đua, khen thưởng.',
      'Bố trí công chức Văn phòng - Thống kê làm kiêm nhiệm công tác thi đua, khen thưởng.',
    ]);
    const withFund = buildReport(cat, {
      ...inputs,
      reportData: { ...inputs.reportData, fundBudget: 20000000, fundSpent: 15500000 },
    }).document;
    expect(under(withFund, '5. Một số công tác khác').slice(0, 2)).toEqual([
      'Quỹ thi đua, khen thưởng trong kỳ được giao 20.000.000 đồng, đã chi 15.500.000 đồng.',
      'Số đã chi bằng 77,50% số được giao.',
    ]);
  });

  it('III.2 lists only the ticked difficulties; III.3 with no cause ticked keeps its “[…]”', () => {
    expect(under(doc, '2. Những khó khăn')).toEqual([
      '- Công tác tham mưu về thi đua hằng năm và theo giai đoạn chưa chủ động, sáng tạo.',
      '- Người làm công tác thi đua, khen thưởng kiêm nhiệm nên việc nghiên cứu văn bản của cấp trên chưa thường xuyên.',
      '- Việc sơ kết, tổng kết các phong trào thi đua do đơn vị phát động chưa kịp thời.',
      '- Khen thưởng cá nhân và hộ gia đình tiêu biểu còn ít.',
    ]);
    expect(under(doc, '3. Nguyên nhân')).toEqual([]);
    expect(under(doc, '3. Nguyên nhân', 'placeholder')).toEqual(['[…]']);
    const caused = buildReport(cat, { ...inputs, reportData: { ...inputs.reportData, causeFund: 'x' } }).document;
    expect(under(caused, '3. Nguyên nhân')).toEqual(['- Nguồn kinh phí cho thi đua, khen thưởng còn hạn chế.']);
  });

  it('the clerk’s own text wins over a drafted paragraph', () => {
    const narrative = emptyNarrative();
    const own = buildReport(cat, {
      ...inputs,
      narrative: { ...narrative, sections: { ...narrative.sections, 'situation.overview': 'Đoạn của văn thư.' } },
    }).document;
    expect(under(own, '1. Đặc điểm, tình hình')).toEqual([]);
    expect(under(own, '1. Đặc điểm, tình hình', 'body')).toEqual(['Đoạn của văn thư.']);
    // The other sections are still drafted.
    expect(under(own, '2. Về cơ cấu tổ chức')).toHaveLength(6);
  });
});

describe('issue 22: the phong trào table → 2.3 and Phần thứ hai, I', () => {
  it('2.3 counts the phong trào by kind and gives each one line: who launched it, by which plan (dated from Phụ lục I), until when', () => {
    const s = under(doc, '2.3.');
    expect(s[0]).toBe(
      'Trong 6 tháng đầu năm 2024, đơn vị tổ chức triển khai 10 phong trào, đợt thi đua (06 phong trào thi đua thường xuyên, 02 phong trào thi đua chuyên đề và 02 đợt thi đua):',
    );
    expect(s).toHaveLength(1 + (inputs.campaigns ?? []).length);
    expect(s).toContain(
      '- Phong trào thi đua “Con người Bắc Sơn văn minh, thân thiện, kỷ cương; đường làng ngõ xóm Sáng - Xanh - Sạch - Đẹp” (chuyên đề), do UBND thị trấn phát động theo Kế hoạch số 69/KH-UBND ngày 24/03/2024.',
    );
    expect(s).toContain(
      '- Đợt thi đua “Lập thành tích chào mừng kỷ niệm 84 năm ngày khởi nghĩa Bắc Sơn”, do UBND thị trấn phát động theo Kế hoạch số 86/KH-UBND ngày 04/06/2024; thực hiện đến ngày 27/09/2024.',
    );
  });

  it('a decision number of the register names whom it rewarded; a review date is said', () => {
    const campaigns = [{ name: 'Thi đua A', kind: 'Theo đợt', reviewed: 45444, decision: '560/QĐ-UBND', from: 45300 }];
    const register = [
      { decision: '560/QĐ-UBND', subject: 'Tập thể', quantity: 1 },
      { decision: '560/QĐ-UBND', subject: 'Cá nhân', quantity: 2 },
      { decision: '999/QĐ-UBND', subject: 'Cá nhân', quantity: 5 },
    ];
    const s = under(buildReport(cat, { ...inputs, campaigns, register, tallySource: 'register' }).document, '2.3.');
    expect(s[1]).toBe(
      '- Đợt thi đua “Thi đua A”, thực hiện từ ngày 09/01/2024; đã sơ kết, tổng kết ngày 01/06/2024; khen thưởng theo Quyết định số 560/QĐ-UBND cho 01 tập thể và 02 cá nhân.',
    );
  });

  it('Phần thứ hai, I: the phong trào running past 30/06/2024, and the “[…]” for the other tasks', () => {
    expect(under(doc, 'I. NHỮNG NHIỆM VỤ')).toEqual([
      'Tiếp tục thực hiện các phong trào, đợt thi đua còn thời hạn sau ngày 30/06/2024: “Thi đua thực hiện thắng lợi mục tiêu, nhiệm vụ, kế hoạch phát triển kinh tế - xã hội năm 2024” (đến ngày 31/12/2024); “Lập thành tích chào mừng kỷ niệm 84 năm ngày khởi nghĩa Bắc Sơn” (đến ngày 27/09/2024); “Lập thành tích chào mừng kỷ niệm 80 năm ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam” (đến ngày 06/01/2026).',
    ]);
    expect(under(doc, 'I. NHỮNG NHIỆM VỤ', 'placeholder')).toEqual(['[…]']);
  });

  it('the clerk’s 2.3 wins over the drafted list', () => {
    const narrative = emptyNarrative();
    const own = buildReport(cat, {
      ...inputs,
      narrative: { ...narrative, sections: { ...narrative.sections, 'movements.campaigns': 'Của văn thư.' } },
    }).document;
    expect(under(own, '2.3.')).toEqual([]);
  });

  it('the table reads back and survives repair; running phong trào carry into the next period', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, inputs));
    const read = readWorkbookInputs(cat, grids).inputs;
    expect(read.campaigns).toEqual(inputs.campaigns);
    expect(readWorkbookInputs(cat, planToGrids(planRepair(cat, grids).plan)).inputs.campaigns).toEqual(
      inputs.campaigns,
    );
    const running = carriedCampaigns(inputs.campaigns, periodLastDay({ period: 'halfYear', year: 2024 }));
    expect(running.map((r) => r.document)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '02/KH-UBND',
      '69/KH-UBND',
      '74/KH-UBND',
      '86/KH-UBND',
      '88/KH-UBND',
    ]);
    // Those that ended before the period's end stay behind.
    expect(carriedCampaigns([{ name: 'X', to: 45400 }], periodLastDay({ period: 'halfYear', year: 2024 }))).toEqual([]);
  });
});

describe('issue 22: the Hội đồng’s and cluster’s events → 1.3 (training → 5)', () => {
  it('1.3 names the body and gives each activity one line; its result is said once, in III.1', () => {
    expect(under(doc, '1.3.')).toEqual([
      'Trong 6 tháng đầu năm 2024, Hội đồng Thi đua – Khen thưởng thị trấn Bắc Sơn tổ chức và tham gia 02 hoạt động của Hội đồng và Cụm thi đua:',
      '- Hội nghị Cụm thi đua – tổng kết công tác thi đua, khen thưởng năm 2023 và ký giao ước thi đua năm 2024 của Cụm thi đua số 7.',
      '- Sơ kết, tổng kết phong trào – tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2023.',
    ]);
    expect(under(doc, '1. Khái quát')).toEqual([
      'Những kết quả nổi bật trong 6 tháng đầu năm 2024:',
      '- Tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2023: khen thưởng 03 tập thể và 12 cá nhân.',
    ]);
    expect(inputs.events?.[1]?.result).toBe('khen thưởng 03 tập thể và 12 cá nhân');
    // III.1 still asks for the clerk's assessment.
    expect(under(doc, '1. Khái quát', 'placeholder')).toEqual(['[…]']);
  });

  it('issue 22: the clerk’s own III.1 replaces its draft, and 1.3 then says each result (never lost, never twice)', () => {
    const narrative = emptyNarrative();
    const own = buildReport(cat, {
      ...inputs,
      narrative: { ...narrative, sections: { ...narrative.sections, 'assessment.achievements': 'Đoạn của văn thư.' } },
    }).document;
    expect(under(own, '1. Khái quát')).toEqual([]);
    expect(under(own, '1. Khái quát', 'body')).toEqual(['Đoạn của văn thư.']);
    expect(under(own, '1. Khái quát', 'placeholder')).toEqual([]);
    expect(under(own, '1.3.')[2]).toBe(
      '- Sơ kết, tổng kết phong trào – tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2023; kết quả: khen thưởng 03 tập thể và 12 cá nhân.',
    );
    // No activity with a result: III.1 keeps only its “[…]”.
    const plain = buildReport(cat, { ...inputs, events: [{ kind: 'Họp Hội đồng', content: 'họp xét khen thưởng' }] });
    expect(under(plain.document, '1. Khái quát')).toEqual([]);
    expect(plain.missing.map((m) => m.number)).toContain('III.1.');
  });

  it('a dated activity starts with its date; training goes to 5, not 1.3', () => {
    const events = [
      { date: 45323, kind: 'Kiểm tra chéo', content: 'kiểm tra chéo trong Cụm thi đua số 7', result: 'xếp thứ 2/8' },
      { date: 45400, kind: 'Tập huấn nghiệp vụ', content: 'nghiệp vụ thi đua, khen thưởng do huyện tổ chức' },
    ];
    const d = buildReport(cat, { ...inputs, events }).document;
    expect(under(d, '1.3.').slice(1)).toEqual([
      '- Ngày 01/02/2024: kiểm tra chéo – kiểm tra chéo trong Cụm thi đua số 7.',
    ]);
    expect(under(d, '1. Khái quát').slice(1)).toEqual(['- Kiểm tra chéo trong Cụm thi đua số 7: xếp thứ 2/8.']);
    expect(under(d, '5. Một số công tác khác')).toContain(
      'Ngày 18/04/2024, tham gia tập huấn nghiệp vụ: nghiệp vụ thi đua, khen thưởng do huyện tổ chức.',
    );
  });

  it('the events read back and survive repair', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, inputs));
    expect(readWorkbookInputs(cat, grids).inputs.events).toEqual(inputs.events);
    expect(readWorkbookInputs(cat, planToGrids(planRepair(cat, grids).plan)).inputs.events).toEqual(inputs.events);
  });
});

const ADDED_RESULTS = [
  'sownArea',
  'plantedArea',
  'outreachSessions',
  'outreachAudience',
  'medicalVisits',
  'reformScore',
  'reformRank',
  'reformRankAmong',
  'conscripts',
  'frontSessions',
  'frontAudience',
];

describe('issue 22: 2.1, 2.2, 3 and III.1 drafted from the sheet’s fields, the phong trào and activities tables', () => {
  it('2.1: the cluster (cell “Cụm, khối thi đua”), the kinds present and who launched how many, counted from the table', () => {
    expect(under(doc, '2.1.')).toEqual([
      'Trên cơ sở kế hoạch, hướng dẫn của Cụm thi đua số 7, thị trấn Bắc Sơn tổ chức triển khai các phong trào thi đua thường xuyên, các phong trào thi đua chuyên đề và các đợt thi đua; trong đó UBND thị trấn phát động 05 phong trào, đợt thi đua (chi tiết tại mục 2.3).',
    ]);
    // Traced: 05 = the table's rows whose “Cơ quan phát động” is UBND thị trấn.
    expect((inputs.campaigns ?? []).filter((r) => r.launchedBy === 'UBND thị trấn')).toHaveLength(5);
    // Without the cluster, only phong trào of one kind, none with a launcher: the sentence says only that.
    const one = buildReport(cat, {
      ...inputs,
      reportData: { ...inputs.reportData, cluster: null },
      campaigns: [{ name: 'Chung sức xây dựng nông thôn mới', kind: 'Thường xuyên' }],
    }).document;
    expect(under(one, '2.1.')).toEqual([
      'Thị trấn Bắc Sơn tổ chức triển khai các phong trào thi đua thường xuyên (chi tiết tại mục 2.3).',
    ]);
    // No phong trào: no sentence, the clerk's “[…]”.
    const none = buildReport(cat, { ...inputs, campaigns: [] }).document;
    expect(under(none, '2.1.')).toEqual([]);
    expect(under(none, '2.1.', 'placeholder')).toEqual(['[…]']);
  });

  it('2.2: one line per field with a figure, each number from its cell; “[…]” kept for the clerk’s account', () => {
    const d = inputs.reportData!;
    expect([d.sownArea, d.plantedArea, d.outreachSessions, d.outreachAudience, d.medicalVisits]).toEqual([
      170.2, 7.3, 15, 15000, 343,
    ]);
    expect([d.reformScore, d.reformRank, d.reformRankAmong, d.conscripts, d.ratingYear]).toEqual([
      91.08,
      '02/18',
      'xã, thị trấn',
      5,
      2023,
    ]);
    expect(under(doc, '2.2.')).toEqual([
      'Trong 6 tháng đầu năm 2024, một số kết quả chủ yếu như sau:',
      '- Lĩnh vực kinh tế: tổng diện tích gieo trồng đạt 170,2 ha; trồng cây nhân dân, cây ăn quả được 7,3 ha.',
      '- Lĩnh vực văn hóa, xã hội: tuyên truyền được 15 lượt với 15.000 lượt người nghe; khám bệnh cho nhân dân 343 lần.',
      '- Cải cách hành chính: chỉ số cải cách hành chính năm 2023 đạt 91,08 điểm, xếp thứ 02/18 xã, thị trấn.',
      '- Quốc phòng, an ninh: 5 công dân lên đường bảo vệ Tổ quốc.',
    ]);
    expect(under(doc, '2.2.', 'placeholder')).toEqual(['[…]']);
    // A blank cell leaves its words out; no figure at all: no intro either.
    const some = buildReport(cat, {
      ...inputs,
      reportData: { ...inputs.reportData, sownArea: null, medicalVisits: null, reformScore: null, conscripts: null },
    }).document;
    expect(under(some, '2.2.')).toEqual([
      'Trong 6 tháng đầu năm 2024, một số kết quả chủ yếu như sau:',
      '- Lĩnh vực kinh tế: trồng cây nhân dân, cây ăn quả được 7,3 ha.',
      '- Lĩnh vực văn hóa, xã hội: tuyên truyền được 15 lượt với 15.000 lượt người nghe.',
      '- Cải cách hành chính: chỉ số cải cách hành chính năm 2023 xếp thứ 02/18 xã, thị trấn.',
    ]);
    const blank = Object.fromEntries(ADDED_RESULTS.map((k) => [k, null]));
    const none = buildReport(cat, { ...inputs, reportData: { ...inputs.reportData, ...blank } }).document;
    expect(under(none, '2.2.')).toEqual([]);
    expect(under(none, '3. Kết quả thực hiện')).toEqual([]);
    expect(under(none, '3. Kết quả thực hiện', 'placeholder')).toEqual(['[…]']);
  });

  it('3: the Front’s and unions’ sessions and audience (cells “Số cuộc tuyên truyền…”, “Số lượt hội viên…”)', () => {
    expect([inputs.reportData?.frontSessions, inputs.reportData?.frontAudience]).toEqual([28, 3663]);
    expect(under(doc, '3. Kết quả thực hiện')).toEqual([
      'Mặt trận Tổ quốc và các đoàn thể nhân dân tuyên truyền được 28 cuộc về chủ trương, chính sách của Đảng, pháp luật của Nhà nước với 3.663 lượt hội viên, đoàn viên tham dự.',
    ]);
    expect(under(doc, '3. Kết quả thực hiện', 'placeholder')).toEqual(['[…]']);
  });
});

describe('issue 22: the sheet “Số liệu báo cáo”', () => {
  it('reads back what was written, and repair keeps every value in its cell', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, inputs));
    expect(grids.sheets[REPORT_DATA_SHEET_NAME]).toBeDefined();
    expect(readWorkbookInputs(cat, grids).inputs.reportData).toEqual(inputs.reportData);
    const repair = planRepair(cat, grids);
    expect(repair.displaced).toEqual([]);
    expect(readWorkbookInputs(cat, planToGrids(repair.plan)).inputs.reportData).toEqual(inputs.reportData);
    // A value typed in a field the example leaves blank is read and kept too.
    const row = reportDataRows().fields.get('fundBudget')!;
    setGridCell(grids.sheets[REPORT_DATA_SHEET_NAME]!, `B${row}`, 5000000);
    expect(readWorkbookInputs(cat, planToGrids(planRepair(cat, grids).plan)).inputs.reportData?.fundBudget).toBe(
      5000000,
    );
  });

  it('issue 22: a sheet made before the fields for 2.1, 2.2 and 3 were added keeps its tables and values', () => {
    // The sheet as made before: without the rows of the fields added since (its tables sat higher).
    const added = ['partyCellsDetail', 'staffTitle', 'cluster', ...ADDED_RESULTS];
    const grids = planToGrids(buildWorkbookPlan(cat, inputs));
    const g = grids.sheets[REPORT_DATA_SHEET_NAME]!;
    const fields = reportDataRows().fields;
    const drop = new Set([...added.map((k) => fields.get(k)! - 1), reportDataRows().groups.get('results')! - 1]);
    g.values = g.values.filter((_, i) => !drop.has(i));
    g.formulas = g.formulas.filter((_, i) => !drop.has(i));
    const read = readWorkbookInputs(cat, grids).inputs;
    expect(read.campaigns).toEqual(inputs.campaigns);
    expect(read.events).toEqual(inputs.events);
    const old = Object.fromEntries(Object.entries(inputs.reportData ?? {}).filter(([k]) => !added.includes(k)));
    // No added field reads another field's value from the row it has now.
    expect(read.reportData).toEqual(old);
    // Repair lays the sheet out anew and keeps every value, the tables' lines included.
    const repaired = readWorkbookInputs(cat, planToGrids(planRepair(cat, grids).plan)).inputs;
    expect(repaired.reportData).toEqual(old);
    expect(repaired.campaigns).toEqual(inputs.campaigns);
    expect(repaired.events).toEqual(inputs.events);
  });

  it('a workbook made before the sheet: no finding for its absence; repair adds it', () => {
    const grids = planToGrids(buildWorkbookPlan(cat, inputs));
    delete grids.sheets[REPORT_DATA_SHEET_NAME];
    expect(validateWorkbook(cat, grids).findings.filter((f) => f.sheet === REPORT_DATA_SHEET_NAME)).toEqual([]);
    expect(planRepair(cat, grids).plan.sheets.some((s) => s.name === REPORT_DATA_SHEET_NAME)).toBe(true);
  });

  it('what stays true carries to the next period (profile, party, staff, officer), not the period’s figures and ticks', () => {
    const carried = carriedReportData(inputs.reportData);
    expect(Object.keys(carried).sort()).toEqual(
      REPORT_DATA_FIELDS.filter((f) => f.carried && inputs.reportData?.[f.key] !== undefined)
        .map((f) => f.key)
        .sort(),
    );
    expect(carried.households).toBe(1628);
    expect(carried.poorHouseholds).toBeUndefined();
    expect(carried.difficultyAdvice).toBeUndefined();
    expect(carried.officerMode).toBe('Kiêm nhiệm');
  });

  it('a data file with an unknown field is refused by name', () => {
    expect(() => inputsFromJson(cat, { ...json, reportData: { nope: 1 } })).toThrow('Unknown reportData field "nope"');
  });
});

describe('issue 22: “Số liệu báo cáo” typed once, carried to the next period', () => {
  it('tdkt create --previous carries the profile from the earlier workbook; the period’s own figures stay blank', async () => {
    const dir = tempDir('tdkt-carry-');
    const earlier = path.join(dir, 'ky-truoc.xlsx');
    await createWorkbookFile(earlier, inputs);
    const next = path.join(dir, 'ky-nay.xlsx');
    const out: string[] = [];
    const code = await runCli(['create', next, '--previous', earlier], {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
    });
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('Số liệu báo cáo');
    const read = readWorkbookInputs(cat, (await readWorkbookFile(next)).grids).inputs.reportData;
    expect(read).toEqual(carriedReportData(inputs.reportData));
    expect(read?.population).toBe(7084);
    expect(read?.poorHouseholds).toBeUndefined();
  }, 60000);
});
