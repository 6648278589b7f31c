/**
 * `npm run example`: generates every example workbook from its data file —
 * examples/bac-son-2024 (the reference report's period) and examples/bac-son-2023 (the same
 * town's earlier period, for `tdkt report … --previous`). The generated files are committed;
 * tests check that each equals a freshly generated one cell for cell, so they are never
 * edited by hand.
 */
import * as path from 'path';
import { createWorkbookFile } from '../src/hosts/xlsx';
import { readDataFile } from '../src/cli/create';

export const EXAMPLE_DIR = path.join(__dirname, '..', 'examples', 'bac-son-2024');
export const EXAMPLE_XLSX = path.join(EXAMPLE_DIR, 'bac-son-6-thang-2024.xlsx');
export const EXAMPLE_JSON = path.join(EXAMPLE_DIR, 'data.json');

/** The earlier period of the same unit (for the report's comparison). */
export const PREVIOUS_DIR = path.join(__dirname, '..', 'examples', 'bac-son-2023');
export const PREVIOUS_XLSX = path.join(PREVIOUS_DIR, 'bac-son-nam-2023.xlsx');
export const PREVIOUS_JSON = path.join(PREVIOUS_DIR, 'data.json');

/** Every example: its data file and the workbook made from it. */
export const EXAMPLES: readonly { readonly json: string; readonly xlsx: string }[] = [
  { json: EXAMPLE_JSON, xlsx: EXAMPLE_XLSX },
  { json: PREVIOUS_JSON, xlsx: PREVIOUS_XLSX },
];

/** Write an example workbook to `file` (default: the Bắc Sơn 2024 example, at its committed location). */
export async function makeExample(file = EXAMPLE_XLSX, json = EXAMPLE_JSON): Promise<void> {
  const { catalogue, inputs } = readDataFile(json);
  await createWorkbookFile(file, inputs, { force: true, catalogue });
}

if (require.main === module) {
  (async () => {
    for (const e of EXAMPLES) {
      await makeExample(e.xlsx, e.json);
      console.log(`wrote ${path.relative(process.cwd(), e.xlsx)}`);
    }
  })().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
