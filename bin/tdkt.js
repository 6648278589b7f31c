#!/usr/bin/env node
'use strict';
// The `tdkt` command. Runs the compiled CLI in build/cli (made by `npm run build:cli`, which
// `npm ci` runs through the "prepare" script). Falls back to the TypeScript sources through
// ts-node when the build is missing, older than the sources (development), or
// TDKT_FROM_SOURCE=1 (tests).
const path = require('path');
const fs = require('fs');

const root = path.join(__dirname, '..');
const built = path.join(root, 'build', 'cli', 'cli', 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function buildIsFresh() {
  if (!fs.existsSync(built)) return false;
  // The folders tsconfig.cli.json compiles (an installed package has no src: the build is all there is).
  const dirs = ['core', 'hosts', 'cli'].map((d) => path.join(root, 'src', d)).filter((d) => fs.existsSync(d));
  const newest = Math.max(0, ...dirs.map(newestSource));
  return fs.statSync(built).mtimeMs >= newest;
}

if (!process.env.TDKT_FROM_SOURCE && buildIsFresh()) {
  require(built).main();
} else {
  require('ts-node').register({
    transpileOnly: true,
    project: path.join(root, 'tsconfig.cli.json'),
    compilerOptions: { module: 'commonjs' },
  });
  require(path.join(root, 'src', 'cli', 'main.ts')).main();
}
