#!/usr/bin/env node
/**
 * Bundle budget (`npm run size`): the JavaScript the browser loads when the task pane
 * opens, i.e. the initial chunks of the `taskpane` entry, gzip level 9, per file.
 * Fails when the total is above the budget or when a heavy library that must load
 * lazily (exceljs, docx) sits in an initial chunk. Lazy chunks are listed too.
 *
 * Input: dist/bundle-report.json, written during `npm run build` by the BundleReportPlugin in
 * webpack.config.js (entries → initial files; chunks → initial?, files, heavy libraries),
 * plus the emitted files in dist/. The HTML page is cross-checked: every local
 * <script src> it loads is counted, except Office's own office.js.
 *
 *   node scripts/size.js [--entry taskpane] [--budget-kb 150]
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const BUDGET_KB = 150;
/** Libraries that must never be in the pane's initial load. */
const MUST_BE_LAZY = ['exceljs', 'docx'];

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';

/** Local script URLs an HTML page loads (absolute URLs excluded). */
function scriptsOfHtml(html) {
  const out = [];
  // Quoted or not: html-webpack-plugin's minifier drops the quotes.
  const re = /<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  let m;
  while ((m = re.exec(html))) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** Measures; returns { ok, problems, initial, total, lazy, … } without printing. */
function measure({ entry = 'taskpane', budgetKb = BUDGET_KB, dist = DIST } = {}) {
  const reportFile = path.join(dist, 'bundle-report.json');
  if (!fs.existsSync(reportFile)) {
    return { ok: false, problems: [`${path.relative(ROOT, reportFile)} is missing: run \`npm run build\` first.`] };
  }
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const problems = [];
  const entryFiles = report.entries[entry];
  if (!entryFiles) {
    return {
      ok: false,
      problems: [`no entry "${entry}" in the build (entries: ${Object.keys(report.entries).join(', ')})`],
    };
  }
  const initialFiles = new Set(entryFiles.filter((f) => f.endsWith('.js')));

  // Cross-check with the page itself: every local script it loads counts.
  const htmlFile = path.join(dist, `${entry}.html`);
  const external = [];
  if (fs.existsSync(htmlFile)) {
    for (const src of scriptsOfHtml(fs.readFileSync(htmlFile, 'utf8'))) {
      const rel = src.replace(/^\.?\//, '').split('?')[0];
      if (/^(https?:)?\/\//i.test(src)) external.push(src);
      else if (/(^|\/)office\.js$/.test(rel))
        external.push(`${rel} (Office's script host; Microsoft's CDN in production)`);
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
  const total = initial.reduce((sum, f) => sum + f.gzip, 0);
  if (total > budgetKb * 1024)
    problems.push(`initial JavaScript is ${kb(total).trim()} gzip, above the ${budgetKb} KB budget`);

  // Heavy libraries: never in a chunk that loads initially (this entry's or any other's).
  for (const c of report.chunks.filter((x) => x.initial)) {
    const heavy = (c.heavy || []).filter((h) => MUST_BE_LAZY.includes(h));
    if (heavy.length) problems.push(`${heavy.join(', ')} in initial chunk ${c.files.join(' ')}; load it with import()`);
  }

  const lazy = report.chunks
    .filter((c) => !c.initial)
    .map((c) => {
      const files = c.files.filter((f) => f.endsWith('.js'));
      const gzip = files.reduce(
        (sum, f) => sum + (fs.existsSync(path.join(dist, f)) ? gzipSize(path.join(dist, f)) : 0),
        0,
      );
      return { files, gzip, heavy: c.heavy || [] };
    })
    .sort((x, y) => y.gzip - x.gzip);

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
    for (const c of r.lazy)
      console.log(`  ${kb(c.gzip)}  ${c.files.join(' ')}${c.heavy.length ? `  [${c.heavy.join(', ')}]` : ''}`);
    console.log(
      `${MUST_BE_LAZY.join(' and ')}: not in any initial chunk${r.problems.some((p) => /initial chunk/.test(p)) ? ' — FAILED' : ''}`,
    );
  }
  for (const p of r.problems) console.error(`size: ${p}`);
  if (!r.ok) process.exit(1);
  console.log('size: ok');
}

module.exports = { measure, scriptsOfHtml, BUDGET_KB, MUST_BE_LAZY };

if (require.main === module) main();
