#!/usr/bin/env node
'use strict';
// The `tdkt` command. Runs the compiled CLI (build/cli, made by `npm run build:cli`, which
// `npm ci` runs through the "prepare" script); falls back to the TypeScript sources through
// ts-node when the build is missing or TDKT_FROM_SOURCE=1 (development, tests).
const path = require('path');
const fs = require('fs');

const root = path.join(__dirname, '..');
const built = path.join(root, 'build', 'cli', 'cli', 'main.js');

if (!process.env.TDKT_FROM_SOURCE && fs.existsSync(built)) {
  require(built).main();
} else {
  require('ts-node').register({
    transpileOnly: true,
    project: path.join(root, 'tsconfig.cli.json'),
    compilerOptions: { module: 'commonjs' },
  });
  require(path.join(root, 'src', 'cli', 'main.ts')).main();
}
