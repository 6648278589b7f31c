/**
 * Which form (catalogue) a workbook was made with, and whether this build knows a newer
 * one of the same form — generic over CATALOGUES (a new form version is one more entry).
 */
import { CATALOGUES, type Catalogue } from './catalogue';

/** "2024" < "2025", "2024.1" < "2024.10": numeric-aware. */
export function compareFormVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The form key "formId/version" split; undefined when it is not one. */
export function parseFormKey(key: string | undefined): { formId: string; version: string } | undefined {
  const m = /^\s*([^/\s]+)\/(\S+)\s*$/.exec(key ?? '');
  return m ? { formId: m[1]!, version: m[2]! } : undefined;
}

/** The newest catalogue of the same form as `key` when it is newer than `key`'s version. */
export function newerForm(
  key: string | undefined,
  catalogues: Readonly<Record<string, Catalogue>> = CATALOGUES,
): Catalogue | undefined {
  const have = parseFormKey(key);
  if (!have) return undefined;
  let best: Catalogue | undefined;
  for (const c of Object.values(catalogues)) {
    if (c.formId !== have.formId || compareFormVersions(c.version, have.version) <= 0) continue;
    if (!best || compareFormVersions(c.version, best.version) > 0) best = c;
  }
  return best;
}
