#!/usr/bin/env node
/**
 * Bundle budget (`npm run size`): the JavaScript the browser loads when the task pane
 * opens, i.e. the initial chunks of the `taskpane` entry, gzip level 9, per file.
 * Fails when the total is above the budget or when a heavy library that must load
 * lazily (exceljs, docx) sits in an initial chunk. Lazy chunks are listed too.
 *
 * Input: build/bundle-stats.json, written during `npm run build` by BundleStatsPlugin
 * (exported below and added to webpack.config.js), plus the emitted files in dist/.
 * The HTML page is cross-checked: every local <script src> it loads is counted.
 *
 *   node scripts/size.js [--entry taskpane] [--budget-kb 200]
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..');
const STATS_FILE = path.join(ROOT, 'build', 'bundle-stats.json');
const BUDGET_KB = 200;
/** Libraries that must never be in the pane's initial load. */
const MUST_BE_LAZY = ['exceljs', 'docx'];

/** npm package name from a module path, or null for project code. */
function packageOf(resource) {
  const norm = resource.replace(/\\/g, '/');
  const i = norm.lastIndexOf('/node_modules/');
  if (i < 0) return null;
  const parts = norm.slice(i + '/node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/**
 * webpack plugin: after each build, writes a compact summary (entrypoints, chunks, the
 * files of each chunk and the npm packages bundled into it) to build/bundle-stats.json.
 */
class BundleStatsPlugin {
  constructor(file = STATS_FILE) {
    this.file = file;
  }
  apply(compiler) {
    compiler.hooks.done.tap('BundleStatsPlugin', (stats) => {
      const compilation = stats.compilation;
      const { chunkGraph } = compilation;
      const chunkKey = (c) => String(c.id ?? c.debugId);
      const collect = (m, into) => {
        if (m.modules) for (const inner of m.modules) collect(inner, into);
        if (m.rootModule) collect(m.rootModule, into);
        const res = m.resource || (typeof m.nameForCondition === 'function' && m.nameForCondition());
        const pkg = res ? packageOf(res) : null;
        if (pkg) into.add(pkg);
      };
      const chunks = [];
      for (const chunk of compilation.chunks) {
        const pkgs = new Set();
        for (const m of chunkGraph.getChunkModulesIterable(chunk)) collect(m, pkgs);
        chunks.push({
          id: chunkKey(chunk),
          names: [...(chunk.name ? [chunk.name] : [])],
          initial: chunk.canBeInitial(),
          files: [...chunk.files].sort(),
          packages: [...pkgs].sort(),
        });
      }
      const entrypoints = {};
      for (const [name, ep] of compilation.entrypoints) {
        entrypoints[name] = { chunks: ep.chunks.map(chunkKey), files: ep.getFiles() };
      }
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(
        this.file,
        JSON.stringify({ outputPath: compilation.outputOptions.path, mode: compiler.options.mode, entrypoints, chunks }, null, 1),
      );
    });
  }
}

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';

/** Local script URLs an HTML page loads (absolute URLs excluded). */
function scriptsOfHtml(html) {
  const out = [];
  const re = /<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi;
  let m;
  while ((m = re.exec(html))) out.push(m[1]);
  return out;
}

/** Measures; returns { ok, lines, initial, lazy, total } without printing. */
function measure({ entry = 'taskpane', budgetKb = BUDGET_KB, statsFile = STATS_FILE } = {}) {
  const problems = [];
  if (!fs.existsSync(statsFile)) {
    return {
      ok: false,
      problems: [`${path.relative(ROOT, statsFile)} is missing: run \`npm run build\` (webpack.config.js must use BundleStatsPlugin from scripts/size.js).`],
    };
  }
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
  const dist = stats.outputPath;
  if (stats.mode !== 'production') problems.push(`the stats are from a ${stats.mode} build; run \`npm run build\` (production).`);
  const ep = stats.entrypoints[entry];
  if (!ep) return { ok: false, problems: [`no entry "${entry}" in the build (entries: ${Object.keys(stats.entrypoints).join(', ')})`] };

  const byId = new Map(stats.chunks.map((c) => [c.id, c]));
  const initialChunks = ep.chunks.map((id) => byId.get(id)).filter(Boolean);
  const initialFiles = new Set(ep.files.filter((f) => f.endsWith('.js')));

  // Cross-check with the page itself: every local script it loads counts.
  const htmlFile = path.join(dist, `${entry}.html`);
  const external = [];
  if (fs.existsSync(htmlFile)) {
    for (const src of scriptsOfHtml(fs.readFileSync(htmlFile, 'utf8'))) {
      if (/^(https?:)?\/\//i.test(src)) {
        external.push(src);
        continue;
      }
      const rel = src.replace(/^\.?\//, '').split('?')[0];
      if (/(^|\/)office\.js$/.test(rel)) external.push(`${rel} (Office's script host, copied for local use)`);
      else initialFiles.add(rel);
    }
  } else problems.push(`${path.relative(ROOT, htmlFile)} not found`);

  const initial = [...initialFiles].sort().map((f) => {
    const abs = path.join(dist, f);
    if (!fs.existsSync(abs)) {
      problems.push(`${f} is loaded by the pane but missing from ${path.relative(ROOT, dist)}`);
      return { file: f, raw: 0, gzip: 0 };
    }
    return { file: f, raw: fs.statSync(abs).size, gzip: gzipSize(abs) };
  });
  const total = initial.reduce((s, f) => s + f.gzip, 0);
  if (total > budgetKb * 1024) problems.push(`initial JavaScript is ${kb(total).trim()} gzip, above the ${budgetKb} KB budget`);

  for (const lib of MUST_BE_LAZY) {
    const where = initialChunks.filter((c) => c.packages.includes(lib));
    if (where.length) problems.push(`${lib} is in an initial chunk of "${entry}" (${where.map((c) => c.files.join(' ')).join(', ')}); import it with import()`);
  }

  const lazy = stats.chunks
    .filter((c) => !c.initial)
    .map((c) => {
      const files = c.files.filter((f) => f.endsWith('.js'));
      const gzip = files.reduce((s, f) => s + (fs.existsSync(path.join(dist, f)) ? gzipSize(path.join(dist, f)) : 0), 0);
      return { files, gzip, packages: c.packages };
    })
    .sort((a, b) => b.gzip - a.gzip);

  return { ok: problems.length === 0, problems, initial, total, lazy, external, budgetKb, entry };
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const r = measure({ entry: opt('--entry') || 'taskpane', budgetKb: Number(opt('--budget-kb')) || BUDGET_KB });
  if (r.initial) {
    console.log(`Initial JavaScript of the "${r.entry}" pane (gzip -9):`);
    for (const f of r.initial) console.log(`  ${kb(f.gzip)}  (${kb(f.raw).trim()} raw)  ${f.file}`);
    console.log(`  ${kb(r.total)}  total, budget ${r.budgetKb} KB`);
    for (const e of r.external) console.log(`  not counted: ${e}`);
    console.log('Lazy chunks (loaded on demand):');
    if (!r.lazy.length) console.log('  none');
    for (const c of r.lazy) {
      const libs = c.packages.filter((p) => MUST_BE_LAZY.includes(p));
      console.log(`  ${kb(c.gzip)}  ${c.files.join(' ')}${libs.length ? `  [${libs.join(', ')}]` : ''}`);
    }
  }
  for (const p of r.problems) console.error(`size: ${p}`);
  if (!r.ok) process.exit(1);
  console.log('size: ok');
}

module.exports = { BundleStatsPlugin, measure, packageOf, scriptsOfHtml, BUDGET_KB };

if (require.main === module) main();
