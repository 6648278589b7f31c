import { CATALOGUES, DEFAULT_CATALOGUE as cat } from '../../src/core';
import { breakdownsOf, childrenOfGroup, membersOfLevel, tongHopKhenThuong2024 } from '../../src/core/catalogue';

describe('catalogue tong-hop-khen-thuong/2024', () => {
  it('is registered under its form id and version', () => {
    expect(CATALOGUES['tong-hop-khen-thuong/2024']).toBe(tongHopKhenThuong2024);
  });

  it('lists the form rows in order, 47 rows from level I to TỔNG CỘNG', () => {
    expect(cat.rows).toHaveLength(47);
    expect(cat.rows[0]!.label).toBe('Khen thưởng cấp Nhà nước');
    expect(cat.rows.at(-1)!.kind).toBe('total');
    expect(cat.rows.filter((r) => r.kind === 'level').map((r) => r.number)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('has unique ids and NFC labels', () => {
    expect(new Set(cat.rows.map((r) => r.id)).size).toBe(cat.rows.length);
    for (const r of cat.rows) expect(r.label).toBe(r.label.normalize('NFC'));
  });

  it('corrects the paper form typos and keeps them as aliases', () => {
    const labels = cat.rows.map((r) => r.label);
    expect(labels).not.toContain('Khen thưởng xuyên');
    expect(labels.filter((l) => l.endsWith('Khen cống hiến'))).toHaveLength(2);
    expect(cat.rows.find((r) => r.id === 'I.2.thuongXuyen')!.aliases).toContain('Khen thưởng xuyên');
  });

  it('restricts subjects as the notes say', () => {
    const subj = (id: string) => cat.rows.find((r) => r.id === id)!.subjects;
    expect(subj('I.8')).toEqual(['collective']); // Cờ thi đua CP
    expect(subj('III.1')).toEqual(['individual']); // Lao động tiên tiến
    expect(subj('I.5.huyChuong')).toEqual(['individual', 'household']);
    expect(subj('I.1.giaDinhLietSi')).toEqual(['household']);
  });

  it('level I sums its awards and the group row, not the group children', () => {
    const ids = membersOfLevel(cat, 'I').map((r) => r.id);
    expect(ids).toContain('I.5');
    expect(ids).not.toContain('I.5.huanChuong');
    expect(ids).toEqual(['I.1', 'I.2', 'I.3a', 'I.3b', 'I.4a', 'I.4b', 'I.5', 'I.6', 'I.7', 'I.8', 'I.9', 'I.10']);
    expect(childrenOfGroup(cat, 'I.5').map((r) => r.id)).toEqual(['I.5.huanChuong', 'I.5.huyChuong']);
  });

  it('marks only the usual-kinds breakdown lists complete', () => {
    const complete = cat.rows.filter((r) => r.breakdownComplete).map((r) => r.id);
    expect(complete).toEqual(['I.8', 'II.4', 'III.4', 'IV.2']);
    expect(breakdownsOf(cat, 'IV.2')).toHaveLength(3);
  });

  it('says how every award is given (the report verb is data, not a guess from the label)', () => {
    const awards = cat.rows.filter((r) => r.kind === 'award');
    expect(awards.filter((r) => !r.conferral).map((r) => r.id)).toEqual([]);
    const by = (c: string) => awards.filter((r) => r.conferral === c).map((r) => r.id);
    expect(by('honorary')).toEqual(['I.3a', 'I.3b', 'I.4a', 'I.4b', 'I.6']);
    expect(by('title')).toEqual(['I.9', 'II.2', 'II.3', 'III.1', 'III.2', 'III.3', 'IV.1']);
  });
});
