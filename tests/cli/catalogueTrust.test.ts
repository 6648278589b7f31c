/**
 * Hostile and careless catalogue files through the command line and real files: what
 * `tdkt create --catalogue`, `create --data` and `validate` do with them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkCatalogue, grandTotal, validateWorkbook, type Catalogue } from '../../src/core';
import { computeTally } from '../../src/core/tally';
import { tongHopKhenThuong2025 } from '../../src/core/catalogue';
import { runCli } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/hosts/xlsx';
import { largestCatalogue } from '../helpers/catalogues';
import { tempDir } from '../xlsx/files';

async function tdkt(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = tempDir('tdkt-trust-');
const at = (name: string) => path.join(dir, name);
const STACK = /^\s+at .+:\d+/m;
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const PROTO_BEFORE = protoKeys();
afterEach(() => expect(protoKeys()).toEqual(PROTO_BEFORE));

/** The 2025 form as a province's file with some rows' ids replaced. */
function fileWithIds(name: string, ids: Record<string, string>): string {
  const j = JSON.parse(JSON.stringify(tongHopKhenThuong2025)) as { rows: { id: string }[] } & Record<string, unknown>;
  j.version = '2025-thu';
  for (const r of j.rows) r.id = ids[r.id] ?? r.id;
  const file = at(name);
  fs.writeFileSync(file, JSON.stringify(j));
  return file;
}

describe('issue 24.8 through files: a catalogue row id "__proto__"', () => {
  it('issue 24.8: tdkt create --catalogue refuses a file with a "__proto__" row id (exit 2, the row named, no workbook)', async () => {
    const file = fileWithIds('proto.json', { 'III.5': '__proto__' });
    const out = at('proto.xlsx');
    const r = await tdkt('create', out, '--catalogue', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('(“rows”, mã “__proto__”, “Thôn, tổ dân phố văn hóa”): mã “__proto__” không hợp lệ');
    expect(r.err).not.toMatch(STACK);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('issue 24.8: create --data and validate with ids "constructor" and "toString" keep every count', async () => {
    const file = fileWithIds('members.json', { 'III.5': 'constructor', 'III.6': 'toString' });
    const data = at('members-data.json');
    fs.writeFileSync(
      data,
      '{ "info": { "period": "Năm", "year": 2025 }, "tally": { "constructor": { "collective": 4 }, "toString": { "household": 7 }, "III.1": { "individual": 2 } } }',
    );
    const out = at('members.xlsx');
    const r = await tdkt('create', out, '--catalogue', file, '--data', data);
    expect([r.code, r.err]).toEqual([0, '']);
    const read = await readWorkbookFile(out);
    const v = validateWorkbook(read.catalogue, read.grids);
    expect(v.errors).toBe(0);
    const total = grandTotal(read.catalogue, v.computed!);
    expect([total.collective, total.individual, total.household]).toEqual([4, 2, 7]);
    const cli = await tdkt('validate', out);
    expect(cli.code).toBe(0);
    expect(cli.out).not.toMatch(/Lỗi không mong đợi/);
  });
});

describe('issue 24.11 through files: the largest allowed catalogue', () => {
  it('issue 24.11: tdkt create --catalogue makes a workbook from it that passes its own validate', async () => {
    const json = at('largest.json');
    fs.writeFileSync(json, JSON.stringify(largestCatalogue()));
    const out = at('largest.xlsx');
    const r = await tdkt('create', out, '--catalogue', json, '--period', 'nam', '--year', '2025');
    expect([r.code, r.err]).toEqual([0, '']);
    const read = await readWorkbookFile(out);
    const c: Catalogue = checkCatalogue(largestCatalogue()).catalogue!;
    expect(read.catalogue).toEqual(c);
    const v = validateWorkbook(read.catalogue, read.grids);
    expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(grandTotal(c, v.computed!)).toEqual(grandTotal(c, computeTally(c, {})));
    expect((await tdkt('validate', out)).code).toBe(0);
  });

  it('issue 24.11: a file of 10,000 rows is refused in one sentence (exit 2)', async () => {
    const j = largestCatalogue();
    const { aliases: _aliases, ...award } = j.rows[3]!;
    const total = j.rows.pop()!;
    for (let k = 0; j.rows.length < 9_999; k++) j.rows.push({ ...award, id: `I.y${k}` });
    j.rows.push(total);
    const file = at('huge.json');
    fs.writeFileSync(file, JSON.stringify(j));
    const r = await tdkt('create', at('huge.xlsx'), '--catalogue', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('“rows” có 10000 mục; tối đa 200');
    expect(r.err.split('\n')).toHaveLength(2);
  });
});
