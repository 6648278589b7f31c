import { tongHopKhenThuong2024 } from './tongHopKhenThuong2024';
import type { Catalogue, CatalogueRow } from './types';
import { catalogueKey } from './types';

export * from './types';
export { tongHopKhenThuong2024 };

/** Every catalogue this build knows, by "formId/version". */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = {
  [catalogueKey(tongHopKhenThuong2024)]: tongHopKhenThuong2024,
};

/** The catalogue a new workbook gets. */
export const DEFAULT_CATALOGUE: Catalogue = tongHopKhenThuong2024;

export function findCatalogue(key: string): Catalogue | undefined {
  return CATALOGUES[key.trim()];
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
