import { tongHopKhenThuong2024 } from './tongHopKhenThuong2024';
import { tongHopKhenThuong2025 } from './tongHopKhenThuong2025';
import type { Catalogue, CatalogueRow } from './types';
import { catalogueKey } from './types';
import { dictOf, hasKey } from '../dict';

export * from './types';
export * from './check';
export { tongHopKhenThuong2024, tongHopKhenThuong2025 };

/** Every catalogue this build knows, by "formId/version". */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = dictOf({
  [catalogueKey(tongHopKhenThuong2024)]: tongHopKhenThuong2024,
  [catalogueKey(tongHopKhenThuong2025)]: tongHopKhenThuong2025,
});

/**
 * The reading default: a tally sheet without its marker is taken for the 2024 form (every
 * workbook made before the 2025 form existed). New workbooks get the form of their
 * period: `catalogueForPeriod`.
 */
export const DEFAULT_CATALOGUE: Catalogue = tongHopKhenThuong2024;

/** A report period: the first six months of a year, or the whole year. */
export interface ReportPeriod {
  readonly kind: 'halfYear' | 'year';
  readonly year: number;
}

/**
 * Which built-in form is in force for a period, latest first: the first half-year each
 * applies from (1 = January–June, 2 = July–December; an annual report ends in the second
 * half). Since 01/7/2025 there is no cấp huyện (Nghị định 129/2025, 152/2025).
 */
export const FORMS_BY_PERIOD: readonly {
  readonly from: { year: number; half: 1 | 2 };
  readonly catalogue: Catalogue;
}[] = [
  { from: { year: 2025, half: 2 }, catalogue: tongHopKhenThuong2025 },
  { from: { year: 0, half: 1 }, catalogue: tongHopKhenThuong2024 },
];

/**
 * The form in force for a period: "6 tháng đầu năm 2025" and earlier → the 2024 form;
 * "Năm 2025", "6 tháng đầu năm 2026" and later → the 2025 form.
 */
export function catalogueForPeriod(period: ReportPeriod): Catalogue {
  const half = period.kind === 'year' ? 2 : 1;
  const at = period.year * 2 + half;
  return FORMS_BY_PERIOD.find((f) => f.from.year * 2 + f.from.half <= at)!.catalogue;
}

/**
 * The period a report written on `date` is most likely for: in the first half of a year,
 * the six-month report of that year is due by June; from July on, the annual report.
 */
export function currentPeriod(date: Date): ReportPeriod {
  return { kind: date.getMonth() < 6 ? 'halfYear' : 'year', year: date.getFullYear() };
}

/** The form a workbook created on `date` gets unless the clerk picks another (the form in force for its report period). */
export function catalogueForDate(date: Date): Catalogue {
  return catalogueForPeriod(currentPeriod(date));
}

/** Is this catalogue (by key) one this build carries? Such workbooks are read by their marker alone. */
export function isBuiltInCatalogue(c: Pick<Catalogue, 'formId' | 'version'>): boolean {
  return hasKey(CATALOGUES, catalogueKey(c));
}

export function findCatalogue(key: string): Catalogue | undefined {
  // A marker cell holds any text ("constructor", "__proto__"): only the catalogues' own keys.
  const k = key.trim();
  return hasKey(CATALOGUES, k) ? CATALOGUES[k] : undefined;
}

/** Breakdown rows of an award, in form order. */
export function breakdownsOf(c: Catalogue, awardId: string): CatalogueRow[] {
  return c.rows.filter((r) => r.kind === 'breakdown' && r.parent === awardId);
}

/** Award rows inside a group. */
export function childrenOfGroup(c: Catalogue, groupId: string): CatalogueRow[] {
  return c.rows.filter((r) => r.kind === 'award' && r.parent === groupId);
}

/**
 * The rows a level subtotal adds: its awards outside any group, and its group rows
 * (a group counts once, through itself, never also through its children).
 */
export function membersOfLevel(c: Catalogue, levelId: string): CatalogueRow[] {
  return c.rows.filter(
    (r) =>
      r.level === levelId &&
      ((r.kind === 'award' && (r.parent === undefined || rowById(c, r.parent)?.kind !== 'group')) ||
        r.kind === 'group'),
  );
}

export function levelRows(c: Catalogue): CatalogueRow[] {
  return c.rows.filter((r) => r.kind === 'level');
}

export function rowById(c: Catalogue, id: string): CatalogueRow | undefined {
  return c.rows.find((r) => r.id === id);
}
