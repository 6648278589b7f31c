/**
 * The register's capacity: every line is counted by the sheet and by the checker alike, or
 * named. The files are made here (create at and past the capacity), never kept in git.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CATALOGUE as cat, validateWorkbook, type WorkbookInputs } from '../../src/core';
import { awardKey, registerAwards, type RegisterLine } from '../../src/core/register';
import { REGISTER_CAPACITY, REGISTER_LAST_ROW } from '../../src/core/layout/register';
import { runCli } from '../../src/cli/main';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { tempDir } from './files';

const award = awardKey(
  cat,
  registerAwards(cat).find((a) => a.label === 'Lao động tiên tiến')!,
);

/** `n` named individual lines of one award (row given for those that must stand somewhere). */
function lines(n: number, rows: (i: number) => number | undefined = () => undefined): RegisterLine[] {
  return Array.from({ length: n }, (_, i) => {
    const row = rows(i);
    return {
      decision: '45/QĐ-UBND',
      date: 45323,
      authority: 'UBND xã',
      award,
      subject: 'Cá nhân',
      name: `Người ${i + 1}`,
      ...(row === undefined ? {} : { row }),
    };
  });
}

function registerInputs(register: RegisterLine[]): WorkbookInputs {
  return {
    info: { period: '6 tháng đầu năm', year: 2024 },
    documents: [],
    tally: {},
    register,
    tallySource: 'register',
  };
}

async function tdkt(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('register capacity', () => {
  const dir = tempDir('tdkt-capacity-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('issue 24.4: lines below the last counted row are read and named in one finding (row 7 past the end, and row 1,000,000)', async () => {
    const file = path.join(dir, 'past.xlsx');
    const register = [...lines(3), ...lines(3, (i) => [REGISTER_LAST_ROW + 2, REGISTER_LAST_ROW + 5, 1_000_000][i])];
    await createWorkbookFile(file, registerInputs(register));
    const read = await readWorkbookFile(file);
    const result = validateWorkbook(cat, read.grids, { surface: 'cli' });
    const beyond = result.findings.filter((f) => f.rule === 'register-beyond-capacity');
    expect(beyond.map((f) => [f.address, f.severity])).toEqual([[`E${REGISTER_LAST_ROW + 2}`, 'error']]);
    expect(beyond[0]!.message).toContain('3 dòng');
    // The sheet counts the first three lines, and so does the checker: no stale total.
    expect(result.findings.filter((f) => f.rule === 'computed-value-stale')).toEqual([]);
  }, 60000);

  it(`issue 24.4: a register full to its capacity (${REGISTER_CAPACITY} lines) is read whole: no false "nhấn F9"`, async () => {
    const file = path.join(dir, 'full.xlsx');
    await createWorkbookFile(file, registerInputs(lines(REGISTER_CAPACITY)));
    const read = await readWorkbookFile(file);
    const result = validateWorkbook(cat, read.grids, { surface: 'cli' });
    expect(result.findings.filter((f) => f.severity === 'error' || f.rule === 'computed-value-stale')).toEqual([]);
    const counted = Object.values(result.tally ?? {}).reduce((s, c) => s + (c.individual ?? 0), 0);
    expect(counted).toBe(REGISTER_CAPACITY);
  }, 180000);

  it('issue 24.4: create --data with more lines than the register holds is refused, and no file is written', async () => {
    const data = path.join(dir, 'over.json');
    const json = {
      info: { period: '6 tháng đầu năm', year: 2024 },
      register: Array.from({ length: REGISTER_CAPACITY + 10 }, (_, i) => ({
        award,
        subject: 'Cá nhân',
        name: `Người ${i + 1}`,
      })),
    };
    fs.writeFileSync(data, JSON.stringify(json));
    const out = path.join(dir, 'over.xlsx');
    const r = await tdkt('create', out, '--data', data, '--form', 'tong-hop-khen-thuong/2024');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${(10).toLocaleString('vi-VN')} dòng của “register”`);
    expect(r.err).toContain('tdkt aggregate');
    expect(fs.existsSync(out)).toBe(false);
  }, 60000);
});
