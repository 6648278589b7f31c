/** The report: build the model and render the .docx for the Bắc Sơn data. */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { DEFAULT_CATALOGUE, inputsFromJson, type WorkbookInputsJson } from '../../src/core';
import { buildReport, renderReportHtml } from '../../src/core/report';
import { renderReportDocx } from '../../src/hosts/docx/render';
import { fmt, measure } from './timing';

async function measureAsync(fn: () => Promise<unknown>, runs: number, warmup: number) {
  for (let i = 0; i < warmup; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(runs / 2)]!, p95: t[Math.floor(runs * 0.95)]!, min: t[0]! };
}

export async function run(): Promise<void> {
  const json = JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../examples/bac-son-2024/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
  const inputs = inputsFromJson(DEFAULT_CATALOGUE, json);
  const cold = performance.now();
  const bytes = await renderReportDocx(buildReport(DEFAULT_CATALOGUE, inputs).document);
  console.log(`first build + render (cold): ${fmt(performance.now() - cold)}, ${bytes.length} bytes`);
  const m = measure(() => buildReport(DEFAULT_CATALOGUE, inputs), 200, 20);
  console.log(`build report model: median ${fmt(m.median)}, p95 ${fmt(m.p95)}`);
  const h = measure(() => renderReportHtml(buildReport(DEFAULT_CATALOGUE, inputs).document), 100, 10);
  console.log(`build + HTML (clipboard): median ${fmt(h.median)}, p95 ${fmt(h.p95)}`);
  const d = await measureAsync(() => renderReportDocx(buildReport(DEFAULT_CATALOGUE, inputs).document), 30, 5);
  console.log(`build + render .docx: median ${fmt(d.median)}, p95 ${fmt(d.p95)}, min ${fmt(d.min)}`);
  // With the earlier period (--previous): the comparison adds a tally of the other workbook.
  const before = JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../examples/bac-son-2023/data.json'), 'utf8'),
  ) as WorkbookInputsJson;
  const previous = { catalogue: DEFAULT_CATALOGUE, inputs: inputsFromJson(DEFAULT_CATALOGUE, before), name: '2023' };
  const p = measure(() => buildReport(DEFAULT_CATALOGUE, inputs, { previous }), 200, 20);
  console.log(`build report model with --previous: median ${fmt(p.median)}, p95 ${fmt(p.p95)}`);
  // How much of the report the tool drafts with an empty "Nội dung báo cáo".
  const empty = inputsFromJson(DEFAULT_CATALOGUE, { ...json, narrative: undefined });
  const drafted = buildReport(DEFAULT_CATALOGUE, empty)
    .document.sections.flatMap((sec) => sec.blocks)
    .filter((b) => b.kind === 'paragraph' && b.role === 'drafted')
    .map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));
  console.log(`drafted prose (empty narrative): ${drafted.join(' ').split(/\s+/).filter(Boolean).length} words`);
}
