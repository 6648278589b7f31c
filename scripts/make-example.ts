/**
 * `npm run example`: generates each example workbook from its data.json —
 * examples/bac-son-2024 (the reference report, the 2024 form), examples/dong-tam-2025
 * (an invented commune after the 2025 merger, the three-level form) and examples/bac-son-2023
 * (Bắc Sơn's earlier period, for `tdkt report … --previous`) and bac-son-2024's
 * data-danh-sach.json (the 2024 period kept with the award register: the paper's counts as
 * invented, named lines with decisions, Tờ trình, Số vào sổ and money). The generated files
 * are committed; a test checks that each equals a freshly generated one cell for cell, so
 * they are never edited by hand.
 */
import * as path from 'path';
import { createWorkbookFile } from '../src/hosts/xlsx';
import { readDataFile } from '../src/cli/create';

const ROOT = path.join(__dirname, '..', 'examples');

export interface Example {
  readonly xlsx: string;
  readonly json: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    xlsx: path.join(ROOT, 'bac-son-2024', 'bac-son-6-thang-2024.xlsx'),
    json: path.join(ROOT, 'bac-son-2024', 'data.json'),
  },
  {
    xlsx: path.join(ROOT, 'dong-tam-2025', 'dong-tam-nam-2025.xlsx'),
    json: path.join(ROOT, 'dong-tam-2025', 'data.json'),
  },
  {
    xlsx: path.join(ROOT, 'bac-son-2023', 'bac-son-nam-2023.xlsx'),
    json: path.join(ROOT, 'bac-son-2023', 'data.json'),
  },
  // The same Bắc Sơn period kept with the award register (the paper's counts, invented lines):
  // its decisions and Tờ trình can be drafted (`tdkt decision … --number 45/QĐ-UBND`).
  {
    xlsx: path.join(ROOT, 'bac-son-2024', 'bac-son-6-thang-2024-danh-sach.xlsx'),
    json: path.join(ROOT, 'bac-son-2024', 'data-danh-sach.json'),
  },
];

export const EXAMPLE_DIR = path.dirname(EXAMPLES[0]!.xlsx);
export const EXAMPLE_XLSX = EXAMPLES[0]!.xlsx;
export const EXAMPLE_JSON = EXAMPLES[0]!.json;

/** Bắc Sơn's earlier period (annual 2023): the `--previous` of the 2024 example. */
export const PREVIOUS_EXAMPLE = EXAMPLES[2]!;
export const PREVIOUS_XLSX = PREVIOUS_EXAMPLE.xlsx;

/** Write an example workbook to `file` (default: its committed location). */
export async function makeExample(file?: string, example: Example = EXAMPLES[0]!): Promise<void> {
  const { catalogue, inputs } = readDataFile(example.json);
  await createWorkbookFile(file ?? example.xlsx, inputs, { force: true, catalogue });
}

if (require.main === module) {
  (async () => {
    for (const e of EXAMPLES) {
      await makeExample(undefined, e);
      console.log(`wrote ${path.relative(process.cwd(), e.xlsx)}`);
    }
  })().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
