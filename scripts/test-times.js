#!/usr/bin/env node
/**
 * Reads the results jest writes with `--json --outputFile=<file>` and prints where the time
 * went: the slowest test files, their sum, and the counts.
 *
 *   node scripts/test-times.js <jest.json> [--top 15]          the slowest test files
 *   node scripts/test-times.js <jest.json> --counts            one line: "jest: N passed, N failed, N skipped"
 *   node scripts/test-times.js <jest.json> --save              writes tests/durations.json
 *
 * tests/durations.json holds each test file's duration (seconds, rounded) from a full run; the
 * jest sequencer (tests/sequencer.js) starts the longest first when jest has no timings of its
 * own (a fresh clone, as in CI), so that no long file starts last and runs alone on one worker.
 * Refresh it after adding or speeding up slow tests (from a run with the usual workers).
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');

/**
 * A test file's name from the repository's root (tests/…), wherever the run was: the results
 * may come from another clone (CI's), whose paths relative to this one would not match
 * (tests/sequencer.js looks the names up from this clone's root).
 */
function testFileName(file) {
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf('tests');
  return at >= 0 ? parts.slice(at).join('/') : path.relative(ROOT, file).split(path.sep).join('/');
}

function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: node scripts/test-times.js <jest.json> [--top N] [--counts] [--save]');
    return process.exit(2);
  }
  const results = JSON.parse(fs.readFileSync(file, 'utf8'));
  const suites = results.testResults
    .map((r) => ({ file: testFileName(r.name), seconds: (r.endTime - r.startTime) / 1000, status: r.status }))
    .sort((a, b) => b.seconds - a.seconds);

  if (args.includes('--counts')) {
    console.log(
      `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} skipped`,
    );
  } else if (args.includes('--save')) {
    const out = path.join(ROOT, 'tests', 'durations.json');
    const durations = Object.fromEntries(
      [...suites].sort((a, b) => a.file.localeCompare(b.file)).map((s) => [s.file, Math.max(1, Math.round(s.seconds))]),
    );
    fs.writeFileSync(out, JSON.stringify(durations, null, 2) + '\n');
    console.log(`${path.relative(ROOT, out)}: ${suites.length} test files`);
  } else {
    const topAt = args.indexOf('--top');
    const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
    const sum = suites.reduce((s, x) => s + x.seconds, 0);
    const end = Math.max(results.startTime, ...results.testResults.map((r) => r.endTime));
    const wall = (end - results.startTime) / 1000;
    console.log(
      `\nslowest test files (of ${suites.length}; their times add up to ${sum.toFixed(1)} s, ` +
        `jest ran ${wall.toFixed(1)} s with ${results.numTotalTestSuites} files):`,
    );
    for (const s of suites.slice(0, top)) {
      console.log(`${s.seconds.toFixed(1).padStart(8)} s  ${s.file}${s.status === 'passed' ? '' : `  (${s.status})`}`);
    }
  }
}

module.exports = { testFileName };
if (require.main === module) main();
