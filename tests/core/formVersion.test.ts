import { catalogueKey, CATALOGUES, DEFAULT_CATALOGUE, newerForm, parseFormKey, type Catalogue } from '../../src/core';

const v = (version: string, formId = DEFAULT_CATALOGUE.formId): Catalogue => ({
  ...DEFAULT_CATALOGUE,
  formId,
  version,
});

describe('newerForm (generic over the catalogues)', () => {
  it('finds the newest catalogue of the same form, numerically', () => {
    const cats = Object.fromEntries(
      [v('2024'), v('2025'), v('2024.10'), v('2030', 'other')].map((c) => [catalogueKey(c), c]),
    );
    expect(newerForm('tong-hop-khen-thuong/2024', cats)?.version).toBe('2025');
    expect(newerForm('tong-hop-khen-thuong/2024.9', cats)?.version).toBe('2025');
    expect(newerForm('tong-hop-khen-thuong/2025', cats)).toBeUndefined();
    expect(newerForm('other/2030', cats)).toBeUndefined();
    expect(newerForm(undefined, cats)).toBeUndefined();
    expect(newerForm('not a key', cats)).toBeUndefined();
  });

  it('with this build’s catalogues: nothing newer than the newest of each form', () => {
    for (const key of Object.keys(CATALOGUES)) {
      const newest = Object.values(CATALOGUES)
        .filter((c) => c.formId === parseFormKey(key)!.formId)
        .sort((a, b) => a.version.localeCompare(b.version, 'en', { numeric: true }))
        .pop()!;
      expect(newerForm(catalogueKey(newest))).toBeUndefined();
    }
  });
});
