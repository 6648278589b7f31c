#!/usr/bin/env node
/**
 * npm run validate — checks a manifest offline:
 *  1. against Microsoft's XSDs (../shared/office-manifest-schemas, see its README) with
 *     xmllint-wasm (no network, no apt package);
 *  2. every URL the manifest references (icons, pages) lies under its base (the folder of
 *     its SourceLocation: https://localhost:3000/ for manifest.xml, TDKT_BASE_URL for a
 *     production build's dist/manifest.xml) and exists at that relative path in the build
 *     output (builds dist/ first if missing; --no-build to fail instead);
 *  3. every icon is a PNG of the size its id/name says (Icon.16 → 16×16);
 *  4. <Version> is package.json's version (x.y.z.0);
 *  5. prints what office-addin-manifest reads from it (`info`), when installed.
 *
 *   node scripts/validate-manifest.js [manifest.xml | dist/manifest.xml] [--dist <dir>] [--no-build]
 * The build folder defaults to the manifest's own folder when it holds taskpane.html, else dist/.
 * Exit code 0 only if everything passes.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');
const { validateXML } = require('xmllint-wasm');

const ROOT = path.join(__dirname, '..');
const { manifestVersion, packageVersion } = require('./manifest');

const ARGS = process.argv.slice(2);
const MANIFEST = path.resolve(ARGS.find((a) => a.endsWith('.xml')) || path.join(ROOT, 'manifest.xml'));
const SCHEMA_DIR = process.env.TDKT_MANIFEST_SCHEMAS || path.join(ROOT, '..', 'shared', 'office-manifest-schemas');
const distArg = ARGS.indexOf('--dist');
const DIST =
  distArg >= 0
    ? path.resolve(ARGS[distArg + 1])
    : fs.existsSync(path.join(path.dirname(MANIFEST), 'taskpane.html'))
      ? path.dirname(MANIFEST)
      : path.join(ROOT, 'dist');

/** The base every URL must lie under: the folder of the manifest's SourceLocation. */
function baseOf(xml) {
  const m = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml);
  return m ? m[1].replace(/[^/]*$/, '') : undefined;
}

/** office-addin-manifest's reading of the manifest (its `info` command), when installed. */
async function printInfo(file) {
  let lib;
  try {
    lib = require('office-addin-manifest');
  } catch {
    console.log('(office-addin-manifest is not installed: no `info` printed)');
    return;
  }
  const info = await lib.OfficeAddinManifest.readManifestFile(file);
  const hosts = (info.hosts || []).join(', ');
  console.log(
    `  office-addin-manifest info: ${info.displayName} · id ${info.id} · version ${info.version} · ` +
      `${info.providerName} · hosts ${hosts} · ${info.defaultSettings?.sourceLocation ?? ''}`,
  );
}

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
    if (process.argv.includes('--no-build') || DIST !== path.join(ROOT, 'dist')) {
      problems.push(`${DIST} has no build: run \`npm run build\` first`);
    } else {
      console.log('dist/ is missing: running `npm run build` …');
      execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
    }
  }
  const ORIGIN = baseOf(xml);
  if (!ORIGIN) problems.push('no <SourceLocation DefaultValue="…"> in the manifest');
  const urls = [...new Set([...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]))];
  for (const url of urls) {
    if (!ORIGIN || !url.startsWith(ORIGIN)) {
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
  for (const m of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) {
    if (ORIGIN && new URL(ORIGIN).origin !== m[1]) problems.push(`AppDomain ${m[1]} is not the origin of ${ORIGIN}`);
  }
  const version = /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
  const wanted = manifestVersion(packageVersion());
  if (version !== wanted) problems.push(`<Version>${version}</Version>: package.json says ${wanted}`);
  if (!problems.length) {
    console.log(
      `✓ all ${urls.length} referenced URLs lie under ${ORIGIN} and exist in ${path.relative(ROOT, DIST) || '.'}/ ` +
        `(icons have their declared sizes); <Version> ${version} is package.json's`,
    );
    await printInfo(MANIFEST);
  }

  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p}`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(`✗ manifest validation could not run: ${e.message}`);
  process.exit(2);
});
