#!/usr/bin/env node
/**
 * Exit 0 when build/browser-harness/harness.js is newer than every project file it was built
 * from (harness.inputs.json, written by the harness's webpack config), both webpack configs
 * and package-lock.json; exit 1 when it must be built again. tests/browser/support.ts runs it
 * under the build lock, so a jest run builds the harness once for all its browser tests.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const OUT = path.join(ROOT, 'build', 'browser-harness');

function fresh() {
  const bundle = path.join(OUT, 'harness.js');
  const inputsFile = path.join(OUT, 'harness.inputs.json');
  if (!fs.existsSync(bundle) || !fs.existsSync(inputsFile)) return false;
  const built = fs.statSync(bundle).mtimeMs;
  const inputs = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
  if (!Array.isArray(inputs) || inputs.length === 0) return false;
  const always = ['webpack.config.js', 'tests/browser/harness/webpack.config.js', 'package-lock.json'];
  return [...inputs, ...always].every((rel) => {
    const file = path.join(ROOT, rel);
    return fs.existsSync(file) && fs.statSync(file).mtimeMs <= built;
  });
}

process.exit(fresh() ? 0 : 1);
