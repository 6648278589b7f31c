/**
 * The built-in forms are data, versioned: each built catalogue equals, row for row and field
 * for field, its file under tests/fixtures/catalogues (written by
 * `npx ts-node --transpile-only scripts/catalogue-fixtures.ts` and read by eye when a form
 * really changes). Pins the forms through refactors of the code that builds their rows
 * (the level I rows and "Trong đó" helpers shared by both forms: src/core/catalogue/shared.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOGUES, type Catalogue } from '../../src/core';
import { catalogueFixtureName, catalogueFixtureText } from '../../scripts/catalogue-fixtures';

const DIR = path.join(__dirname, '../fixtures/catalogues');
const fixtureText = (key: string) => fs.readFileSync(path.join(DIR, catalogueFixtureName(key)), 'utf8');

describe('the built-in catalogues equal their fixtures', () => {
  it('has one fixture per built-in form, and no other', () => {
    expect(fs.readdirSync(DIR).sort()).toEqual(Object.keys(CATALOGUES).map(catalogueFixtureName).sort());
    expect(Object.keys(CATALOGUES)).toEqual(['tong-hop-khen-thuong/2024', 'tong-hop-khen-thuong/2025']);
  });

  it.each(Object.entries(CATALOGUES))('%s: every level, row, field and note', (key, built) => {
    // toStrictEqual also tells a field set to undefined from an absent one, which JSON cannot.
    expect(built).toStrictEqual(JSON.parse(fixtureText(key)));
  });

  it.each(Object.entries(CATALOGUES))('%s: fields in the same order', (key, built) => {
    expect(catalogueFixtureText(built)).toBe(fixtureText(key));
  });

  it('the fixtures hold the two forms: 47 rows to TỔNG CỘNG (I + II + III + IV), 44 to TỔNG CỘNG (I + II + III)', () => {
    const rows = (key: string) => (JSON.parse(fixtureText(key)) as Catalogue).rows;
    expect(rows('tong-hop-khen-thuong/2024')).toHaveLength(47);
    expect(rows('tong-hop-khen-thuong/2024').at(-1)!.label).toBe('TỔNG CỘNG (I + II + III + IV)');
    expect(rows('tong-hop-khen-thuong/2025')).toHaveLength(44);
    expect(rows('tong-hop-khen-thuong/2025').at(-1)!.label).toBe('TỔNG CỘNG (I + II + III)');
  });
});
