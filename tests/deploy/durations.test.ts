/**
 * tests/durations.json, which tests/sequencer.js reads to start the longest test files first
 * in a fresh clone (CI), names test files by their path from the repository's root. A run
 * saved from another clone once wrote paths relative to this one ("../../../tmp/ci-clone/
 * tests/…"): no file matched, and CI ordered the files by size instead.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('tests/durations.json', () => {
  it('names test files that exist, by their path from the repository root', () => {
    const durations = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'durations.json'), 'utf8')) as Record<
      string,
      number
    >;
    const names = Object.keys(durations);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !n.startsWith('tests/') || !fs.existsSync(path.join(ROOT, n)))).toEqual([]);
    expect(Object.values(durations).every((s) => Number.isFinite(s) && s > 0)).toBe(true);
  });

  it('scripts/test-times.js --save names a run from another clone by the same paths', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { testFileName } = require('../../scripts/test-times.js') as { testFileName(p: string): string };
    expect(testFileName('/tmp/ci-clone/tests/browser/paneWidths.test.ts')).toBe('tests/browser/paneWidths.test.ts');
    expect(testFileName(path.join(ROOT, 'tests', 'xlsx', 'repairBudget.test.ts'))).toBe(
      'tests/xlsx/repairBudget.test.ts',
    );
  });
});
