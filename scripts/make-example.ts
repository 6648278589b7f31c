/**
 * `npm run example`: generates examples/bac-son-2024/bac-son-6-thang-2024.xlsx from
 * examples/bac-son-2024/data.json. The generated file is committed; a test checks that it
 * equals a freshly generated one cell for cell, so it is never edited by hand.
 */
import * as path from 'path';
import { createWorkbookFile } from '../src/hosts/xlsx';
import { readDataFile } from '../src/cli/create';

export const EXAMPLE_DIR = path.join(__dirname, '..', 'examples', 'bac-son-2024');
export const EXAMPLE_XLSX = path.join(EXAMPLE_DIR, 'bac-son-6-thang-2024.xlsx');
export const EXAMPLE_JSON = path.join(EXAMPLE_DIR, 'data.json');

/** Write the example workbook to `file` (default: the committed location). */
export async function makeExample(file = EXAMPLE_XLSX): Promise<void> {
  const { catalogue, inputs } = readDataFile(EXAMPLE_JSON);
  await createWorkbookFile(file, inputs, { force: true, catalogue });
}

if (require.main === module) {
  makeExample().then(
    () => console.log(`wrote ${path.relative(process.cwd(), EXAMPLE_XLSX)}`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
