/**
 * The award register at capacity: 5,000 lines. Figures for the limits — the
 * tally from the register in the core (< 20 ms), core validation of register + tally
 * (< 50 ms), reading the lines back, the Excel host's Kiểm tra over the fake (its sync
 * count stays 1), and the size of what create writes (formula text, planned cells).
 */
import { performance } from 'perf_hooks';
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE as cat,
  parsePastedNames,
  planAppend,
  planFill,
  REGISTER_FIRST_ROW,
  REGISTER_LAST_ROW,
  REGISTER_SHEET_NAME,
  validateWorkbook,
} from '../../src/core';
import { awardKey, registerAwards, subjectLabel, tallyFromRegister, type RegisterLine } from '../../src/core/register';
import { planToGrids } from '../../src/core/planToGrids';
import { readRegisterLines, REGISTER_CAPACITY } from '../../src/core/layout/register';
import { createExcelHost, createExcelWorkbookHost } from '../../src/hosts/excel';
import { fakeFromGrids, FakeWorkbook } from '../../tests/fakes/excel';
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

  // Entry help (issue 10, item 6): a pasted annex of 5,000 names, appended and then filled.
  const annex = Array.from(
    { length: REGISTER_CAPACITY },
    (_, i) => `${i + 1}\tNguyễn Văn Người ${i + 1}\tTổ dân phố ${1 + (i % 12)}`,
  ).join('\r\n');
  const p = measure(() => parsePastedNames(annex), 30, 3);
  console.log(
    `entry help: parse a pasted list of ${REGISTER_CAPACITY} names: median ${fmt(p.median)}, p95 ${fmt(p.p95)}`,
  );
  const emptyBlock = {
    firstRow: REGISTER_FIRST_ROW,
    values: planToGrids(blank).sheets[REGISTER_SHEET_NAME]!.values.slice(REGISTER_FIRST_ROW - 1),
  };
  const names = parsePastedNames(annex).names;
  const decision = { decision: '45/QĐ-UBND', date: 45356, award: awardKey(cat, registerAwards(cat)[0]!) };
  const a = measure(() => planAppend(emptyBlock, names, decision), 30, 3);
  console.log(`entry help: plan ${names.length} new lines: median ${fmt(a.median)}, p95 ${fmt(a.p95)}`);
  const full = {
    firstRow: REGISTER_FIRST_ROW,
    values: grids.sheets[REGISTER_SHEET_NAME]!.values.slice(REGISTER_FIRST_ROW - 1),
  };
  const f = measure(
    () => planFill(full, { first: REGISTER_FIRST_ROW, last: REGISTER_LAST_ROW }, { authority: 'UBND xã' }),
    30,
    3,
  );
  console.log(
    `entry help: plan a fill over ${REGISTER_CAPACITY} selected lines: median ${fmt(f.median)}, p95 ${fmt(f.p95)}`,
  );
  const entryFake = new FakeWorkbook(['Sheet1']);
  const entryHost = createExcelHost(entryFake.run);
  await entryHost.workbook!.create();
  entryFake.syncCount = 0;
  const e0 = performance.now();
  await entryHost.registerEntry!.addNames(names, decision);
  console.log(
    `entry help: add ${names.length} names over the Excel fake: ${entryFake.syncCount} syncs, ${fmt(performance.now() - e0)} (fake, not Excel)`,
  );
}
