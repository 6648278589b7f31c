#!/usr/bin/env node
'use strict';
// `npm run fuzz [cases] [seed]`: the repair mutation property test with many more cases than CI
// runs (default 5000, seed from the clock unless given), printing the figures.
const { spawnSync } = require('child_process');
const path = require('path');

const cases = process.argv[2] ?? '5000';
const seed = process.argv[3] ?? String(Date.now() % 1e9);
console.log(`repair fuzz: ${cases} cases, seed ${seed} (reproduce: npm run fuzz ${cases} ${seed})`);
const jest = path.join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
const r = spawnSync(process.execPath, [jest, 'tests/core/repair.property.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, TDKT_FUZZ_CASES: cases, TDKT_FUZZ_SEED: seed, TDKT_FUZZ_REPORT: '1' },
});
process.exit(r.status ?? 1);
