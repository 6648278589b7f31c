#!/usr/bin/env node
'use strict';
// `npm run fuzz [cases] [seed] [libreoffice-cases]`: the seeded property tests with many more
// cases than CI runs, printing the figures:
// - repair of the tally workbook (tests/core/repair.property.test.ts), `cases` cases;
// - validation over arbitrary grids (tests/core/validation.random.test.ts), `cases` grids;
// - the award register changed as in a spreadsheet, 2024 and 2025 forms
//   (tests/core/register.property.test.ts), `cases` / 5 cases (each is a whole workbook);
// - the same changes made by LibreOffice itself, recalculated by it before and after repair
//   (tests/xlsx/libreoffice.registerOps.test.ts), `libreoffice-cases` cases (default 20; 0 skips;
//   skipped where soffice is not installed).
// Defaults: 5000 cases, seed from the clock. Exit status: the first failing run's.
const { spawnSync } = require('child_process');
const path = require('path');

const cases = process.argv[2] ?? '5000';
const seed = process.argv[3] ?? String(Date.now() % 1e9);
const loCases = process.argv[4] ?? '20';
const registerCases = String(Math.max(1, Math.round(Number(cases) / 5)));
console.log(
  `fuzz: ${cases} repair cases, ${registerCases} register cases, ${loCases} LibreOffice cases, seed ${seed}` +
    ` (reproduce: npm run fuzz ${cases} ${seed} ${loCases})`,
);
const jest = path.join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
const runs = [
  ['tests/core/repair.property.test.ts', { TDKT_FUZZ_CASES: cases }],
  ['tests/core/validation.random.test.ts', { TDKT_FUZZ_CASES: cases }],
  ['tests/core/register.property.test.ts', { TDKT_FUZZ_CASES: registerCases }],
  ...(Number(loCases) > 0 ? [['tests/xlsx/libreoffice.registerOps.test.ts', { TDKT_LO_FUZZ_CASES: loCases }]] : []),
];
let status = 0;
for (const [file, env] of runs) {
  const r = spawnSync(process.execPath, [jest, file, '-w', '1'], {
    stdio: 'inherit',
    env: { ...process.env, ...env, TDKT_FUZZ_SEED: seed, TDKT_FUZZ_REPORT: '1' },
  });
  if (status === 0 && r.status !== 0) status = r.status ?? 1;
}
process.exit(status);
