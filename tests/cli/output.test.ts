/** Issue 15 items 6–8: outputs are written safely, and an unusable output path is said before any work. */
import * as fs from 'fs';
import * as path from 'path';
import { TALLY_SHEET_NAME, DEFAULT_CATALOGUE as cat } from '../../src/core';
import { tallyRowOf } from '../../src/core/layout/tally';
import { itWithoutRoot, tdkt, tdktWithoutRoot } from '../helpers/cli';
import { createWorkbookFile, readWorkbookFile } from '../../src/hosts/xlsx';
import { paperFormInputs } from '../helpers/paperForm';
import { editFile, tempDir } from '../xlsx/files';

const dir = tempDir('tdkt-out-');
const at = (...p: string[]) => path.join(dir, ...p);
const leftovers = (d: string) => fs.readdirSync(d).filter((n) => n.endsWith('.tmp'));
const total = tallyRowOf(cat, cat.rows.find((r) => r.kind === 'total')!.id);

let unit: string;
beforeAll(async () => {
  unit = at('unit.xlsx');
  await createWorkbookFile(unit, paperFormInputs());
});

describe('regression (issue 15 item 6): a planted link at the temporary name is followed', () => {
  it('the temporary file is created exclusively: a link planted at the old name is left alone', async () => {
    const victim = at('victim.txt');
    fs.writeFileSync(victim, 'do not touch');
    const out = at('created.xlsx');
    // The old scheme's predictable name, planted as a link to the victim.
    fs.symlinkSync(victim, at(`.created.xlsx.${process.pid}.tmp`));
    expect((await tdkt('create', out)).code).toBe(0);
    expect(fs.readFileSync(victim, 'utf8')).toBe('do not touch');
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(false);
    expect((await readWorkbookFile(out)).grids.sheets[TALLY_SHEET_NAME]).toBeDefined();
    fs.unlinkSync(at(`.created.xlsx.${process.pid}.tmp`));
  });
});

describe('regression (issue 15 item 7): in-place repair through a symlink replaces the link', () => {
  it('writes the repaired workbook to the link’s target and keeps the link', async () => {
    const real = at('real.xlsx');
    fs.copyFileSync(unit, real);
    await editFile(real, { [TALLY_SHEET_NAME]: { [`D${total}`]: 99 } });
    const link = at('link.xlsx');
    fs.symlinkSync(real, link);
    expect((await tdkt('repair', link)).code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect((await tdkt('validate', real)).code).toBe(0);
  });
});

describe('regression (issue 15 item 8): an unusable output path is said before any work, in one line', () => {
  it('a missing folder, a folder, a read-only folder: each its own message, no .tmp left', async () => {
    const cases: [string, string[], RegExp][] = [
      ['report', [unit, '-o', at('missing', 'r.docx')], /Không có thư mục/],
      ['report', [unit, '-o', at('folder.docx')], /là một thư mục/],
      ['create', [at('missing', 'n.xlsx')], /Không có thư mục/],
      ['repair', [unit, '-o', at('missing', 'r.xlsx')], /Không có thư mục/],
      ['aggregate', ['-o', at('missing', 'c.xlsx'), unit], /Không có thư mục/],
    ];
    fs.mkdirSync(at('folder.docx'));
    for (const [cmd, args, message] of cases) {
      const r = await tdkt(cmd, ...args);
      expect([cmd, r.code, r.err.split('\n').length]).toEqual([cmd, 2, 1]);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/mong đợi|đang mở trong Excel/);
    }
    expect(leftovers(dir)).toEqual([]);
  });

  itWithoutRoot()('a read-only folder is said as such', async () => {
    const ro = at('ro');
    fs.mkdirSync(ro);
    fs.chmodSync(ro, 0o555);
    fs.chmodSync(dir, 0o755); // open to "nobody" (tdktWithoutRoot, when the tests run as root)
    try {
      const r = await tdktWithoutRoot('create', path.join(ro, 'n.xlsx'));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/Không có quyền ghi/);
    } finally {
      fs.chmodSync(ro, 0o755);
    }
  });

  it('aggregate checks the output before reading the units', async () => {
    const r = await tdkt('aggregate', '-o', at('missing', 'c.xlsx'), at('no-such-unit.xlsx'));
    expect(r.err).toMatch(/Không có thư mục/);
  });
});
