/**
 * issue 21.2, 21.3, 21.6: the documents' registry and models in the core (no packer): the
 * quyết định of one number from the register, the findings that stop it (each naming the
 * register cell as found), the căn cứ lines of its date, the signer from the workbook.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildWorkbookPlan, inputsFromJson, REGISTER_SHEET_NAME, type WorkbookInputsJson } from '../../src/core';
import { findCatalogue } from '../../src/core/catalogue';
import { DOCUMENTS, documentFromWorkbook, documentSource, legalBasesOn } from '../../src/core/documents';
import { planToGrids, setGridCell, type MutableGrid } from '../../src/core/planToGrids';
import { documentTexts } from '../../src/core/report';

const cat = findCatalogue('tong-hop-khen-thuong/2025')!;
const json = (): WorkbookInputsJson =>
  JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../examples/dong-tam-2025/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
const grids = (j: WorkbookInputsJson = json()) =>
  planToGrids(buildWorkbookPlan(cat, inputsFromJson(cat, j))) as { sheets: Record<string, MutableGrid> };

describe('issue 21.6: one registry of documents', () => {
  it('issue 21.6: lists the decision and the Tờ trình, each with its name, needs and the numbers it can be drafted for', () => {
    expect(DOCUMENTS.map((d) => d.id)).toEqual(['decision', 'proposal', 'certificates']);
    const source = documentSource(grids());
    if ('notOurs' in source) throw new Error('not ours');
    for (const d of DOCUMENTS) expect(d.name && d.needs).toBeTruthy();
    expect(DOCUMENTS[0]!.numbers(source)).toContain('417/QĐ-UBND');
    // Only proposals (a Tờ trình, no Số QĐ yet): 10/TTr-HĐTĐKT is decided already.
    expect(DOCUMENTS[1]!.numbers(source)).toEqual(['25/TTr-UBND']);
  });
});

describe('issue 21.2: the quyết định khen thưởng', () => {
  it('issue 21.2: the decision of 416/QĐ-UBND: trích yếu with the count, căn cứ of its date, Tờ trình, Điều 1–3, then its danh sách', () => {
    const r = documentFromWorkbook(grids(), 'decision', ' 416/qđ-ubnd ');
    if (r.status !== 'ok') throw new Error(r.findings.map((f) => f.message).join('\n'));
    const texts = documentTexts(r.document);
    expect(texts).toContain(
      'Về việc công nhận danh hiệu “Chiến sĩ thi đua cơ sở” cho 09 cá nhân đã có thành tích tiêu biểu, xuất sắc trong phong trào thi đua năm 2025',
    );
    expect(texts).toContain(
      'Xét đề nghị của Chủ tịch Hội đồng Thi đua – Khen thưởng xã Đồng Tâm tại Tờ trình số 10/TTr-HĐTĐKT ngày 01/12/2025.',
    );
    expect(r.document.sections).toHaveLength(2);
    const list = documentTexts({ ...r.document, sections: [r.document.sections[1]!] });
    expect(list.slice(0, 3)).toEqual([
      'DANH SÁCH',
      'CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ”',
      '(Kèm theo Quyết định số 416/QĐ-UBND ngày 08 tháng 12 năm 2025 của Chủ tịch UBND xã Đồng Tâm)',
    ]);
    // Groups numbered as they come: the only group is I.
    expect(list).toEqual(expect.arrayContaining(['I', 'Cá nhân', '9', 'Quách Văn Tiến', 'Nông dân thôn Nam']));
    expect(list).not.toContain('Tập thể');
  });

  it('issue 21.2: signed KT. CHỦ TỊCH / PHÓ CHỦ TỊCH when the workbook’s signer is a Phó Chủ tịch', () => {
    const j = json();
    const r = documentFromWorkbook(
      grids({ ...j, info: { ...j.info, signerTitle: 'PHÓ CHỦ TỊCH' } }),
      'decision',
      '417/QĐ-UBND',
    );
    if (r.status !== 'ok') throw new Error('not drafted');
    const texts = documentTexts(r.document);
    expect(texts).toContain('KT. CHỦ TỊCH');
    expect(texts).toContain('PHÓ CHỦ TỊCH');
  });

  it('issue 21.2: lines of one decision with two dates, and a register with a row inserted: each finding names the cell where it is', () => {
    const g = grids();
    const reg = g.sheets[REGISTER_SHEET_NAME]!;
    // Row 36 is line 31 (Thôn Bắc, 417/QĐ-UBND): another date.
    setGridCell(reg, 'C36', 46000);
    // A row inserted above the header: every line moves down one.
    reg.values.splice(1, 0, []);
    reg.formulas.splice(1, 0, []);
    const r = documentFromWorkbook(g, 'decision', '417/QĐ-UBND');
    expect(r.status).toBe('unusable-lines');
    expect(r.findings.map((f) => f.address)).toEqual(['C37']);
    expect(r.findings[0]!.message).toContain('khác ngày 08/12/2025 của các dòng khác cùng Quyết định số 417/QĐ-UBND');
  });

  it('issue 21.2: the căn cứ lines are those in force on the decision’s date (NĐ 98/2023 before 01/7/2025, NĐ 152/2025 from it)', () => {
    const before = legalBasesOn({ year: 2025, month: 6, day: 30 }).join('\n');
    const after = legalBasesOn({ year: 2025, month: 7, day: 1 }).join('\n');
    expect(before).toContain('98/2023/NĐ-CP');
    expect(before).not.toContain('152/2025/NĐ-CP');
    expect(after).toContain('152/2025/NĐ-CP');
    expect(after).toContain('ngày 16 tháng 6 năm 2025');
    expect(after).not.toContain('98/2023/NĐ-CP');
  });
});

describe('issue 21.3: the tờ trình đề nghị', () => {
  it('issue 21.3: a commune-level proposal is the Hội đồng’s to the Chủ tịch UBND xã, its shared thành tích in the body, signed as the report is', () => {
    const base = json();
    const j: WorkbookInputsJson = {
      ...base,
      register: [
        ...base.register!,
        ...['Lê Thị Hoa', 'Vũ Văn Bình'].map((name) => ({
          award: 'Giấy khen của Chủ tịch UBND xã (cấp xã)',
          subject: 'Cá nhân',
          name,
          position: 'Hội viên Hội Nông dân',
          achievement: 'đã có thành tích trong phong trào nông dân sản xuất giỏi năm 2025',
          proposal: '30/TTr-HĐTĐKT',
          proposalDate: '2025-12-20',
        })),
      ],
    };
    const r = documentFromWorkbook(grids(j), 'proposal', '30/TTr-HĐTĐKT');
    if (r.status !== 'ok') throw new Error(r.findings.map((f) => f.message).join('\n'));
    const texts = documentTexts(r.document);
    expect(texts).toContain('HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG XÃ ĐỒNG TÂM');
    expect(texts).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Đồng Tâm.');
    expect(texts).toContain(
      'Căn cứ thành tích đạt được của các tập thể, cá nhân, hộ gia đình đã được Hội đồng Thi đua – Khen thưởng xã Đồng Tâm xét duyệt, kính đề nghị Chủ tịch Ủy ban nhân dân xã Đồng Tâm xem xét, quyết định tặng Giấy khen của Chủ tịch UBND xã cho 02 cá nhân đã có thành tích trong phong trào nông dân sản xuất giỏi năm 2025, gồm: (có danh sách kèm theo).',
    );
    expect(texts).toContain('TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG');
    // Not counted in the tally: the proposal is not among the decisions either.
    const source = documentSource(grids(j));
    if ('notOurs' in source) throw new Error('not ours');
    expect(DOCUMENTS[1]!.numbers(source)).toEqual(['25/TTr-UBND', '30/TTr-HĐTĐKT']);
  });
});
