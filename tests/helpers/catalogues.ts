/** Catalogue files for tests: the largest one the checker's limits allow. */
import { CATALOGUE_LIMITS } from '../../src/core/catalogue';

/** A catalogue file as parsed JSON, open to mutation. */
export type JsonCatalogue = { rows: Record<string, unknown>[]; levels: Record<string, unknown>[] } & Record<
  string,
  unknown
>;

/**
 * The largest catalogue the limits allow, built to make the longest formulas: 200 rows, 10
 * levels, labels and short names at their longest and full of the characters a SUMIFS
 * criterion doubles or escapes (" ~ * ?), a level with 142 rows to add up, 10 aliases per
 * row, 20 notes of 1,000 characters.
 */
export function largestCatalogue(): JsonCatalogue {
  const L = CATALOGUE_LIMITS;
  const fill = (s: string, n: number) => (s + ' "~*?'.repeat(n)).slice(0, n);
  const all = ['collective', 'individual', 'household'];
  const levelIds = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  const levels = levelIds.map((id, i) => ({
    id,
    label: fill(`Khen thưởng cấp ${id}`, L.label),
    shortName: fill(`cấp ${i + 1}`, L.shortName),
  }));
  const rows: Record<string, unknown>[] = [];
  const award = (level: string, id: string, extra: Record<string, unknown> = {}) =>
    rows.push({
      id,
      number: fill(String(rows.length), L.number),
      label: fill(`Hình thức ${id}`, L.label),
      aliases: Array.from({ length: L.aliases }, (_, k) => fill(`Tên khác ${k} của ${id}`, L.label)),
      kind: 'award',
      conferral: 'reward',
      level,
      subjects: all,
      ...extra,
    });
  for (const id of levelIds) {
    rows.push({
      id,
      number: id,
      label: fill(`Khen thưởng cấp ${id}`, L.label),
      kind: 'level',
      level: id,
      subjects: all,
    });
    if (id === 'I') {
      rows.push({ id: 'I.g', number: '1', label: fill('Nhóm', L.label), kind: 'group', level: 'I', subjects: all });
      for (let k = 0; k < 20; k++) award('I', `I.g.${k}`, { parent: 'I.g' });
      for (let k = 0; k < 140; k++) award('I', `I.${k}`);
      award('I', 'I.b', { breakdownComplete: true });
      for (let k = 0; k < 9; k++) {
        rows.push({
          id: `I.b.${k}`,
          number: '-',
          label: fill(`Trong đó: Loại ${k}`, L.label),
          kind: 'breakdown',
          level: 'I',
          parent: 'I.b',
          subjects: all,
        });
      }
    } else award(id, `${id}.1`);
  }
  for (let k = 2; rows.length < L.rows - 1; k++) award('X', `X.${k}`);
  rows.push({ id: 'TOTAL', number: '', label: fill('TỔNG CỘNG', L.label), kind: 'total', subjects: all });
  return {
    formId: 'tong-hop-khen-thuong',
    version: 'lon-nhat',
    title: fill('TỔNG HỢP', L.label),
    levels,
    rows,
    notes: Array.from({ length: L.notes }, (_, k) => fill(`+ Ghi chú ${k}`, L.note)),
  };
}
