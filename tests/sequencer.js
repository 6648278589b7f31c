/**
 * jest's order of test files: its own (failed first, then the longest by its timings of
 * earlier runs), except that a file jest has no timing for is placed by tests/durations.json
 * (scripts/test-times.js --save) instead of by its size. In a fresh clone (CI) jest has no
 * timings: by size, a short file of long property tests would start last and run alone on
 * one of the two workers while the other idles.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;

const ROOT = path.join(__dirname, '..');

function readDurations() {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, 'durations.json'), 'utf8'));
  } catch {
    return {};
  }
}

class DurationSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.durations = readDurations();
  }

  time(test) {
    const measured = super.time(test);
    if (measured != null) return measured;
    const seconds = this.durations[path.relative(ROOT, test.path).split(path.sep).join('/')];
    // A file not listed (new) counts as one second per 2 KB, about what the listed ones take.
    if (seconds == null) return (test.context.hasteFS.getSize(test.path) ?? 0) / 2;
    return seconds * 1000;
  }
}

module.exports = DurationSequencer;
