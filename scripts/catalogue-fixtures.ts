/**
 * Writes every built-in catalogue, as built, to tests/fixtures/catalogues/<formId>-<version>.json
 * (`npx ts-node --transpile-only scripts/catalogue-fixtures.ts`). The test
 * tests/core/catalogueFixtures.test.ts holds the built forms to these files, so a change to a
 * built-in form is a change someone regenerated, read and committed — never a side effect of
 * tidying the code that builds the rows.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOGUES } from '../src/core/catalogue';

const DIR = path.join(__dirname, '..', 'tests', 'fixtures', 'catalogues');

/** The fixture text of a built catalogue: its JSON, two-space indented, in the key order it is built. */
export function catalogueFixtureText(c: unknown): string {
  return JSON.stringify(c, null, 2) + '\n';
}

export function catalogueFixtureName(key: string): string {
  return key.replace('/', '-') + '.json';
}

if (require.main === module) {
  fs.mkdirSync(DIR, { recursive: true });
  for (const [key, c] of Object.entries(CATALOGUES)) {
    const file = path.join(DIR, catalogueFixtureName(key));
    fs.writeFileSync(file, catalogueFixtureText(c));
    console.log(`${path.relative(process.cwd(), file)}: ${c.rows.length} rows`);
  }
}
