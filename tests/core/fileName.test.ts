import { fileSlug, reportFileName } from '../../src/core/format/fileName';

describe('download file names', () => {
  it('issue 23.3: the report is named for the unit and the period, never one fixed name', () => {
    expect(reportFileName({ unitName: 'xã Hòa Bình', period: '6 tháng đầu năm', year: 2026 })).toBe(
      'bao-cao-thi-dua-khen-thuong-xa-hoa-binh-6-thang-2026.docx',
    );
    expect(reportFileName({ unitName: 'Xã Đồng Tâm', period: 'Năm', year: '2025' })).toBe(
      'bao-cao-thi-dua-khen-thuong-xa-dong-tam-nam-2025.docx',
    );
  });

  it('what the header lacks is left out; the name stays plain ASCII', () => {
    expect(reportFileName({})).toBe('bao-cao-thi-dua-khen-thuong.docx');
    expect(fileSlug('  Phường  Quán Thánh / Ba Đình ')).toBe('phuong-quan-thanh-ba-dinh');
  });
});
