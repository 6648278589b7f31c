/**
 * The award register at capacity: 5,000 lines. Figures for the limits — the
 * tally from the register in the core (< 20 ms), core validation of register + tally
 * (< 50 ms), reading the lines back, the Excel host's Kiểm tra over the fake (its sync
 * count stays 1), and the size of what create writes (formula text, planned cells).
 */
import { performance } from 'perf_hooks';
import {
  awardKey,
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  planToGrids,
  readRegisterLines,
  REGISTER_CAPACITY,
  REGISTER_SHEET_NAME,
  registerAwards,
  subjectLabel,
  tallyFromRegister,
  validateWorkbook,
  type RegisterLine,
} from '../../src/core';
import { createExcelWorkbookHost } from '../../src/hosts/excel';
import { fakeFromGrids } from '../../tests/fakes/excel';
import { fmt, measure } from './timing';

function lines(n: number): RegisterLine[] {
  const awards = registerAwards(cat);
  const out: RegisterLine[] = [];
  for (let i = 0; i < n; i++) {
    const a = awards[i % awards.length]!;
    // A subject the award may have (a clean register: the figures are for the work, not for findings).
    const subject = a.subjects[i % a.subjects.length]!;
    out.push({
      number: i + 1,
      decision: `${100 + (i % 40)}/QĐ-UBND`,
      date: 45300 + (i % 150),
      authority: 'UBND thị trấn',
      award: awardKey(cat, a),
      subject: subjectLabel(subject),
      quantity: i % 7 === 0 ? 3 : null,
      name: i % 7 === 0 ? null : `Người được khen ${i + 1}`,
      note: null,
      direct: i % 2 && subject !== 'household' ? 'x' : null,
    });
  }
  return out;
}

export async function run(): Promise<void> {
  const register = lines(REGISTER_CAPACITY);
  const inputs = {
    info: { period: '6 tháng đầu năm', year: 2024 },
    documents: [],
    tally: {},
    register,
    tallySource: 'register' as const,
  };
  const t = measure(() => tallyFromRegister(cat, register), 100, 10);
  console.log(`tally from ${REGISTER_CAPACITY} register lines (core): median ${fmt(t.median)}, p95 ${fmt(t.p95)}`);

  const grids = planToGrids(buildWorkbookPlan(cat, inputs));
  const r = measure(() => readRegisterLines(grids.sheets[REGISTER_SHEET_NAME]!.values), 50, 5);
  console.log(`read ${REGISTER_CAPACITY} lines back from the grid: median ${fmt(r.median)}, p95 ${fmt(r.p95)}`);
  const v = measure(() => validateWorkbook(cat, grids), 50, 5);
  const result = validateWorkbook(cat, grids);
  console.log(
    `validate register (${REGISTER_CAPACITY} lines) + tally (core): median ${fmt(v.median)}, p95 ${fmt(v.p95)} — ${result.findings.length} findings`,
  );

  const fake = fakeFromGrids(grids);
  const host = createExcelWorkbookHost(fake.run);
  fake.syncCount = 0;
  const s = performance.now();
  await host.validate();
  console.log(
    `Kiểm tra over the Excel fake with ${REGISTER_CAPACITY} lines: ${fake.syncCount} sync, ${fmt(performance.now() - s)} (fake, not Excel)`,
  );

  const blank = buildWorkbookPlan(cat);
  const formulaChars = blank.sheets.flatMap((x) => x.cells).reduce((n, c) => n + (c.formula?.length ?? 0), 0);
  const reg = blank.sheets.find((x) => x.key === 'register')!;
  console.log(
    `create: ${blank.sheets.reduce((n, x) => n + x.cells.length, 0)} planned cells (register ${reg.cells.length}, areas ${reg.areas?.length ?? 0}), formula text ${(formulaChars / 1024).toFixed(1)} KB, plan JSON ${(JSON.stringify(blank).length / 1024).toFixed(1)} KB`,
  );
}
