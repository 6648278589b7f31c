#!/usr/bin/env node
/**
 * npm run validate — checks manifest.xml offline:
 *  1. against Microsoft's XSDs (../shared/office-manifest-schemas, see its README) with
 *     xmllint-wasm (no network, no apt package);
 *  2. every https://localhost:3000/… URL the manifest references (icons, pages) exists in
 *     the webpack build output dist/ (builds first if dist/ is missing; --no-build to fail instead);
 *  3. every icon is a PNG of the size its id/name says (Icon.16 → 16×16).
 * Exit code 0 only if everything passes.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');
const { validateXML } = require('xmllint-wasm');

const ROOT = path.join(__dirname, '..');
const MANIFEST = path.resolve(ROOT, process.argv.find((a) => a.endsWith('.xml')) || 'manifest.xml');
const SCHEMA_DIR = process.env.TDKT_MANIFEST_SCHEMAS || path.join(ROOT, '..', 'shared', 'office-manifest-schemas');
const DIST = path.join(ROOT, 'dist');
const ORIGIN = 'https://localhost:3000/';

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

async function main() {
  const problems = [];
  const xml = fs.readFileSync(MANIFEST, 'utf8');

  // 1. Schema
  if (!fs.existsSync(SCHEMA_DIR)) {
    console.error(`Schemas not found in ${SCHEMA_DIR} (set TDKT_MANIFEST_SCHEMAS).`);
    process.exit(2);
  }
  const xsd = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8') });
  const main = 'OfficeAppManifestV1_1.xsd';
  const preload = fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.xsd') && f !== main)
    .map(xsd);
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [xsd(main)],
    preload,
  });
  if (result.valid)
    console.log(`✓ ${path.basename(MANIFEST)} is valid against ${main} (+ ${preload.length} imported XSDs)`);
  else for (const e of result.errors) problems.push(`schema: ${e.rawMessage}`);

  // 2. Referenced files exist in dist/
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    if (process.argv.includes('--no-build')) {
      problems.push('dist/ is missing: run `npm run build` first');
    } else {
      console.log('dist/ is missing: running `npm run build` …');
      execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
    }
  }
  const urls = [...new Set([...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]))];
  for (const url of urls) {
    if (!url.startsWith(ORIGIN)) {
      problems.push(`${url}: not served by the add-in (expected ${ORIGIN}…)`);
      continue;
    }
    const rel = url.slice(ORIGIN.length).split(/[?#]/)[0] || 'index.html';
    const file = path.join(DIST, rel);
    if (!fs.existsSync(file)) {
      problems.push(`${url}: dist/${rel} does not exist`);
      continue;
    }
    const want = /icon-(\d+)\.png$/.exec(rel);
    if (want) {
      const size = pngSize(file);
      if (!size || size.width !== +want[1] || size.height !== +want[1]) {
        problems.push(
          `${url}: expected a ${want[1]}×${want[1]} PNG, got ${size ? `${size.width}×${size.height}` : 'not a PNG'}`,
        );
      }
    }
  }
  // Image resources: the size attribute must match the picture.
  for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
    const def = new RegExp(`<bt:Image id="${m[2].replace('.', '\\.')}" DefaultValue="([^"]+)"`).exec(xml);
    if (!def) problems.push(`icon resid ${m[2]} is not defined in Resources`);
    else if (!def[1].endsWith(`icon-${m[1]}.png`))
      problems.push(`icon resid ${m[2]} (size ${m[1]}) points to ${def[1]}`);
  }
  if (!problems.length)
    console.log(`✓ all ${urls.length} referenced URLs exist in dist/ (icons have their declared sizes)`);

  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p}`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(`✗ manifest validation could not run: ${e.message}`);
  process.exit(2);
});
